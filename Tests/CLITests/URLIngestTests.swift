import Foundation
import Testing

/// `ingest https://...`: pages served by a server on the loopback address that the test starts
/// itself (no test reaches the internet).
@Suite("URLs are fetched, re-fetched conditionally, and refused clearly")
struct URLIngestTests {
    static func page(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: PageIngestTests.pages.appendingPathComponent(name)))
    }

    /// One post more than the fixture: the same live blog saved later.
    static func grownPage() throws -> [UInt8] {
        let html = String(decoding: try page("wordpress-articles-time.html"), as: UTF8.self)
        let extra = """
            <article id="liveblog-entry-48300" class="liveblog-entry liveblog-entry-class type-new"><header class="liveblog-meta"><time datetime="2023-05-31T12:40:00+00:00">8:40 AM</time></header>
            <h3>Explosions heard in Belgorod overnight</h3><p>From CNN's Anna Chernova</p>
            <p>Several explosions were heard in the Russian city of Belgorod on Wednesday, the regional governor said.</p></article>
            """
        let marker = "<article id=\"liveblog-entry-48211\""
        guard let first = html.range(of: marker) else { throw CocoaError(.fileReadCorruptFile) }
        return Array((html[..<first.lowerBound] + extra + html[first.lowerBound...]).utf8)
    }

    @Test func aLiveBlogIsIngestedThenAskedForConditionally() throws {
        let version = Version()
        let original = try Self.page("wordpress-articles-time.html")
        let grown = try Self.grownPage()
        let server = try LoopbackServer { request in
            guard request.path == "/live" else { return .text(404, "not here") }
            let etag = "\"v\(version.current)\""
            if request.headers["if-none-match"] == etag { return LoopbackServer.Response(status: 304, headers: [("ETag", etag)]) }
            return LoopbackServer.Response(
                status: 200, headers: [("Content-Type", "text/html; charset=utf-8"), ("ETag", etag)],
                body: version.current == 1 ? original : grown)
        }
        defer { server.stop() }
        let folder = try BadInputTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }

        let first = try CLI.run(["ingest", "--db", "u.sqlite", server.url("/live")], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("1 documents added") && first.stderr.contains("posts added: 9; incidents added: 9"))
        #expect(server.requests[0].headers["user-agent"]?.hasPrefix("timelinectl/") == true)
        #expect(server.requests[0].headers["if-none-match"] == nil)

        let second = try CLI.run(["ingest", "--db", "u.sqlite", server.url("/live")], in: folder)
        #expect(second.status == 0)
        #expect(server.requests[1].headers["if-none-match"] == "\"v1\"")
        #expect(second.stderr.contains("not modified since it was fetched at"))
        #expect(second.stderr.contains("0 documents added, 0 updated, 1 unchanged"))

        version.current = 2
        let third = try CLI.run(["ingest", "--db", "u.sqlite", server.url("/live")], in: folder)
        #expect(third.status == 0)
        #expect(third.stderr.contains("0 documents added, 1 updated"))
        #expect(third.stderr.contains("posts added: 1;"))
        #expect(server.requests.count == 3)
    }

    @Test func redirectsAreFollowed() throws {
        let body = try Self.page("cnn-jsonld-liveblog.html")
        let server = try LoopbackServer { request in
            switch request.path {
            case "/old": LoopbackServer.Response(status: 301, headers: [("Location", "/new")])
            case "/new": LoopbackServer.Response(status: 200, headers: [("Content-Type", "text/html")], body: body)
            default: .text(404, "no")
            }
        }
        defer { server.stop() }
        let folder = try BadInputTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["ingest", "--db", "r.sqlite", server.url("/old")], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("posts added: 9"))
        #expect(server.requests.map(\.path) == ["/old", "/new"])
    }

    struct BadServer: Sendable, CustomTestStringConvertible {
        var path: String
        var arguments: [String]
        var message: String
        var testDescription: String { message }
    }

    static let badServers: [BadServer] = [
        BadServer(path: "/missing", arguments: [], message: ": the server answered 404"),
        BadServer(path: "/broken", arguments: [], message: ": the server answered 500"),
        BadServer(path: "/loop", arguments: [], message: ": more than 10 redirects"),
        BadServer(path: "/hang", arguments: ["--timeout", "1"], message: ": the server did not answer within 1 s"),
        BadServer(path: "/big", arguments: ["--max-bytes", "100000"], message: ": the page is larger than the limit of 100000 bytes"),
        BadServer(path: "/klingon", arguments: [], message: ": unknown charset 'x-klingon' (declared in its Content-Type header)"),
    ]

    @Test(arguments: badServers)
    func badAnswersAreRefusedAndNothingWritten(bad: BadServer) throws {
        let server = try LoopbackServer { request in
            switch request.path {
            case "/broken": .text(500, "oops")
            case "/loop": LoopbackServer.Response(status: 302, headers: [("Location", "/loop")])
            case "/hang": LoopbackServer.Response(status: 200, hang: true)
            case "/big": LoopbackServer.Response(status: 200, headers: [("Content-Type", "text/html")], body: [UInt8](repeating: 0x61, count: 5 << 20))
            case "/klingon": .text(200, "<html><body><p>x</p></body></html>", contentType: "text/html; charset=x-klingon")
            default: .text(404, "not here")
            }
        }
        defer { server.stop() }
        let folder = try BadInputTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = server.url(bad.path)
        let run = try CLI.run(["ingest", "--db", "b.sqlite"] + bad.arguments + [url], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains(url + bad.message), "\(run.stderr)")
        let listed = try CLI.run(["incidents", "--db", "b.sqlite", "--format", "jsonl"], in: folder)
        #expect(listed.stdout.isEmpty)
    }
}

/// A value the server's handler reads and the test changes between requests.
final class Version: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 1
    var current: Int {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
