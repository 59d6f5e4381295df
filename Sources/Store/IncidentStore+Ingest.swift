import Foundation
import GRDB
import Geo
import Incidents
import Timeline

/// What one ingest changed.
public struct IngestOutcome: Hashable, Sendable {
    public enum DocumentChange: String, Hashable, Sendable {
        /// A document not seen before.
        case added
        /// A later copy of a known document: only its new posts were added.
        case updated
        /// The same input again: nothing changed.
        case unchanged
    }

    public var change: DocumentChange
    public var documentID: Int64
    public var postsAdded: Int
    public var incidentsAdded: Int
    public var sourcesAdded: Int
}

extension IncidentStore {
    /// Writes a document in one transaction: all of it or, on any error, none of it.
    ///
    /// Idempotent: a document is known by its identity; posts by their stamp and headline, so a
    /// later copy of a page adds only its new posts, and the same input again changes nothing.
    @discardableResult
    public func ingest(_ document: ExtractedDocument, at now: Date = Date()) throws -> IngestOutcome {
        try writer.write { db in
            var outcome = IngestOutcome(change: .added, documentID: 0, postsAdded: 0, incidentsAdded: 0, sourcesAdded: 0)
            let ingestedAt = ISO8601DateFormatter().string(from: now)
            if let row = try Row.fetchOne(db, sql: "SELECT id, content_hash FROM document WHERE identity = ?", arguments: [document.identity]) {
                outcome.documentID = row["id"]
                if row["content_hash"] as String == document.contentHash {
                    outcome.change = .unchanged
                    return outcome
                }
                outcome.change = .updated
                try db.execute(
                    sql: "UPDATE document SET content_hash = ?, title = ?, ingested_at = ? WHERE id = ?",
                    arguments: [document.contentHash, document.title, ingestedAt, outcome.documentID])
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO document (identity, source_id, path, url, title, publisher, format, page_date, content_hash, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        document.identity, document.sourceID, document.path, document.url, document.title, document.publisher,
                        document.format.rawValue, document.pageDate, document.contentHash, ingestedAt,
                    ])
                outcome.documentID = db.lastInsertedRowID
            }
            for post in document.posts {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO post (document_id, position, stamp_text, stamp_utc, stamp_epoch, stamp_zone,
                          headline, byline, authors, body, range_start, range_end)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        outcome.documentID, post.position, post.stamp.text, post.stamp.start.iso8601,
                        post.stamp.start.secondsSinceEpoch, post.stamp.zone, post.headline, post.byline,
                        jsonArray(post.authors), post.body, post.range.lowerBound, post.range.upperBound,
                    ])
                guard db.changesCount > 0 else { continue }
                let postID = db.lastInsertedRowID
                outcome.postsAdded += 1
                for incident in post.incidents {
                    try insert(incident, postID: postID, headline: post.headline, db: db, outcome: &outcome)
                }
            }
            return outcome
        }
    }

    private func insert(_ incident: Incident, postID: Int64, headline: String, db: Database, outcome: inout IngestOutcome) throws {
        try upsert(incident.place, db: db)
        try db.execute(
            sql: """
                INSERT INTO incident (post_id, event_type, sub_event_type, geonameid, location, geo_precision, location_precision,
                  country_code, admin1_code, admin2_code, latitude, longitude, occurred_start, occurred_end,
                  occurred_precision, occurred_text, time_precision, reported_at, fatalities, injured, counts, source,
                  notes, provisional)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                postID, incident.eventType, incident.subEventType, incident.place.geonameid, incident.location,
                incident.geoPrecision, incident.locationPrecision.rawValue, incident.place.countryCode,
                incident.place.admin1Code, incident.place.admin2Code, incident.place.coordinate.latitude,
                incident.place.coordinate.longitude, incident.occurred.start.secondsSinceEpoch,
                incident.occurred.end.secondsSinceEpoch, incident.occurredPrecision.rawValue, incident.occurredText,
                incident.timePrecision, incident.reportedAt.secondsSinceEpoch, incident.fatalities, incident.injured,
                countsJSON(incident.counts), incident.source, incident.notes, incident.provisional,
            ])
        let incidentID = db.lastInsertedRowID
        outcome.incidentsAdded += 1
        let text = incident.evidence.map(\.excerpt).joined(separator: " ")
        try db.execute(sql: "INSERT INTO incident_fts (rowid, headline, notes) VALUES (?, ?, ?)", arguments: [incidentID, headline, [incident.notes, text].compactMap { $0 }.joined(separator: " ")])
        for evidence in incident.evidence {
            try db.execute(
                sql: "INSERT OR IGNORE INTO incident_source (incident_id, post_id, range_start, range_end, excerpt) VALUES (?, ?, ?, ?, ?)",
                arguments: [incidentID, postID, evidence.range.lowerBound, evidence.range.upperBound, evidence.excerpt])
            outcome.sourcesAdded += db.changesCount
        }
    }

    /// Keeps the gazetteer entries incidents use, so the database reads on its own.
    private func upsert(_ place: Place, db: Database) throws {
        try db.execute(
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
            try db.execute(sql: "INSERT OR IGNORE INTO place_in_admin2 (geonameid, admin2_code) VALUES (?, ?)", arguments: [place.geonameid, admin2])
        }
    }
}

func jsonArray(_ strings: [String]) -> String {
    let data = try! JSONSerialization.data(withJSONObject: strings, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}

func countsJSON(_ counts: [String: Count]) -> String {
    var object: [String: Any] = [:]
    for (name, count) in counts { object[name] = ["value": count.value, "qualifier": count.qualifier.rawValue] }
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
}
