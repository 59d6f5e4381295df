import Foundation
import GRDB
import IncidentData
import Incidents

extension IncidentStore {
    /// Ingests the documents `body` hands to its argument as one load: what many documents at once
    /// (a JSON Lines feed, a bulk import) cost much less than one ingest each.
    ///
    /// Each document is written as ``ingest(_:at:)`` writes it (the same rows, the same merges:
    /// `IncidentMerger.canMerge` decides), with these differences of cost, none of result:
    /// - Documents share transactions (``LoadLimits``): one commit per many documents. A document
    ///   that fails is rolled back alone, the documents before it are committed, and the error is
    ///   thrown; so what was stored is whole documents, as with one ingest each.
    /// - The load's own incidents are compared with later reports in memory (``RecentIncidents``);
    ///   those stored before it through the database. Should another process write incidents
    ///   meanwhile (seen when a transaction begins), the load compares everything through the
    ///   database from then on, as one ingest each does.
    /// - Full-text rows wait for the end of their transaction (FTS5 writes its pending terms at
    ///   every savepoint, and each document is one); a merge into one of them updates it in memory.
    /// - Into an empty incident table, the secondary indexes are dropped first and built once the
    ///   rows are in (``DeferredIndexes``): faster than keeping eight of them sorted row by row.
    ///   Queries meanwhile are right but slow. If the process dies, the next open for writing
    ///   builds them.
    public func load(
        at now: Date = Date(), limits: LoadLimits = LoadLimits(),
        _ body: (_ ingest: (ExtractedDocument) throws -> IngestOutcome) throws -> Void
    ) throws {
        try writer.writeWithoutTransaction { db in
            var deferred = false
            try db.inTransaction(.immediate) {
                deferred = try DeferredIndexes.deferIfEmpty(db)
                return .commit
            }
            var session = IngestSession(at: now)
            session.loadStart = try Self.largestIncidentID(db)
            session.recent = RecentIncidents()
            session.pendingSearch = [:]
            // The transaction's full-text rows, then its commit.
            let commit = {
                try self.index(session.pendingSearch!.values.sorted { $0.incidentID < $1.incidentID }, db: db)
                session.pendingSearch = [:]
                try db.commit()
            }
            var ownLargest = session.loadStart!
            var inTransaction = false
            var rows = 0
            var began = 0.0
            let ingest: (ExtractedDocument) throws -> IngestOutcome = { document in
                if !inTransaction {
                    try db.beginTransaction(.immediate)
                    inTransaction = true
                    rows = 0
                    began = ProcessInfo.processInfo.systemUptime
                    // Another writer stored incidents since this load's last commit: from now on
                    // compare through the database, which holds both.
                    if try Self.largestIncidentID(db) != ownLargest { session.recent = nil }
                }
                var outcome: IngestOutcome?
                try db.inSavepoint {
                    outcome = try self.ingest(document, session: &session, db: db)
                    return .commit
                }
                ownLargest = try Self.largestIncidentID(db)
                rows += outcome!.postsAdded + outcome!.incidentsAdded + 1
                if rows >= limits.rowsPerTransaction || ProcessInfo.processInfo.systemUptime - began >= limits.secondsPerTransaction {
                    try commit()
                    inTransaction = false
                }
                return outcome!
            }
            var failure: (any Error)?
            do {
                try body(ingest)
            } catch {
                failure = error
            }
            if inTransaction {
                do {
                    try commit()
                } catch {
                    try? db.rollback()
                    failure = failure ?? error
                }
            }
            if deferred {
                try db.inTransaction(.immediate) {
                    try DeferredIndexes.build(db)
                    return .commit
                }
            }
            if let failure { throw failure }
        }
    }

    private static func largestIncidentID(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM incident")) ?? 0
    }
}

/// The secondary indexes of the tables a load fills, dropped before a load into an empty incident
/// table and built after it: SQLite builds an index from sorted rows much faster than it keeps one
/// sorted row by row. Their definitions are the schema's own, read from `sqlite_master` and kept
/// in `deferred_index` until they are built again.
enum DeferredIndexes {
    /// The tables whose indexes wait: those a load writes a row to per post or incident.
    static let tables = ["incident", "incident_source", "post"]

    /// Drops the indexes when the incident table is empty and nothing is deferred yet; returns whether it did.
    static func deferIfEmpty(_ db: Database) throws -> Bool {
        guard try Int64.fetchOne(db, sql: "SELECT count(*) FROM deferred_index") == 0,
            try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM incident)") == true
        else { return false }
        // Indexes SQLite made for UNIQUE and PRIMARY KEY constraints have no SQL and stay: they decide what is new.
        let marks = tables.map { _ in "?" }.joined(separator: ", ")
        let indexes = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(marks)) ORDER BY name",
            arguments: StatementArguments(tables))
        for index in indexes {
            try db.execute(sql: "INSERT INTO deferred_index (name, sql) VALUES (?, ?)", arguments: [index["name"], index["sql"]])
            try db.execute(sql: "DROP INDEX \((index["name"] as String).quotedDatabaseIdentifier)")
        }
        return !indexes.isEmpty
    }

    /// Builds the deferred indexes and forgets their definitions (nothing when none wait).
    static func build(_ db: Database) throws {
        let waiting = try Row.fetchAll(db, sql: "SELECT name, sql FROM deferred_index ORDER BY name")
        guard !waiting.isEmpty else { return }
        // Sorting for an index may use a second core.
        try db.execute(sql: "PRAGMA threads = 2")
        for index in waiting {
            let name: String = index["name"]
            // Another process may have built it already (an open for writing finishes a load that seems dead).
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)", arguments: [name]) == false {
                try db.execute(sql: index["sql"])
            }
        }
        try db.execute(sql: "DELETE FROM deferred_index")
    }
}
