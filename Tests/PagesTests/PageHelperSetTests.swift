import Foundation
import Pages
import Testing
import Timeline

/// Pages in six publishers' markup written by a helper who had not read the reader
/// (Tests/Fixtures/pages/helper, see its README): every post found with its stamp, headline and
/// first paragraph.
@Suite struct PageHelperSetTests {
    static let folder = PageFixtures.folder.appendingPathComponent("helper")

    struct Expected {
        var stamp: String
        var headline: String
        var firstWords: String
    }

    static func expected(_ page: String) throws -> [Expected] {
        let file = folder.appendingPathComponent(page.replacingOccurrences(of: ".html", with: ".expected.tsv"))
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expected(stamp: fields[0], headline: fields[1].folded, firstWords: fields[2].folded)
        }
    }

    @Test(arguments: [
        ("bbc-kharkiv-live.html", HTMLPage.PostSource.shownStamps, 7),
        ("aljazeera-sudan-live.html", .jsonLD, 6),
        ("apnews-nairobi-live.html", .timeElements, 6),
        ("reuters-turkey-quake-live.html", .jsonLD, 6),
        ("wp-liveblog-pakistan-floods.html", .timeElements, 6),
        ("guardian-greece-wildfires-live.html", .jsonLD, 6),
    ])
    func everyPostWithItsStampHeadlineAndFirstParagraph(page: String, source: HTMLPage.PostSource, count: Int) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(page)))
        let read = try HTMLPageReader().read(bytes, name: page)
        let expected = try Self.expected(page)
        #expect(expected.count == count)
        #expect(read.posts.count == count)
        #expect(read.source == source)
        for want in expected {
            let post = try #require(read.posts.first { $0.stamp.start.iso8601 == want.stamp }, "\(page): no post at \(want.stamp)")
            #expect((post.headline ?? "").folded == want.headline, "\(page) \(want.stamp)")
            let first = post.paragraphs.first?.text.folded ?? ""
            #expect(first.hasPrefix(want.firstWords), "\(page) \(want.stamp): \(first.prefix(60))")
        }
    }
}
