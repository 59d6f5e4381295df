import GRDB
import IncidentData
import Timeline

extension IncidentStore {
    /// Incidents per region at one level, sorted by count (then name). Incidents with no code at
    /// that level (a district the sources do not give) are counted under `unknown`.
    public func regions(level: RegionScope.Level, filter: IncidentFilter) throws -> [RegionSummary] {
        let condition = filter.whereClause()
        var tally = RegionSummary.Tally(level: level)
        try forEachRow(BoundSQL(sql: RegionSummary.query(level: level, condition: condition.sql), values: condition.values)) { tally.add($0) }
        return tally.result
    }
}
