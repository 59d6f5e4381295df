import Foundation
import Geo
import IncidentData
import Incidents
import Timeline

extension PostgresIncidentStore {
    /// Writes a document in one transaction: all of it or, on any error, none of it; the same
    /// rows and merges as the SQLite store's ingest (`IncidentMerger` decides every merge).
    @discardableResult
    public func ingest(_ document: ExtractedDocument, at now: Date = Date()) throws -> IngestOutcome {
        let ingestedAt = ISO8601DateFormatter().string(from: now)
        return try session.transaction {
            // Document ingests take turns (see the type's comment): a merge must see every committed report.
            try session.query("SELECT pg_advisory_xact_lock($1)", [.integer(Self.ingestLock)])
            return try write(document, ingestedAt: ingestedAt)
        }
    }

    /// One transaction per document, as one ingest each: a load here gains correctness, not speed.
    public func load(
        at now: Date = Date(), limits: LoadLimits = LoadLimits(),
        _ body: (_ ingest: (ExtractedDocument) throws -> IngestOutcome) throws -> Void
    ) throws {
        try body { document in try self.ingest(document, at: now) }
    }

    private func write(_ document: ExtractedDocument, ingestedAt: String) throws -> IngestOutcome {
        var outcome = IngestOutcome(change: .added, documentID: 0)
        if let row = try session.query("SELECT id, content_hash FROM document WHERE identity = $1", [.text(document.identity)]).first {
            outcome.documentID = row.int64(0)
            if row.string(1) == document.contentHash {
                outcome.change = .unchanged
                return outcome
            }
            outcome.change = .updated
            try session.query(
                "UPDATE document SET content_hash = $1, title = $2, ingested_at = $3, extracted_text = $4 WHERE id = $5",
                [.text(document.contentHash), .optional(document.title), .text(ingestedAt), .optional(document.extractedText),
                 .integer(outcome.documentID)])
        } else {
            outcome.documentID = try session.query(
                """
                INSERT INTO document (identity, source_id, path, url, title, publisher, format, page_date, content_hash, ingested_at, extracted_text)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id
                """,
                [.text(document.identity), .text(document.sourceID), .optional(document.path), .optional(document.url),
                 .optional(document.title), .optional(document.publisher), .text(document.format.rawValue), .optional(document.pageDate),
                 .text(document.contentHash), .text(ingestedAt), .optional(document.extractedText)])[0].int64(0)
        }
        try session.query("UPDATE data_revision SET revision = revision + 1")
        var postIDs: [Int: Int64] = [:]
        var fresh = Set<Int>()
        // New posts go in 500 to a statement (one round trip each, not one per post); a post the
        // document already had is looked up alone.
        for start in stride(from: 0, to: document.posts.count, by: 500) {
            let chunk = document.posts[start..<min(start + 500, document.posts.count)]
            for (position, id) in try insertNew(Array(chunk), documentID: outcome.documentID) {
                postIDs[position] = id
                fresh.insert(position)
                outcome.postsAdded += 1
            }
            for post in chunk where postIDs[post.position] == nil {
                let (id, needsReading) = try known(post, documentID: outcome.documentID)
                postIDs[post.position] = id
                if needsReading { fresh.insert(post.position) }
            }
        }
        // The document's own reports were merged in memory by the same rule; only what was stored before it is compared.
        let storedBefore = try session.query("SELECT coalesce(max(id), 0) FROM incident")[0].int64(0)
        let headlines = Dictionary(document.posts.map { ($0.position, $0.headline) }, uniquingKeysWith: { first, _ in first })
        var writtenPlaces = Set<Int>()
        for incident in document.incidents where incident.evidence.contains(where: { fresh.contains($0.post) }) {
            if writtenPlaces.insert(incident.place.geonameid).inserted { try upsert(incident.place) }
            if try mergeIntoStored(incident, postIDs: postIDs, storedBefore: storedBefore) {
                outcome.incidentsMerged += 1
            } else {
                try insert(incident, postIDs: postIDs, headlines: headlines, outcome: &outcome)
            }
        }
        return outcome
    }

    /// Inserts the posts the document did not have; returns their positions and ids.
    private func insertNew(_ posts: [ExtractedPost], documentID: Int64) throws -> [(Int, Int64)] {
        var values: [SQLValue] = []
        var rows: [String] = []
        for post in posts {
            let first = values.count + 1
            values += [
                .integer(documentID), .int(post.position), .text(post.stamp.text), .text(post.stamp.start.iso8601),
                .integer(post.stamp.start.secondsSinceEpoch), .text(post.stamp.zone), .text(post.headline), .optional(post.byline),
                .text(jsonArray(post.authors)), .text(post.body), .int(post.range.lowerBound), .int(post.range.upperBound),
                .int(currentExtractionVersion),
            ]
            rows.append("(" + (first..<first + 13).map { "$\($0)" }.joined(separator: ", ") + ")")
        }
        return try session.query(
            """
            INSERT INTO post (document_id, position, stamp_text, stamp_utc, stamp_epoch, stamp_zone,
              headline, byline, authors, body, range_start, range_end, extraction)
            VALUES \(rows.joined(separator: ", "))
            ON CONFLICT (document_id, stamp_utc, headline) DO NOTHING RETURNING position, id
            """, values
        ).map { (Int($0.int64(0)), $0.int64(1)) }
    }

    /// A post the document already had: its id, and whether an older extractor read it (then it is read again).
    private func known(_ post: ExtractedPost, documentID: Int64) throws -> (Int64, Bool) {
        let row = try session.query(
            "SELECT id, extraction FROM post WHERE document_id = $1 AND stamp_utc = $2 AND headline = $3",
            [.integer(documentID), .text(post.stamp.start.iso8601), .text(post.headline)])[0]
        let id = row.int64(0)
        let stale = row.int(1) < currentExtractionVersion
        if stale { try session.query("UPDATE post SET extraction = $1 WHERE id = $2", [.int(currentExtractionVersion), .integer(id)]) }
        return (id, stale)
    }

    /// Adds an incident no stored one takes for the same event.
    private func insert(_ incident: Incident, postIDs: [Int: Int64], headlines: [Int: String], outcome: inout IngestOutcome) throws {
        guard let firstEvidence = incident.evidence.first(where: { postIDs[$0.post] != nil }), let firstPost = postIDs[firstEvidence.post] else {
            return
        }
        // The incident and its sources in one statement, sent without waiting (see PostgresSession.send):
        // nothing later in the document reads it, as its reports are compared only with what was stored before it.
        var values: [SQLValue] = [.integer(firstPost), .optional(incident.eventType), .optional(incident.subEventType), .int(incident.place.geonameid),
             .text(incident.location), .int(incident.geoPrecision), .text(incident.locationPrecision.rawValue),
             .text(incident.locationSource.rawValue), .bool(incident.isLocationResolved), .text(incident.place.countryCode),
             .optional(incident.place.admin1Code), .optional(incident.place.admin2Code), .real(incident.place.coordinate.latitude),
             .real(incident.place.coordinate.longitude), .integer(incident.occurred.start.secondsSinceEpoch),
             .integer(incident.occurred.end.secondsSinceEpoch), .text(incident.occurredPrecision.rawValue), .optional(incident.occurredText),
             .int(incident.timePrecision), .integer(incident.reportedAt.secondsSinceEpoch), .optional(incident.fatalities),
             .optional(incident.injured), .text(countsJSON(incident.counts)), .optional(incident.source), .optional(incident.notes),
             .bool(incident.provisional), .text(jsonArray(incident.actors)), .text(jsonArray(incident.verification)),
             .int(Set(incident.evidence.compactMap { postIDs[$0.post] }).count), .text(headlines[firstEvidence.post] ?? ""),
             .text(incident.evidence.map(\.excerpt).joined(separator: " "))]
        var sources: [String] = []
        for evidence in incident.evidence {
            guard let postID = postIDs[evidence.post] else { continue }
            let first = values.count + 1
            values += [.integer(postID), .int(evidence.range.lowerBound), .int(evidence.range.upperBound), .text(evidence.excerpt)]
            sources.append("($\(first)::bigint, $\(first + 1)::bigint, $\(first + 2)::bigint, $\(first + 3)::text)")
        }
        try session.send(
            """
            WITH new AS (
              INSERT INTO incident (post_id, event_type, sub_event_type, geonameid, location, geo_precision,
                location_precision, location_source, location_resolved, country_code, admin1_code, admin2_code,
                latitude, longitude, occurred_start, occurred_end, occurred_precision, occurred_text, time_precision,
                reported_at, fatalities, injured, counts, source, notes, provisional, actors, verification, report_count,
                search_headline, search_text)
              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24,
                $25, $26, $27, $28, $29, $30, $31)
              RETURNING id
            )
            INSERT INTO incident_source (incident_id, post_id, range_start, range_end, excerpt)
            SELECT new.id, source.post_id, source.range_start, source.range_end, source.excerpt
            FROM new, (VALUES \(sources.joined(separator: ", "))) AS source (post_id, range_start, range_end, excerpt)
            ON CONFLICT DO NOTHING
            """, values)
        outcome.incidentsAdded += 1
        if incident.locationSource != .attached { outcome.inferredPlaces[incident.locationSource, default: 0] += 1 }
        if !incident.isLocationResolved { outcome.unresolvedLocations += 1 }
    }

    /// Records the posts and ranges that report an incident; after a merge, recounts its reports.
    func addSources(of incident: Incident, to incidentID: Int64, postIDs: [Int: Int64], merged: Bool) throws {
        for evidence in incident.evidence {
            guard let postID = postIDs[evidence.post] else { continue }
            try session.query(
                """
                INSERT INTO incident_source (incident_id, post_id, range_start, range_end, excerpt) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT DO NOTHING
                """,
                [.integer(incidentID), .integer(postID), .int(evidence.range.lowerBound), .int(evidence.range.upperBound),
                 .text(evidence.excerpt)])
        }
        if merged {
            try session.query(
                "UPDATE incident SET report_count = (SELECT count(DISTINCT post_id) FROM incident_source WHERE incident_id = $1) WHERE id = $1",
                [.integer(incidentID)])
        }
    }

    /// Keeps the gazetteer entries incidents use, so the database reads on its own.
    private func upsert(_ place: Place) throws {
        try session.send(
            """
            INSERT INTO place (geonameid, name, kind, country_code, country, admin1_code, admin1,
              admin2_code, admin2, latitude, longitude, timezone, population)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT DO NOTHING
            """,
            [.int(place.geonameid), .text(place.name), .text(place.kind.level), .text(place.countryCode), .text(place.countryName),
             .optional(place.admin1Code), .optional(place.admin1Name), .optional(place.admin2Code), .optional(place.admin2Name),
             .real(place.coordinate.latitude), .real(place.coordinate.longitude), .optional(place.timeZone), .int(place.population)])
        if let admin2 = place.admin2Code {
            try session.send(
                "INSERT INTO place_in_admin2 (geonameid, admin2_code) VALUES ($1, $2) ON CONFLICT DO NOTHING", [.int(place.geonameid), .text(admin2)])
        }
    }
}
