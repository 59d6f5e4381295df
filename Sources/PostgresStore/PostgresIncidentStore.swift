import Foundation
import IncidentData
import Incidents

/// The incident database on PostgreSQL with PostGIS: the same tables, answers and exports as the
/// SQLite file (`IncidentStore`), for a team whose ingests and dashboards share one server.
///
/// Several processes on several machines may ingest at once. Each document is one transaction
/// that first takes a transaction-level advisory lock (``ingestLock``): merges read candidates and
/// then update one, and two writers doing that at once could each miss the other's new report and
/// store the same event twice. The lock makes document ingests take turns, so a merge always sees
/// every committed report; readers never wait for it. Documents stay atomic (all or nothing) and
/// idempotent (`ON CONFLICT` on a document's identity and a post's stamp and headline).
public final class PostgresIncidentStore: IncidentDatabase {
    let session: PostgresSession
    /// The advisory lock every document ingest holds for its transaction (an arbitrary constant key, "TIMELINE").
    static let ingestLock: Int64 = 0x5449_4D45_4C49_4E45
    /// The lock migrations hold, so that two first runs do not both create the schema.
    static let migrationLock: Int64 = 0x5449_4D45_4D49_4752

    /// Connects to the database a `postgres://` URL names and brings its schema up to date.
    ///
    /// - Throws: ``StoreError`` when the server cannot be reached or refuses the login, when the
    ///   database lacks PostGIS (and this user may not add it), or when its schema was written by
    ///   a newer timelinectl.
    public init(url: String) throws {
        session = try PostgresSession(PostgresLocation(url: url))
        try migrate()
    }

    private func migrate() throws {
        try session.transaction {
            try session.query("SELECT pg_advisory_xact_lock($1)", [.integer(Self.migrationLock)])
            try ensurePostGIS()
            try session.query(
                "CREATE TABLE IF NOT EXISTS timeline_migration (identifier text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            let applied = Set(try session.query("SELECT identifier FROM timeline_migration").map { $0.string(0) })
            let known = PostgresSchema.migrations.map(\.identifier)
            let unknown = applied.subtracting(known)
            guard unknown.isEmpty else {
                throw StoreError(
                    "\(session.location.redacted) was written by a newer timelinectl (it has migrations this one does not know: \(unknown.sorted().joined(separator: ", "))); upgrade timelinectl")
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                for statement in migration.statements { try session.query(statement) }
                try session.query("INSERT INTO timeline_migration (identifier) VALUES ($1)", [.text(migration.identifier)])
            }
        }
    }

    /// PostGIS is there, or this user may add it (`CREATE EXTENSION` needs the right to).
    private func ensurePostGIS() throws {
        let installed = try session.query("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
        guard installed.isEmpty else { return }
        let available = try session.query("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")
        guard !available.isEmpty else {
            throw StoreError(
                "\(session.location.redacted) has no PostGIS, and the server has none to add (install PostGIS for this PostgreSQL, e.g. Debian's postgresql-15-postgis-3)")
        }
        do {
            try session.query("SAVEPOINT postgis")
            try session.query("CREATE EXTENSION IF NOT EXISTS postgis")
        } catch {
            try? session.query("ROLLBACK TO SAVEPOINT postgis")
            throw StoreError(
                "\(session.location.redacted) has no PostGIS and \(session.location.user) may not add it: ask the database's owner to run CREATE EXTENSION postgis; in it")
        }
    }

    public func forEachIncident(_ filter: IncidentFilter, withExcerpts: Bool = false, _ body: (IncidentRecord) throws -> Void) throws {
        try session.forEachRow(filter.query(IncidentRecord.selection(withExcerpt: withExcerpts), in: PostgresDialect())) {
            try body(IncidentRecord(row: $0))
        }
    }

    public func forEachPoint(_ filter: IncidentFilter, _ body: (IncidentPoint) throws -> Void) throws {
        try session.forEachRow(filter.query(IncidentPoint.selection, in: PostgresDialect())) { try body(IncidentPoint(row: $0)) }
    }

    @discardableResult
    public func export(_ filter: IncidentFilter, format: IncidentExporter.Format, to sink: OutputSink) throws -> Int {
        var exporter = IncidentExporter(format: format, sink: sink)
        exporter.begin()
        try session.forEachRow(filter.query(IncidentExporter.selection, in: PostgresDialect())) { exporter.write(row: $0) }
        try exporter.end()
        return exporter.count
    }

    public func exportRows(_ filter: IncidentFilter, into exporter: inout IncidentExporter) throws {
        try session.forEachRow(filter.query(IncidentExporter.selection, in: PostgresDialect())) { exporter.write(row: $0) }
    }

    public func regions(level: RegionScope.Level, filter: IncidentFilter) throws -> [RegionSummary] {
        var sql = SQLBuilder(PostgresDialect())
        let condition = filter.whereClause(&sql)
        var tally = RegionSummary.Tally(level: level)
        for row in try session.query(RegionSummary.query(level: level, condition: condition), sql.values) { tally.add(row) }
        return tally.result
    }

    public func revision() throws -> Int64 {
        try session.query("SELECT revision FROM data_revision")[0].int64(0)
    }

    public func totals() throws -> IncidentTotals {
        let row = try session.query("""
            SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM post), (SELECT count(*) FROM incident), (SELECT count(*) FROM place)
            """)[0]
        return IncidentTotals(documents: row.int(0), posts: row.int(1), incidents: row.int(2), places: row.int(3))
    }

    public func lastFetch(of url: String) throws -> StoredFetch? {
        try session.query(
            "SELECT url, final_url, etag, last_modified, content_hash, fetched_at FROM \"fetch\" WHERE url = $1", [.text(url)]
        ).first.map { row in
            StoredFetch(
                url: row.string(0), finalURL: row.string(1), etag: row.optionalString(2), lastModified: row.optionalString(3),
                contentHash: row.string(4), fetchedAt: row.string(5))
        }
    }

    public func recordFetch(_ fetch: StoredFetch) throws {
        try session.query(
            """
            INSERT INTO "fetch" (url, final_url, etag, last_modified, content_hash, fetched_at) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, etag = excluded.etag,
              last_modified = excluded.last_modified, content_hash = excluded.content_hash, fetched_at = excluded.fetched_at
            """,
            [.text(fetch.url), .text(fetch.finalURL), .optional(fetch.etag), .optional(fetch.lastModified), .text(fetch.contentHash),
             .text(fetch.fetchedAt)])
    }
}

extension SQLValue {
    static func optional(_ text: String?) -> SQLValue { text.map { .text($0) } ?? .null }
    static func optional(_ number: Int?) -> SQLValue { number.map { .integer(Int64($0)) } ?? .null }
    static func int(_ number: Int) -> SQLValue { .integer(Int64(number)) }
}
