import Foundation
import Testing

/// `ingest` and `posts` on saved HTML pages and feeds, end to end through the built binary.
@Suite("HTML pages and feeds ingest like the text seed")
struct PageIngestTests {
    static let pages = CLI.root.appendingPathComponent("Tests/Fixtures/pages")

    /// The incidents of a database as comparable lines: type, place, date, counts (not ids or posts).
    static func incidents(_ database: String, in folder: URL) throws -> [String] {
        let run = try CLI.run(["incidents", "--db", database, "--format", "jsonl"], in: folder)
        return try run.stdout.split(separator: "\n").map { line in
            let record = try CLI.json(String(line)) as! [String: Any]
            return ["event_date", "sub_event_type", "location", "admin1", "fatalities", "injured", "time_precision"]
                .map { "\(record[$0] ?? "-")" }.joined(separator: "|")
        }.sorted()
    }

    @Test(arguments: ["cnn-jsonld-liveblog.html", "wordpress-articles-time.html", "guardian-block-time.html", "oldstyle-tables.html"])
    func publisherPagesGiveTheSeedsIncidents(page: String) throws {
        let folder = try BadInputTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try CLI.run(["ingest", "--db", "seed.sqlite", CLI.root.appendingPathComponent("seeds/000_fdd7082ede222f27.txt").path], in: folder)
        #expect(seed.status == 0)
        let run = try CLI.run(["ingest", "--db", "page.sqlite", Self.pages.appendingPathComponent(page).path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("1 documents added") && run.stderr.contains("posts added: 9; incidents added: 9"))
        let expected = try Self.incidents("seed.sqlite", in: folder)
        #expect(expected.count == 9)
        #expect(try Self.incidents("page.sqlite", in: folder) == expected)
        // The same page again changes nothing.
        let again = try CLI.run(["ingest", "--db", "page.sqlite", Self.pages.appendingPathComponent(page).path], in: folder)
        #expect(again.stderr.contains("0 documents added, 0 updated, 1 unchanged"))
    }

    @Test func postsListsAnHTMLPagesPosts() throws {
        let run = try CLI.run(["posts", Self.pages.appendingPathComponent("guardian-block-time.html").path])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 9)
        #expect(lines.first == "0\t2023-05-31T11:26:00Z\t2023-05-31T11:26:00.000Z\tRussia will continue improving its air defense system, Kremlin says")
    }

    @Test func aFeedIsOneArticlePerItem() throws {
        let folder = try BadInputTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["ingest", "--db", "f.sqlite", Self.pages.appendingPathComponent("feed-rss.xml").path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("9 documents added"))
        #expect(run.stderr.contains("posts added: 9"))
    }

    @Test func contradictingStampsAreReported() throws {
        let folder = try BadInputTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["ingest", "--db", "c.sqlite", Self.pages.appendingPathComponent("jsonld-contradicts.html").path], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.contains("JSON-LD datePublished 2023-05-31T09:23:00Z disagrees with the page's visible <time datetime=\"2023-05-31T11:23:00Z\">"))
    }

    struct BadPage: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var message: String
        var testDescription: String { message }
    }

    static let badPages: [BadPage] = [
        BadPage(name: "app.html", bytes: Array("<!doctype html><html><body><div id=root></div><script>var t='2023-05-31T11:26:00Z'</script></body></html>".utf8),
                message: "app.html: no readable text (only scripts, styles and furniture)"),
        BadPage(name: "klingon.html", bytes: Array("<html><head><meta charset=\"x-klingon\"></head><body><p>Hi</p></body></html>".utf8),
                message: "klingon.html: unknown charset 'x-klingon' (declared in its <meta> element)"),
        BadPage(name: "huge.html", bytes: Array("<html><body><p>".utf8) + [UInt8](repeating: 0x61, count: 40 << 20),
                message: "huge.html: 40 MB is larger than a page can be (the limit is 32 MB)"),
        BadPage(name: "broken.xml", bytes: Array("<?xml version=\"1.0\"?><rss><channel><item><title>x</title></channel></rss>".utf8),
                message: "broken.xml: not well-formed XML at line 1"),
        BadPage(name: "bad-stamp.html", bytes: Array("<html><head><script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\",\"liveBlogUpdate\":[{\"headline\":\"H\",\"datePublished\":\"2023-02-30T10:00:00Z\",\"articleBody\":\"B\"}]}</script></head><body></body></html>".utf8),
                message: "bad-stamp.html: JSON-LD update 1 datePublished '2023-02-30T10:00:00Z' is not a time"),
    ]

    @Test(arguments: badPages)
    func badPagesAreRefusedAndNothingWritten(bad: BadPage) throws {
        let (run, documents) = try BadInputTests.ingest(bad.bytes, name: bad.name)
        #expect(run.status == 1)
        #expect(run.stderr.contains(bad.message), "\(run.stderr)")
        #expect(documents == 0)
    }
}
