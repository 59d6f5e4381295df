/// A point on the UTC time line, in whole seconds since 1970-01-01T00:00:00Z.
///
/// An instant has no precision of its own; a time read from text is a ``UTCInterval``
/// with a ``TimePrecision`` (see ``NormalizedTime``).
public struct Instant: Hashable, Comparable, Sendable {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// The instant at a civil date and second of day in UTC.
    public init(utc date: CivilDate, secondOfDay: Int = 0) {
        self.secondsSinceEpoch = Int64(date.daysSinceEpoch) * 86_400 + Int64(secondOfDay)
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    public func adding(seconds: Int64) -> Instant {
        Instant(secondsSinceEpoch: secondsSinceEpoch + seconds)
    }

    /// The UTC civil date of this instant.
    public var utcDate: CivilDate {
        CivilDate(daysSinceEpoch: Int(secondsSinceEpoch.floorDivided(by: 86_400)))
    }

    /// Seconds since UTC midnight.
    public var utcSecondOfDay: Int {
        Int(secondsSinceEpoch.floorModulo(86_400))
    }

    /// ISO 8601 in UTC with a `Z`, to the second: `2023-05-31T11:26:00Z`.
    public var iso8601: String {
        let date = utcDate
        let second = utcSecondOfDay
        return date.iso8601 + "T" + twoDigits(second / 3600) + ":" + twoDigits(second / 60 % 60) + ":"
            + twoDigits(second % 60) + "Z"
    }
}

extension Instant: CustomStringConvertible {
    public var description: String { iso8601 }
}

/// A half-open stretch of UTC time, `[start, end)`.
public struct UTCInterval: Hashable, Sendable {
    public var start: Instant
    public var end: Instant

    public init(start: Instant, end: Instant) {
        precondition(start <= end, "an interval cannot end before it starts")
        self.start = start
        self.end = end
    }

    public var durationSeconds: Int64 { end.secondsSinceEpoch - start.secondsSinceEpoch }

    public func contains(_ instant: Instant) -> Bool { start <= instant && instant < end }

    /// Whether the two intervals share any instant (touching ends do not overlap).
    public func overlaps(_ other: UTCInterval) -> Bool { start < other.end && other.start < end }
}

extension UTCInterval: CustomStringConvertible {
    public var description: String { "\(start.iso8601)/\(end.iso8601)" }
}

@inline(__always)
func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
}

extension BinaryInteger {
    @inline(__always)
    func floorDivided(by divisor: Self) -> Self {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    @inline(__always)
    func floorModulo(_ divisor: Self) -> Self {
        let remainder = self % divisor
        return remainder != 0 && (remainder < 0) != (divisor < 0) ? remainder + divisor : remainder
    }
}
