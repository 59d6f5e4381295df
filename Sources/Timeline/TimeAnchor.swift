/// What relative times (`overnight`, `Tuesday`, `in March`) are counted from: a report's stamp,
/// read in the zone of the place the report is about.
public struct TimeAnchor: Hashable, Sendable {
    /// The report's instant; for an anchor given as a date only, the last second of that local day.
    public var instant: Instant
    /// The zone in which days, nights and months are counted.
    public var zone: ZoneDesignator
    /// The anchor's wall-clock reading in ``zone``.
    public let local: LocalDateTime

    public init(instant: Instant, zone: ZoneDesignator) throws(TimelineError) {
        self.instant = instant
        self.zone = zone
        self.local = try Self.wallClock(instant, in: zone)
    }

    private static func wallClock(_ instant: Instant, in zone: ZoneDesignator) throws(TimelineError) -> LocalDateTime {
        let wall = instant.secondsSinceEpoch + Int64(try zone.offset(at: instant))
        return LocalDateTime(
            date: CivilDate(daysSinceEpoch: Int(wall.floorDivided(by: 86_400))), secondOfDay: Int(wall.floorModulo(86_400)))
    }

    /// The wall-clock reading of `instant` in the anchor's zone.
    func localTime(of instant: Instant) -> LocalDateTime {
        (try? Self.wallClock(instant, in: zone)) ?? LocalDateTime(date: instant.utcDate, secondOfDay: instant.utcSecondOfDay)
    }

    /// An anchor known only to the day: the end of that day in `zone`, so that anything on the
    /// day counts as before it.
    public init(date: CivilDate, zone: ZoneDesignator) throws(TimelineError) {
        let end = try zone.resolve(LocalDateTime(date: date.adding(days: 1), secondOfDay: 0)).instant
        try self.init(instant: end.adding(seconds: -1), zone: zone)
    }

    public var date: CivilDate { local.date }

    /// The UTC instant of a wall-clock reading in the anchor's zone.
    func instant(_ date: CivilDate, secondOfDay: Int = 0) throws(TimelineError) -> Instant {
        try zone.resolve(LocalDateTime(date: date, secondOfDay: secondOfDay)).instant
    }

    /// The UTC interval between two wall-clock readings in the anchor's zone.
    func interval(from start: CivilDate, _ startSecond: Int = 0, to end: CivilDate, _ endSecond: Int = 0) throws(TimelineError) -> UTCInterval {
        UTCInterval(start: try instant(start, secondOfDay: startSecond), end: try instant(end, secondOfDay: endSecond))
    }
}
