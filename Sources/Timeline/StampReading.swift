/// A stamp as a line writes it: the stamp, a listing's range of clocks, and what follows the
/// stamp on its line (`, Anna Chernova`).
public struct StampReading: Hashable, Sendable {
    public var time: NormalizedTime
    /// The author written after the stamp and a comma (`7:26 a.m. ET, May 31, 2023, Jane Doe`).
    public var byline: String?

    public init(time: NormalizedTime, byline: String?) {
        self.time = time
        self.byline = byline
    }

    /// What follows a stamp on its line: `, Anna Chernova` (one to four capitalised words after a
    /// comma) is its author; anything after a dash, bar or colon is its headline.
    enum Tail: Hashable {
        case headline(String)
        case author(String)
    }

    /// Reads `text` as a stamp, a stamp and its author, or a listing's range
    /// (`March 3, 2024 8:00pm-9:30pm EST`: from the first clock to the second, in the zone written
    /// after them, a range past midnight ending the next day).
    public static func read(_ text: String, context: StampContext = StampContext()) throws(TimelineError) -> StampReading {
        let parsed: ParsedStamp
        switch StampParser.parse(text) {
        case .success(let stamp): parsed = stamp
        case .failure(let error):
            if error.kind == .notAStamp, let range = try clockRange(text, context: context) { return StampReading(time: range, byline: nil) }
            throw error
        }
        if let stop = parsed.stoppedAt {
            if case .author(let name)? = tail(of: text, from: stop) {
                let stamp = String(text.utf8.prefix(stop))!.trimmingSpaces()
                return StampReading(time: try NormalizedTime(stamp: String(stamp.dropLast()), context: context), byline: name)
            }
            if let range = try clockRange(text, context: context) { return StampReading(time: range, byline: nil) }
        }
        return StampReading(time: try NormalizedTime(stamp: text, context: context), byline: nil)
    }

    static func tail(of text: String, from byte: Int) -> Tail? {
        guard byte > 0 else { return nil }
        let before = String(text.utf8.prefix(byte))!.trimmingSpaces()
        let rest = String(text.utf8.dropFirst(byte))!.trimmingSpaces()
        guard let mark = before.unicodeScalars.last, !rest.isEmpty else { return nil }
        switch mark {
        case ",":
            let words = rest.split(separator: " ")
            guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
            return .author(rest)
        case "-", "–", "—", "|", ":":
            return .headline(rest)
        default:
            return nil
        }
    }

    /// `8:00pm-9:30pm EST`, `8-9:30 p.m. ET`: two stamps sharing what surrounds the clocks.
    private static func clockRange(_ text: String, context: StampContext) throws(TimelineError) -> NormalizedTime? {
        let pattern = /(\d{1,2}(?::\d{2})?)\s*([ap]\.?\s?m\.?)?\s*[-–—]\s*(\d{1,2}(?::\d{2})?)\s*([ap]\.?\s?m\.?)?/.ignoresCase()
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let before = String(text[..<match.range.lowerBound])
        let after = String(text[match.range.upperBound...])
        let secondHalf: String? = match.output.4.map { String($0) }
        // `8-9:30 p.m.`: the first clock takes the second's half of the day when it writes none.
        let firstHalf: String? = match.output.2.map { String($0) } ?? secondHalf
        let firstClock = String(match.output.1) + (firstHalf.map { " " + $0 } ?? "")
        let secondClock = String(match.output.3) + (secondHalf.map { " " + $0 } ?? "")
        let firstText = before + firstClock + " " + after
        let secondText = before + secondClock + " " + after
        guard let start = try? NormalizedTime(stamp: firstText, context: context) else { return nil }
        let end = try NormalizedTime(stamp: secondText, context: context)
        var stop = end.start
        if stop <= start.start { stop = stop.adding(seconds: 86_400) }
        var range = start
        range.interval = UTCInterval(start: start.start, end: stop)
        range.text = text
        return range
    }
}
