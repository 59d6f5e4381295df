import Foundation
import Geo
import IncidentData
import Incidents
import Store
import Timeline

/// The seed page, read with the bundled gazetteer, in an in-memory database.
enum SeedDatabase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seedPath = "seeds/000_fdd7082ede222f27.txt"

    static let gazetteer: Gazetteer = {
        try! Gazetteer(contentsOf: root.appendingPathComponent("Gazetteer/gazetteer.bin"))
    }()

    static var loader: DocumentLoader {
        DocumentLoader(extractor: IncidentExtractor(geoparser: try! Geoparser(gazetteer: gazetteer)))
    }

    static var seedText: String {
        get throws { try String(contentsOf: root.appendingPathComponent(seedPath), encoding: .utf8) }
    }

    static func seedDocument() throws -> ExtractedDocument {
        try loader.liveBlog(try seedText, path: seedPath)
    }

    /// A fresh in-memory store holding the seed.
    static func store() throws -> IncidentStore {
        let store = try IncidentStore(inMemory: ())
        try store.ingest(try seedDocument())
        return store
    }

    static func region(_ name: String) throws -> RegionScope {
        try RegionScope.named(name, in: gazetteer)
    }
}
