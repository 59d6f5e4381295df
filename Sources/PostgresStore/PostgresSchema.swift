import Foundation
import IncidentData

/// The PostgreSQL schema, as named, append-only migrations recorded in `timeline_migration`.
///
/// Tables and columns are SQLite's (docs/schema.md), so one query text serves both for everything
/// but boxes, distances and words: there PostGIS's `geography(Point, 4326)` with a GiST index and a
/// `tsvector` with a GIN index stand for SQLite's R*Tree and FTS5. Times are Unix seconds in
/// `bigint`, as in SQLite, so intervals compare and export the same.
enum PostgresSchema {
    struct Migration {
        var identifier: String
        var sql: String

        /// The migration's statements, one at a time: the extended query protocol that every
        /// bound parameter needs takes one statement per message. Splits at semicolons outside
        /// dollar-quoted bodies and string literals.
        var statements: [String] {
            var statements: [String] = []
            var current = ""
            var inDollarQuote = false, inString = false
            var previous: Character = " "
            for character in sql {
                if character == "$" && previous == "$" && !inString { inDollarQuote.toggle() }
                if character == "'" && !inDollarQuote { inString.toggle() }
                if character == ";" && !inDollarQuote && !inString {
                    let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !statement.isEmpty { statements.append(statement) }
                    current = ""
                } else {
                    current.append(character)
                }
                previous = character
            }
            let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !rest.split(separator: "\n").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }) { statements.append(rest) }
            return statements
        }
    }

    static let migrations: [Migration] = [
        Migration(
            identifier: "v1 documents, posts, places, incidents, sources and fetches",
            sql: """
                CREATE TABLE document (
                  id bigserial PRIMARY KEY,
                  identity text NOT NULL UNIQUE,
                  source_id text NOT NULL,
                  path text,
                  url text,
                  title text,
                  publisher text,
                  format text NOT NULL CHECK (format IN ('liveblog', 'text', 'jsonl', 'html', 'feed')),
                  page_date text,
                  content_hash text NOT NULL,
                  ingested_at text NOT NULL,
                  extracted_text text
                );
                CREATE TABLE post (
                  id bigserial PRIMARY KEY,
                  document_id bigint NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                  position bigint NOT NULL,
                  stamp_text text NOT NULL,
                  stamp_utc text NOT NULL,
                  stamp_epoch bigint NOT NULL,
                  stamp_zone text NOT NULL,
                  headline text NOT NULL DEFAULT '',
                  byline text,
                  authors text NOT NULL DEFAULT '[]',
                  body text NOT NULL,
                  range_start bigint NOT NULL,
                  range_end bigint NOT NULL,
                  extraction bigint NOT NULL DEFAULT 0,
                  UNIQUE (document_id, stamp_utc, headline)
                );
                CREATE TABLE place (
                  geonameid bigint PRIMARY KEY,
                  name text NOT NULL,
                  kind text NOT NULL,
                  country_code text NOT NULL,
                  country text NOT NULL,
                  admin1_code text,
                  admin1 text,
                  admin2_code text,
                  admin2 text,
                  latitude double precision NOT NULL,
                  longitude double precision NOT NULL,
                  timezone text,
                  population bigint NOT NULL DEFAULT 0
                );
                CREATE TABLE incident (
                  id bigserial PRIMARY KEY,
                  post_id bigint NOT NULL REFERENCES post(id) ON DELETE CASCADE,
                  event_type text,
                  sub_event_type text,
                  geonameid bigint NOT NULL REFERENCES place(geonameid),
                  location text NOT NULL,
                  geo_precision bigint NOT NULL CHECK (geo_precision BETWEEN 1 AND 3),
                  location_precision text NOT NULL,
                  location_source text NOT NULL
                    CHECK (location_source IN ('attached', 'paragraph', 'headline', 'dateline', 'document')),
                  location_resolved boolean NOT NULL,
                  country_code text NOT NULL,
                  admin1_code text,
                  admin2_code text,
                  latitude double precision NOT NULL,
                  longitude double precision NOT NULL,
                  location_point geography(Point, 4326)
                    GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)::geography) STORED,
                  occurred_start bigint NOT NULL,
                  occurred_end bigint NOT NULL,
                  long_span boolean GENERATED ALWAYS AS (occurred_end - occurred_start > \(IncidentFilter.shortSpan)) STORED,
                  occurred_precision text NOT NULL,
                  occurred_text text,
                  time_precision bigint NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
                  reported_at bigint NOT NULL,
                  fatalities bigint,
                  injured bigint,
                  counts text NOT NULL DEFAULT '{}',
                  source text,
                  notes text,
                  provisional boolean NOT NULL DEFAULT true,
                  actors text NOT NULL DEFAULT '[]',
                  verification text NOT NULL DEFAULT '[]',
                  report_count bigint NOT NULL DEFAULT 0,
                  -- The words `--text` matches: the headline of the post that names the incident and
                  -- the excerpts of every report (SQLite keeps them in incident_fts).
                  search_headline text NOT NULL DEFAULT '',
                  search_text text NOT NULL DEFAULT '',
                  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_headline || ' ' || search_text)) STORED,
                  CHECK (occurred_start <= occurred_end)
                );
                CREATE TABLE incident_source (
                  incident_id bigint NOT NULL REFERENCES incident(id) ON DELETE CASCADE,
                  post_id bigint NOT NULL REFERENCES post(id) ON DELETE CASCADE,
                  range_start bigint NOT NULL,
                  range_end bigint NOT NULL,
                  excerpt text NOT NULL,
                  PRIMARY KEY (incident_id, post_id, range_start)
                );
                CREATE TABLE place_in_admin2 (
                  geonameid bigint NOT NULL REFERENCES place(geonameid),
                  admin2_code text NOT NULL,
                  PRIMARY KEY (admin2_code, geonameid)
                );
                CREATE TABLE "fetch" (
                  url text PRIMARY KEY,
                  final_url text NOT NULL,
                  etag text,
                  last_modified text,
                  content_hash text NOT NULL,
                  fetched_at text NOT NULL
                );
                CREATE INDEX incident_span_time ON incident (long_span, occurred_start);
                CREATE INDEX incident_country_span_time ON incident (country_code, long_span, occurred_start);
                CREATE INDEX incident_admin1_span_time ON incident (admin1_code, long_span, occurred_start);
                CREATE INDEX incident_admin2_span_time ON incident (admin2_code, long_span, occurred_start);
                CREATE INDEX incident_occurred ON incident (occurred_start, occurred_end);
                CREATE INDEX incident_reported ON incident (reported_at);
                CREATE INDEX incident_place ON incident (geonameid);
                CREATE INDEX incident_post ON incident (post_id);
                CREATE INDEX incident_point ON incident USING GIST (location_point);
                CREATE INDEX incident_search ON incident USING GIN (search);
                CREATE INDEX incident_source_post ON incident_source (post_id);
                CREATE INDEX post_document ON post (document_id, position);
                CREATE INDEX post_stamp ON post (stamp_epoch);
                -- The great-circle distance SQLite's distance_km computes, so `--near` draws the same circle.
                CREATE FUNCTION timeline_distance_km(lat1 double precision, lon1 double precision,
                                                     lat2 double precision, lon2 double precision)
                RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
                  SELECT 2 * 6371.0088 * asin(least(1, sqrt(
                    sin(radians(lat2 - lat1) / 2) ^ 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ^ 2)))
                $$;
                """),
        Migration(
            identifier: "v2 a revision number that every change to the incidents raises",
            sql: """
                CREATE TABLE data_revision (
                  id integer PRIMARY KEY CHECK (id = 1),
                  revision bigint NOT NULL
                );
                INSERT INTO data_revision (id, revision) VALUES (1, 1);
                """),
    ]
}
