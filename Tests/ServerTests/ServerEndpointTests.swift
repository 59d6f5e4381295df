import Foundation
import HTTPTypes
import Hummingbird
import IncidentData
import Store
import Testing
@testable import Server

@Suite("timelinectl serve: endpoints over the seed")
struct ServerEndpointTests {
    struct Listing: CustomTestStringConvertible, Sendable {
        var target: String
        var count: Int
        var testDescription: String { target }
    }

    /// The seed's nine incidents under the CLI's filter names (the same counts `timelinectl incidents` gives).
    static let listings: [Listing] = [
        Listing(target: "/incidents", count: 9),
        Listing(target: "/incidents?region=Belgorod%20region", count: 4),
        Listing(target: "/incidents?region=Russia", count: 8),
        Listing(target: "/incidents?region=Russia&region=Ukraine", count: 9),
        Listing(target: "/incidents?type=Battles", count: 1),
        Listing(target: "/incidents?near=Shebekino&within=50km", count: 3),
        Listing(target: "/incidents?since=2023-05-31&until=2023-05-31&zone=Europe/Moscow", count: 7),
        Listing(target: "/incidents?text=drone", count: 5),
        Listing(target: "/incidents?text=drone&limit=2", count: 2),
        Listing(target: "/incidents?limit=0", count: 0),
    ]

    @Test("listings select what the command line selects", arguments: listings)
    func listing(_ listing: Listing) async throws {
        let fixture = try ServerFixture()
        let answer = try await fixture.send(listing.target)
        #expect(answer.status == .ok, "\(answer.body)")
        #expect(answer.headers[.contentType] == "application/json")
        #expect(answer.array.count == listing.count)
    }

    @Test("every format streams the same rows as the exporter writes in one go", arguments: IncidentExporter.Format.allCases)
    func streamedFormats(_ format: IncidentExporter.Format) async throws {
        let fixture = try ServerFixture(pageRows: 2)
        let answer = try await fixture.send("/incidents?format=\(format.rawValue)")
        let sink = OutputSink(inMemory: ())
        try IncidentStore.reading(fixture.path).export(IncidentFilter(), format: format, to: sink)
        #expect(answer.status == .ok)
        #expect(answer.body == String(decoding: sink.takeBytes(), as: UTF8.self))
        #expect(answer.body.count > 1000)
    }

    @Test("a limit pages the listing; following the cursor gives every incident once, in order")
    func cursorPaging() async throws {
        let fixture = try ServerFixture()
        let all = try await fixture.send("/incidents?format=json").array.map { $0["id"] as! Int }
        #expect(all.count == 9)
        var seen: [Int] = []
        var target = "/incidents?limit=2"
        var pages = 0
        while true {
            let answer = try await fixture.send(target)
            pages += 1
            seen += answer.array.map { $0["id"] as! Int }
            guard let cursor = answer.header("Timeline-Next-Cursor") else { break }
            #expect(answer.header("Link") == "</incidents?limit=2&cursor=\(cursor)>; rel=\"next\"")
            target = "/incidents?limit=2&cursor=\(cursor)"
        }
        #expect(seen == all)
        #expect(pages == 5)
    }

    @Test("region counts, the report and the map answer as the commands do")
    func views() async throws {
        let fixture = try ServerFixture()
        let regions = try await fixture.send("/regions?level=country")
        #expect(regions.array.map { $0["code"] as! String } == ["RU", "UA"])
        #expect(regions.array.map { $0["count"] as! Int } == [8, 1])
        let csv = try await fixture.send("/regions?level=admin1&format=csv&region=Belgorod%20region")
        #expect(csv.body.hasPrefix("level,code,name,count,by_type,first,last\r\nadmin1,RU.09,Belgorod Oblast,4,"))
        let report = try await fixture.send("/report?zone=Europe/Moscow&region=Belgorod%20region")
        #expect(report.headers[.contentType] == "text/markdown; charset=utf-8")
        #expect(report.body.hasPrefix("# Incidents (times in Europe/Moscow)"))
        #expect(report.body.components(separatedBy: "\n- **").count - 1 == 4)
        let html = try await fixture.send("/report?format=html")
        #expect(html.body.contains("<svg"))
        let map = try await fixture.send("/map.svg?region=Russia")
        #expect(map.headers[.contentType] == "image/svg+xml")
        // 8 incidents stack into 7 marks (one approximate), as `timelinectl map --region Russia` draws them.
        let marks = map.body.components(separatedBy: "<g class=\"mark\"").count - 1 + map.body.components(separatedBy: "<g class=\"mark ").count - 1
        #expect(marks == 7)
        let place = try await fixture.send("/places/resolve?q=Shebekino&limit=1")
        #expect(place.array.first?["geonameid"] as? Int == 495112)
        #expect(place.array.first?["admin1_code"] as? String == "RU.09")
        let health = try await fixture.send("/health")
        #expect((health.json as? [String: Any])?["status"] as? String == "ok")
        let openAPI = try await fixture.send("/openapi.json")
        let paths = ((openAPI.json as? [String: Any])?["paths"] as? [String: Any])?.keys.sorted()
        #expect(paths == ["/documents", "/health", "/incidents", "/map.svg", "/places/resolve", "/regions", "/report"])
        let page = try await fixture.send("/")
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        #expect(!page.body.contains("http://") && !page.body.contains("https://"))
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var target: String
        var status: Int
        var parameter: String?
        var message: String
        var testDescription: String { target }
    }

    static let refusals: [Refusal] = [
        Refusal(target: "/incidents?since=someday", status: 400, parameter: "since", message: "since 'someday': "),
        Refusal(target: "/incidents?region=Atlantisland", status: 400, parameter: "region", message: "unknown region 'Atlantisland'"),
        Refusal(target: "/incidents?regoin=Belgorod", status: 400, parameter: "regoin", message: "unknown parameter 'regoin'"),
        Refusal(target: "/incidents?limit=-1", status: 400, parameter: "limit", message: "limit '-1' must be a whole number"),
        Refusal(target: "/incidents?limit=99999999999999999999999", status: 400, parameter: "limit", message: "must be a whole number"),
        Refusal(target: "/incidents?limit=20000000", status: 400, parameter: "limit", message: "page with the cursor instead"),
        Refusal(target: "/incidents?format=xml", status: 400, parameter: "format", message: "format 'xml' must be one of geojson, csv, jsonl, json"),
        Refusal(target: "/incidents?cursor=abc", status: 400, parameter: "cursor", message: "cursor 'abc' is not a cursor"),
        Refusal(target: "/incidents?near=Shebekino", status: 400, parameter: "within", message: "near and within go together"),
        Refusal(target: "/incidents?near=Shebekino&within=far", status: 400, parameter: "within", message: "within 'far' is not a distance"),
        Refusal(target: "/incidents?bbox=1,2,3", status: 400, parameter: "bbox", message: "bbox '1,2,3' must be west,south,east,north"),
        Refusal(target: "/incidents?max-geo-precision=7", status: 400, parameter: "max-geo-precision", message: "max-geo-precision 7 must be 1, 2 or 3"),
        Refusal(target: "/incidents?by=published", status: 400, parameter: "by", message: "by 'published' must be occurred or reported"),
        Refusal(target: "/incidents?zone=Mars/Olympus", status: 400, parameter: "zone", message: "zone 'Mars/Olympus' is not an IANA time zone"),
        Refusal(target: "/incidents?text=%FF%FE", status: 400, parameter: "text", message: "is not valid UTF-8"),
        Refusal(target: "/incidents?text=%G1", status: 400, parameter: "text", message: "two hexadecimal digits"),
        Refusal(target: "/incidents?type=%00", status: 400, parameter: "type", message: "holds a control character"),
        Refusal(target: "/incidents?attached-only=maybe", status: 400, parameter: "attached-only", message: "must be true or false"),
        Refusal(target: "/map.svg?width=10", status: 400, parameter: "width", message: "width '10' must be a whole number from 320 to 8000"),
        Refusal(target: "/regions?level=planet", status: 400, parameter: "level", message: "level 'planet' must be one of"),
        Refusal(target: "/places/resolve", status: 400, parameter: "q", message: "q is missing"),
        Refusal(target: "/places/resolve?q=Zzqqxxv", status: 404, parameter: nil, message: "no place matches 'Zzqqxxv'"),
        Refusal(target: "/nowhere", status: 404, parameter: nil, message: "no endpoint '/nowhere'"),
        Refusal(target: "/incidents?text=" + String(repeating: "a", count: 9000), status: 414, parameter: nil, message: "at most 8192 are read"),
    ]

    @Test("bad requests get the command line's words, the parameter and the right status", arguments: refusals)
    func refusal(_ refusal: Refusal) async throws {
        let fixture = try ServerFixture()
        let answer = try await fixture.send(refusal.target)
        #expect(Int(answer.status.code) == refusal.status, "\(answer.body)")
        #expect(answer.headers[.contentType] == "application/json")
        #expect(answer.error["parameter"] as? String == refusal.parameter)
        #expect((answer.error["message"] as? String ?? "").contains(refusal.message), "\(answer.body)")
    }

    @Test("a map of more incidents than it draws is refused with a message, not drawn")
    func mapBound() async throws {
        let fixture = try ServerFixture()
        var configuration = fixture.server.configuration
        configuration.maximumMapPoints = 3
        let bounded = ServerFixture(path: fixture.path, server: TimelineServer(configuration: configuration, database: fixture.server.database))
        let refused = try await bounded.send("/map.svg")
        #expect(refused.status == .badRequest)
        #expect((refused.error["message"] as? String ?? "").contains("more than 3 incidents"))
        let drawn = try await bounded.send("/map.svg?region=Belgorod%20region&type=Battles")
        #expect(drawn.status == .ok)
    }

    @Test("a weak validator from a compressing proxy matches too")
    func weakEntityTag() async throws {
        let fixture = try ServerFixture()
        let tag = try #require(try await fixture.send("/regions").headers[.eTag])
        #expect(try await fixture.send("/regions", headers: [.ifNoneMatch: "W/" + tag]).status == .notModified)
        #expect(try await fixture.send("/regions", headers: [.ifNoneMatch: "\"r0-other\""]).status == .ok)
    }

    @Test("HEAD gives a listing's headers and no rows are streamed")
    func head() async throws {
        let fixture = try ServerFixture()
        let answer = try await fixture.send("/incidents?format=csv", method: .head)
        #expect(answer.status == .ok)
        #expect(answer.headers[.contentType] == "text/csv; charset=utf-8; header=present")
        #expect(answer.body.isEmpty)
    }

    @Test("a method an endpoint does not serve is 405 with Allow")
    func wrongMethod() async throws {
        let fixture = try ServerFixture()
        let answer = try await fixture.send("/incidents", method: .delete)
        #expect(answer.status == .methodNotAllowed)
        #expect(answer.headers[.allow] == "GET, HEAD")
    }

    @Test("a database that cannot be opened is 503 with Retry-After, not a crash")
    func unavailable() async throws {
        let server = TimelineServer(
            configuration: TimelineServer.Configuration(),
            database: DatabaseAccess(threads: 1, reader: { try IncidentStore.reading("/nonexistent/folder/x.sqlite") }, writer: {
                throw StoreError("no writer")
            }))
        let head = HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/incidents")
        let response = await server.respond(to: Request(head: head, body: RequestBody(buffer: ByteBuffer())))
        #expect(response.status == .serviceUnavailable)
        #expect(response.headers[.retryAfter] == "5")
    }
}

@Suite("timelinectl serve: a client that goes away")
struct ServerDisconnectTests {
    /// Fails every write after the first `allowed`, as a closed connection does.
    final class ClosingWriter: ResponseBodyWriter, @unchecked Sendable {
        let allowed: Int
        private(set) var writes = 0
        init(allowed: Int) { self.allowed = allowed }

        func write(_ buffer: ByteBuffer) async throws {
            writes += 1
            if writes > allowed { throw CancellationError() }
        }

        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }

    @Test("a stream stops at the first failed write, and the server answers the next request")
    func streamStops() async throws {
        let fixture = try ServerFixture(pageRows: 1)
        let head = HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/incidents?format=jsonl")
        let response = await fixture.server.respond(to: Request(head: head, body: RequestBody(buffer: ByteBuffer())))
        #expect(response.status == .ok)
        let writer = ClosingWriter(allowed: 2)
        await #expect(throws: CancellationError.self) { try await response.body.write(writer) }
        // The opening, one page, then the failed write: no page is read after it.
        #expect(writer.writes == 3)
        for _ in 0..<8 {
            let answer = try await fixture.send("/incidents?format=jsonl")
            #expect(answer.body.split(separator: "\n").count == 9)
        }
    }
}
