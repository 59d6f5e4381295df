import Foundation
import IncidentData
@testable import PostgresStore
import Testing

/// A fresh database on the test server (`$TIMELINE_TEST_POSTGRES_URL`, which `.ci/run` sets),
/// copied from `timeline_template` and dropped afterwards.
enum TestPostgres {
    static var baseURL: String? { ProcessInfo.processInfo.environment["TIMELINE_TEST_POSTGRES_URL"] }

    static func withDatabase<Result>(_ body: (String) throws -> Result) throws -> Result {
        let base = try PostgresLocation(url: baseURL!)
        let name = "timeline_cli_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresSession(base)
        try admin.query("CREATE DATABASE \(name) TEMPLATE timeline_template")
        defer { _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        return try body("postgres://\(base.user):\(base.password ?? "")@\(base.host):\(base.port)/\(name)")
    }

    static func withAsyncDatabase(_ body: (String) async throws -> Void) async throws {
        let base = try PostgresLocation(url: baseURL!)
        let name = "timeline_cli_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresSession(base)
        try admin.query("CREATE DATABASE \(name) TEMPLATE timeline_template")
        defer { _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        try await body("postgres://\(base.user):\(base.password ?? "")@\(base.host):\(base.port)/\(name)")
    }
}

@Suite("Every command gives the same output with --db postgres://...", .enabled(if: TestPostgres.baseURL != nil))
struct PostgresCommandTests {
    static let seed = CLI.root.appendingPathComponent("seeds/000_fdd7082ede222f27.txt").path

    /// The commands a user runs after an ingest, each printing to standard output or to a file.
    static let commands: [[String]] = [
        ["incidents"], ["incidents", "--format", "json"], ["incidents", "--format", "csv"], ["incidents", "--region", "Belgorod region"],
        ["incidents", "--near", "Shebekino", "--within", "30km"], ["incidents", "--bbox", "35,50,39,52"], ["incidents", "--text", "drone"],
        ["incidents", "--since", "2023-05-31T06:00:00Z", "--by", "reported"],
        ["regions", "--level", "country"], ["regions", "--level", "admin1"], ["regions", "--level", "place"],
        ["report", "--zone", "Europe/Moscow"], ["report", "--zone", "Europe/Moscow", "--format", "html"], ["report", "--format", "text"],
        ["export", "geojson"], ["export", "csv"], ["export", "jsonl"],
    ]

    @Test("ingest, incidents, regions, report, export and map print the same on SQLite and PostgreSQL")
    func sameOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-pg-cli-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sqlite = folder.appendingPathComponent("seed.sqlite").path
        try TestPostgres.withDatabase { url in
            let ingested = try CLI.run(["ingest", Self.seed, "--db", url])
            #expect(ingested.status == 0, "\(ingested.stderr)")
            #expect(ingested.stderr.contains("1 documents added") && !ingested.stderr.contains(":timeline@"), "\(ingested.stderr)")
            #expect(try CLI.run(["ingest", Self.seed, "--db", sqlite]).status == 0)
            for command in Self.commands {
                let fromFile = try CLI.run(command + ["--db", sqlite])
                // The URL also comes from the environment, as the README tells a team to set it.
                let fromServer = try CLI.run(command, environment: ["TIMELINE_DB": url])
                #expect(fromFile.status == 0 && fromServer.status == 0, "\(command): \(fromServer.stderr)")
                #expect(!fromFile.stdout.isEmpty && fromServer.stdout == fromFile.stdout, "\(command)")
            }
            let maps = [folder.appendingPathComponent("file.svg").path, folder.appendingPathComponent("server.svg").path]
            #expect(try CLI.run(["map", "--out", maps[0], "--db", sqlite]).status == 0)
            #expect(try CLI.run(["map", "--out", maps[1], "--db", url]).status == 0)
            #expect(try String(contentsOfFile: maps[1], encoding: .utf8) == String(contentsOfFile: maps[0], encoding: .utf8))
        }
    }

    @Test("Two ingest processes at once: every article and every report is stored once")
    func twoProcesses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-pg-two-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Two feeds of short wire reports about the same towns and days: many are one event told twice.
        let towns = ["Kharkiv", "Dnipro", "Zaporizhzhia", "Sumy", "Kherson"]
        let verbs = ["shelled", "struck", "attacked", "hit with drones"]
        var files: [String] = []
        for feed in 0..<2 {
            var lines: [String] = []
            for number in 0..<20 {
                let town = towns[(number + feed) % towns.count], verb = verbs[number % verbs.count]
                let day = 10 + number % 4
                lines.append(#"{"id":"feed\#(feed)-\#(number)","published":"2024-05-\#(day)T18:00:00Z","text":"On \#(day) May 2024, Russian forces \#(verb) \#(town), killing \#(number % 5 + 1) people, officials said."}"#)
            }
            let path = folder.appendingPathComponent("feed\(feed).jsonl").path
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        let feeds = files
        try TestPostgres.withDatabase { url in
            let runs = LockedRuns()
            DispatchQueue.concurrentPerform(iterations: 2) { lane in
                runs.set(lane, try? CLI.run(["ingest", feeds[lane], "--db", url]))
            }
            for lane in 0..<2 { #expect(runs.get(lane)?.status == 0, "\(runs.get(lane)?.stderr ?? "did not run")") }
            let exported = try CLI.run(["export", "jsonl", "--db", url])
            let objects = exported.stdout.split(separator: "\n").compactMap { try? CLI.json(String($0)) as? [String: Any] }
            // One report per article, each stored once: the incidents' report counts add up to the 40 articles.
            #expect(objects.reduce(0) { $0 + (($1["reports"] as? Int) ?? 0) } == 40, "\(objects.count) incidents")
            let again = try CLI.run(["ingest", files[0], files[1], "--db", url])
            #expect(again.stderr.contains("0 documents added, 0 updated, 40 unchanged"), "\(again.stderr)")
        }
    }

    @Test("A wrong password: exit status 1 and the server's words, never the password")
    func wrongPassword() throws {
        let base = try PostgresLocation(url: TestPostgres.baseURL!)
        let url = "postgres://\(base.user):not-the-password@\(base.host):\(base.port)/\(base.database)"
        let run = try CLI.run(["incidents", "--db", url])
        #expect(run.status == 1)
        #expect(run.stderr.contains("password authentication failed") && !run.stderr.contains("not-the-password"), "\(run.stderr)")
    }
}

/// The runs of two lanes, written from two threads.
final class LockedRuns: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [Int: CLIRun] = [:]
    func set(_ lane: Int, _ run: CLIRun?) { lock.withLock { runs[lane] = run } }
    func get(_ lane: Int) -> CLIRun? { lock.withLock { runs[lane] } }
}
