import Foundation
import HTTPTypes
import Testing
@testable import Server

@Suite("timelinectl serve: ETags and token-guarded writes")
struct ServerWriteTests {
    static let article = """
        {"id":"kupiansk-1","published":"2024-04-02T10:00:00Z","title":"Shelling","text":"On 2 April 2024, Russian forces shelled Kupiansk, Kharkiv region, killing two people, officials said."}

        """

    static var bearer: HTTPFields { [.authorization: "Bearer " + ServerFixture.token] }

    @Test("an ETag holds until a document changes the data; then the answer and the tag change")
    func entityTags() async throws {
        let fixture = try ServerFixture()
        let first = try await fixture.send("/incidents?limit=100")
        let tag = try #require(first.headers[.eTag])
        let again = try await fixture.send("/incidents?limit=100", headers: [.ifNoneMatch: tag])
        #expect(again.status == .notModified)
        #expect(again.body.isEmpty)
        let streamed = try await fixture.send("/incidents?format=csv", headers: [.ifNoneMatch: tag])
        #expect(streamed.status == .notModified)
        let posted = try await fixture.send("/documents?format=jsonl", method: .post, headers: Self.bearer, body: Self.article)
        #expect(posted.status == .created, "\(posted.body)")
        let after = try await fixture.send("/incidents?limit=100", headers: [.ifNoneMatch: tag])
        #expect(after.status == .ok)
        #expect(after.headers[.eTag] != tag)
        #expect(after.array.count == 10)
        #expect(after.array.last?["location"] as? String == "Kupiansk")
        #expect(after.array.last?["fatalities"] as? Int == 2)
    }

    @Test("posting the same article twice stores it once")
    func idempotentPost() async throws {
        let fixture = try ServerFixture()
        let first = try await fixture.send("/documents?format=jsonl", method: .post, headers: Self.bearer, body: Self.article)
        let firstDocument = ((first.json as? [String: Any])?["documents"] as? [[String: Any]])?.first
        #expect(first.status == .created)
        #expect(firstDocument?["change"] as? String == "added")
        #expect(firstDocument?["incidents_added"] as? Int == 1)
        let second = try await fixture.send("/documents?format=jsonl", method: .post, headers: Self.bearer, body: Self.article)
        let secondDocument = ((second.json as? [String: Any])?["documents"] as? [[String: Any]])?.first
        #expect(second.status == .ok)
        #expect(secondDocument?["change"] as? String == "unchanged")
        #expect(try await fixture.send("/incidents").array.count == 10)
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        var name: String
        var token: String?
        var headers: HTTPFields
        var target: String
        var body: String
        var status: Int
        var message: String
        var testDescription: String { name }
    }

    static let refused: [Refused] = [
        Refused(name: "read-only server", token: nil, headers: bearer, target: "/documents?format=jsonl", body: article, status: 403,
                message: "this server is read-only"),
        Refused(name: "no token", token: ServerFixture.token, headers: [:], target: "/documents?format=jsonl", body: article, status: 401,
                message: "a valid token is needed"),
        Refused(name: "wrong token", token: ServerFixture.token, headers: [.authorization: "Bearer test-token-0123456788"],
                target: "/documents?format=jsonl", body: article, status: 401, message: "a valid token is needed"),
        Refused(name: "a broken JSON line", token: ServerFixture.token, headers: bearer, target: "/documents?format=jsonl&name=feed.jsonl",
                body: article + "{\"id\": \n", status: 422, message: "feed.jsonl:2"),
        Refused(name: "text without its time", token: ServerFixture.token, headers: bearer, target: "/documents?format=text",
                body: "Shelling in Kupiansk\n\nForces shelled Kupiansk.", status: 400, message: "format text needs published"),
        Refused(name: "an unknown format", token: ServerFixture.token, headers: bearer, target: "/documents?format=pdf", body: article,
                status: 400, message: "format 'pdf' must be one of"),
        Refused(name: "an empty body", token: ServerFixture.token, headers: bearer, target: "/documents", body: "", status: 422,
                message: "empty input"),
    ]

    @Test("writes are refused without the token, and bad bodies write nothing", arguments: refused)
    func refusedWrite(_ case_: Refused) async throws {
        let fixture = try ServerFixture(token: case_.token)
        let before = try await fixture.send("/health")
        let answer = try await fixture.send(case_.target, method: .post, headers: case_.headers, body: case_.body)
        #expect(Int(answer.status.code) == case_.status, "\(answer.body)")
        #expect((answer.error["message"] as? String ?? "").contains(case_.message), "\(answer.body)")
        let after = try await fixture.send("/health")
        #expect((after.json as? [String: Any])?["revision"] as? Int == (before.json as? [String: Any])?["revision"] as? Int)
        #expect(try await fixture.send("/incidents").array.count == 9)
    }

    @Test("a body over the limit is 413")
    func oversizedBody() async throws {
        var fixture = try ServerFixture()
        var configuration = fixture.server.configuration
        configuration.maximumBody = 1000
        fixture = ServerFixture(path: fixture.path, server: TimelineServer(configuration: configuration, database: fixture.server.database))
        let answer = try await fixture.send("/documents", method: .post, headers: Self.bearer, body: String(repeating: "x", count: 5000))
        #expect(answer.status == .contentTooLarge)
    }

    @Test("tokens compare whole", arguments: [
        ("Bearer abc", "Bearer abc", true), ("Bearer abc", "Bearer abd", false), ("Bearer ab", "Bearer abc", false), ("", "", true),
    ])
    func tokens(_ a: String, _ b: String, _ equal: Bool) {
        #expect(TimelineServer.constantTimeEqual(a, b) == equal)
    }
}
