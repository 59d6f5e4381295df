import Foundation
import GRDB
import Geo
import IncidentData
import Incidents
@testable import Store
import Testing
import Timeline

@Suite("A load stores what one ingest per document stores, for less")
struct LoadTests {
    typealias Docs = ContextDocuments

    /// Documents of synthetic reports at five places of Kharkiv and Dnipro regions over three weeks,
    /// in two families of kinds, some coded to the region: many are reports of one event.
    static func synthetic(documents: Int, perDocument: Int, seed: UInt64) -> [ExtractedDocument] {
        let gazetteer = SeedDatabase.gazetteer
        let places: [(Place, LocationPrecision)] = [
            (gazetteer.place(geonameid: Docs.kharkiv)!, .exactPlace),
            (gazetteer.place(geonameid: Docs.chuhuiv)!, .exactPlace),
            (gazetteer.place(geonameid: Docs.kharkivRegion)!, .firstOrderDivision),
            (gazetteer.place(geonameid: Docs.dnipro)!, .exactPlace),
            (gazetteer.place(geonameid: Docs.odesa)!, .nearPlace),
        ]
        let kinds: [EventKind] = [.shelling, .airDroneStrike, .armedClash, .attack]
        var random = SeededRandom(seed: seed)
        let origin: Int64 = 1_715_558_400  // 2024-05-13T00:00:00Z
        return (0..<documents).map { number in
            var posts: [ExtractedPost] = []
            var incidents: [Incident] = []
            for position in 0..<perDocument {
                let (place, precision) = places[random.next(places.count)]
                let start = origin + Int64(random.next(21 * 24)) * 3_600
                let reported = Instant(secondsSinceEpoch: origin + Int64(number * perDocument + position) * 60)
                let body = "Report \(number).\(position) at \(place.name)."
                posts.append(ExtractedPost(
                    position: position,
                    stamp: NormalizedTime(
                        interval: UTCInterval(start: reported, end: reported.adding(seconds: 60)), precision: .minute,
                        text: reported.iso8601, zoneText: "Z", zone: "UTC"),
                    headline: "Report \(number).\(position)", byline: nil, authors: [], body: body,
                    range: 0..<body.unicodeScalars.count, unresolved: []))
                // A third have no time of their own (dated to the report's day): they reach back a week.
                let dated = random.next(3) > 0
                let length: Int64 = [3_600, 86_400, 5 * 86_400][random.next(3)]
                incidents.append(Incident(
                    kind: kinds[random.next(kinds.count)], place: place, location: place.name, locationPrecision: precision,
                    geoPrecision: precision == .exactPlace ? 1 : 2,
                    occurred: UTCInterval(start: Instant(secondsSinceEpoch: start), end: Instant(secondsSinceEpoch: start + length)),
                    occurredPrecision: .hour, occurredText: dated ? "at some hour" : nil, timePrecision: 1, reportedAt: reported,
                    fatalities: random.next(2) == 0 ? random.next(9) : nil, sources: ["source \(random.next(4))"],
                    notes: body, provisional: false,
                    evidence: [Evidence(post: position, range: 0..<body.unicodeScalars.count, excerpt: body)]))
            }
            return ExtractedDocument(
                identity: "synthetic:\(number)", sourceID: "synthetic-\(number)", path: nil, url: nil, title: "Synthetic \(number)",
                publisher: "test", format: .jsonl, pageDate: nil, contentHash: "hash-\(number)", posts: posts, incidents: incidents)
        }
    }

    /// A small deterministic generator (SplitMix64), so the documents are the same every run.
    struct SeededRandom {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var documents: @Sendable () throws -> [ExtractedDocument]
        /// Incidents a store holds after one ingest per document (asserted, so the case merges what it means to).
        var incidents: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "the town's report, then the region's", documents: { try [Docs.town, Docs.region].map { try $0.extracted() } }, incidents: 1),
        Case(name: "the region's report, then the town's", documents: { try [Docs.region, Docs.town].map { try $0.extracted() } }, incidents: 1),
        Case(
            name: "six articles, places from context and a name the gazetteer lacks",
            documents: { try [Docs.town, Docs.unresolved, Docs.paragraph, Docs.region, Docs.document, Docs.headline].map { try $0.extracted() } },
            incidents: 5),
        Case(name: "40 synthetic documents of 15 reports", documents: { synthetic(documents: 40, perDocument: 15, seed: 7) }, incidents: 145),
    ]

    /// Everything an export says of every incident, and what each ingest did.
    static func stored(_ documents: [ExtractedDocument], load: Bool, limits: LoadLimits = .init()) throws
        -> (objects: [String], outcomes: [IngestOutcome])
    {
        let store = try IncidentStore(inMemory: ())
        var outcomes: [IngestOutcome] = []
        if load {
            try store.load(limits: limits) { ingest in
                for document in documents { outcomes.append(try ingest(document)) }
            }
        } else {
            outcomes = try documents.map { try store.ingest($0) }
        }
        return (try snapshot(store), outcomes)
    }

    /// Everything an export says of every incident, and what `--text` searches: every report's
    /// words and the headline of the post naming the incident.
    static func snapshot(_ store: IncidentStore) throws -> [String] {
        let objects = try ExportedObjects.of(store).map { object in
            String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        return objects + (try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, headline, notes FROM incident_fts ORDER BY rowid").map { row in
                "\(row[0] as Int64) \(row[1] as String) | \(row[2] as String)"
            }
        })
    }

    @Test("A load stores the rows and merges that one ingest per document stores", arguments: cases)
    func sameRowsAsOneIngestEach(_ testCase: Case) throws {
        let documents = try testCase.documents()
        let each = try Self.stored(documents, load: false)
        #expect(each.objects.count == 2 * testCase.incidents)
        for limits in [LoadLimits(), LoadLimits(rowsPerTransaction: 7)] {
            let loaded = try Self.stored(documents, load: true, limits: limits)
            #expect(loaded.objects == each.objects)
            #expect(loaded.outcomes.map(\.incidentsAdded) == each.outcomes.map(\.incidentsAdded))
            #expect(loaded.outcomes.map(\.incidentsMerged) == each.outcomes.map(\.incidentsMerged))
            #expect(loaded.outcomes.map(\.postsAdded) == each.outcomes.map(\.postsAdded))
        }
    }

    @Test func aLoadAfterEarlierIngestsComparesWithThemThroughTheDatabase() throws {
        let documents = Self.synthetic(documents: 20, perDocument: 10, seed: 11)
        let each = try Self.stored(documents, load: false)
        let store = try IncidentStore(inMemory: ())
        for document in documents.prefix(8) { try store.ingest(document) }
        try store.load { ingest in
            for document in documents.dropFirst(8) { _ = try ingest(document) }
        }
        let objects = try Self.snapshot(store)
        #expect(objects == each.objects)
        #expect(objects.count == 2 * 78)
    }

    @Test func theSameLoadAgainChangesNothing() throws {
        let documents = Self.synthetic(documents: 5, perDocument: 4, seed: 3)
        let store = try IncidentStore(inMemory: ())
        var first: [IngestOutcome] = []
        var second: [IngestOutcome] = []
        try store.load { ingest in first = try documents.map { try ingest($0) } }
        try store.load { ingest in second = try documents.map { try ingest($0) } }
        #expect(first.map(\.change) == Array(repeating: .added, count: 5))
        #expect(second.map(\.change) == Array(repeating: .unchanged, count: 5))
        #expect(try store.totals().incidents == first.map(\.incidentsAdded).reduce(0, +))
    }

    @Test func thePlaceKeyNeverRulesOutReportsTheMergerTakesForOneEvent() throws {
        let gazetteer = SeedDatabase.gazetteer
        let luhansk = 702658, alchevsk = 713716  // Luhansk the city is named like its region
        let ids = [luhansk, alchevsk, Docs.kharkiv, Docs.chuhuiv, Docs.kharkivRegion, Docs.dnipro, Docs.odesa]
        let instant = Instant(secondsSinceEpoch: 1_715_558_400)
        let reports: [Incident] = ids.flatMap { id in
            LocationPrecision.allCases.map { precision in
                let place = gazetteer.place(geonameid: id)!
                return Incident(
                    kind: .shelling, place: place, location: place.name, locationPrecision: precision, geoPrecision: 1,
                    occurred: UTCInterval(start: instant, end: instant.adding(seconds: 3_600)), occurredPrecision: .hour,
                    occurredText: "at noon", timePrecision: 1, reportedAt: instant, provisional: false, evidence: [])
            }
        }
        var ruledOut = 0, merged = 0
        for a in reports {
            for b in reports {
                let may = IncidentMerger.PlaceKey(a).mayBeOneEvent(with: IncidentMerger.PlaceKey(b))
                let can = IncidentMerger.canMerge(a, b)
                if can { merged += 1 }
                if !may {
                    ruledOut += 1
                    #expect(!can, "\(a.location) \(a.locationPrecision) / \(b.location) \(b.locationPrecision)")
                }
            }
        }
        // Luhansk the city stands for its region: as towns, it and Alchevsk may be one event's; Kharkiv and Chuhuiv not.
        let town = LocationPrecision.allCases.firstIndex(of: .exactPlace)!, count = LocationPrecision.allCases.count
        #expect(IncidentMerger.canMerge(reports[town], reports[count + town]))
        #expect(!IncidentMerger.PlaceKey(reports[2 * count + town]).mayBeOneEvent(with: IncidentMerger.PlaceKey(reports[3 * count + town])))
        #expect(ruledOut == 332)
        #expect(merged == 324)
    }

    static func indexNames(_ store: IncidentStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        }
    }

    @Test func indexesWaitOnlyForALoadIntoAnEmptyTable() throws {
        let store = try IncidentStore(inMemory: ())
        let schema = try Self.indexNames(store)
        #expect(schema.count == 11)
        let deferred = try store.writer.write { db in try DeferredIndexes.deferIfEmpty(db) }
        #expect(deferred)
        #expect(try Self.indexNames(store) == [])
        #expect(try store.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM deferred_index ORDER BY name") } == schema)
        try store.writer.write { db in try DeferredIndexes.build(db) }
        #expect(try Self.indexNames(store) == schema)
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM deferred_index") } == 0)
        // Once the table holds incidents, a load keeps the indexes its merge check and queries use.
        try store.ingest(try Docs.town.extracted())
        #expect(try store.writer.write { db in try DeferredIndexes.deferIfEmpty(db) } == false)
        #expect(try Self.indexNames(store) == schema)
    }

    static func temporaryPath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("incidents.sqlite").path
    }

    @Test func aLoadThatDiedHasItsIndexesBuiltByTheNextOpen() throws {
        let path = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent()) }
        var schema: [String] = []
        do {
            let store = try IncidentStore(path: path)
            schema = try Self.indexNames(store)
            // What a load leaves when it dies after its first commits.
            try store.writer.write { db in
                #expect(try DeferredIndexes.deferIfEmpty(db))
                var session = IngestSession(at: Date())
                _ = try store.ingest(try Docs.town.extracted(), session: &session, db: db)
            }
            #expect(try Self.indexNames(store) == [])
        }
        let reopened = try IncidentStore(path: path)
        #expect(schema.count == 11)
        #expect(try Self.indexNames(reopened) == schema)
        #expect(try reopened.totals().incidents == 1)
    }

    @Test func aDocumentThatFailsIsRolledBackAloneAndTheLoadStops() throws {
        let good = try Docs.town.extracted()
        var bad = Self.synthetic(documents: 1, perDocument: 2, seed: 5)[0]
        bad.incidents[1].geoPrecision = 7  // the table's CHECK refuses it, after the first incident is written
        let store = try IncidentStore(inMemory: ())
        var reached: [String] = []
        #expect(throws: DatabaseError.self) {
            try store.load { ingest in
                for document in [good, bad, try Docs.document.extracted()] {
                    reached.append(document.identity)
                    _ = try ingest(document)
                }
            }
        }
        #expect(reached == [good.identity, bad.identity])
        let identities = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT identity FROM document ORDER BY id") }
        #expect(identities == [good.identity])
        #expect(try store.totals().incidents == 1)
        #expect(try Self.indexNames(store).count == 11)
    }

    @Test func anotherWriterDuringALoadIsComparedThroughTheDatabase() throws {
        let path = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent()) }
        let store = try IncidentStore(path: path)
        let dnipro = try Docs.document.extracted(), town = try Docs.town.extracted(), region = try Docs.region.extracted()
        var outcomes: [IngestOutcome] = []
        try store.load(limits: .init(rowsPerTransaction: 1)) { ingest in
            outcomes.append(try ingest(dnipro))
            // Between the load's transactions another process stores the town's report ...
            let other = try IncidentStore(path: path)
            try other.ingest(town)
            // ... which the region's report, read by the load, must find.
            outcomes.append(try ingest(region))
        }
        #expect(outcomes.map(\.incidentsAdded) == [1, 0])
        #expect(outcomes.map(\.incidentsMerged) == [0, 1])
        #expect(try store.totals().incidents == 2)
        #expect(try Self.indexNames(store).count == 11)
    }
}
