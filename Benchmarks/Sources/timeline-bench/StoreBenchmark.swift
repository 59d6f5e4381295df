import Foundation
import Geo
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

    static func build(count: Int, gazetteer: Gazetteer) throws -> (path: String, seconds: Double, stored: Int) {
        try FileManager.default.createDirectory(at: dataFolder, withIntermediateDirectories: true)
        let path = dataFolder.appendingPathComponent("incidents-\(count).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try IncidentStore(path: path)
        let pool = places(gazetteer)
        var random = SeededGenerator(seed: 1_000_003)
        let kinds = EventKind.allCases
        let start2022: Int64 = 1_640_995_200
        let perDocument = 2_000
        let began = now()
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
            try store.ingest(document)
            made += posts.count
            documentIndex += 1
        }
        let seconds = now() - began
        return (path, seconds, try store.totals().incidents)
    }

    /// A busy admin1 region of the data, and one-week windows in it, the same every run.
    static func queries(_ store: IncidentStore, repeats: Int) throws -> (region: String, name: String, summary: Summary, p99: Double, rows: Int) {
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

    static func run(count: Int, gazetteer: Gazetteer) throws -> String {
        let (path, seconds, stored) = try build(count: count, gazetteer: gazetteer)
        let store = try IncidentStore(path: path)
        let query = try queries(store, repeats: 200)
        var lines = [
            "store: \(count) synthetic incidents, \(stored) stored after merging twins, in \(path)",
            String(format: "  bulk ingest: %.1f s, %.0f incidents a second (documents of 2,000 posts, one transaction each)", seconds, Double(count) / seconds),
            String(format: "  one-week window + admin1 region (%@ %@), in process: median %.2f ms, p99 %.2f ms, min %.2f, max %.2f (%d rows on average)",
                   query.region, query.name, query.summary.median, query.p99, query.summary.min, query.summary.max, query.rows),
        ]
        let bin = CommandLine.arguments[0].replacingOccurrences(of: "timeline-bench", with: "timelinectl")
        if FileManager.default.isExecutableFile(atPath: bin) {
            let since = "2023-03-01T00:00:00Z", until = "2023-03-08T00:00:00Z"
            let ours = time([bin, "incidents", "--db", path, "--region", query.region, "--since", since, "--until", until, "--format", "jsonl"], repeats: 20)
            let sql = """
                SELECT i.id, i.sub_event_type, i.occurred_start, i.latitude, i.longitude FROM incident i \
                WHERE i.admin1_code = '\(query.region)' AND i.occurred_end > 1677628800 AND i.occurred_start < 1678233600 ORDER BY i.occurred_start
                """
            let theirs = time(["/usr/bin/sqlite3", path, sql], repeats: 20)
            let floor = time(["/bin/true"], repeats: 20)
            lines.append(String(format: "  the same query as a whole process: timelinectl median %.1f ms, sqlite3 median %.1f ms (ratio %.2f; starting /bin/true takes %.1f ms here)",
                                ours.summary.median, theirs.summary.median, ours.summary.median / theirs.summary.median, floor.summary.median))
            let geojson = dataFolder.appendingPathComponent("all.geojson").path
            let export = time([bin, "export", "geojson", "--db", path, "--out", geojson], repeats: 3, memory: true)
            lines.append(String(format: "  GeoJSON export of all %d: timelinectl median %.1f s, peak %.0f MB", stored, export.summary.median / 1000, export.peakMB))
            if access("/usr/bin/ogr2ogr", X_OK) == 0 {
                let csv = dataFolder.appendingPathComponent("all.csv").path
                _ = time([bin, "export", "csv", "--db", path, "--out", csv], repeats: 1)
                let ogrOut = dataFolder.appendingPathComponent("ogr.geojson").path
                try? FileManager.default.removeItem(atPath: ogrOut)
                let ogr = time(["/usr/bin/ogr2ogr", "-f", "GeoJSON", ogrOut, csv, "-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude", "-oo", "KEEP_GEOM_COLUMNS=NO"], repeats: 1, memory: true)
                lines.append(String(format: "  ogr2ogr writing the same rows (from our CSV) to GeoJSON: %.1f s, peak %.0f MB (ratio ours/theirs %.2f)",
                                    ogr.summary.median / 1000, ogr.peakMB, export.summary.median / ogr.summary.median))
            }
        }
        return lines.joined(separator: "\n")
    }
}
