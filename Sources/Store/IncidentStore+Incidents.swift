import GRDB
import IncidentData

extension IncidentStore {
    /// Streams the selected incidents one at a time, so exports stay flat in memory.
    public func forEachIncident(_ filter: IncidentFilter, withExcerpts: Bool = false, _ body: (IncidentRecord) throws -> Void) throws {
        try forEachRow(filter.query(IncidentRecord.selection(withExcerpt: withExcerpts))) { try body(IncidentRecord(row: $0)) }
    }

    /// Streams the selected incidents' points, in the same order and under the same filter as
    /// ``forEachIncident(_:withExcerpts:_:)``.
    public func forEachPoint(_ filter: IncidentFilter, _ body: (IncidentPoint) throws -> Void) throws {
        try forEachRow(filter.query(IncidentPoint.selection)) { try body(IncidentPoint(row: $0)) }
    }

    /// The revision number every change raises (migration v8).
    public func revision() throws -> Int64 {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT revision FROM data_revision") ?? 0 }
    }

    /// Counts of what the database holds.
    public func totals() throws -> IncidentTotals {
        try writer.read { db in
            IncidentTotals(
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                posts: try Int.fetchOne(db, sql: "SELECT count(*) FROM post") ?? 0,
                incidents: try Int.fetchOne(db, sql: "SELECT count(*) FROM incident") ?? 0,
                places: try Int.fetchOne(db, sql: "SELECT count(*) FROM place") ?? 0)
        }
    }
}
