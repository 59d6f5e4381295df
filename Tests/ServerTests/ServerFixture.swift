import Foundation
import HTTPTypes
import Hummingbird
import IncidentData
import Incidents
import Geo
import Store
@testable import Server

/// A server over a SQLite file holding the seed, answered in process (no socket).
struct ServerFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedPath = "seeds/000_fdd7082ede222f27.txt"
    static let token = "test-token-0123456789"

    let path: String
    let server: TimelineServer

    init(path: String, server: TimelineServer) {
        self.path = path
        self.server = server
    }

    /// A new database file with the seed; `pageRows` small, so streams take many pages.
    init(token: String? = Self.token, pageRows: Int = 2) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("seed.sqlite").path
        let store = try IncidentStore(path: path)
        try store.ingest(try Self.seedDocument())
        var configuration = TimelineServer.Configuration()
        configuration.token = token
        configuration.pageRows = pageRows
        configuration.databaseName = path
        let path = self.path
        server = TimelineServer(
            configuration: configuration,
            database: DatabaseAccess(
                threads: 2, reader: { try IncidentStore.reading(path) }, writer: { try IncidentStore(path: path) }))
    }

    static func seedDocument() throws -> ExtractedDocument {
        let gazetteer = try Gazetteer(contentsOf: root.appendingPathComponent("Gazetteer/gazetteer.bin"))
        let loader = DocumentLoader(extractor: IncidentExtractor(geoparser: try Geoparser(gazetteer: gazetteer)))
        return try loader.liveBlog(try String(contentsOf: root.appendingPathComponent(seedPath), encoding: .utf8), path: seedPath)
    }

    /// The response to `method target`, its body read whole.
    func send(_ target: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: String? = nil) async throws -> Answer {
        let head = HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1", path: target, headerFields: headers)
        let request = Request(head: head, body: RequestBody(buffer: ByteBuffer(string: body ?? "")))
        let response = await server.respond(to: request)
        let collector = Collector()
        try await response.body.write(collector)
        return Answer(status: response.status, headers: response.headers, body: collector.text)
    }

    struct Answer {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String

        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body.utf8), options: [.fragmentsAllowed]) }
        var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
        var error: [String: Any] { (json as? [String: Any])?["error"] as? [String: Any] ?? [:] }
        func header(_ name: String) -> String? { HTTPField.Name(name).flatMap { headers[$0] } }
    }
}

/// Gathers a response body, however many writes it comes in.
final class Collector: ResponseBodyWriter, @unchecked Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var writes = 0
    var text: String { String(decoding: bytes, as: UTF8.self) }

    func write(_ buffer: ByteBuffer) async throws {
        bytes += buffer.readableBytesView
        writes += 1
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
