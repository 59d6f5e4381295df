import Incidents
import Timeline

/// What `timelinectl incidents`, `report`, `regions`, `export` and `map` select; every value is bound, never spliced.
public struct IncidentFilter: Sendable {
    public enum TimeAxis: String, Sendable, CaseIterable {
        /// Incidents whose occurred interval overlaps the window.
        case occurred
        /// Incidents whose (earliest) report time falls in the window.
        case reported
    }

    public var since: Instant?
    public var until: Instant?
    public var by: TimeAxis = .occurred
    /// Any of these regions (and everything below them).
    public var regions: [RegionScope] = []
    /// West, south, east, north in degrees; west > east crosses the antimeridian.
    public var bbox: (west: Double, south: Double, east: Double, north: Double)?
    public var near: (latitude: Double, longitude: Double, kilometres: Double)?
    /// ACLED event or sub-event types, any of them, case-insensitive.
    public var types: [String] = []
    /// Words that must all appear in the headline or text (each taken literally).
    public var text: String?
    /// Only incidents whose place was attached to the event by grammar and resolved in the gazetteer.
    public var attachedOnly = false
    /// Only incidents at least this precise: ACLED geo_precision at most this (1 the named place ... 3 a region).
    public var maxGeoPrecision: Int?
    public var limit: Int?
    /// Rows to skip before the first, with a `limit` (paging probes only: users page with ``after``).
    public var offset: Int?
    /// Only incidents after this one in the filter's order: the next page of a listing.
    public var after: IncidentCursor?
    /// Only incidents up to this one (included) in the filter's order: where a page ends.
    public var through: IncidentCursor?

    public init() {}

    /// Intervals up to two days are "short" (indexed by start alone; see migration v3).
    public static let shortSpan: Int64 = 2 * 86_400

    /// `selection` (over `incident AS i`) under the filter's conditions, in its order and limit,
    /// in `dialect`'s SQL with every value bound.
    public func query(_ selection: String, in dialect: some SQLDialect) -> BoundSQL {
        var sql = SQLBuilder(dialect)
        let whereSQL = whereClause(&sql)
        let order = by == .occurred ? "i.occurred_start, i.id" : "i.reported_at, i.id"
        var text = selection + "\n" + whereSQL + "\nORDER BY " + order
        if let limit { text += " LIMIT " + sql.bind(.integer(Int64(limit))) }
        if let offset, limit != nil { text += " OFFSET " + sql.bind(.integer(Int64(offset))) }
        return BoundSQL(sql: text, values: sql.values)
    }

    /// The WHERE clause over `incident AS i` (empty when nothing is filtered), its values bound into `sql`.
    public func whereClause<Dialect: SQLDialect>(_ sql: inout SQLBuilder<Dialect>) -> String {
        var conditions: [String] = []
        switch (by, since, until) {
        case (.occurred, let since?, _):
            // Overlap, split so that each half has a bounded range on an index: short intervals
            // start at most `shortSpan` before the window; long ones are few.
            let until = until?.secondsSinceEpoch ?? Int64.max
            let start = since.secondsSinceEpoch
            conditions.append("""
                ((i.long_span = \(sql.bind(.bool(false))) AND i.occurred_start >= \(sql.bind(.integer(start - Self.shortSpan))) \
                AND i.occurred_start < \(sql.bind(.integer(until))) AND i.occurred_end > \(sql.bind(.integer(start)))) \
                OR (i.long_span = \(sql.bind(.bool(true))) AND i.occurred_start < \(sql.bind(.integer(until))) \
                AND i.occurred_end > \(sql.bind(.integer(start)))))
                """)
        case (.occurred, nil, let until?):
            conditions.append("i.occurred_start < " + sql.bind(.integer(until.secondsSinceEpoch)))
        case (.reported, _, _):
            if let since { conditions.append("i.reported_at >= " + sql.bind(.integer(since.secondsSinceEpoch))) }
            if let until { conditions.append("i.reported_at < " + sql.bind(.integer(until.secondsSinceEpoch))) }
        default:
            break
        }
        if !regions.isEmpty {
            conditions.append("(" + regions.map { $0.condition(&sql) }.joined(separator: " OR ") + ")")
        }
        if let bbox {
            let ranges = bbox.west <= bbox.east ? [(bbox.west, bbox.east)] : [(bbox.west, 180.0), (-180.0, bbox.east)]
            conditions.append(sql.dialect.boxCondition(longitudeRanges: ranges, south: bbox.south, north: bbox.north, &sql))
        }
        if let near {
            conditions.append(sql.dialect.nearCondition(latitude: near.latitude, longitude: near.longitude, kilometres: near.kilometres, &sql))
        }
        if !types.isEmpty {
            let lowered = types.map { $0.lowercased() }
            let events = lowered.map { sql.bind(.text($0)) }.joined(separator: ", ")
            let subEvents = lowered.map { sql.bind(.text($0)) }.joined(separator: ", ")
            conditions.append("(lower(i.event_type) IN (\(events)) OR lower(i.sub_event_type) IN (\(subEvents)))")
        }
        if let text {
            let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
            if !words.isEmpty { conditions.append(sql.dialect.textCondition(words: words, &sql)) }
        }
        if attachedOnly {
            conditions.append(
                "i.location_source = \(sql.bind(.text(LocationSource.attached.rawValue))) AND i.location_resolved = \(sql.bind(.bool(true)))")
        }
        if let maxGeoPrecision {
            conditions.append("i.geo_precision <= " + sql.bind(.integer(Int64(maxGeoPrecision))))
        }
        let key = by == .occurred ? "i.occurred_start" : "i.reported_at"
        if let after {
            // The order's own key, so a page continues exactly where the last one stopped; the
            // `>=` gives the index a lower bound (a page costs its own rows, not all before it).
            let time = sql.bind(.integer(after.time))
            conditions.append("\(key) >= \(time) AND (\(key) > \(sql.bind(.integer(after.time))) OR i.id > \(sql.bind(.integer(after.id))))")
        }
        if let through {
            let time = sql.bind(.integer(through.time))
            conditions.append("\(key) <= \(time) AND (\(key) < \(sql.bind(.integer(through.time))) OR i.id <= \(sql.bind(.integer(through.id))))")
        }
        return conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }
}

/// Where a page of a listing ended: the last incident's time on the filter's axis and its id.
///
/// Written `TIME_ID` (seconds since 1970, then the id), so a client can keep it as it is and a
/// person can read it.
public struct IncidentCursor: Hashable, Sendable, CustomStringConvertible {
    public var time: Int64
    public var id: Int64

    public init(time: Int64, id: Int64) {
        self.time = time
        self.id = id
    }

    /// The cursor of a point, on `axis`.
    public init(point: IncidentPoint, axis: IncidentFilter.TimeAxis) {
        self.init(time: axis == .occurred ? point.occurredStart.secondsSinceEpoch : point.reportedAt.secondsSinceEpoch, id: point.id)
    }

    /// Reads `TIME_ID`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 2, let time = Int64(parts[0]), let id = Int64(parts[1]) else { return nil }
        self.init(time: time, id: id)
    }

    public var description: String { "\(time)_\(id)" }
}

extension IncidentDatabase {
    /// Where a page of `filter.limit` incidents ends when more follow it, else nil.
    ///
    /// Reads the keys of the page's last incident and of the one after it (an index walk, like
    /// the page itself), so the cursor can go in a header before the page is streamed. The page
    /// is then read `through` this cursor (``IncidentFilter/through``), so what it holds and where
    /// the next one starts agree even when an ingest adds incidents meanwhile.
    public func pageEnd(_ filter: IncidentFilter) throws -> IncidentCursor? {
        guard let limit = filter.limit, limit > 0 else { return nil }
        var probe = filter
        probe.offset = limit - 1
        probe.limit = 2
        var points: [IncidentPoint] = []
        try forEachPoint(probe) { points.append($0) }
        return points.count == 2 ? IncidentCursor(point: points[0], axis: filter.by) : nil
    }
}

/// A region to select, at any level, with what lies below it.
public struct RegionScope: Hashable, Sendable {
    public enum Level: String, Hashable, Sendable, CaseIterable {
        case country, admin1, admin2, place
    }

    public var level: Level
    /// `RU`, `RU.09`, `RU.10.547551`, or a place's geonameid.
    public var code: String
    public var geonameid: Int?
    public var name: String

    public init(level: Level, code: String, geonameid: Int?, name: String) {
        self.level = level
        self.code = code
        self.geonameid = geonameid
        self.name = name
    }

    /// The condition that an incident (`incident AS i`) lies in the region, at any level below it.
    func condition<Dialect: SQLDialect>(_ sql: inout SQLBuilder<Dialect>) -> String {
        switch level {
        case .country:
            return "i.country_code = " + sql.bind(.text(code))
        case .admin1:
            return "i.admin1_code = " + sql.bind(.text(code))
        case .admin2:
            // District codes are sparse: match incidents coded to it, at it, or at places known to lie in it.
            let id = Int64(geonameid ?? -1)
            return "(i.admin2_code = \(sql.bind(.text(code))) OR i.geonameid = \(sql.bind(.integer(id))) "
                + "OR i.geonameid IN (SELECT geonameid FROM place_in_admin2 WHERE admin2_code = \(sql.bind(.text(code)))))"
        case .place:
            return "i.geonameid = " + sql.bind(.integer(Int64(geonameid ?? -1)))
        }
    }
}
