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

extension RegionSummary {
    /// The per-region count both backends run: one row per region and type with its count and
    /// time span, in the order ``Tally/add(_:)`` reads (the filter's WHERE clause goes in `condition`).
    public static func query(level: RegionScope.Level, condition: String) -> String {
        let (key, name): (String, String) =
            switch level {
            case .country: ("i.country_code", "p.country")
            case .admin1: ("i.admin1_code", "p.admin1")
            case .admin2: ("i.admin2_code", "p.admin2")
            case .place: ("CAST(i.geonameid AS TEXT)", "p.name")
            }
        return """
            SELECT \(key) AS region_code, min(\(name)) AS region_name, coalesce(i.event_type, 'unclassified') AS type_name,
                   count(*) AS n, min(i.occurred_start) AS first_start, max(i.occurred_end) AS last_end
            FROM incident i JOIN place p ON p.geonameid = i.geonameid
            \(condition)
            GROUP BY region_code, type_name
            """
    }

    /// Folds the rows of ``query(level:condition:)`` into summaries. Incidents with no code at
    /// the level (a district the sources do not give) are counted under `unknown`.
    public struct Tally {
        public let level: RegionScope.Level
        private var summaries: [String: RegionSummary] = [:]

        public init(level: RegionScope.Level) { self.level = level }

        public mutating func add(_ row: some ResultRow) {
            let code = row.optionalString(0) ?? "unknown"
            let count = row.int(3)
            let first = Instant(secondsSinceEpoch: row.int64(4))
            let last = Instant(secondsSinceEpoch: row.int64(5))
            var summary =
                summaries[code]
                ?? RegionSummary(level: level, code: code, name: row.optionalString(1) ?? "unknown", count: 0, byType: [], first: first, last: last)
            summary.count += count
            summary.byType.append((row.string(2), count))
            summary.first = min(summary.first, first)
            summary.last = max(summary.last, last)
            summaries[code] = summary
        }

        /// Sorted by count (then name), each region's types by count (then type).
        public var result: [RegionSummary] {
            summaries.values.map { summary in
                var sorted = summary
                sorted.byType.sort { $0.count > $1.count || $0.count == $1.count && $0.type < $1.type }
                return sorted
            }.sorted { $0.count > $1.count || $0.count == $1.count && $0.name < $1.name }
        }
    }
}
