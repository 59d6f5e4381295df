/// What a zone written in a stamp means: an IANA zone's rules, or a fixed offset.
///
/// Generic names (`ET`, `Eastern Time`, `MSK`, `HKT`, `Moscow time`) follow their zone's rules,
/// daylight saving included. Names that say standard or daylight time (`EST`, `EDT`, `BST`,
/// `CEST`, `AEDT`) are the fixed offset they name, whatever the date, because that is what the
/// text says; the IANA zone is kept for the record.
public struct ZoneDesignator: Hashable, Sendable {
    /// The IANA zone (`America/New_York`), `UTC`, or a fixed offset written `UTC+05:30`.
    public var identifier: String
    /// Seconds east of UTC when the designator is a fixed offset; nil to follow the zone's rules.
    public var fixedOffset: Int?

    public init(identifier: String, fixedOffset: Int? = nil) {
        self.identifier = identifier
        self.fixedOffset = fixedOffset
    }

    /// A zone that follows its IANA rules.
    public static func iana(_ identifier: String) -> ZoneDesignator {
        ZoneDesignator(identifier: identifier)
    }

    /// A fixed offset of `hours` (and `minutes`) east of UTC, kept with the IANA zone it belongs to.
    static func fixed(_ identifier: String, hours: Int, minutes: Int = 0) -> ZoneDesignator {
        ZoneDesignator(identifier: identifier, fixedOffset: hours * 3600 + (hours < 0 ? -minutes : minutes) * 60)
    }

    /// A numeric offset such as `+03:00`.
    public static func offset(seconds: Int) -> ZoneDesignator {
        if seconds == 0 { return utc }
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        return ZoneDesignator(
            identifier: "UTC" + sign + twoDigits(magnitude / 3600) + ":" + twoDigits(magnitude / 60 % 60),
            fixedOffset: seconds)
    }

    public static let utc = ZoneDesignator(identifier: "UTC", fixedOffset: 0)

    /// The instant of a wall-clock reading in this zone, with what was special about it.
    func resolve(_ local: LocalDateTime) throws(TimelineError) -> (instant: Instant, fold: ClockFold) {
        if let fixedOffset {
            return (Instant(secondsSinceEpoch: local.wallSeconds - Int64(fixedOffset)), .unique)
        }
        return try rules().resolve(local)
    }

    /// The offset in force at an instant.
    func offset(at instant: Instant) throws(TimelineError) -> Int {
        if let fixedOffset { return fixedOffset }
        return try rules().offset(at: instant)
    }

    func rules() throws(TimelineError) -> ZoneRules {
        guard let rules = ZoneRules.named(identifier) else {
            throw TimelineError(.unknownZone, "the time-zone database has no zone '\(identifier)'", text: identifier)
        }
        return rules
    }
}

/// An abbreviation that names more than one zone, with the reading used unless told otherwise.
public struct AmbiguousAbbreviation: Hashable, Sendable {
    public var abbreviation: String
    /// Candidates, the default first.
    public var readings: [ZoneDesignator]
}
