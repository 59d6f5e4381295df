import Foundation
import GRDB
import GRDBSQLite
import IncidentData

/// The current row of a SQLite statement, read from its column buffers without copies.
struct SQLiteRow: ResultRow {
    let statement: OpaquePointer

    func isNull(_ column: Int) -> Bool { sqlite3_column_type(statement, Int32(column)) == SQLITE_NULL }
    func int64(_ column: Int) -> Int64 { sqlite3_column_int64(statement, Int32(column)) }
    func double(_ column: Int) -> Double { sqlite3_column_double(statement, Int32(column)) }
    func bool(_ column: Int) -> Bool { sqlite3_column_int64(statement, Int32(column)) != 0 }

    func withText<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let length = Int(sqlite3_column_bytes(statement, Int32(column)))
        return try body(UnsafeBufferPointer(start: sqlite3_column_text(statement, Int32(column)), count: length))
    }
}

/// SQLite's SQL for what differs between backends: `?` markers, the R*Tree for boxes and
/// distances (then `distance_km`, the exact great-circle distance), FTS5 for words.
struct SQLiteDialect: SQLDialect {
    func parameterMarker(_ number: Int) -> String { "?" }

    func boxCondition(longitudeRanges: [(west: Double, east: Double)], south: Double, north: Double, _ sql: inout SQLBuilder<Self>) -> String {
        let parts = longitudeRanges.map { range in
            "(min_lon >= \(sql.bind(.real(range.west))) AND max_lon <= \(sql.bind(.real(range.east))) "
                + "AND min_lat >= \(sql.bind(.real(south))) AND max_lat <= \(sql.bind(.real(north))))"
        }
        return "i.id IN (SELECT id FROM incident_rtree WHERE \(parts.joined(separator: " OR ")))"
    }

    func nearCondition(latitude: Double, longitude: Double, kilometres: Double, _ sql: inout SQLBuilder<Self>) -> String {
        // An R*Tree box first, then the exact great-circle distance.
        let latitudeDegrees = kilometres / 111.0
        let cosine = max(0.01, cos(latitude * Double.pi / 180))
        let longitudeDegrees = min(180, kilometres / (111.0 * cosine))
        return """
            i.id IN (SELECT id FROM incident_rtree WHERE min_lat >= \(sql.bind(.real(latitude - latitudeDegrees))) \
            AND max_lat <= \(sql.bind(.real(latitude + latitudeDegrees))) AND min_lon >= \(sql.bind(.real(longitude - longitudeDegrees))) \
            AND max_lon <= \(sql.bind(.real(longitude + longitudeDegrees)))) \
            AND distance_km(\(sql.bind(.real(latitude))), \(sql.bind(.real(longitude))), i.latitude, i.longitude) <= \(sql.bind(.real(kilometres)))
            """
    }

    /// An FTS5 query that matches every word literally: quotes, `%`, `;` and operators are just text.
    func textCondition(words: [String], _ sql: inout SQLBuilder<Self>) -> String {
        let match = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        return "i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH \(sql.bind(.text(match))))"
    }
}

extension SQLValue {
    var databaseValue: DatabaseValue {
        switch self {
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value): value.databaseValue
        case .bool(let value): value.databaseValue
        case .null: .null
        }
    }
}

extension BoundSQL {
    var arguments: StatementArguments { StatementArguments(values.map(\.databaseValue)) }
}

extension IncidentFilter {
    /// `selection` under the filter, in SQLite's SQL.
    func query(_ selection: String) -> BoundSQL { query(selection, in: SQLiteDialect()) }

    /// The WHERE clause in SQLite's SQL and its values.
    func whereClause() -> BoundSQL {
        var sql = SQLBuilder(SQLiteDialect())
        let text = whereClause(&sql)
        return BoundSQL(sql: text, values: sql.values)
    }
}

extension IncidentStore {
    /// Runs a query and hands each row to `body`, straight from SQLite's buffers.
    func forEachRow(_ query: BoundSQL, _ body: (SQLiteRow) throws -> Void) throws {
        try writer.read { db in
            let statement = try db.makeStatement(sql: query.sql)
            try statement.setArguments(query.arguments)
            let raw = statement.sqliteStatement
            while true {
                let code = sqlite3_step(raw)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(
                        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: query.sql)
                }
                try body(SQLiteRow(statement: raw))
            }
        }
    }
}
