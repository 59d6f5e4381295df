import Foundation
import Pages
import Testing
import Timeline

/// Pages in twenty-eight publishers' markup written by four helpers who had not read the reader
/// (Tests/Fixtures/pages/helper to helper4, see their READMEs): every post found with its stamp,
/// headline and first paragraph.
@Suite struct PageHelperSetTests {
    static let folders = ["helper", "helper2", "helper3", "helper4"].map { PageFixtures.folder.appendingPathComponent($0) }

    struct Expected {
        var stamp: String
        var headline: String
        var firstWords: String
    }

    static func file(_ name: String) -> URL {
        folders.map { $0.appendingPathComponent(name) }.first { FileManager.default.fileExists(atPath: $0.path) } ?? folders[0].appendingPathComponent(name)
    }

    static func expected(_ page: String) throws -> [Expected] {
        let file = file(page.replacingOccurrences(of: ".html", with: ".expected.tsv"))
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Expected(stamp: fields[0], headline: fields[1].folded, firstWords: fields[2].folded)
        }
    }

    /// Pages whose only dates are in words the stamp grammar does not read are refused, not guessed.
    @Test(arguments: ["ukrpravda_ataka_cp1251.html", "wyborcza_powodz_iso88592.html"])
    func pagesDatedOnlyInOtherLanguagesAreRefused(page: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.file(page)))
        do {
            let read = try HTMLPageReader().read(bytes, name: page)
            Issue.record("read \(read.posts.count) posts")
        } catch {
            #expect(error.kind == .badStamp)
            #expect(error.description.contains("has no date"))
        }
    }

    @Test(arguments: [
        ("bbc-kharkiv-live.html", HTMLPage.PostSource.shownStamps, 7),
        ("aljazeera-sudan-live.html", .jsonLD, 6),
        ("apnews-nairobi-live.html", .timeElements, 6),
        ("reuters-turkey-quake-live.html", .jsonLD, 6),
        ("wp-liveblog-pakistan-floods.html", .timeElements, 6),
        ("guardian-greece-wildfires-live.html", .jsonLD, 6),
        ("abcnews-au-townsville-floods.html", .timeElements, 7),
        ("lemonde-valence-inondations.html", .shownStamps, 6),
        ("ndtv-odisha-cyclone.html", .shownStamps, 7),
        ("nytimes-mexico-election.html", .jsonLD, 7),
        ("skynews-odesa-strikes.html", .shownStamps, 6),
        ("washingtonpost-hurricane-omar.html", .timeElements, 6),
        ("corriere-campi-flegrei.html", .timeElements, 6),
        ("dawn-islamabad-march.html", .timeElements, 7),
        ("elpais-incendio-tenerife.html", .jsonLD, 6),
        ("independent-storm-kerris.html", .timeElements, 6),
        ("nation-kenya-fuel-protests.html", .shownStamps, 7),
        ("npr-hurricane-marco.html", .timeElements, 6),
        ("spiegel-ukraine-newsblog.html", .timeElements, 6),
        ("telegraph-channel-boat.html", .shownStamps, 6),
        ("foxnews_ridgefire_dst.html", .jsonLD, 7),
        ("france24_cyclone_reunion.html", .timeElements, 7),
        ("mainichi_jishin_sjis.html", .timeElements, 6),
        ("straitstimes_johor_floods.html", .timeElements, 7),
        ("tagesschau_hochwasser_dst.html", .shownStamps, 7),
        ("timesofisrael_liveblog.html", .timeElements, 7),
    ])
    func everyPostWithItsStampHeadlineAndFirstParagraph(page: String, source: HTMLPage.PostSource, count: Int) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.file(page)))
        let read = try HTMLPageReader().read(bytes, name: page)
        let expected = try Self.expected(page)
        #expect(expected.count == count)
        #expect(read.posts.count == count)
        #expect(read.source == source)
        for want in expected {
            let post = try #require(read.posts.first { $0.stamp.start.iso8601 == want.stamp }, "\(page): no post at \(want.stamp)")
            #expect((post.headline ?? "").folded == want.headline, "\(page) \(want.stamp)")
            // A `By ...` line that opens the text is read as the byline; the set may count it as the first paragraph.
            let first = post.paragraphs.first?.text.folded ?? ""
            let opening = [post.byline?.folded, first].compactMap { $0 }
            #expect(opening.contains { $0.hasPrefix(want.firstWords) }, "\(page) \(want.stamp): \(first.prefix(60))")
        }
    }
}
