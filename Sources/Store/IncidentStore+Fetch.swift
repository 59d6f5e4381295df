import Foundation
import GRDB
import IncidentData

extension IncidentStore {
    /// The last successful fetch of `url`, for a conditional request.
    public func lastFetch(of url: String) throws -> StoredFetch? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM fetch WHERE url = ?", arguments: [url]).map { row in
                StoredFetch(
                    url: row["url"], finalURL: row["final_url"], etag: row["etag"], lastModified: row["last_modified"],
                    contentHash: row["content_hash"], fetchedAt: row["fetched_at"])
            }
        }
    }

    /// Records a fetch whose page was ingested, replacing the one before.
    public func recordFetch(_ fetch: StoredFetch) throws {
        try writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO fetch (url, final_url, etag, last_modified, content_hash, fetched_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (url) DO UPDATE SET final_url = excluded.final_url, etag = excluded.etag,
                      last_modified = excluded.last_modified, content_hash = excluded.content_hash, fetched_at = excluded.fetched_at
                    """,
                arguments: [fetch.url, fetch.finalURL, fetch.etag, fetch.lastModified, fetch.contentHash, fetch.fetchedAt])
        }
    }
}
