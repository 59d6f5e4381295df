import GRDB
import IncidentData

/// The database schema, as named, append-only migrations (docs/schema.md describes each table).
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 documents, posts, places, incidents") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                  id INTEGER PRIMARY KEY,
                  identity TEXT NOT NULL UNIQUE,
                  source_id TEXT NOT NULL,
                  path TEXT,
                  url TEXT,
                  title TEXT,
                  publisher TEXT,
                  format TEXT NOT NULL CHECK (format IN ('liveblog', 'text', 'jsonl')),
                  page_date TEXT,
                  content_hash TEXT NOT NULL,
                  ingested_at TEXT NOT NULL
                ) STRICT;

                CREATE TABLE post (
                  id INTEGER PRIMARY KEY,
                  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                  position INTEGER NOT NULL,
                  stamp_text TEXT NOT NULL,
                  stamp_utc TEXT NOT NULL,
                  stamp_epoch INTEGER NOT NULL,
                  stamp_zone TEXT NOT NULL,
                  headline TEXT NOT NULL DEFAULT '',
                  byline TEXT,
                  authors TEXT NOT NULL DEFAULT '[]',
                  body TEXT NOT NULL,
                  range_start INTEGER NOT NULL,
                  range_end INTEGER NOT NULL,
                  UNIQUE (document_id, stamp_utc, headline)
                ) STRICT;

                CREATE TABLE place (
                  geonameid INTEGER PRIMARY KEY,
                  name TEXT NOT NULL,
                  kind TEXT NOT NULL,
                  country_code TEXT NOT NULL,
                  country TEXT NOT NULL,
                  admin1_code TEXT,
                  admin1 TEXT,
                  admin2_code TEXT,
                  admin2 TEXT,
                  latitude REAL NOT NULL,
                  longitude REAL NOT NULL,
                  timezone TEXT,
                  population INTEGER NOT NULL DEFAULT 0
                ) STRICT;

                CREATE TABLE incident (
                  id INTEGER PRIMARY KEY,
                  -- The post of the earliest report; every report is in incident_source.
                  post_id INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
                  event_type TEXT,
                  sub_event_type TEXT,
                  geonameid INTEGER NOT NULL REFERENCES place(geonameid),
                  location TEXT NOT NULL,
                  geo_precision INTEGER NOT NULL CHECK (geo_precision BETWEEN 1 AND 3),
                  location_precision TEXT NOT NULL,
                  country_code TEXT NOT NULL,
                  admin1_code TEXT,
                  admin2_code TEXT,
                  latitude REAL NOT NULL,
                  longitude REAL NOT NULL,
                  occurred_start INTEGER NOT NULL,
                  occurred_end INTEGER NOT NULL,
                  occurred_precision TEXT NOT NULL,
                  occurred_text TEXT,
                  time_precision INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
                  reported_at INTEGER NOT NULL,
                  fatalities INTEGER,
                  injured INTEGER,
                  counts TEXT NOT NULL DEFAULT '{}',
                  source TEXT,
                  notes TEXT,
                  provisional INTEGER NOT NULL DEFAULT 1,
                  CHECK (occurred_start <= occurred_end)
                ) STRICT;

                -- Every report of an incident: the post and the range of text it came from.
                CREATE TABLE incident_source (
                  incident_id INTEGER NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
                  post_id INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
                  range_start INTEGER NOT NULL,
                  range_end INTEGER NOT NULL,
                  excerpt TEXT NOT NULL,
                  PRIMARY KEY (incident_id, post_id, range_start)
                ) STRICT;

                -- Places known to lie in a second-order division (districts' codes are sparse).
                CREATE TABLE place_in_admin2 (
                  geonameid INTEGER NOT NULL REFERENCES place(geonameid),
                  admin2_code TEXT NOT NULL,
                  PRIMARY KEY (admin2_code, geonameid)
                ) STRICT;
                """)
        }
        migrator.registerMigration("v1 indexes, r-tree and full text") { db in
            try db.execute(sql: """
                CREATE INDEX incident_occurred ON incident (occurred_start, occurred_end);
                CREATE INDEX incident_reported ON incident (reported_at);
                CREATE INDEX incident_country_time ON incident (country_code, occurred_start);
                CREATE INDEX incident_admin1_time ON incident (admin1_code, occurred_start);
                CREATE INDEX incident_admin2_time ON incident (admin2_code, occurred_start);
                CREATE INDEX incident_place ON incident (geonameid);
                CREATE INDEX incident_post ON incident (post_id);
                CREATE INDEX incident_source_post ON incident_source (post_id);
                CREATE INDEX post_document ON post (document_id, position);
                CREATE INDEX post_stamp ON post (stamp_epoch);

                CREATE VIRTUAL TABLE incident_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);
                CREATE VIRTUAL TABLE incident_fts USING fts5 (headline, notes, tokenize = 'unicode61 remove_diacritics 2');

                CREATE TRIGGER incident_index_insert AFTER INSERT ON incident BEGIN
                  INSERT INTO incident_rtree VALUES (new.id, new.longitude, new.longitude, new.latitude, new.latitude);
                END;
                CREATE TRIGGER incident_index_delete AFTER DELETE ON incident BEGIN
                  DELETE FROM incident_rtree WHERE id = old.id;
                  DELETE FROM incident_fts WHERE rowid = old.id;
                END;
                """)
        }
        migrator.registerMigration("v1 readable views") { db in
            try db.execute(sql: """
                CREATE VIEW incident_view AS
                SELECT i.id,
                       i.event_type, i.sub_event_type,
                       strftime('%Y-%m-%dT%H:%M:%SZ', i.occurred_start, 'unixepoch') AS occurred_start,
                       strftime('%Y-%m-%dT%H:%M:%SZ', i.occurred_end, 'unixepoch') AS occurred_end,
                       i.occurred_precision, i.time_precision,
                       strftime('%Y-%m-%dT%H:%M:%SZ', i.reported_at, 'unixepoch') AS reported_at,
                       p.country, p.admin1, p.admin2, i.location, i.geonameid, i.country_code,
                       i.latitude, i.longitude, i.geo_precision,
                       i.fatalities, i.injured, i.counts, i.source, i.notes, i.provisional
                FROM incident i JOIN place p ON p.geonameid = i.geonameid;

                CREATE VIEW post_view AS
                SELECT d.title AS document, d.source_id, p.position, p.stamp_text, p.stamp_utc, p.headline, p.byline
                FROM post p JOIN document d ON d.id = p.document_id;
                """)
        }
        migrator.registerMigration("v2 extracted incidents replace provisional ones") { db in
            try db.execute(sql: """
                ALTER TABLE incident ADD COLUMN actors TEXT NOT NULL DEFAULT '[]';
                ALTER TABLE incident ADD COLUMN verification TEXT NOT NULL DEFAULT '[]';
                -- Which extractor read a post; posts read by an older one are read again on the next ingest.
                ALTER TABLE post ADD COLUMN extraction INTEGER NOT NULL DEFAULT 0;
                DELETE FROM incident WHERE provisional = 1;
                UPDATE document SET content_hash = 'provisional incidents replaced: ingest again';

                DROP VIEW incident_view;
                CREATE VIEW incident_view AS
                SELECT i.id,
                       i.event_type, i.sub_event_type,
                       strftime('%Y-%m-%dT%H:%M:%SZ', i.occurred_start, 'unixepoch') AS occurred_start,
                       strftime('%Y-%m-%dT%H:%M:%SZ', i.occurred_end, 'unixepoch') AS occurred_end,
                       i.occurred_precision, i.occurred_text, i.time_precision,
                       strftime('%Y-%m-%dT%H:%M:%SZ', i.reported_at, 'unixepoch') AS reported_at,
                       p.country, p.admin1, p.admin2, i.location, i.geonameid, i.country_code,
                       i.latitude, i.longitude, i.geo_precision,
                       i.fatalities, i.injured, i.counts, i.source, i.actors, i.verification, i.notes,
                       (SELECT count(DISTINCT s.post_id) FROM incident_source s WHERE s.incident_id = i.id) AS reports
                FROM incident i JOIN place p ON p.geonameid = i.geonameid;
                """)
        }
        migrator.registerMigration("v3 short and long intervals indexed apart") { db in
            // Most incidents last a day or less: indexing them apart from the few long ones
            // (`earlier this month`) lets a time window bound its index range on both sides.
            try db.execute(sql: """
                ALTER TABLE incident ADD COLUMN long_span INTEGER
                  GENERATED ALWAYS AS (occurred_end - occurred_start > \(IncidentFilter.shortSpan)) VIRTUAL;
                CREATE INDEX incident_span_time ON incident (long_span, occurred_start);
                CREATE INDEX incident_country_span_time ON incident (country_code, long_span, occurred_start);
                CREATE INDEX incident_admin1_span_time ON incident (admin1_code, long_span, occurred_start);
                CREATE INDEX incident_admin2_span_time ON incident (admin2_code, long_span, occurred_start);
                DROP INDEX incident_country_time;
                DROP INDEX incident_admin1_time;
                DROP INDEX incident_admin2_time;
                """)
        }
        migrator.registerMigration("v4 how each place was found") { db in
            // Incidents stored before this migration take the defaults (attached, resolved): what
            // the extractor found is not kept, and reading their posts again would only add their
            // reports to the same rows. A fresh database gives every incident its own values.
            try db.execute(sql: """
                ALTER TABLE incident ADD COLUMN location_source TEXT NOT NULL DEFAULT 'attached'
                  CHECK (location_source IN ('attached', 'paragraph', 'headline', 'dateline', 'document'));
                ALTER TABLE incident ADD COLUMN location_resolved INTEGER NOT NULL DEFAULT 1
                  CHECK (location_resolved IN (0, 1));

                DROP VIEW incident_view;
                CREATE VIEW incident_view AS
                SELECT i.id,
                       i.event_type, i.sub_event_type,
                       strftime('%Y-%m-%dT%H:%M:%SZ', i.occurred_start, 'unixepoch') AS occurred_start,
                       strftime('%Y-%m-%dT%H:%M:%SZ', i.occurred_end, 'unixepoch') AS occurred_end,
                       i.occurred_precision, i.occurred_text, i.time_precision,
                       strftime('%Y-%m-%dT%H:%M:%SZ', i.reported_at, 'unixepoch') AS reported_at,
                       p.country, p.admin1, p.admin2, i.location, i.geonameid, i.country_code,
                       i.latitude, i.longitude, i.geo_precision, i.location_source, i.location_resolved,
                       i.fatalities, i.injured, i.counts, i.source, i.actors, i.verification, i.notes,
                       (SELECT count(DISTINCT s.post_id) FROM incident_source s WHERE s.incident_id = i.id) AS reports
                FROM incident i JOIN place p ON p.geonameid = i.geonameid;
                """)
        }
        migrator.registerMigration("v5 html pages and feeds, their extracted text, fetch validators") { db in
            // SQLite cannot widen a CHECK in place: the table is rebuilt (its rows, ids and the
            // posts that reference them kept) and the view that reads it made again.
            try db.execute(sql: """
                DROP VIEW post_view;
                CREATE TABLE document_v5 (
                  id INTEGER PRIMARY KEY,
                  identity TEXT NOT NULL UNIQUE,
                  source_id TEXT NOT NULL,
                  path TEXT,
                  url TEXT,
                  title TEXT,
                  publisher TEXT,
                  format TEXT NOT NULL CHECK (format IN ('liveblog', 'text', 'jsonl', 'html', 'feed')),
                  page_date TEXT,
                  content_hash TEXT NOT NULL,
                  ingested_at TEXT NOT NULL,
                  -- The text read out of an HTML page or feed item: evidence ranges point into it.
                  extracted_text TEXT
                ) STRICT;
                INSERT INTO document_v5 (id, identity, source_id, path, url, title, publisher, format, page_date, content_hash, ingested_at)
                  SELECT id, identity, source_id, path, url, title, publisher, format, page_date, content_hash, ingested_at FROM document;
                DROP TABLE document;
                ALTER TABLE document_v5 RENAME TO document;
                CREATE VIEW post_view AS
                SELECT d.title AS document, d.source_id, p.position, p.stamp_text, p.stamp_utc, p.headline, p.byline
                FROM post p JOIN document d ON d.id = p.document_id;

                -- What a URL answered last, for a conditional request the next time it is ingested.
                CREATE TABLE fetch (
                  url TEXT PRIMARY KEY,
                  final_url TEXT NOT NULL,
                  etag TEXT,
                  last_modified TEXT,
                  content_hash TEXT NOT NULL,
                  fetched_at TEXT NOT NULL
                ) STRICT;
                """)
        }
        migrator.registerMigration("v6 report counts kept with each incident") { db in
            // Every listing and export showed how many posts report an incident by counting its
            // sources row by row: a tenth of a million-incident export. The count is now a column,
            // filled here, written by ingest with each new incident and after each merge (a trigger
            // on every source row cost a sixth of bulk ingest), and kept by a trigger on deletion.
            try db.execute(sql: """
                ALTER TABLE incident ADD COLUMN report_count INTEGER NOT NULL DEFAULT 0;
                UPDATE incident SET report_count = (SELECT count(DISTINCT s.post_id) FROM incident_source s WHERE s.incident_id = incident.id);
                CREATE TRIGGER incident_source_uncounted AFTER DELETE ON incident_source BEGIN
                  UPDATE incident SET report_count = (SELECT count(DISTINCT s.post_id) FROM incident_source s WHERE s.incident_id = old.incident_id)
                  WHERE id = old.incident_id;
                END;
                """)
        }
        migrator.registerMigration("v7 loads keep the definitions of the indexes they build last") { db in
            // A load into an empty incident table drops the secondary indexes and builds them once
            // its rows are in (IncidentStore.load). Their definitions wait here meanwhile, so a load
            // that dies halfway is finished by the next open for writing.
            try db.execute(sql: """
                CREATE TABLE deferred_index (
                  name TEXT PRIMARY KEY,
                  sql TEXT NOT NULL
                ) STRICT;
                """)
        }
        migrator.registerMigration("v8 a revision number that every change to the incidents raises") { db in
            // `timelinectl serve` answers a conditional request (If-None-Match) from this one row:
            // every document that adds or changes anything raises it, in its own transaction.
            try db.execute(sql: """
                CREATE TABLE data_revision (
                  id INTEGER PRIMARY KEY CHECK (id = 1),
                  revision INTEGER NOT NULL
                ) STRICT;
                INSERT INTO data_revision (id, revision) VALUES (1, 1);
                """)
        }
        return migrator
    }

    /// The version of the incident extractor; posts read by an older one are read again.
    static let extractionVersion = currentExtractionVersion
}
