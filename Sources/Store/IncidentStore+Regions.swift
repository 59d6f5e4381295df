import GRDB
import Timeline

/// Incidents in one region: how many, of which types, and when.
public struct RegionSummary: Hashable, Sendable {
    public var level: RegionScope.Level
    /// `RU`, `RU.09`, `RU.10.547551`, or a place's geonameid.
    public var code: String
    public var name: String
    public var count: Int
    /// Counts by ACLED event type, largest first (`unclassified` for provisional incidents).
    public var byType: [(type: String, count: Int)]
    public var first: Instant
    public var last: Instant

    public static func == (lhs: RegionSummary, rhs: RegionSummary) -> Bool {
        lhs.code == rhs.code && lhs.level == rhs.level && lhs.count == rhs.count && lhs.first == rhs.first && lhs.last == rhs.last
            && lhs.byType.map(\.type) == rhs.byType.map(\.type) && lhs.byType.map(\.count) == rhs.byType.map(\.count)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(count)
    }
}

extension IncidentStore {
    /// Incidents per region at one level, sorted by count (then name). Incidents with no code at
    /// that level (a district the sources do not give) are counted under `unknown`.
    public func regions(level: RegionScope.Level, filter: IncidentFilter) throws -> [RegionSummary] {
        let (key, name): (String, String) = switch level {
        case .country: ("i.country_code", "p.country")
        case .admin1: ("i.admin1_code", "p.admin1")
        case .admin2: ("i.admin2_code", "p.admin2")
        case .place: ("CAST(i.geonameid AS TEXT)", "p.name")
        }
        let (whereSQL, arguments) = filter.whereClause()
        let sql = """
            SELECT \(key) AS code, \(name) AS name, coalesce(i.event_type, 'unclassified') AS type, count(*) AS n,
                   min(i.occurred_start) AS first, max(i.occurred_end) AS last
            FROM incident i JOIN place p ON p.geonameid = i.geonameid
            \(whereSQL)
            GROUP BY code, type
            """
        var summaries: [String: RegionSummary] = [:]
        try writer.read { db in
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                let code: String = row["code"] ?? "unknown"
                let count: Int = row["n"]
                let first = Instant(secondsSinceEpoch: row["first"])
                let last = Instant(secondsSinceEpoch: row["last"])
                var summary = summaries[code] ?? RegionSummary(
                    level: level, code: code, name: row["name"] ?? "unknown", count: 0, byType: [], first: first, last: last)
                summary.count += count
                summary.byType.append((row["type"], count))
                summary.first = min(summary.first, first)
                summary.last = max(summary.last, last)
                summaries[code] = summary
            }
        }
        return summaries.values.map { summary in
            var sorted = summary
            sorted.byType.sort { $0.count > $1.count || $0.count == $1.count && $0.type < $1.type }
            return sorted
        }.sorted { $0.count > $1.count || $0.count == $1.count && $0.name < $1.name }
    }
}
