import Foundation
import Testing
@testable import Timeline

/// Stamps and pages written by someone who had not read this code (Tests/Fixtures/blind).
@Suite("Held-out stamps and pages from other publishers read right")
struct HeldOutFixtureTests {
    struct Stamp: Decodable, Sendable, CustomTestStringConvertible {
        var text: String
        var utc: String
        var testDescription: String { text }
    }

    struct Expected: Decodable {
        struct Post: Decodable {
            var stamp_text: String
            var utc: String
            var headline: String
        }
        var posts: [Post]
    }

    static let stamps: [Stamp] = {
        let text = (try? Fixtures.text("Tests/Fixtures/blind/stamps.jsonl")) ?? ""
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Stamp.self, from: Data($0.utf8)) }
    }()

    @Test func theHeldOutSetIsThere() {
        #expect(Self.stamps.count >= 60)
    }

    @Test("A held-out stamp normalizes to its UTC instant", arguments: stamps)
    func stamp(_ stamp: Stamp) throws {
        #expect(try NormalizedTime(stamp: stamp.text).start.iso8601 == stamp.utc)
    }

    @Test("A held-out page yields its posts in order", arguments: ["guardian_page", "wire_page"])
    func page(_ name: String) throws {
        let page = try LiveBlogReader().read(try Fixtures.text("Tests/Fixtures/blind/\(name).txt"))
        let expected = try JSONDecoder().decode(Expected.self, from: Data(try Fixtures.text("Tests/Fixtures/blind/\(name).expected.json").utf8))
        #expect(page.posts.map(\.stamp.text) == expected.posts.map(\.stamp_text))
        #expect(page.posts.map(\.stamp.start.iso8601) == expected.posts.map(\.utc))
        #expect(page.posts.map { $0.headline ?? "" } == expected.posts.map(\.headline))
    }
}
