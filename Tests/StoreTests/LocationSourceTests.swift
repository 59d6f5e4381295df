import Foundation
import GRDB
import IncidentData
import Incidents
@testable import Store
import Testing

@Suite("How each incident's place was found is stored, counted, filtered and exported")
struct LocationSourceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var document: ContextDocuments.Document
        var location: String
        var geonameid: Int
        var geoPrecision: Int
        var source: String
        var resolved: Bool
        var inferred: [LocationSource: Int]
        var unresolved: Int
        var testDescription: String { document.id }
    }

    static let cases: [Case] = [
        Case(
            document: ContextDocuments.unresolved, location: "Zyxwvut", geonameid: ContextDocuments.kharkiv, geoPrecision: 2,
            source: "attached", resolved: false, inferred: [:], unresolved: 1),
        Case(
            document: ContextDocuments.paragraph, location: "Kharkiv", geonameid: ContextDocuments.kharkiv, geoPrecision: 1,
            source: "paragraph", resolved: true, inferred: [.paragraph: 1], unresolved: 0),
        Case(
            document: ContextDocuments.document, location: "Dnipro", geonameid: ContextDocuments.dnipro, geoPrecision: 1,
            source: "document", resolved: true, inferred: [.document: 1], unresolved: 0),
        Case(
            document: ContextDocuments.headline, location: "Odesa", geonameid: ContextDocuments.odesa, geoPrecision: 1,
            source: "headline", resolved: true, inferred: [.headline: 1], unresolved: 0),
    ]

    @Test("One incident, its place's source and resolution stored and counted", arguments: cases)
    func storedAndCounted(_ expected: Case) throws {
        let (store, outcomes) = try ContextDocuments.store([expected.document])
        #expect(outcomes.map(\.incidentsAdded) == [1])
        #expect(outcomes.map(\.inferredPlaces) == [expected.inferred])
        #expect(outcomes.map(\.unresolvedLocations) == [expected.unresolved])
        let records = try store.incidents(IncidentFilter())
        #expect(records.map(\.location) == [expected.location])
        #expect(records.map(\.geonameid) == [expected.geonameid])
        #expect(records.map(\.geoPrecision) == [expected.geoPrecision])
        #expect(records.map(\.locationSource) == [expected.source])
        #expect(records.map(\.locationResolved) == [expected.resolved])
        let row = try store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT location_source, location_resolved FROM incident_view")
        }
        #expect(row?["location_source"] as String? == expected.source)
        #expect(row?["location_resolved"] as Int? == (expected.resolved ? 1 : 0))
    }

    @Test func theSeedsNineIncidentsAreAllAttachedAndResolved() throws {
        let store = try IncidentStore(inMemory: ())
        let outcome = try store.ingest(try SeedDatabase.seedDocument())
        #expect(outcome.incidentsAdded == 9)
        #expect(outcome.inferredPlaces == [:])
        #expect(outcome.inferredPlacesTotal == 0)
        #expect(outcome.unresolvedLocations == 0)
        let records = try store.incidents(IncidentFilter())
        #expect(records.count == 9)
        #expect(records.filter { $0.locationSource == "attached" && $0.locationResolved }.count == 9)
    }

    /// The seed (9 incidents: 7 at geo_precision 1, the Klimovsky district at 2, the Belgorod region
    /// at 3) and the four context documents (Zyxwvut at 2, the others at 1).
    static func mixedStore() throws -> IncidentStore {
        let (store, _) = try ContextDocuments.store(cases.map(\.document))
        try store.ingest(try SeedDatabase.seedDocument())
        return store
    }

    @Test("--attached-only and --max-geo-precision select exactly", arguments: [
        (false, nil, 13, ["Afipsky", "Belgorod", "Dnipro", "Grayvoron", "Ilsky", "Karpaty", "Kharkiv", "Klimovsky district", "Moscow", "Odesa", "Shebekino", "Shebekino", "Zyxwvut"]),
        (true, nil, 9, ["Afipsky", "Belgorod", "Grayvoron", "Ilsky", "Karpaty", "Klimovsky district", "Moscow", "Shebekino", "Shebekino"]),
        (false, 1, 10, ["Afipsky", "Dnipro", "Grayvoron", "Ilsky", "Karpaty", "Kharkiv", "Moscow", "Odesa", "Shebekino", "Shebekino"]),
        (false, 2, 12, ["Afipsky", "Dnipro", "Grayvoron", "Ilsky", "Karpaty", "Kharkiv", "Klimovsky district", "Moscow", "Odesa", "Shebekino", "Shebekino", "Zyxwvut"]),
        (false, 3, 13, ["Afipsky", "Belgorod", "Dnipro", "Grayvoron", "Ilsky", "Karpaty", "Kharkiv", "Klimovsky district", "Moscow", "Odesa", "Shebekino", "Shebekino", "Zyxwvut"]),
        (true, 1, 7, ["Afipsky", "Grayvoron", "Ilsky", "Karpaty", "Moscow", "Shebekino", "Shebekino"]),
        (true, 2, 8, ["Afipsky", "Grayvoron", "Ilsky", "Karpaty", "Klimovsky district", "Moscow", "Shebekino", "Shebekino"]),
    ] as [(Bool, Int?, Int, [String])])
    func filters(_ attachedOnly: Bool, _ maxGeoPrecision: Int?, _ count: Int, _ locations: [String]) throws {
        let store = try Self.mixedStore()
        var filter = IncidentFilter()
        filter.attachedOnly = attachedOnly
        filter.maxGeoPrecision = maxGeoPrecision
        let records = try store.incidents(filter)
        #expect(records.count == count)
        #expect(records.map(\.location).sorted() == locations)
        if attachedOnly { #expect(records.filter { $0.locationSource == "attached" && $0.locationResolved }.count == count) }
        if let maxGeoPrecision { #expect(records.filter { $0.geoPrecision <= maxGeoPrecision }.count == count) }
        // The map's points and the regions summary go through the same filter.
        var points = 0
        try store.forEachPoint(filter) { _ in points += 1 }
        #expect(points == count)
        #expect(try store.regions(level: .country, filter: filter).map(\.count).reduce(0, +) == count)
    }

    @Test func everyExportFormatCarriesBothFieldsNextToGeoPrecision() throws {
        let (store, _) = try ContextDocuments.store([ContextDocuments.unresolved, ContextDocuments.paragraph])
        let fields = IncidentField.allCases.map(\.rawValue)
        let at = try #require(fields.firstIndex(of: "geo_precision"))
        #expect(Array(fields[at...(at + 2)]) == ["geo_precision", "location_source", "location_resolved"])
        var outputs: [IncidentExporter.Format: String] = [:]
        for format in IncidentExporter.Format.allCases {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("sources-\(UUID())").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try store.export(IncidentFilter(), format: format, to: try OutputSink(path: path))
            outputs[format] = try String(contentsOfFile: path, encoding: .utf8)
        }
        let csv = try #require(outputs[.csv]).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(csv.count == 3)
        #expect(csv[0].contains(",geo_precision,location_source,location_resolved,fatalities,"))
        #expect(csv[1].contains(",Zyxwvut,706483,49.98177,36.25475,2,attached,false,2,"))
        #expect(csv[2].contains(",Kharkiv,706483,49.98177,36.25475,1,paragraph,true,3,"))
        func parsed(_ text: String?) throws -> Any { try JSONSerialization.jsonObject(with: Data((text ?? "").utf8)) }
        let jsonl = try (outputs[.jsonl] ?? "").split(separator: "\n").compactMap { try parsed(String($0)) as? [String: Any] }
        let json = try #require(try parsed(outputs[.json]) as? [[String: Any]])
        let geojson = try #require(try parsed(outputs[.geojson]) as? [String: Any])
        let features = try #require(geojson["features"] as? [[String: Any]])
        let properties = features.compactMap { $0["properties"] as? [String: Any] }
        for objects in [jsonl, json, properties] {
            #expect(objects.map { $0["location_source"] as? String } == ["attached", "paragraph"])
            #expect(objects.map { $0["location_resolved"] as? Bool } == [false, true])
        }
    }

    @Test func theColumnsAreCheckedAndDefaultToAttachedAndResolved() throws {
        let store = try IncidentStore(inMemory: ())
        try store.ingest(try ContextDocuments.paragraph.extracted())
        try store.writer.write { db in
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE incident SET location_source = 'guessed'") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE incident SET location_resolved = 2") }
            let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'incident'") ?? ""
            #expect(sql.contains("location_source TEXT NOT NULL DEFAULT 'attached'"))
            #expect(sql.contains("location_resolved INTEGER NOT NULL DEFAULT 1"))
        }
    }

    @Test func incidentsStoredBeforeTheMigrationTakeTheDefaults() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v3 short and long intervals indexed apart")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO document (id, identity, source_id, format, content_hash, ingested_at) VALUES (1, 'id:old', 'old', 'jsonl', 'h', 'now');
                INSERT INTO post (id, document_id, position, stamp_text, stamp_utc, stamp_epoch, stamp_zone, body, range_start, range_end)
                  VALUES (1, 1, 0, 'x', '2024-05-13T10:00:00Z', 1715594400, 'UTC', 'b', 0, 1);
                INSERT INTO place (geonameid, name, kind, country_code, country, latitude, longitude) VALUES (706483, 'Kharkiv', 'place', 'UA', 'Ukraine', 49.98, 36.25);
                INSERT INTO incident (post_id, geonameid, location, geo_precision, location_precision, country_code, latitude, longitude,
                  occurred_start, occurred_end, occurred_precision, time_precision, reported_at, provisional)
                  VALUES (1, 706483, 'Kharkiv', 1, 'place', 'UA', 49.98, 36.25, 1715594400, 1715594400, 'day', 1, 1715594400, 0);
                """)
        }
        try Schema.migrator.migrate(queue)
        let row = try queue.read { db in try Row.fetchOne(db, sql: "SELECT location_source, location_resolved FROM incident") }
        #expect(row?["location_source"] as String? == "attached")
        #expect(row?["location_resolved"] as Int? == 1)
        #expect(try queue.read { db in try Schema.migrator.appliedIdentifiers(db) }.contains("v4 how each place was found"))
    }
}
