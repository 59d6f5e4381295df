import Foundation
import Pages
import Testing
import Timeline

@Suite struct FeedReaderTests {
    @Test(arguments: [("feed-rss.xml", Feed.Kind.rss), ("feed-atom.xml", .atom)])
    func feedsGiveTheSeedsPostsAsArticles(file: String, kind: Feed.Kind) throws {
        let feed = try FeedReader().read(try PageFixtures.bytes(file), name: file)
        let expected = try PageFixtures.expectedPosts()
        #expect(feed.kind == kind)
        #expect(feed.items.count == 9)
        #expect(feed.notes.isEmpty)
        for (item, want) in zip(feed.items, expected) {
            #expect(item.post.stamp.start.iso8601 == want.stamp)
            #expect(item.title?.folded == want.headline)
            #expect(item.link?.hasPrefix("https://") == true)
            #expect(item.post.paragraphs.count >= 2, "\(file): \(want.headline)")
        }
        #expect(feed.items[0].post.authors == ["Anna Chernova"])
    }

    @Test func itemsWithoutATimeAreSkippedAndNamed() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
            <item><title>Dated</title><link>https://example.org/a</link><pubDate>Wed, 31 May 2023 11:26:00 GMT</pubDate><description>Drones hit Kyiv.</description></item>
            <item><title>Undated</title><link>https://example.org/b</link></item>
            <item><title>Badly dated</title><pubDate>someday</pubDate></item>
            </channel></rss>
            """
        let feed = try FeedReader().read(Array(rss.utf8), name: "f.xml")
        #expect(feed.items.map(\.title) == ["Dated"])
        #expect(feed.notes == ["item 2 'Undated' has no publication time; skipped", "item 3 'Badly dated': 'someday' is not a time; skipped"])
    }

    @Test(arguments: [
        ("<rss><channel><item><title>x</title></channel></rss>", PageError.Kind.unreadableMarkup),
        ("<?xml version=\"1.0\"?><html><body>not a feed</body></html>", .notAFeed),
        ("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>", .notAFeed),
    ])
    func badFeedsAreRefused(xml: String, kind: PageError.Kind) {
        do {
            _ = try FeedReader().read(Array(xml.utf8), name: "bad.xml")
            Issue.record("expected \(kind)")
        } catch {
            #expect(error.kind == kind)
            #expect(error.description.hasPrefix("bad.xml: "))
        }
    }
}

@Suite struct InputFormatTests {
    @Test(arguments: [
        ("<!DOCTYPE html>\n<html>", "page.txt", InputFormat.html),
        ("\u{FEFF}  <html lang=en>", "-", .html),
        ("<!-- saved --><html>", "x", .html),
        ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "feed", .feed),
        ("<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">", "a.xml", .feed),
        ("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", "x.xhtml", .html),
        ("7:26 a.m. ET, May 31, 2023\nRussia will continue", "seed.txt", .liveblog),
        ("{\"id\": 1}", "a.jsonl", .jsonl),
        ("Plain words", "saved.html", .html),
    ])
    func sniffing(head: String, name: String, expected: InputFormat) {
        #expect(InputFormat.sniff(Array(head.utf8), name: name) == expected)
    }
}

@Suite struct PageCharsetTests {
    @Test(arguments: [
        ("<meta charset=\"windows-1251\">", nil, "windows-1251", CharsetSource.meta),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">", nil, "windows-1252", .meta),
        ("<meta charset=utf-8>", "text/html; charset=windows-1251", "windows-1251", .transport),
        ("<p>plain</p>", nil, "UTF-8", .sniffed),
    ])
    func declarationsInOrder(head: String, contentType: String?, charset: String, source: CharsetSource) throws {
        let decoded = try PageCharset.decode(Array(head.utf8), transport: contentType, name: "p")
        #expect(decoded.charset == charset)
        #expect(decoded.source == source)
    }

    @Test func undeclaredBytesThatAreNotUTF8AreWindows1252() throws {
        let decoded = try PageCharset.decode(Array("<p>".utf8) + [0x93, 0x41, 0x94], name: "p")
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<p>“A”")
        #expect(decoded.source == .sniffed)
    }

    @Test func aByteOrderMarkWins() throws {
        let decoded = try PageCharset.decode([0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-1251>é".utf8), name: "p")
        #expect(decoded.charset == "UTF-8" && decoded.source == .byteOrderMark)
        #expect(String(decoding: decoded.utf8, as: UTF8.self).hasSuffix("é"))
    }

    @Test func declaredUTF8ThatIsNotIsRefused() {
        #expect(throws: PageError.self) {
            try PageCharset.decode(Array("<meta charset=utf-8><p>".utf8) + [0xFF], name: "p")
        }
    }
}
