import Foundation
import IncidentData
import Incidents
@testable import PostgresStore
@testable import Store
import Testing
import Timeline

/// The PostgreSQL backend against the SQLite store: the same documents in, the same answers out.
@Suite("PostgreSQL with PostGIS answers as the SQLite file does", .serialized, .enabled(if: PostgresServer.available))
struct PostgresBackendTests {
    typealias Docs = ContextDocuments

    /// The seed, the context articles and 40 synthetic documents of 15 reports (which merge down).
    static func documents() throws -> [ExtractedDocument] {
        [try SeedDatabase.seedDocument()]
            + (try [Docs.town, Docs.unresolved, Docs.paragraph, Docs.region, Docs.document, Docs.headline].map { try $0.extracted() })
            + LoadTests.synthetic(documents: 40, perDocument: 15, seed: 7)
    }

    /// What a filter's export writes, as text.
    static func exported(_ database: any IncidentDatabase, _ filter: IncidentFilter, _ format: IncidentExporter.Format) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-\(UUID()).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try database.export(filter, format: format, to: try OutputSink(path: path))
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    static let expectedCounts: [String: Int] = [
        "everything": 158, "a window": 40, "reported in a window, 25 at most": 25, "two regions": 81, "within 60 km of Kharkiv": 77,
        "a box": 110, "two words": 4, "words with quotes and operators": 1, "two types at precision 1": 47, "attached only": 157,
    ]

    static func filters() throws -> [(String, IncidentFilter)] {
        var all: [(String, IncidentFilter)] = [("everything", IncidentFilter())]
        var window = IncidentFilter()
        window.since = Instant(secondsSinceEpoch: 1_715_731_200)  // 2024-05-15
        window.until = Instant(secondsSinceEpoch: 1_716_163_200)  // 2024-05-20
        all.append(("a window", window))
        var reported = IncidentFilter()
        reported.since = Instant(secondsSinceEpoch: 1_715_569_200)  // 2024-05-13T03:00Z
        reported.until = Instant(secondsSinceEpoch: 1_715_580_000)  // 06:00Z
        reported.by = .reported
        reported.limit = 25
        all.append(("reported in a window, 25 at most", reported))
        var region = IncidentFilter()
        region.regions = [try SeedDatabase.region("Kharkiv Oblast"), try SeedDatabase.region("Belgorod region")]
        all.append(("two regions", region))
        var near = IncidentFilter()
        near.near = (49.99, 36.23, 60)
        all.append(("within 60 km of Kharkiv", near))
        var box = IncidentFilter()
        box.bbox = (35, 48, 37, 51)
        all.append(("a box", box))
        var text = IncidentFilter()
        text.text = "drone attack"
        all.append(("two words", text))
        var quoted = IncidentFilter()
        quoted.text = "\"Report\" 5.1;"
        all.append(("words with quotes and operators", quoted))
        var types = IncidentFilter()
        types.types = ["shelling/artillery/missile attack", "Battles"]
        types.maxGeoPrecision = 1
        all.append(("two types at precision 1", types))
        var attached = IncidentFilter()
        attached.attachedOnly = true
        all.append(("attached only", attached))
        return all
    }

    @Test("Every export, listing, region count and map point is the same on both backends")
    func sameAnswers() throws {
        let documents = try Self.documents()
        let sqlite = try IncidentStore(inMemory: ())
        for document in documents { try sqlite.ingest(document) }
        try PostgresServer.withDatabase { url in
            let postgres = try PostgresIncidentStore(url: url)
            for document in documents { try postgres.ingest(document) }
            let totals = try sqlite.totals()
            #expect(try postgres.totals() == totals)
            #expect(totals.incidents == 158, "\(totals)")
            var selected: [String: Int] = [:]
            for (name, filter) in try Self.filters() {
                selected[name] = try sqlite.incidents(filter).count
                for format in IncidentExporter.Format.allCases {
                    let expected = try Self.exported(sqlite, filter, format)
                    #expect(try Self.exported(postgres, filter, format) == expected, "\(name), \(format)")
                }
                #expect(try postgres.incidents(filter, withExcerpts: true) == sqlite.incidents(filter, withExcerpts: true), "\(name)")
                var points: [[IncidentPoint]] = [[], []]
                try sqlite.forEachPoint(filter) { points[0].append($0) }
                try postgres.forEachPoint(filter) { points[1].append($0) }
                #expect(points[0] == points[1], "\(name)")
                for level in RegionScope.Level.allCases {
                    #expect(try postgres.regions(level: level, filter: filter) == sqlite.regions(level: level, filter: filter), "\(name), \(level)")
                }
            }
            // Each filter selects some incidents and not all, so the comparisons above compared something.
            #expect(selected == Self.expectedCounts, "\(selected)")
        }
    }

    @Test("The same document again changes nothing; a later copy adds only its new posts")
    func idempotent() throws {
        let seed = try SeedDatabase.seedDocument()
        try PostgresServer.withDatabase { url in
            let postgres = try PostgresIncidentStore(url: url)
            let first = try postgres.ingest(seed)
            #expect(first.change == .added && first.postsAdded == 9 && first.incidentsAdded == 9)
            let again = try PostgresIncidentStore(url: url).ingest(seed)
            #expect(again.change == .unchanged && again.postsAdded == 0 && again.incidentsAdded == 0)
            #expect(try postgres.totals() == IncidentTotals(documents: 1, posts: 9, incidents: 9, places: 8))
        }
    }

    @Test("Two writers at once lose no report and double no event")
    func concurrentWriters() throws {
        let documents = LoadTests.synthetic(documents: 40, perDocument: 15, seed: 7)
        let sqlite = try IncidentStore(inMemory: ())
        for document in documents { try sqlite.ingest(document) }
        try PostgresServer.withDatabase { url in
            // Two connections, each ingesting every other document, at the same time.
            let writers = [try PostgresIncidentStore(url: url), try PostgresIncidentStore(url: url)]
            let failures = LockedErrors()
            DispatchQueue.concurrentPerform(iterations: 2) { lane in
                for (index, document) in documents.enumerated() where index % 2 == lane {
                    do { try writers[lane].ingest(document) } catch { failures.append(error) }
                }
            }
            #expect(failures.errors.isEmpty, "\(failures.errors)")
            let postgres = writers[0]
            // Which report reaches the database first differs from run to run, so ids, and which
            // reports merge with which, may differ from one writer's order; what must not: every
            // document, post and report is there exactly once, and each incident counts its reports.
            let (stored, expected) = (try postgres.totals(), try sqlite.totals())
            #expect(stored.documents == expected.documents && stored.posts == expected.posts && stored.places == expected.places)
            let sources = try postgres.session.query("SELECT count(*), count(DISTINCT (post_id, range_start)) FROM incident_source")[0]
            #expect(sources.int(0) == 600 && sources.int(1) == 600)
            let reports = try postgres.session.query("SELECT sum(report_count)::bigint FROM incident")[0]
            #expect(reports.int(0) == 600)
        }
    }

    @Test("A wrong password, a database without PostGIS and a newer schema are refused plainly")
    func refusals() throws {
        let wrong = #expect(throws: StoreError.self) { try PostgresIncidentStore(url: try PostgresServer.url(database: "timeline_test", password: "wrong")) }
        #expect(wrong?.message.contains("password authentication failed for user") == true, "\(String(describing: wrong))")
        #expect(wrong?.message.contains("wrong") == false, "the password is never printed")
        let bare = #expect(throws: StoreError.self) { try PostgresIncidentStore(url: try PostgresServer.url(database: "timeline_nopostgis")) }
        #expect(bare?.message.contains("has no PostGIS") == true, "\(String(describing: bare))")
        try PostgresServer.withDatabase { url in
            let store = try PostgresIncidentStore(url: url)
            try store.session.query("INSERT INTO timeline_migration (identifier) VALUES ('v99 from the future')")
            let newer = #expect(throws: StoreError.self) { try PostgresIncidentStore(url: url) }
            #expect(newer?.message.contains("written by a newer timelinectl") == true && newer?.message.contains("v99 from the future") == true)
        }
    }

    @Test("The server going away mid-ingest: the document is not half-written, and the next run picks up")
    func serverRestart() throws {
        guard PostgresServer.crashDirectory != nil else { return }
        let documents = LoadTests.synthetic(documents: 6, perDocument: 15, seed: 11)
        try PostgresServer.withDatabase(server: try PostgresServer.crashURL()) { url in
            let store = try PostgresIncidentStore(url: url)
            for document in documents.prefix(3) { try store.ingest(document) }
            try PostgresServer.restart()
            #expect(throws: StoreError.self) { try store.ingest(documents[3]) }
            // A new run ingests everything again: the first three are unchanged, the rest added whole.
            let next = try PostgresIncidentStore(url: url)
            let outcomes = try documents.map { try next.ingest($0) }
            #expect(outcomes.map(\.change) == [.unchanged, .unchanged, .unchanged, .added, .added, .added])
            let sqlite = try IncidentStore(inMemory: ())
            for document in documents { try sqlite.ingest(document) }
            #expect(try next.totals() == sqlite.totals())
            for format in IncidentExporter.Format.allCases {
                #expect(try Self.exported(next, IncidentFilter(), format) == Self.exported(sqlite, IncidentFilter(), format))
            }
        }
    }
}

/// Errors collected from several threads.
final class LockedErrors: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [any Error] = []
    func append(_ error: any Error) { lock.withLock { collected.append(error) } }
    var errors: [any Error] { lock.withLock { collected } }
}

@Suite("CI runs the PostgreSQL backend tests")
struct PostgresUnderCITests {
    @Test("Under CI a server is there, so the backend tests ran")
    func serverIsThereUnderCI() {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            #expect(PostgresServer.available, "\(PostgresServer.skipMessage)")
            #expect(PostgresServer.crashDirectory != nil, "the restart test needs its own server: \(PostgresServer.skipMessage)")
        }
    }
}
