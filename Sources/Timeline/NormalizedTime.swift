/// How finely a time is known.
public enum TimePrecision: String, Hashable, Sendable, CaseIterable, Comparable {
    case minute, hour
    case partOfDay = "part_of_day"
    case day, week, month
    /// A season, a quarter or a half of a year.
    case season
    case year
    /// A decade or a century.
    case decade

    public static func < (lhs: TimePrecision, rhs: TimePrecision) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A time read from text and placed on the UTC time line.
///
/// An exact stamp is a one-minute interval with precision ``TimePrecision/minute``;
/// `overnight` is a night with precision ``TimePrecision/partOfDay``; `in March` is a month.
public struct NormalizedTime: Hashable, Sendable {
    /// When, in UTC; the end is exclusive.
    public var interval: UTCInterval
    public var precision: TimePrecision
    /// The text as written.
    public var text: String
    /// Where the text stands in its input: half-open offsets in Unicode scalars.
    public var range: Range<Int>?
    /// The zone as written (`ET`), or nil when the text named none and a default zone was used.
    public var zoneText: String?
    /// The zone used: an IANA identifier, `UTC`, or a fixed offset such as `UTC+03:00`.
    public var zone: String
    /// Whether the wall-clock reading was in a skipped or repeated hour (see docs/time.md).
    public var fold: ClockFold

    public init(
        interval: UTCInterval, precision: TimePrecision, text: String, range: Range<Int>? = nil,
        zoneText: String?, zone: String, fold: ClockFold = .unique
    ) {
        self.interval = interval
        self.precision = precision
        self.text = text
        self.range = range
        self.zoneText = zoneText
        self.zone = zone
        self.fold = fold
    }

    public var start: Instant { interval.start }
    public var end: Instant { interval.end }
}
