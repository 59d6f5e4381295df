import Foundation
import GRDB
import Geo
import IncidentData
import Incidents
import Timeline

/// What the ingests of one transaction or one load share.
struct IngestSession {
    /// When the documents were ingested, as written in `document.ingested_at`.
    var ingestedAt: String
    /// Gazetteer entries already written to `place` (by geonameid): one insert each, not one per incident.
    var writtenPlaces: Set<Int> = []
    /// In a load, the largest incident id stored before it: later ones are in `recent`.
    var loadStart: Int64?
    /// In a load, the incidents it stored, for the merge check.
    var recent: RecentIncidents?
    /// In a load, the full-text rows of the incidents of the open transaction, by incident id:
    /// written just before it commits (FTS5 writes its pending terms at every savepoint, and a
    /// load makes one per document).
    var pendingSearch: [Int64: IncidentStore.SearchableText]?

    init(at now: Date) {
        ingestedAt = ISO8601DateFormatter().string(from: now)
    }
}

extension IncidentStore {
    /// Writes a document in one transaction: all of it or, on any error, none of it.
    ///
    /// Idempotent: a document is known by its identity, a post by its stamp and headline, so a
    /// later copy of a page adds only its new posts and the same input again changes nothing. An
    /// incident already in the database that `IncidentMerger.canMerge` takes for the same event
    /// absorbs the new report (``mergeIntoStored(_:postIDs:databaseLimit:recent:db:)``) instead of gaining a twin.
    @discardableResult
    public func ingest(_ document: ExtractedDocument, at now: Date = Date()) throws -> IngestOutcome {
        try writer.write { db in
            var session = IngestSession(at: now)
            return try ingest(document, session: &session, db: db)
        }
    }

    /// Writes a document inside the caller's transaction.
    func ingest(_ document: ExtractedDocument, session: inout IngestSession, db: Database) throws -> IngestOutcome {
        var outcome = IngestOutcome(change: .added, documentID: 0, postsAdded: 0, incidentsAdded: 0, incidentsMerged: 0)
        if let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, content_hash FROM document WHERE identity = ?"), arguments: [document.identity])
        {
            outcome.documentID = row["id"]
            if row["content_hash"] as String == document.contentHash {
                outcome.change = .unchanged
                return outcome
            }
            outcome.change = .updated
            try db.run(
                sql: "UPDATE document SET content_hash = ?, title = ?, ingested_at = ?, extracted_text = ? WHERE id = ?",
                arguments: [document.contentHash, document.title, session.ingestedAt, document.extractedText, outcome.documentID])
        } else {
            try db.run(
                sql: """
                    INSERT INTO document (identity, source_id, path, url, title, publisher, format, page_date, content_hash, ingested_at, extracted_text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    document.identity, document.sourceID, document.path, document.url, document.title, document.publisher,
                    document.format.rawValue, document.pageDate, document.contentHash, session.ingestedAt, document.extractedText,
                ])
            outcome.documentID = db.lastInsertedRowID
        }
        try db.execute(sql: "UPDATE data_revision SET revision = revision + 1")
        var postIDs: [Int: Int64] = [:]
        var fresh = Set<Int>()
        for post in document.posts {
            let (id, needsReading) = try upsert(post, documentID: outcome.documentID, db: db, outcome: &outcome)
            postIDs[post.position] = id
            if needsReading { fresh.insert(post.position) }
        }
        // The document's own reports were merged in memory by the same rule; only what was stored before it is compared.
        let storedBefore = try Int64.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM incident")) ?? 0
        let databaseLimit = session.recent == nil ? storedBefore : session.loadStart ?? storedBefore
        let headlines = Dictionary(document.posts.map { ($0.position, $0.headline) }, uniquingKeysWith: { first, _ in first })
        var searchable: [SearchableText] = []
        var added: [(id: Int64, incident: Incident)] = []
        var searchChanges: [(id: Int64, change: SearchTextChange)] = []
        for incident in document.incidents where incident.evidence.contains(where: { fresh.contains($0.post) }) {
            try upsert(incident.place, session: &session, db: db)
            if let merge = try mergeIntoStored(incident, postIDs: postIDs, databaseLimit: databaseLimit, recent: session.recent, db: db) {
                outcome.incidentsMerged += 1
                if session.pendingSearch?[merge.id] != nil {
                    searchChanges.append((merge.id, merge.search))
                } else {
                    try merge.search.apply(to: merge.id, db: db)
                }
                try addSources(of: incident, to: merge.id, postIDs: postIDs, merged: true, db: db)
                session.recent?.remove(id: merge.id, merge.before)
                session.recent?.add(id: merge.id, merge.after)
            } else if let id = try insert(incident, postIDs: postIDs, headlines: headlines, db: db, outcome: &outcome, searchable: &searchable) {
                added.append((id, incident))
            }
        }
        if session.pendingSearch == nil {
            try index(searchable, db: db)
        } else {
            for row in searchable { session.pendingSearch![row.incidentID] = row }
            for (id, change) in searchChanges {
                session.pendingSearch![id]!.text += " " + change.excerpts.joined(separator: " ")
                if let post = change.headlinePost {
                    session.pendingSearch![id]!.headline =
                        try String.fetchOne(db.cachedStatement(sql: "SELECT headline FROM post WHERE id = ?"), arguments: [post]) ?? ""
                }
            }
        }
        // Later documents of a load compare their reports with this one's.
        for (id, incident) in added { session.recent?.add(id: id, incident) }
        return outcome
    }

    /// Adds a post if new; returns its id and whether its incidents are still to be stored.
    private func upsert(_ post: ExtractedPost, documentID: Int64, db: Database, outcome: inout IngestOutcome) throws -> (Int64, Bool) {
        try db.run(
            sql: """
                INSERT OR IGNORE INTO post (document_id, position, stamp_text, stamp_utc, stamp_epoch, stamp_zone,
                  headline, byline, authors, body, range_start, range_end, extraction)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                documentID, post.position, post.stamp.text, post.stamp.start.iso8601, post.stamp.start.secondsSinceEpoch,
                post.stamp.zone, post.headline, post.byline, jsonArray(post.authors), post.body, post.range.lowerBound,
                post.range.upperBound, Schema.extractionVersion,
            ])
        // A new post is read by this extractor; a known one again only if an older one read it.
        if db.changesCount > 0 {
            outcome.postsAdded += 1
            return (db.lastInsertedRowID, true)
        }
        let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, extraction FROM post WHERE document_id = ? AND stamp_utc = ? AND headline = ?"),
            arguments: [documentID, post.stamp.start.iso8601, post.headline])!
        let id: Int64 = row["id"]
        let stale = (row["extraction"] as Int) < Schema.extractionVersion
        if stale { try db.run(sql: "UPDATE post SET extraction = ? WHERE id = ?", arguments: [Schema.extractionVersion, id]) }
        return (id, stale)
    }

    /// A new incident's words for the full-text index, written once per document by ``index(_:db:)``.
    struct SearchableText {
        var incidentID: Int64
        var headline: String
        var text: String
    }

    /// Adds the document's new incidents to the full-text index in a few multi-row statements.
    ///
    /// FTS5 flushes its pending terms to a new segment at every statement savepoint, and SQLite
    /// opens one for each statement that writes to a table with triggers or virtual tables: one
    /// INSERT per incident wrote one segment per incident (and merged them later). Incidents of the
    /// same document never merge with each other here (they were merged in memory), so their rows
    /// can wait until the document's other statements are done.
    func index(_ rows: [SearchableText], db: Database) throws {
        let chunk = 500
        for start in stride(from: 0, to: rows.count, by: chunk) {
            let slice = rows[start..<min(start + chunk, rows.count)]
            let sql = "INSERT INTO incident_fts (rowid, headline, notes) VALUES "
                + Array(repeating: "(?, ?, ?)", count: slice.count).joined(separator: ", ")
            var arguments = StatementArguments()
            for row in slice { _ = arguments.append(contentsOf: [row.incidentID, row.headline, row.text]) }
            let statement = slice.count == chunk ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
            try statement.execute(arguments: arguments)
        }
    }

    /// Adds an incident no stored one takes for the same event; returns its id.
    private func insert(
        _ incident: Incident, postIDs: [Int: Int64], headlines: [Int: String], db: Database,
        outcome: inout IngestOutcome, searchable: inout [SearchableText]
    ) throws -> Int64? {
        guard let firstEvidence = incident.evidence.first(where: { postIDs[$0.post] != nil }), let firstPost = postIDs[firstEvidence.post] else {
            return nil
        }
        try db.run(
            sql: """
                INSERT INTO incident (post_id, event_type, sub_event_type, geonameid, location, geo_precision,
                  location_precision, location_source, location_resolved, country_code, admin1_code, admin2_code,
                  latitude, longitude, occurred_start, occurred_end, occurred_precision, occurred_text, time_precision,
                  reported_at, fatalities, injured, counts, source, notes, provisional, actors, verification, report_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                firstPost, incident.eventType, incident.subEventType, incident.place.geonameid, incident.location,
                incident.geoPrecision, incident.locationPrecision.rawValue, incident.locationSource.rawValue,
                incident.isLocationResolved, incident.place.countryCode, incident.place.admin1Code,
                incident.place.admin2Code, incident.place.coordinate.latitude, incident.place.coordinate.longitude,
                incident.occurred.start.secondsSinceEpoch, incident.occurred.end.secondsSinceEpoch,
                incident.occurredPrecision.rawValue, incident.occurredText, incident.timePrecision,
                incident.reportedAt.secondsSinceEpoch, incident.fatalities, incident.injured,
                countsJSON(incident.counts), incident.source, incident.notes, incident.provisional,
                jsonArray(incident.actors), jsonArray(incident.verification),
                Set(incident.evidence.compactMap { postIDs[$0.post] }).count,
            ])
        let id = db.lastInsertedRowID
        outcome.incidentsAdded += 1
        if incident.locationSource != .attached { outcome.inferredPlaces[incident.locationSource, default: 0] += 1 }
        if !incident.isLocationResolved { outcome.unresolvedLocations += 1 }
        searchable.append(SearchableText(
            incidentID: id, headline: headlines[firstEvidence.post] ?? "",
            text: incident.evidence.map(\.excerpt).joined(separator: " ")))
        try addSources(of: incident, to: id, postIDs: postIDs, merged: false, db: db)
        return id
    }

    /// Records the posts and ranges that report an incident; after a merge, recounts its reports.
    private func addSources(of incident: Incident, to incidentID: Int64, postIDs: [Int: Int64], merged: Bool, db: Database) throws {
        for evidence in incident.evidence {
            guard let postID = postIDs[evidence.post] else { continue }
            try db.run(
                sql: "INSERT OR IGNORE INTO incident_source (incident_id, post_id, range_start, range_end, excerpt) VALUES (?, ?, ?, ?, ?)",
                arguments: [incidentID, postID, evidence.range.lowerBound, evidence.range.upperBound, evidence.excerpt])
        }
        if merged {
            try db.run(
                sql: "UPDATE incident SET report_count = (SELECT count(DISTINCT post_id) FROM incident_source WHERE incident_id = ?) WHERE id = ?",
                arguments: [incidentID, incidentID])
        }
    }

    /// Keeps the gazetteer entries incidents use, so the database reads on its own.
    private func upsert(_ place: Place, session: inout IngestSession, db: Database) throws {
        guard session.writtenPlaces.insert(place.geonameid).inserted else { return }
        try db.run(
            sql: """
                INSERT OR IGNORE INTO place (geonameid, name, kind, country_code, country, admin1_code, admin1,
                  admin2_code, admin2, latitude, longitude, timezone, population)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                place.geonameid, place.name, place.kind.level, place.countryCode, place.countryName, place.admin1Code,
                place.admin1Name, place.admin2Code, place.admin2Name, place.coordinate.latitude,
                place.coordinate.longitude, place.timeZone, place.population,
            ])
        if let admin2 = place.admin2Code {
            try db.run(sql: "INSERT OR IGNORE INTO place_in_admin2 (geonameid, admin2_code) VALUES (?, ?)", arguments: [place.geonameid, admin2])
        }
    }
}

extension Database {
    /// Executes a statement compiled once per connection: ingest runs the same few statements
    /// for every post and incident.
    func run(sql: String, arguments: StatementArguments) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
