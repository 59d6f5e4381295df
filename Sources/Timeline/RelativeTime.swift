/// A time expression found in running text (`overnight`, `on Tuesday`, `the 4 a.m. attack`).
public struct TimeMention: Hashable, Sendable {
    public enum Resolution: Hashable, Sendable {
        case resolved(NormalizedTime)
        /// Recognised as a time but not placeable (`recently`): never dressed up as exact.
        case unresolved(String)
    }

    public var text: String
    /// Half-open offsets in Unicode scalars.
    public var range: Range<Int>
    public var resolution: Resolution
    /// For a duration (`a day`, `48 hours`), its length: what `a day after` counts back by.
    public var span: TimeSpan? = nil

    public var time: NormalizedTime? {
        if case .resolved(let time) = resolution { return time }
        return nil
    }
}

/// Finds and anchors relative and partial times in running text.
///
/// Conventions (docs/time.md): morning 05:00-12:00, afternoon 12:00-18:00, evening 18:00-24:00,
/// a day's night 18:00 to 06:00 the next day, `overnight` 22:00-06:00 ending on the anchor's day,
/// `early <day>` 00:00-09:00, `late <day>` 18:00-24:00; early/mid/late month or year are its
/// first, middle and last third. A weekday is the most recent such day, the anchor's own day
/// included; a month or date without a year is the most recent one, or the next one when the
/// sentence speaks of the future (`will`, `summit`, `scheduled`, `next`...).
public enum RelativeTime {
    /// Every time expression in `text`, anchored; `base` is the scalar offset of `text` in its input.
    /// What a sentence's verb groups say of its time, as a caller with a tagger reads them.
    /// `present` (or none) reads a date without a year or week as the nearer one.
    public enum SentenceTense: Sendable { case past, present, future }

    /// The time a caller's story has reached before a sentence: its day (local), its precision, and for a part of a
    /// day that runs past midnight (`overnight`) the day it ends on.
    public struct StoryTime: Hashable, Sendable {
        public var date: CivilDate
        public var precision: TimePrecision
        public var lastDay: CivilDate?

        public init(date: CivilDate, precision: TimePrecision, lastDay: CivilDate? = nil) {
            (self.date, self.precision, self.lastDay) = (date, precision, lastDay)
        }
    }

    /// Every time expression in `text`, anchored at `anchor`; `tense` (from the caller's grammar)
    /// decides whether a date the anchor has not reached is read ahead or a year back.
    /// `story` is the time (``StoryTime``) the caller's story has reached before this sentence: `the next
    /// day`, `one day earlier` count from it; without one they are left unplaced.
    public static func scan(_ text: String, anchor: TimeAnchor, base: Int = 0, tense: SentenceTense? = nil,
                            story: StoryTime? = nil) -> [TimeMention] {
        // A sentence read alone: `the same day` counts from what the caller read before, not the anchor.
        let (words, found) = matches(text, anchor: anchor, base: base, tense: tense, anchorsAnaphora: false, story: story)
        var slicer = ScalarSlicer(text)
        return found.map { match in
            let range = words[match.first].range.lowerBound..<words[match.end - 1].range.upperBound
            let written = slicer.slice(range.lowerBound - base, range.upperBound - base)
            var resolution = match.resolution
            if case .resolved(var time) = resolution {
                time.text = written
                time.range = range
                resolution = .resolved(time)
            }
            return TimeMention(text: written, range: range, resolution: resolution, span: match.span)
        }
    }

    /// The words of `text` and the expressions recognised in them, left to right, none overlapping.
    static func matches(_ text: String, anchor: TimeAnchor, base: Int, tense: SentenceTense?,
                        tenseAt: ((Int) -> SentenceTense?)? = nil, anchorsAnaphora: Bool = true,
                        story: StoryTime? = nil) -> (words: [TextWord], matches: [Match]) {
        let words = textWords(text, base: base)
        var matcher = Matcher(words: words, anchor: anchor, tense: tense, tenseAt: tenseAt, anchorsAnaphora: anchorsAnaphora)
        // The story's time is what the first anaphoric expression counts from; no clock of this sentence takes its day.
        if let story {
            matcher.reference = Matcher.Reference(start: story.date, precision: story.precision, part: nil, end: Int.max, lastDay: story.lastDay)
        }
        var found: [Match] = []
        var index = 0
        while index < words.count {
            if var match = matcher.match(at: index) {
                match = matcher.widen(match, after: found.last?.end ?? 0)
                found.append(match)
                matcher.remember(match)
                index = match.end
            } else {
                index += 1
            }
        }
        return (words, found)
    }

    /// Reads the time expression in `text` (`overnight`, `the 4 a.m. attack`, `a summit in August`);
    /// throws when there is none or it cannot be anchored.
    public static func resolve(_ text: String, anchor: TimeAnchor) throws(TimelineError) -> NormalizedTime {
        guard let mention = scan(text, anchor: anchor).first else {
            throw TimelineError(.notAStamp, "'\(text)' is neither a stamp nor a relative time this tool reads", text: text)
        }
        switch mention.resolution {
        case .resolved(let time):
            return time
        case .unresolved(let reason):
            throw TimelineError(.unanchored, "'\(text)' cannot be placed in time: \(reason)", text: text)
        }
    }

    /// Cuts pieces out of a text by scalar offsets, walking forward from the last cut: pieces
    /// taken in text order cost one pass over the text, not one walk from its start each.
    struct ScalarSlicer {
        let scalars: String.UnicodeScalarView
        var index: String.UnicodeScalarView.Index
        var offset = 0

        init(_ text: String) {
            scalars = text.unicodeScalars
            index = scalars.startIndex
        }

        mutating func slice(_ start: Int, _ end: Int) -> String {
            if start < offset { (index, offset) = (scalars.startIndex, 0) }
            index = scalars.index(index, offsetBy: start - offset)
            offset = start
            return String(scalars[index..<scalars.index(index, offsetBy: end - start)])
        }
    }
}

/// Parts of a day, as seconds of the day (the end may pass midnight).
enum DayPart {
    static let morning = (5 * 3600, 12 * 3600)
    static let afternoon = (12 * 3600, 18 * 3600)
    static let evening = (18 * 3600, 24 * 3600)
    static let night = (18 * 3600, 30 * 3600)
    static let early = (0, 9 * 3600)
    static let late = (18 * 3600, 24 * 3600)

    /// TimeML's code for the part of a day starting at `second` and lasting `length` seconds:
    /// `MO`, `AF`, `EV` (18:00 to midnight) or `NI` (a night into the next morning).
    static func code(startingAt second: Int, length: Int64) -> String {
        switch second {
        case 0..<12 * 3600: "MO"
        case 12 * 3600..<18 * 3600: "AF"
        default: second == evening.0 && length == Int64(evening.1 - evening.0) ? "EV" : "NI"
        }
    }

    static func named(_ word: String) -> (Int, Int)? {
        switch word {
        case "morning": morning
        case "afternoon": afternoon
        case "evening": evening
        case "night": night
        default: nil
        }
    }
}
