import Foundation
import GRDB
import Geo
import IncidentData
import Incidents
import Store
import Timeline

/// A million synthetic incidents over the world gazetteer and two years: ingest, query, export,
/// with `sqlite3` and `ogr2ogr` on the same file and rows.
enum StoreBenchmark {
    static let dataFolder = URL(fileURLWithPath: "Benchmarks/.data", isDirectory: true)
    // (relative to the package folder: run the benchmark from there)

    /// Places drawn from the whole gazetteer: the largest hundreds for every initial letter.
    static func places(_ gazetteer: Gazetteer) -> [Place] {
        "abcdefghijklmnopqrstuvwxyz".flatMap { gazetteer.search(prefix: String($0), limit: 800) }
    }

    /// Builds the database of `count` synthetic incidents: as one load (``IncidentStore/load(at:limits:_:)``),
    /// or with `oneIngestEach` one `ingest` per document, the path of single pages.
    static func build(count: Int, gazetteer: Gazetteer, oneIngestEach: Bool = false) throws -> (path: String, seconds: Double, stored: Int) {
        try FileManager.default.createDirectory(at: dataFolder, withIntermediateDirectories: true)
        let path = dataFolder.appendingPathComponent(oneIngestEach ? "incidents-\(count)-each.sqlite" : "incidents-\(count).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try IncidentStore(path: path)
        let began = now()
        if oneIngestEach {
            try syntheticDocuments(count: count, gazetteer: gazetteer) { try store.ingest($0) }
        } else {
            try store.load { ingest in
                try syntheticDocuments(count: count, gazetteer: gazetteer) { _ = try ingest($0) }
            }
        }
        let seconds = now() - began
        return (path, seconds, try store.totals().incidents)
    }

    /// `count` synthetic reports in documents of 2,000 posts, the same every run.
    static func syntheticDocuments(count: Int, gazetteer: Gazetteer, _ each: (ExtractedDocument) throws -> Void) throws {
        let pool = places(gazetteer)
        var random = SeededGenerator(seed: 1_000_003)
        let kinds = EventKind.allCases
        let start2022: Int64 = 1_640_995_200
        let perDocument = 2_000
        var made = 0
        var documentIndex = 0
        while made < count {
            var posts: [ExtractedPost] = []
            var incidents: [Incident] = []
            for position in 0..<min(perDocument, count - made) {
                let place = pool[Int.random(in: 0..<pool.count, using: &random)]
                let startSecond = start2022 + Int64.random(in: 0..<(730 * 86_400), using: &random)
                let reported = Instant(secondsSinceEpoch: startSecond + Int64.random(in: 3_600..<86_400, using: &random))
                let stamp = NormalizedTime(
                    interval: UTCInterval(start: reported, end: reported.adding(seconds: 60)), precision: .minute,
                    text: reported.iso8601, zoneText: "Z", zone: "UTC")
                let body = "Synthetic report \(made + position) about \(place.name)."
                posts.append(ExtractedPost(
                    position: position, stamp: stamp, headline: "Report \(made + position)", byline: nil, authors: [],
                    body: body, range: 0..<body.unicodeScalars.count, unresolved: []))
                let kind = kinds[Int.random(in: 0..<kinds.count, using: &random)]
                let start = Instant(secondsSinceEpoch: startSecond)
                incidents.append(Incident(
                    kind: kind, place: place, location: place.name,
                    locationPrecision: .exactPlace, geoPrecision: 1,
                    occurred: UTCInterval(start: start, end: start.adding(seconds: 3_600)), occurredPrecision: .hour,
                    occurredText: "synthetic", timePrecision: 1, reportedAt: reported,
                    fatalities: Bool.random(using: &random) ? Int.random(in: 0..<20, using: &random) : nil,
                    sources: ["Synthetic source"], notes: body, provisional: false,
                    evidence: [Evidence(post: position, range: 0..<body.unicodeScalars.count, excerpt: body)]))
            }
            let document = ExtractedDocument(
                identity: "synthetic:\(documentIndex)", sourceID: "synthetic-\(documentIndex)", path: nil, url: nil,
                title: "Synthetic \(documentIndex)", publisher: "bench", format: .jsonl, pageDate: nil,
                contentHash: "synthetic-\(documentIndex)", posts: posts, incidents: incidents)
            try each(document)
            made += posts.count
            documentIndex += 1
        }
    }

    /// A busy admin1 region of the data, and one-week windows in it, the same every run.
    static func queries(_ store: any IncidentDatabase, repeats: Int) throws -> (region: String, name: String, summary: Summary, p99: Double, rows: Int) {
        let busiest = try store.regions(level: .admin1, filter: IncidentFilter()).first { $0.code != "unknown" }!
        var random = SeededGenerator(seed: 7)
        var times: [Double] = []
        var rows = 0
        for _ in 0..<repeats {
            var filter = IncidentFilter()
            filter.regions = [RegionScope(level: .admin1, code: busiest.code, geonameid: nil, name: busiest.name)]
            let start = 1_640_995_200 + Int64.random(in: 0..<(720 * 86_400), using: &random)
            filter.since = Instant(secondsSinceEpoch: start)
            filter.until = Instant(secondsSinceEpoch: start + 7 * 86_400)
            let began = now()
            rows += try store.incidents(filter).count
            times.append((now() - began) * 1000)
        }
        let sorted = times.sorted()
        return (busiest.code, busiest.name, Summary(times), sorted[Int(Double(sorted.count - 1) * 0.99)], rows / repeats)
    }

    /// Runs a command `repeats` times with posix_spawn (Foundation's Process adds tens of
    /// milliseconds here): median wall time in milliseconds, and with `memory` the largest peak
    /// resident memory of one run in MB, read by /usr/bin/time (a spawned child's own rusage
    /// counts the parent's memory shared until exec).
    static func time(_ command: [String], repeats: Int, memory: Bool = false) -> (summary: Summary, peakMB: Double) {
        var times: [Double] = []
        var peak = 0.0
        let report = dataFolder.appendingPathComponent("time.txt").path
        let arguments = memory ? ["/usr/bin/time", "-f", "%M", "-o", report] + command : command
        let path = arguments[0].contains("/") ? arguments[0] : "/usr/bin/" + arguments[0]
        for _ in 0..<repeats {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv = arguments.map { strdup($0) } + [nil]
            var pid: pid_t = 0
            let began = now()
            let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
            var status: Int32 = 0
            var usage = rusage()
            if spawned == 0 { wait4(pid, &status, 0, &usage) }
            times.append((now() - began) * 1000)
            if memory, let text = try? String(contentsOfFile: report, encoding: .utf8),
                let kilobytes = text.split(separator: "\n").last.flatMap({ Double($0) })
            {
                peak = max(peak, kilobytes / 1024)
            }
            argv.forEach { free($0) }
            posix_spawn_file_actions_destroy(&actions)
        }
        return (Summary(times), peak)
    }

    /// What `ogr2ogr` runs over the same database for the same rows (GDAL's SQLite dialect, with
    /// SpatiaLite's MakePoint for the geometry). Two columns differ in kind, not in cost: `event_date`
    /// is the UTC day (SQLite has no time zones), and booleans come out as 0 and 1.
    static let ogrSelection = """
        SELECT i.id, i.event_type, i.sub_event_type, date(i.occurred_start, 'unixepoch') AS event_date,
               strftime('%Y-%m-%dT%H:%M:%SZ', i.occurred_start, 'unixepoch') AS occurred_start,
               strftime('%Y-%m-%dT%H:%M:%SZ', i.occurred_end, 'unixepoch') AS occurred_end, i.occurred_precision,
               i.occurred_text, i.time_precision, strftime('%Y-%m-%dT%H:%M:%SZ', i.reported_at, 'unixepoch') AS reported_at,
               p.country, i.country_code, p.admin1, i.admin1_code, p.admin2, i.location, i.geonameid, i.latitude, i.longitude,
               i.geo_precision, i.location_source, i.location_resolved, i.fatalities, i.injured, i.counts, i.source, i.actors,
               i.verification, d.source_id, i.notes, post.headline,
               (SELECT count(DISTINCT s.post_id) FROM incident_source s WHERE s.incident_id = i.id) AS reports, i.provisional
        """
    static let ogrFrom = """
         FROM incident i JOIN place p ON p.geonameid = i.geonameid JOIN post ON post.id = i.post_id
        JOIN document d ON d.id = post.document_id ORDER BY i.occurred_start, i.id
        """

    static func line(_ label: String, _ summary: Summary, unit: String = "ms", scale: Double = 1) -> String {
        String(format: "%@ median %.2f %@ (min %.2f, max %.2f)", label, summary.median * scale, unit, summary.min * scale, summary.max * scale)
    }

    /// Bulk ingest of `count` synthetic incidents as one load, beside making the documents alone and
    /// one ingest per document for the first 100,000; leaves the database for `store`.
    static func loadLines(count: Int, gazetteer: Gazetteer) throws -> (path: String, lines: [String]) {
        let (path, seconds, stored) = try build(count: count, gazetteer: gazetteer)
        let generationBegan = now()
        var generated = 0
        try syntheticDocuments(count: count, gazetteer: gazetteer) { generated += $0.incidents.count }
        let generation = now() - generationBegan
        let eachCount = min(count, 100_000)
        let each = try build(count: eachCount, gazetteer: gazetteer, oneIngestEach: true)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: each.path + suffix) }
        let floor = try engineFloor(copying: path)
        return (path, [
            "store: \(count) synthetic incidents, \(stored) stored after merging twins, in \(path)",
            String(format: "  bulk ingest, one load (IncidentStore.load): %.1f s, %.0f incidents a second (documents of 2,000 posts)",
                   seconds, Double(count) / seconds),
            String(format: "  making the %d reports' documents alone (inside the figure above): %.1f s", generated, generation),
            String(format: "  the first %d, one ingest (one transaction) per document: %.1f s, %.0f incidents a second",
                   eachCount, each.seconds, Double(eachCount) / each.seconds),
            "  the engine's floor: `sqlite3 EMPTY.sqlite '.read copy.sql'` copying the stored rows table to table",
            "  (INSERT ... SELECT from the attached database, foreign keys on) into an empty database of the same",
            "  schema whose secondary indexes are built after, as a load builds them:",
            String(format: "    %.1f s, %.0f incidents a second; ours / sqlite3: %.2f", floor, Double(stored) / floor, seconds / floor),
        ])
    }

    /// What SQLite alone takes to write the rows of the database at `path` into an empty one of the
    /// same schema, with the indexes a load defers built after: the lower bound of any load.
    static func engineFloor(copying path: String) throws -> Double {
        let floorPath = dataFolder.appendingPathComponent("floor.sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: floorPath + suffix) }
        let empty = try IncidentStore(path: floorPath)
        let (indexes, incidentColumns) = try empty.writer.write { db in
            let indexes = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
                  AND tbl_name IN ('incident', 'incident_source', 'post') ORDER BY name
                """).map { ($0["name"] as String, $0["sql"] as String) }
            for (name, _) in indexes { try db.execute(sql: "DROP INDEX \(name)") }
            let columns = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('incident')")
            return (indexes, columns.joined(separator: ", "))
        }
        let script = """
            PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA foreign_keys = ON;
            ATTACH '\(path)' AS source;
            BEGIN;
            INSERT INTO main.document SELECT * FROM source.document;
            INSERT INTO main.place SELECT * FROM source.place;
            INSERT INTO main.place_in_admin2 SELECT * FROM source.place_in_admin2;
            INSERT INTO main.post SELECT * FROM source.post;
            INSERT INTO main.incident (\(incidentColumns)) SELECT \(incidentColumns) FROM source.incident;
            INSERT INTO main.incident_source SELECT * FROM source.incident_source;
            INSERT INTO main.incident_fts (rowid, headline, notes) SELECT rowid, headline, notes FROM source.incident_fts;
            COMMIT;
            BEGIN;
            \(indexes.map { $0.1 + ";" }.joined(separator: "\n"))
            COMMIT;
            """
        let scriptPath = dataFolder.appendingPathComponent("copy.sql").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let seconds = time(["sqlite3", floorPath, ".read \(scriptPath)"], repeats: 1).summary.median / 1000
        let copied = try IncidentStore(path: floorPath).totals().incidents
        guard copied > 0 else { throw StoreError("the floor copy of \(path) holds no incidents") }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: floorPath + suffix) }
        return seconds
    }

    static func runLoad(count: Int, gazetteer: Gazetteer) throws -> String {
        try loadLines(count: count, gazetteer: gazetteer).lines.joined(separator: "\n")
    }

    static func run(count: Int, repeats: Int, gazetteer: Gazetteer) throws -> String {
        let (path, loadLines) = try loadLines(count: count, gazetteer: gazetteer)
        let store = try IncidentStore(path: path)
        let query = try queries(store, repeats: 200)
        var lines = loadLines + [
            String(format: "  one-week window + admin1 region (%@ %@), in process: median %.2f ms, p99 %.2f ms, min %.2f, max %.2f (%d rows on average)",
                   query.region, query.name, query.summary.median, query.p99, query.summary.min, query.summary.max, query.rows),
        ]
        let bin = CommandLine.arguments[0].replacingOccurrences(of: "timeline-bench", with: "timelinectl")
        guard FileManager.default.isExecutableFile(atPath: bin) else { return lines.joined(separator: "\n") }

        // The same query as whole processes: ours, and sqlite3 printing the same rows and columns as JSON.
        var filter = IncidentFilter()
        filter.regions = [RegionScope(level: .admin1, code: query.region, geonameid: nil, name: query.name)]
        filter.since = Instant(secondsSinceEpoch: 1_677_628_800)  // 2023-03-01
        filter.until = Instant(secondsSinceEpoch: 1_678_233_600)  // 2023-03-08
        let ours = [bin, "incidents", "--db", path, "--region", query.region, "--since", "2023-03-01T00:00:00Z", "--until", "2023-03-08T00:00:00Z", "--format", "jsonl"]
        let theirs = ["/usr/bin/sqlite3", "-json", path, try store.exportSQL(filter)]
        let ourQuery = time(ours, repeats: 20), theirQuery = time(theirs, repeats: 20)
        let help = time([bin, "--help"], repeats: 20), floor = time(["/bin/true"], repeats: 20)
        lines.append("  the same query as a whole process, 20 runs each:")
        lines.append("    ours:   " + ours.joined(separator: " "))
        lines.append("    theirs: sqlite3 -json \(path) '<the SQL of `store.exportSQL`: the same rows and columns>'")
        lines.append(line("    timelinectl", ourQuery.summary) + "; " + line("sqlite3 -json", theirQuery.summary)
                     + String(format: "; ratio %.2f", ourQuery.summary.median / theirQuery.summary.median))
        lines.append(line("    timelinectl --help alone", help.summary) + "; " + line("/bin/true", floor.summary))

        // Exports: ours, ogr2ogr writing the same rows from the same database, and cp of the file ours wrote.
        let stored = try store.totals().incidents
        lines.append("  exports of all \(stored), \(repeats) runs each (ogr2ogr: `ogr2ogr -f FORMAT OUT \(path) -dialect SQLite -sql '<ogrSelection>[, MakePoint(i.longitude, i.latitude, 4326) AS geometry]<ogrFrom>'`):")
        let peers: [(format: String, driver: String, geometry: Bool)] = [("geojson", "GeoJSON", true), ("csv", "CSV", false), ("jsonl", "GeoJSONSeq", true)]
        for peer in peers {
            let out = dataFolder.appendingPathComponent("all.\(peer.format)").path
            let export = time([bin, "export", peer.format, "--db", path, "--out", out], repeats: repeats, memory: true)
            let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            let copyPath = out + ".copy"
            let copy = time(["/bin/cp", out, copyPath], repeats: repeats)
            try? FileManager.default.removeItem(atPath: copyPath)
            var text = line("    \(peer.format): timelinectl export", export.summary, unit: "s", scale: 0.001)
                + String(format: ", peak %.0f MB, %.0f MB written; ", export.peakMB, Double(size) / 1_048_576)
                + line("cp of that file", copy.summary, unit: "s", scale: 0.001)
                + String(format: " (ours / cp %.1f)", export.summary.median / copy.summary.median)
            if access("/usr/bin/ogr2ogr", X_OK) == 0 {
                let ogrOut = dataFolder.appendingPathComponent("ogr.\(peer.format)").path
                let sql = ogrSelection + (peer.geometry ? ", MakePoint(i.longitude, i.latitude, 4326) AS geometry" : "") + ogrFrom
                var samples: [Double] = []
                var peak = 0.0
                for _ in 0..<repeats {
                    try? FileManager.default.removeItem(atPath: ogrOut)
                    let run = time(["/usr/bin/ogr2ogr", "-f", peer.driver, ogrOut, path, "-dialect", "SQLite", "-sql", sql], repeats: 1, memory: true)
                    samples.append(run.summary.median)
                    peak = max(peak, run.peakMB)
                }
                try? FileManager.default.removeItem(atPath: ogrOut)
                let ogr = Summary(samples)
                text += "; " + line("ogr2ogr -f \(peer.driver)", ogr, unit: "s", scale: 0.001)
                    + String(format: ", peak %.0f MB (ogr2ogr / ours %.1f)", peak, ogr.median / export.summary.median)
            }
            try? FileManager.default.removeItem(atPath: out)
            lines.append(text)
        }
        return lines.joined(separator: "\n")
    }
}
