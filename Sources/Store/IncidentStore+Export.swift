import GRDB
import GRDBSQLite
import IncidentData

extension IncidentStore {
    /// Writes the incidents a filter selects to `sink` in `format`, in occurred (or reported)
    /// order, straight from SQLite's rows; returns how many were written.
    ///
    /// Memory stays flat for any size: one row at a time into the sink's one-megabyte buffer.
    @discardableResult
    public func export(_ filter: IncidentFilter, format: IncidentExporter.Format, to sink: OutputSink) throws -> Int {
        var exporter = IncidentExporter(format: format, sink: sink)
        exporter.begin()
        try forEachRow(filter.query(IncidentExporter.selection)) { exporter.write(row: $0) }
        try exporter.end()
        return exporter.count
    }

    public func exportRows(_ filter: IncidentFilter, into exporter: inout IncidentExporter) throws {
        try forEachRow(filter.query(IncidentExporter.selection)) { exporter.write(row: $0) }
    }

    /// The SQL an export or listing runs for `filter`, with its values written in (SQLite's
    /// `sqlite3_expanded_sql`): what to give `sqlite3` to run the same query.
    public func exportSQL(_ filter: IncidentFilter) throws -> String {
        let query = filter.query(IncidentExporter.selection)
        return try writer.read { db in
            let statement = try db.makeStatement(sql: query.sql)
            try statement.setArguments(query.arguments)
            guard let expanded = sqlite3_expanded_sql(statement.sqliteStatement) else { return query.sql }
            defer { sqlite3_free(expanded) }
            return String(cString: expanded)
        }
    }
}
