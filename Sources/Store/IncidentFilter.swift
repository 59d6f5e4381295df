import GRDB
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

    public init() {}

    /// Intervals up to two days are "short" (indexed by start alone; see migration v3).
    static let shortSpan: Int64 = 2 * 86_400

    /// `selection` (over `incident AS i`) under the filter's conditions, order and limit.
    func query(_ selection: String) -> (sql: String, arguments: StatementArguments) {
        let (whereSQL, arguments) = whereClause()
        let order = by == .occurred ? "i.occurred_start, i.id" : "i.reported_at, i.id"
        var sql = selection + "\n" + whereSQL + "\nORDER BY " + order
        var allArguments = arguments
        if let limit {
            sql += " LIMIT ?"
            _ = allArguments.append(contentsOf: [limit])
        }
        return (sql, allArguments)
    }

    /// The WHERE clause and its arguments, over `incident AS i`.
    func whereClause() -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        switch (by, since, until) {
        case (.occurred, let since?, _):
            // Overlap, split so that each half has a bounded range on an index: short intervals
            // start at most `shortSpan` before the window; long ones are few.
            let until = until?.secondsSinceEpoch ?? Int64.max
            conditions.append("""
                ((i.long_span = 0 AND i.occurred_start >= ? AND i.occurred_start < ? AND i.occurred_end > ?) \
                OR (i.long_span = 1 AND i.occurred_start < ? AND i.occurred_end > ?))
                """)
            let start = since.secondsSinceEpoch
            _ = arguments.append(contentsOf: [start - Self.shortSpan, until, start, until, start])
        case (.occurred, nil, let until?):
            conditions.append("i.occurred_start < ?")
            _ = arguments.append(contentsOf: [until.secondsSinceEpoch])
        case (.reported, _, _):
            if let since {
                conditions.append("i.reported_at >= ?")
                _ = arguments.append(contentsOf: [since.secondsSinceEpoch])
            }
            if let until {
                conditions.append("i.reported_at < ?")
                _ = arguments.append(contentsOf: [until.secondsSinceEpoch])
            }
        default:
            break
        }
        if !regions.isEmpty {
            var alternatives: [String] = []
            for region in regions {
                let (sql, values) = region.condition()
                alternatives.append(sql)
                _ = arguments.append(contentsOf: StatementArguments(values))
            }
            conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        if let bbox {
            let ranges = bbox.west <= bbox.east ? [(bbox.west, bbox.east)] : [(bbox.west, 180.0), (-180.0, bbox.east)]
            let parts = ranges.map { _ in "(min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)" }
            conditions.append("i.id IN (SELECT id FROM incident_rtree WHERE \(parts.joined(separator: " OR ")))")
            for (west, east) in ranges { _ = arguments.append(contentsOf: [west, east, bbox.south, bbox.north]) }
        }
        if let near {
            // An R*Tree box first, then the exact great-circle distance.
            let latitudeDegrees = near.kilometres / 111.0
            let cosine = max(0.01, cos(near.latitude * Double.pi / 180))
            let longitudeDegrees = min(180, near.kilometres / (111.0 * cosine))
            conditions.append("""
                i.id IN (SELECT id FROM incident_rtree WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?) \
                AND distance_km(?, ?, i.latitude, i.longitude) <= ?
                """)
            _ = arguments.append(contentsOf: [
                near.latitude - latitudeDegrees, near.latitude + latitudeDegrees, near.longitude - longitudeDegrees,
                near.longitude + longitudeDegrees, near.latitude, near.longitude, near.kilometres,
            ])
        }
        if !types.isEmpty {
            let marks = Array(repeating: "?", count: types.count).joined(separator: ", ")
            conditions.append("(lower(i.event_type) IN (\(marks)) OR lower(i.sub_event_type) IN (\(marks)))")
            let lowered = types.map { $0.lowercased() }
            _ = arguments.append(contentsOf: StatementArguments(lowered + lowered))
        }
        if let text, let match = Self.literalMatch(text) {
            conditions.append("i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)")
            _ = arguments.append(contentsOf: [match])
        }
        if attachedOnly {
            conditions.append("i.location_source = ? AND i.location_resolved = ?")
            _ = arguments.append(contentsOf: [LocationSource.attached.rawValue, true])
        }
        if let maxGeoPrecision {
            conditions.append("i.geo_precision <= ?")
            _ = arguments.append(contentsOf: [maxGeoPrecision])
        }
        let sql = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (sql, arguments)
    }

    /// An FTS5 query that matches every word literally: quotes, `%`, `;` and operators are just text.
    static func literalMatch(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
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

    func condition() -> (String, [any DatabaseValueConvertible]) {
        switch level {
        case .country:
            return ("i.country_code = ?", [code])
        case .admin1:
            return ("i.admin1_code = ?", [code])
        case .admin2:
            // District codes are sparse: match incidents coded to it, at it, or at places known to lie in it.
            return (
                "(i.admin2_code = ? OR i.geonameid = ? OR i.geonameid IN (SELECT geonameid FROM place_in_admin2 WHERE admin2_code = ?))",
                [code, geonameid ?? -1, code]
            )
        case .place:
            return ("i.geonameid = ?", [geonameid ?? -1])
        }
    }
}

import Foundation
