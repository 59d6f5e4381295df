import Language
/// What a stamp may lean on when it does not say everything itself.
public struct StampContext: Hashable, Sendable {
    /// The zone assumed where the text names none (`--zone`), and the zone of `local time`.
    public var defaultZone: ZoneDesignator?
    /// The date of a stamp that has none (`14.05 BST` under a page dated 31 May 2023).
    public var defaultDate: CivilDate?
    /// The year of a date written without one (`May 31`).
    public var defaultYear: Int?
    /// Readings chosen for ambiguous abbreviations (`IST` -> `Asia/Jerusalem`).
    public var abbreviationChoices: [String: ZoneDesignator]

    public init(
        defaultZone: ZoneDesignator? = nil, defaultDate: CivilDate? = nil, defaultYear: Int? = nil,
        abbreviationChoices: [String: ZoneDesignator] = [:]
    ) {
        self.defaultZone = defaultZone
        self.defaultDate = defaultDate
        self.defaultYear = defaultYear ?? defaultDate?.year
        self.abbreviationChoices = abbreviationChoices
    }
}

extension NormalizedTime {
    /// Reads a stamp and places it on the UTC time line.
    ///
    /// - Throws: ``TimelineError`` quoting the stamp when it is no stamp, names an unknown zone,
    ///   an impossible date or time, two zones that disagree, or lacks a zone or date that the
    ///   context does not supply.
    public init(stamp text: String, context: StampContext = StampContext()) throws(TimelineError) {
        let parsed = try StampParser.parse(text).get()
        if let stop = parsed.stoppedAt {
            let rest = String(decoding: Array(text.utf8)[stop...], as: UTF8.self)
            throw TimelineError(.notAStamp, "'\(rest)' is not part of a date or time in '\(text)'", text: text)
        }
        self = try StampNormalizer.normalize(parsed, text: text, context: context)
    }
}

enum StampNormalizer {
    static func normalize(_ stamp: ParsedStamp, text: String, context: StampContext) throws(TimelineError) -> NormalizedTime {
        func fail(_ kind: TimelineError.Kind, _ message: String) -> TimelineError {
            TimelineError(kind, message, text: text)
        }
        guard let clock = stamp.clocks.first else {
            return try normalizeDate(stamp, text: text, context: context)
        }
        guard let date = try date(of: stamp, text: text, context: context) else {
            throw fail(.missingDate, "'\(text)' has no date; give the page date or an anchor")
        }
        let primaryZone = try zone(of: clock, text: text, context: context)
        guard stamp.clocks.count == 2 else {
            let local = LocalDateTime(date: date, hour: clock.hour, minute: clock.minute, second: clock.second)
            let (instant, fold) = try primaryZone.designator.resolve(local)
            return exact(instant, fold: fold, text: text, zone: primaryZone)
        }
        // Two clocks (`0405 GMT (1205 HKT) June 1, 2023`): the date belongs to the clock written
        // next to it; the other clock must show the same instant on that day or the day either side.
        let other = stamp.clocks[1]
        let otherZone = try zone(of: other, text: text, context: context)
        let readings: [(ParsedStamp.Clock, ResolvedZone, ParsedStamp.Clock, ResolvedZone)] =
            abs(other.position - stamp.datePosition) < abs(clock.position - stamp.datePosition)
            ? [(other, otherZone, clock, primaryZone), (clock, primaryZone, other, otherZone)]
            : [(clock, primaryZone, other, otherZone), (other, otherZone, clock, primaryZone)]
        for (dated, datedZone, check, checkZone) in readings {
            let local = LocalDateTime(date: date, hour: dated.hour, minute: dated.minute, second: dated.second)
            let (instant, fold) = try datedZone.designator.resolve(local)
            let offset = try checkZone.designator.offset(at: instant)
            let wall = instant.secondsSinceEpoch + Int64(offset)
            let secondOfDay = Int(wall.floorModulo(86_400))
            let wallDate = CivilDate(daysSinceEpoch: Int(wall.floorDivided(by: 86_400)))
            if secondOfDay == check.hour * 3600 + check.minute * 60 + check.second,
                abs(wallDate.daysSinceEpoch - date.daysSinceEpoch) <= 1
            {
                return exact(instant, fold: fold, text: text, zone: datedZone)
            }
        }
        let first = "\(twoDigits(clock.hour)):\(twoDigits(clock.minute)) \(primaryZone.text ?? primaryZone.designator.identifier)"
        let second = "\(twoDigits(other.hour)):\(twoDigits(other.minute)) \(otherZone.text ?? otherZone.designator.identifier)"
        throw fail(.zonesDisagree, "the two times in '\(text)' disagree: \(first) and \(second) are not the same instant")
    }

    private static func exact(_ instant: Instant, fold: ClockFold, text: String, zone: ResolvedZone) -> NormalizedTime {
        NormalizedTime(
            interval: UTCInterval(start: instant, end: instant.adding(seconds: 60)), precision: .minute, text: text,
            zoneText: zone.text, zone: zone.designator.identifier, fold: fold)
    }

    /// A stamp with a date and no clock: the whole day (or month) in its zone.
    private static func normalizeDate(_ stamp: ParsedStamp, text: String, context: StampContext) throws(TimelineError) -> NormalizedTime {
        guard let month = stamp.month, let year = stamp.year ?? context.defaultYear else {
            throw TimelineError(.missingDate, "'\(text)' has no year; give an anchor", text: text)
        }
        guard let zone = context.defaultZone else {
            throw TimelineError(.missingZone, "'\(text)' names no time zone; pass --zone with an IANA zone", text: text)
        }
        let first: CivilDate
        let next: CivilDate
        let precision: TimePrecision
        if let day = stamp.day {
            guard let date = CivilDate(year: year, month: month, day: day) else {
                throw TimelineError(.impossibleDate, "'\(text)' is not a date", text: text)
            }
            (first, next, precision) = (date, date.adding(days: 1), .day)
        } else {
            first = CivilDate(unchecked: year, month, 1)
            (next, precision) = (first.firstOfMonth(adding: 1), .month)
        }
        let start = try zone.resolve(LocalDateTime(date: first, secondOfDay: 0)).instant
        let end = try zone.resolve(LocalDateTime(date: next, secondOfDay: 0)).instant
        return NormalizedTime(
            interval: UTCInterval(start: start, end: end), precision: precision, text: text, zoneText: nil,
            zone: zone.identifier)
    }

    private static func date(of stamp: ParsedStamp, text: String, context: StampContext) throws(TimelineError) -> CivilDate? {
        guard let month = stamp.month, let day = stamp.day else {
            // `09:30 GMT Sunday` on a page of Saturday: the Sunday nearest the page's date, not the page's own day.
            guard let weekday = stamp.weekday, let page = context.defaultDate else { return context.defaultDate }
            let ahead = (weekday - page.weekday + 7) % 7
            return page.adding(days: ahead <= 3 ? ahead : ahead - 7)
        }
        guard let year = stamp.year ?? context.defaultYear else { return nil }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            throw TimelineError(.impossibleDate, "\(monthNames[month - 1]) \(day), \(year) is not a date (in '\(text)')", text: text)
        }
        if let weekday = stamp.weekday, weekday != date.weekday {
            throw TimelineError(.impossibleDate, "\(date.iso8601) is not a \(weekdayNames[weekday - 1]) (in '\(text)')", text: text)
        }
        return date
    }

    struct ResolvedZone {
        var designator: ZoneDesignator
        /// As written; nil when the default zone stood in.
        var text: String?
    }

    private static func zone(of clock: ParsedStamp.Clock, text: String, context: StampContext) throws(TimelineError) -> ResolvedZone {
        guard let written = clock.zone else {
            guard let zone = context.defaultZone else {
                throw TimelineError(.missingZone, "'\(text)' names no time zone; pass --zone with an IANA zone", text: text)
            }
            return ResolvedZone(designator: zone, text: nil)
        }
        switch written.meaning {
        case .zone(let designator):
            return ResolvedZone(designator: designator, text: written.text)
        case .ambiguous(let entry):
            if let chosen = context.abbreviationChoices[entry.abbreviation] {
                return ResolvedZone(designator: chosen, text: written.text)
            }
            if let anchor = context.defaultZone, let match = entry.readings.first(where: { $0.identifier == anchor.identifier }) {
                return ResolvedZone(designator: match, text: written.text)
            }
            return ResolvedZone(designator: entry.readings[0], text: written.text)
        case .local:
            guard let zone = context.defaultZone else {
                throw TimelineError(.missingZone, "'\(text)' says local time but no zone is known; pass --zone", text: text)
            }
            return ResolvedZone(designator: zone, text: written.text)
        case .unknown:
            throw TimelineError(.unknownZone, "unknown time zone '\(written.text)' in '\(text)'; pass --zone with an IANA zone", text: written.text)
        }
    }
}

let weekdayNames = WordLists.weekdays
