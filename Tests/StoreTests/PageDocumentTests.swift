import Foundation
import GRDB
import Testing

import IncidentData
@testable import Store

@Suite struct PageDocumentMigrationTests {
    /// A file written before v5 keeps its documents, posts and incidents, and takes html and feed documents after it.
    @Test func documentsSurviveTheRebuild() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v4 how each place was found")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO document (id, identity, source_id, format, content_hash, ingested_at) VALUES (7, 'id:old', 'old', 'jsonl', 'h', 'now');
                INSERT INTO post (id, document_id, position, stamp_text, stamp_utc, stamp_epoch, stamp_zone, headline, body, range_start, range_end)
                  VALUES (3, 7, 0, 'x', '2024-05-13T10:00:00Z', 1715594400, 'UTC', 'H', 'b', 0, 1);
                """)
        }
        try Schema.migrator.migrate(queue)
        try queue.write { db in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM post_view WHERE source_id = 'old'") == 1)
            #expect(try String.fetchOne(db, sql: "SELECT identity FROM document WHERE id = 7") == "id:old")
            #expect(try db.foreignKeyViolations().map { _ in 1 }.isEmpty)
            try db.execute(sql: "INSERT INTO document (identity, source_id, format, content_hash, ingested_at, extracted_text) VALUES ('url:x', 'x', 'html', 'h', 'now', 'text')")
            try db.execute(sql: "INSERT INTO document (identity, source_id, format, content_hash, ingested_at) VALUES ('url:y', 'y', 'feed', 'h', 'now')")
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO document (identity, source_id, format, content_hash, ingested_at) VALUES ('url:z', 'z', 'pdf', 'h', 'now')")
            }
            // Deleting a document still takes its posts with it.
            try db.execute(sql: "DELETE FROM document WHERE id = 7")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM post") == 0)
        }
    }

    @Test func fetchValidatorsAreKeptPerURL() throws {
        let store = try IncidentStore(inMemory: ())
        #expect(try store.lastFetch(of: "https://example.org/live") == nil)
        let first = StoredFetch(url: "https://example.org/live", finalURL: "https://example.org/live/", etag: "\"a\"", lastModified: nil, contentHash: "h1", fetchedAt: "2026-12-02T05:00:00Z")
        try store.recordFetch(first)
        var second = first
        second.etag = "\"b\""
        second.lastModified = "Wed, 02 Dec 2026 05:10:00 GMT"
        try store.recordFetch(second)
        #expect(try store.lastFetch(of: "https://example.org/live") == second)
    }
}

@Suite struct ReportCountMigrationTests {
    /// A file written before v6 gets each incident's count of reporting posts, and a deletion trigger keeps it.
    @Test func reportCountsAreFilledAndKept() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v5 html pages and feeds, their extracted text, fetch validators")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO document (id, identity, source_id, format, content_hash, ingested_at) VALUES (1, 'id:a', 'a', 'jsonl', 'h', 'now');
                INSERT INTO post (id, document_id, position, stamp_text, stamp_utc, stamp_epoch, stamp_zone, headline, body, range_start, range_end)
                  VALUES (1, 1, 0, 'x', '2024-05-13T10:00:00Z', 1715594400, 'UTC', 'H1', 'b', 0, 1),
                         (2, 1, 1, 'y', '2024-05-13T11:00:00Z', 1715598000, 'UTC', 'H2', 'b', 0, 1);
                INSERT INTO place (geonameid, name, kind, country_code, country, latitude, longitude)
                  VALUES (706483, 'Kharkiv', 'place', 'UA', 'Ukraine', 49.98, 36.25);
                INSERT INTO incident (id, post_id, geonameid, location, geo_precision, location_precision, country_code, latitude, longitude,
                  occurred_start, occurred_end, occurred_precision, time_precision, reported_at)
                  VALUES (5, 1, 706483, 'Kharkiv', 1, 'exactPlace', 'UA', 49.98, 36.25, 1715590000, 1715593600, 'hour', 1, 1715594400);
                INSERT INTO incident_source (incident_id, post_id, range_start, range_end, excerpt)
                  VALUES (5, 1, 0, 1, 'a'), (5, 1, 2, 3, 'b'), (5, 2, 0, 1, 'c');
                """)
        }
        try Schema.migrator.migrate(queue)
        try queue.write { db in
            // Two posts, three excerpts: two reports.
            #expect(try Int.fetchOne(db, sql: "SELECT report_count FROM incident WHERE id = 5") == 2)
            try db.execute(sql: "DELETE FROM incident_source WHERE post_id = 2")
            #expect(try Int.fetchOne(db, sql: "SELECT report_count FROM incident WHERE id = 5") == 1)

        }
    }
}
