import Testing
@testable import Timeline

@Suite("The live-blog reader is not CNN-only")
struct LiveBlogLayoutTests {
    @Test func aGuardianStylePageTakesItsDateFromTheHeaderAndRollsBackPastMidnight() throws {
        let page = try LiveBlogReader().read(try Fixtures.text("Tests/Fixtures/pages/guardian-style.txt"))
        #expect(page.date == CivilDate(year: 2023, month: 5, day: 31))
        #expect(page.posts.map(\.stamp.text) == ["14.05 BST", "12.40 BST", "10.02 BST", "00.15 BST", "23.40 BST"])
        #expect(page.posts.map(\.stamp.start.iso8601) == [
            "2023-05-31T13:05:00Z", "2023-05-31T11:40:00Z", "2023-05-31T09:02:00Z", "2023-05-30T23:15:00Z",
            "2023-05-30T22:40:00Z",
        ])
        #expect(page.posts.map(\.headline) == [
            "Shebekino residents evacuated after shelling", "Zelenskiy calls for more air defence systems",
            "Kyiv air defences down 29 drones", "Summary of the day so far", "Welcome to our live coverage",
        ])
        // The post's own update stamp is kept, not read as a new post.
        #expect(page.posts[0].updates.map(\.start.iso8601) == ["2023-05-31T13:20:00Z"])
        #expect(page.posts[1].paragraphs.count == 1)
        #expect(page.posts[2].contributors == ["Reuters"])
    }

    @Test func aWireStylePageWithGMTStampsAndInlineHeadlines() throws {
        let page = try LiveBlogReader().read(try Fixtures.text("Tests/Fixtures/pages/wire-style.txt"))
        #expect(page.dateLine == "June 14, 2023")
        #expect(page.posts.map(\.stamp.start.iso8601) == ["2023-06-14T14:19:00Z", "2023-06-14T12:05:00Z", "2023-06-14T09:30:00Z"])
        #expect(page.posts.map(\.headline) == [
            "Fighting resumes in Omdurman", "Darfur governor killed, army says", "Saudi, US mediators press for new truce",
        ])
        #expect(page.posts[1].paragraphs.first?.text.hasPrefix("The governor of West Darfur") == true)
    }

    @Test func aStampFollowedByItsAuthorIsStillAStamp() throws {
        let text = """
            Live: Election night
            Nov 7, 2023
            9:45 p.m. ET, Maya Jones
            Polls close in Kentucky
            Results are expected within the hour.
            8:30 p.m. ET, Sam Lee
            Turnout is high
            Officials said lines were long.
            """
        let page = try LiveBlogReader().read(text)
        #expect(page.posts.map(\.stamp.start.iso8601) == ["2023-11-08T02:45:00Z", "2023-11-08T01:30:00Z"])
        #expect(page.posts.map(\.headline) == ["Polls close in Kentucky", "Turnout is high"])
    }

    @Test func aLineShapedLikeAStampWithAnUnknownZoneIsAnErrorNamingTheLine() {
        let text = "Live page\n\n7:26 a.m. XT, May 31, 2023\nHeadline\nBody.\n"
        #expect {
            _ = try LiveBlogReader(source: "page.txt").read(text)
        } throws: { error in
            guard let error = error as? TimelineError else { return false }
            return error.kind == .unknownZone && error.line == 3 && error.file == "page.txt"
                && error.description.contains("page.txt:3:") && error.description.contains("'XT'")
        }
    }

    @Test func windowsLineEndingsAndAByteOrderMarkKeepOffsetsInScalars() throws {
        let text = "\u{FEFF}Title\r\nMay 31, 2023\r\n7:26 a.m. ET, May 31, 2023\r\nHeadline\r\nBody line.\r\n"
        let page = try LiveBlogReader().read(text)
        #expect(page.title == "Title")
        let post = try #require(page.posts.first)
        #expect(text.scalars(post.stamp.range!) == "7:26 a.m. ET, May 31, 2023")
        #expect(text.scalars(post.paragraphs[0].range) == "Body line.")
    }
}
