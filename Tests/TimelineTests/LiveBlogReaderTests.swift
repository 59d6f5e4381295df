import Testing
@testable import Timeline

@Suite("The live-blog reader splits the CNN seed page into its posts")
struct LiveBlogReaderTests {
    static let expected: [(stamp: String, utc: String, headline: String)] = [
        ("7:26 a.m. ET, May 31, 2023", "2023-05-31T11:26:00Z", "Russia will continue improving its air defense system, Kremlin says"),
        ("7:23 a.m. ET, May 31, 2023", "2023-05-31T11:23:00Z", "Russia steps up production of weapons and equipment"),
        ("7:07 a.m. ET, May 31, 2023", "2023-05-31T11:07:00Z", "\"Situation is rather alarming\" as shelling continues in Belgorod, Kremlin spokesperson says"),
        ("6:12 a.m. ET, May 31, 2023", "2023-05-31T10:12:00Z", "Multiple drones shot down in Russia's Bryansk region, state media reports"),
        ("6:27 a.m. ET, May 31, 2023", "2023-05-31T10:27:00Z", "Alleged \"Russian spy whale\" enters Swedish waters"),
        ("6:21 a.m. ET, May 31, 2023", "2023-05-31T10:21:00Z", "South Africa moves to allow Putin to attend summit despite ICC arrest warrant"),
        ("4:11 a.m. ET, May 31, 2023", "2023-05-31T08:11:00Z", "Drone crashes at oil refinery in Russia's Krasnodar region, officials say"),
        ("4:10 a.m. ET, May 31, 2023", "2023-05-31T08:10:00Z", "Russian dissident fighters launch drone pilot recruitment drive"),
        ("2:54 a.m. ET, May 31, 2023", "2023-05-31T06:54:00Z", "Ukrainian shelling kills 5 in occupied Luhansk, Russia-backed official says"),
    ]

    let page: LiveBlogPage
    let input: String

    init() throws {
        input = try Fixtures.seed
        page = try LiveBlogReader(source: "seed").read(input)
    }

    @Test func theSeedYieldsNinePostsInPageOrderWithExactStamps() {
        #expect(page.posts.count == 9)
        #expect(page.posts.map(\.stamp.text) == Self.expected.map(\.stamp))
        #expect(page.posts.map(\.stamp.start.iso8601) == Self.expected.map(\.utc))
        #expect(page.posts.map(\.headline) == Self.expected.map(\.headline))
        #expect(page.posts.map(\.index) == Array(0..<9))
    }

    @Test func theHeaderIsReadApart() throws {
        #expect(page.title == "Russia will continue improving its air defense system, Kremlin says")
        #expect(page.dateLine == "May 31, 2023 - Russia-Ukraine news")
        #expect(page.date == CivilDate(year: 2023, month: 5, day: 31))
        #expect(page.authors == ["Kathleen Magramo", "Sophie Tanno", "Aditi Sangal", "Mike Hayes"])
        #expect(page.declaredPostCount == 18)
        let updated = try #require(page.updated)
        #expect(updated.start.iso8601 == "2023-06-01T04:05:00Z")
        #expect(updated.zoneText == "HKT")
    }

    @Test func bylinesNameTheirAuthors() {
        #expect(page.posts[0].byline == "From CNN’s Anna Chernova")
        #expect(page.posts[0].authors == ["Anna Chernova"])
        #expect(page.posts[4].authors == ["James Frater", "Catherine Nicholls"])
        #expect(page.posts[8].authors == ["Clare Sebastian", "Olga Voitovych"])
        #expect(page.posts[5].contributors == ["David McKenzie"])
        #expect(!page.posts[5].paragraphs.contains { $0.text.hasPrefix("Previous reporting") })
    }

    @Test func captionsAreKeptApartFromTheBodyWithTheirCredit() {
        let post = page.posts[1]
        #expect(post.captions.count == 1)
        #expect(post.captions[0].text.hasPrefix("Russian Prime Minister Mikhail Mishustin is pictured"))
        #expect(post.captions[0].credit == "Sefa Karacan/Anadolu Agency/Getty Images")
        #expect(!post.paragraphs.contains { $0.text.hasPrefix("Russian Prime Minister Mikhail Mishustin is pictured") })
        #expect(page.posts[2].captions.first?.credit == "Handout/Governor of Russia's Belgorod Region Vyacheslav Gladkov via Telegram/Reuters")
        #expect(page.posts[0].captions.isEmpty)
    }

    @Test func leadInsAreLabelledAndTheirTextKeepsItsRange() throws {
        let context = try #require(page.posts[0].paragraphs.first { $0.leadIn != nil })
        #expect(context.leadIn == "Some context")
        #expect(context.text.hasPrefix("Peskov's words come after"))
        #expect(input.scalars(context.range) == context.text)
        #expect(page.posts[3].paragraphs.contains { $0.leadIn == "Remember" })
        #expect(page.posts[5].paragraphs.contains { $0.leadIn == "Some background" })
    }

    @Test func noiseLinesAreDropped() {
        let everything = page.posts.flatMap { $0.paragraphs.map(\.text) }
        #expect(!everything.contains("Sort byDropdown arrow"))
        #expect(everything.contains("CNN cannot verify the claims."))
    }

    @Test func everyRangeIsHalfOpenScalarOffsetsIntoTheInput() {
        for post in page.posts {
            #expect(input.scalars(post.stamp.range!) == post.stamp.text)
            #expect(input.scalars(post.range).hasPrefix(post.stamp.text))
            for paragraph in post.paragraphs {
                #expect(input.scalars(paragraph.range) == paragraph.text)
            }
        }
        // The stamp of the first post stands on line 10, after 282 scalars of header (curly quotes count as one).
        #expect(page.posts[0].line == 10)
        #expect(page.posts[8].bodyText.hasSuffix("CNN cannot verify the claims."))
        #expect(page.posts[8].range.upperBound == input.unicodeScalars.count - (input.hasSuffix("\n") ? 1 : 0))
    }

    @Test func noiseLikeVideoMarkersAreRecognised() {
        #expect(Noise.isNoise("04:05 - Source: CNN"))
        #expect(Noise.isNoise("Link Copied!"))
        #expect(!Noise.isNoise("Watch CNN's Melissa Bell's report here."))
    }
}
