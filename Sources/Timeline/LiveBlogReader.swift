import Foundation

/// Reads a live-blog page saved as text into its header and posts.
///
/// A post starts at a line that the stamp grammar reads as a whole (after a lead-in such as
/// `Published at`, or before `, Author Name`); the next line is its headline, a `From ...` line its
/// byline, and the rest up to the next stamp its body. Lines before the first post are the
/// header. This covers CNN's layout and any other that puts a stamp line above each post
/// (the Guardian's `14.05 BST`, a wire's `1419 GMT`).
public struct LiveBlogReader: Sendable {
    public var context: StampContext
    /// The input's name for messages (a path).
    public var source: String?
    /// The date of stamps without one when the page's own text gives none (an HTML page's
    /// metadata: its `dateModified` or `datePublished`); the text's date line comes first.
    public var fallbackDate: CivilDate?
    /// The zone of stamps that name none when no stamp of the page names one (an HTML page's
    /// metadata written with its UTC offset: `2026-10-15T06:12:05+02:00`).
    public var fallbackZone: ZoneDesignator?

    public init(context: StampContext = StampContext(), source: String? = nil) {
        self.context = context
        self.source = source
    }

    public func read(_ input: String) throws(TimelineError) -> LiveBlogPage {
        let lines = sourceLines(input)
        let stamps = try findStampLines(lines)
        let postStarts = choosePostStarts(stamps)
        let firstPostLine = postStarts.first.map { stamps[$0].lineIndex } ?? lines.count
        var page = try readHeader(lines[0..<firstPostLine], stamps: stamps.filter { $0.lineIndex < firstPostLine })
        var context = self.context
        // A stamp with no zone on a page whose other stamps name one (`15.12` among `17.40 BST`)
        // is read in the page's zone; its zone_text stays empty to show the zone was not written.
        if context.defaultZone == nil { context.defaultZone = Self.pageZone(stamps, choices: context.abbreviationChoices) ?? fallbackZone }
        if context.defaultDate == nil { context.defaultDate = page.date ?? page.updated.map { $0.start.utcDate } ?? fallbackDate }
        if context.defaultYear == nil { context.defaultYear = context.defaultDate?.year }
        var dayShift = DayRoll()
        for (order, stampIndex) in postStarts.enumerated() {
            let start = stamps[stampIndex].lineIndex
            let end = order + 1 < postStarts.count ? stamps[postStarts[order + 1]].lineIndex : lines.count
            let stamp = stamps[stampIndex]
            var postContext = context
            if !stamp.parsed.hasDate, let date = context.defaultDate {
                postContext.defaultDate = date.adding(days: dayShift.shift(for: stamp.parsed))
            }
            let time = try normalize(stamp, line: lines[start], context: postContext)
            let updates = stamps.filter { $0.lineIndex > start && $0.lineIndex < end }
            page.posts.append(try readPost(index: order, stamp: stamp, time: time, lines: lines[start..<end], updates: updates, context: postContext))
        }
        return page
    }

    /// Stamps shown one per post in page order (an HTML page's visible times, each as one line),
    /// read as a text page's stamp lines are: in the zone most of them name, a stamp with a clock
    /// only dated from ``fallbackDate`` and moved a day where the clocks cross midnight. Nil for a
    /// text that is not a stamp, or one that cannot be read (a zone unknown): the others still are.
    public func stamps(of texts: [String]) -> [NormalizedTime?] {
        let lines = sourceLines(texts.map { $0.normalizingSpaces() }.joined(separator: "\n"))
        var found: [StampLine] = []
        for (index, line) in lines.enumerated() {
            guard var stamp = (try? findStampLines([line]))?.first else { continue }
            stamp.lineIndex = index
            found.append(stamp)
        }
        var context = self.context
        if context.defaultZone == nil { context.defaultZone = Self.pageZone(found, choices: context.abbreviationChoices) ?? fallbackZone }
        if context.defaultDate == nil { context.defaultDate = fallbackDate }
        if context.defaultYear == nil { context.defaultYear = context.defaultDate?.year }
        var dayShift = DayRoll()
        var stamps = [NormalizedTime?](repeating: nil, count: texts.count)
        for stamp in found where stamp.lineIndex < stamps.count {
            var postContext = context
            if !stamp.parsed.hasDate, let date = context.defaultDate {
                postContext.defaultDate = date.adding(days: dayShift.shift(for: stamp.parsed))
            }
            stamps[stamp.lineIndex] = try? normalize(stamp, line: lines[stamp.lineIndex], context: postContext)
        }
        return stamps
    }

    /// Whether a line reads whole as a stamp (`Published On 12 May 2024`, `7:26 a.m. ET`), whatever its zone.
    public static func isStampLine(_ line: String) -> Bool {
        guard case .success(let parsed) = StampParser.parse(line) else { return false }
        return parsed.stoppedAt == nil && (parsed.hasDate || !parsed.clocks.isEmpty)
    }

    // MARK: stamps

    struct StampLine {
        var lineIndex: Int
        var parsed: ParsedStamp
        /// The stamp says it marks an update (`Updated 0405 GMT ...`, `Last updated at 14.20`).
        var isUpdate: Bool
        /// Text after the stamp on the same line: a headline (`1419 GMT - Fighting resumes`) or
        /// an author (`9:45 p.m. ET, Maya Jones`).
        var tail: StampReading.Tail?
    }

    /// Lines that read as a stamp with a clock, as a whole or before `, Author Name`.
    func findStampLines(_ lines: [SourceLine]) throws(TimelineError) -> [StampLine] {
        var found: [StampLine] = []
        for (index, line) in lines.enumerated() where !line.isBlank && line.text.utf8.count <= 120 {
            switch StampParser.parse(line.text) {
            case .success(let parsed):
                guard !parsed.clocks.isEmpty else { continue }
                var tail: StampReading.Tail?
                if let stop = parsed.stoppedAt {
                    guard let found = StampReading.tail(of: line.text, from: stop) else { continue }
                    tail = found
                }
                let leadIn = String(line.text.utf8.prefix(parsed.start))!.lowercased()
                let isUpdate = leadIn.contains("updat") || leadIn.contains("modif") || leadIn.contains("edit")
                found.append(StampLine(lineIndex: index, parsed: parsed, isUpdate: isUpdate, tail: tail))
            case .failure(let error) where error.kind == .unknownZone || error.kind == .impossibleDate || error.kind == .impossibleTime:
                // The line is shaped like a stamp but cannot be one: say so rather than read it as text.
                throw error.at(file: source, line: line.number)
            case .failure:
                if let trailing = trailingStamp(line.text) { found.append(StampLine(lineIndex: index, parsed: trailing.parsed, isUpdate: false, tail: .headline(trailing.headline))) }
            }
        }
        return found
    }

    /// Lead-ins that a copied page glues to the headline before its stamp.
    static let trailingLeadIns = ["published at ", "posted at "]

    /// A headline followed on the same line by its stamp, the line break lost in the copy
    /// (`Ministers meet in Brussels to discuss aidpublished at 10:02 British Summer Time 3 July 2023`):
    /// the stamp after the last lead-in, read whole, and the headline before it.
    public func trailingStamp(_ line: String) -> (parsed: ParsedStamp, headline: String)? {
        let lower = line.lowercased()
        guard lower.utf8.count == line.utf8.count,
            let leadIn = Self.trailingLeadIns.compactMap({ lower.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        let headline = String(line[..<leadIn.lowerBound]).trimmingSpaces()
        guard headline.split(separator: " ").count >= 2 else { return nil }
        let offset = line.utf8.distance(from: line.startIndex, to: leadIn.lowerBound)
        guard case .success(var parsed) = StampParser.parse(String(line[leadIn.lowerBound...])), !parsed.clocks.isEmpty, parsed.stoppedAt == nil
        else { return nil }
        parsed.start += offset
        parsed.end += offset
        return (parsed, headline)
    }

    /// The zone most stamps of a page name, if any.
    static func pageZone(_ stamps: [StampLine], choices: [String: ZoneDesignator]) -> ZoneDesignator? {
        var votes: [ZoneDesignator: Int] = [:]
        for stamp in stamps {
            for clock in stamp.parsed.clocks.prefix(1) {
                switch clock.zone?.meaning {
                case .zone(let zone)?: votes[zone, default: 0] += 1
                case .ambiguous(let entry)?: votes[choices[entry.abbreviation] ?? entry.readings[0], default: 0] += 1
                default: break
                }
            }
        }
        return votes.max { $0.value < $1.value || $0.value == $1.value && $0.key.identifier > $1.key.identifier }?.key
    }

    /// Which stamp lines start posts: plain stamps, or update stamps when a page has no others;
    /// a dated stamp above a run of time-only stamps is the page's own (the Guardian's header).
    func choosePostStarts(_ stamps: [StampLine]) -> [Int] {
        var starts = stamps.indices.filter { !stamps[$0].isUpdate }
        if starts.isEmpty { starts = Array(stamps.indices) }
        if let firstDateless = starts.firstIndex(where: { !stamps[$0].parsed.hasDate }), firstDateless > 0,
            starts.count - firstDateless >= 2, starts[firstDateless...].allSatisfy({ !stamps[$0].parsed.hasDate })
        {
            starts.removeFirst(firstDateless)
        }
        return starts
    }

    func normalize(_ stamp: StampLine, line: SourceLine, context: StampContext) throws(TimelineError) -> NormalizedTime {
        let bytes = Array(line.text.utf8)
        let end = stamp.parsed.end
        let text = String(decoding: bytes[stamp.parsed.start..<end], as: UTF8.self)
        do {
            var time = try StampNormalizer.normalize(stamp.parsed, text: text, context: context)
            let startScalars = String(decoding: bytes[..<stamp.parsed.start], as: UTF8.self).unicodeScalars.count
            time.range = (line.range.lowerBound + startScalars)..<(line.range.lowerBound + startScalars + text.unicodeScalars.count)
            return time
        } catch {
            throw error.at(file: source, line: line.number)
        }
    }

    // MARK: header

    func readHeader(_ lines: ArraySlice<SourceLine>, stamps: [StampLine]) throws(TimelineError) -> LiveBlogPage {
        var page = LiveBlogPage(authors: [], posts: [])
        var firstLine: String?
        for line in lines where !line.isBlank && !Noise.isNoise(line.text) {
            if firstLine == nil { firstLine = line.text.normalizingSpaces() }
            // The title is the first line that reads as one (navigation links are short).
            if page.title == nil, line.text.split(separator: " ").count >= 4, stamps.allSatisfy({ lines[$0.lineIndex].number != line.number }) {
                page.title = line.text.normalizingSpaces()
                continue
            }
            if let count = Noise.postCount(line.text) {
                page.declaredPostCount = count
                continue
            }
            if let stamp = stamps.first(where: { lines[$0.lineIndex].number == line.number }) {
                var context = self.context
                context.defaultDate = context.defaultDate ?? page.date
                let time = try normalize(stamp, line: line, context: context)
                if stamp.isUpdate || page.updated == nil { page.updated = time }
                if page.date == nil, stamp.parsed.hasDate, let zone = try? timeZoneDate(time) { page.date = zone }
                continue
            }
            if page.dateLine == nil, case .success(let parsed) = StampParser.parse(line.text), parsed.clocks.isEmpty,
                let month = parsed.month, let day = parsed.day, let year = parsed.year ?? context.defaultYear,
                let date = CivilDate(year: year, month: month, day: day)
            {
                page.dateLine = line.text
                page.date = date
                continue
            }
            if page.authors.isEmpty, line.text.hasPrefix("By ") {
                page.authors = Byline.names(in: line.text)
            }
        }
        if page.title == nil { page.title = firstLine }
        return page
    }

    /// The local date a header stamp was written on.
    private func timeZoneDate(_ time: NormalizedTime) throws -> CivilDate {
        guard let zone = ZoneRules.named(time.zone) else { return time.start.utcDate }
        return zone.local(time.start).date
    }
}

/// Keeps dateless stamps (`14.05`) on the right day as a page runs past midnight: a jump of more
/// than six hours against the page's direction means a day boundary was crossed.
struct DayRoll {
    private var previous: Int?
    private var shiftDays = 0
    private var direction = 0

    mutating func shift(for stamp: ParsedStamp) -> Int {
        guard let clock = stamp.clocks.first else { return shiftDays }
        let minute = clock.hour * 60 + clock.minute
        if let previous {
            let step = minute - previous
            if direction == 0, abs(step) < 6 * 60, step != 0 { direction = step < 0 ? -1 : 1 }
            if step > 6 * 60, direction <= 0 { shiftDays -= 1 }
            if step < -6 * 60, direction > 0 { shiftDays += 1 }
        }
        previous = minute
        return shiftDays
    }
}
