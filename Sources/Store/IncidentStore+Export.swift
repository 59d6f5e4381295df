import GRDB
import GRDBSQLite

extension IncidentStore {
    /// Writes the incidents a filter selects to `sink` in `format`, in occurred (or reported)
    /// order, straight from SQLite's rows; returns how many were written.
    ///
    /// Memory stays flat for any size: one row at a time into the sink's one-megabyte buffer.
    @discardableResult
    public func export(_ filter: IncidentFilter, format: IncidentExporter.Format, to sink: OutputSink) throws -> Int {
        var exporter = IncidentExporter(format: format, sink: sink)
        exporter.begin()
        let (sql, arguments) = filter.query(IncidentExporter.selection)
        try writer.read { db in
            let statement = try db.makeStatement(sql: sql)
            try statement.setArguments(arguments)
            let raw = statement.sqliteStatement
            while true {
                let code = sqlite3_step(raw)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
                }
                exporter.write(row: raw)
            }
        }
        try exporter.end()
        return exporter.count
    }
}

extension IncidentStore {
    /// The SQL an export or listing runs for `filter`, with its values written in (SQLite's
    /// `sqlite3_expanded_sql`): what to give `sqlite3` to run the same query.
    public func exportSQL(_ filter: IncidentFilter) throws -> String {
        let (sql, arguments) = filter.query(IncidentExporter.selection)
        return try writer.read { db in
            let statement = try db.makeStatement(sql: sql)
            try statement.setArguments(arguments)
            guard let expanded = sqlite3_expanded_sql(statement.sqliteStatement) else { return sql }
            defer { sqlite3_free(expanded) }
            return String(cString: expanded)
        }
    }
}
