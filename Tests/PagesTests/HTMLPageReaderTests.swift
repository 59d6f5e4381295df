import Foundation
import Pages
import Testing
import Timeline

@Suite struct HTMLPageReaderTests {
    @Test(arguments: [
        ("cnn-jsonld-liveblog.html", HTMLPage.PostSource.jsonLD),
        ("wordpress-articles-time.html", .timeElements),
        ("guardian-block-time.html", .timeElements),
        ("oldstyle-tables.html", .text),
    ])
    func publisherPagesGiveTheSeedsNinePosts(file: String, source: HTMLPage.PostSource) throws {
        let page = try PageFixtures.read(file)
        let expected = try PageFixtures.expectedPosts()
        #expect(page.kind == .liveBlog)
        #expect(page.source == source)
        #expect(page.posts.count == 9)
        for (post, want) in zip(page.posts, expected) {
            #expect(post.stamp.start.iso8601 == want.stamp)
            #expect(post.headline?.folded == want.headline)
        }
    }

    @Test func brokenNestingStillGivesItsThreePosts() throws {
        let page = try PageFixtures.read("broken-nesting.html")
        let expected = try PageFixtures.expectedPosts().prefix(3)
        #expect(page.posts.map(\.stamp.start.iso8601) == expected.map(\.stamp))
        #expect(page.posts.map { $0.headline?.folded ?? "" } == expected.map(\.headline))
        #expect(page.posts.map { $0.paragraphs.count >= 2 } == [true, true, true])
    }

    /// Every range points into the extracted text: what a user's evidence offsets rely on.
    @Test(arguments: ["cnn-jsonld-liveblog.html", "wordpress-articles-time.html", "guardian-block-time.html", "oldstyle-tables.html"])
    func rangesPointIntoTheExtractedText(file: String) throws {
        let page = try PageFixtures.read(file)
        let scalars = Array(page.text.unicodeScalars)
        func slice(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var checked = 0
        for post in page.posts {
            for paragraph in post.paragraphs {
                #expect(slice(paragraph.range) == paragraph.text)
                checked += 1
            }
            if let range = post.headlineRange { #expect(slice(range) == post.headline) }
            if let range = post.stamp.range { #expect(slice(range) == post.stamp.text) }
        }
        #expect(checked >= 40)
    }

    @Test func captionsAndBylinesStandApartFromTheBody() throws {
        for file in ["cnn-jsonld-liveblog.html", "guardian-block-time.html", "wordpress-articles-time.html"] {
            let page = try PageFixtures.read(file)
            let second = page.posts[1]
            #expect(second.byline?.folded == "From CNN's Radina Gigova", "\(file)")
            #expect(second.authors == ["Radina Gigova"], "\(file)")
            #expect(second.captions.count == 1, "\(file)")
            #expect(second.captions.first?.credit == "Sefa Karacan/Anadolu Agency/Getty Images", "\(file)")
            #expect(second.captions.first?.text.hasPrefix("Russian Prime Minister Mikhail Mishustin is pictured") == true, "\(file)")
            #expect(!second.paragraphs.contains { $0.text.contains("Getty Images") }, "\(file)")
            // Share buttons, ads and related links are not text.
            #expect(!page.text.contains("Share on Facebook") && !page.text.contains("Advertisement"), "\(file)")
        }
    }

    @Test func guardianUpdateTimesAreUpdatesNotPosts() throws {
        let page = try PageFixtures.read("guardian-block-time.html")
        #expect(page.posts[1].updates.map(\.start.iso8601) == ["2023-05-31T11:30:00Z"])
        #expect(!page.posts[1].paragraphs.contains { $0.text.hasPrefix("Updated at") })
        #expect(page.posts[0].updates.isEmpty)
    }

    @Test func pageIdentityAndPublisher() throws {
        let page = try PageFixtures.read("cnn-jsonld-liveblog.html")
        #expect(page.url?.hasPrefix("https://edition.cnn.com/") == true)
        #expect(page.publisher == "CNN")
        #expect(page.charset == "UTF-8" && page.charsetSource == .meta)
    }

    @Test func newsArticleIsOneArticleWithItsStampAndDateline() throws {
        let page = try PageFixtures.read("article-newsarticle.html")
        #expect(page.kind == .article)
        #expect(page.posts.count == 1)
        #expect(page.posts[0].stamp.start.iso8601 == "2023-05-31T11:26:00Z")
        #expect(page.posts[0].headline == "Russia will continue improving its air defense system, Kremlin says")
        #expect(page.dateline == "MOSCOW")
        #expect(page.posts[0].paragraphs.first?.text.hasPrefix("Moscow (CNN)") == true)
        #expect(page.posts[0].paragraphs.count >= 5)
    }

    @Test func declaredCharsetsAreHonoured() throws {
        let russian = try PageFixtures.read("windows-1251.html")
        #expect(russian.charset.lowercased() == "windows-1251" && russian.charsetSource == .meta)
        #expect(russian.posts.map(\.stamp.start.iso8601) == ["2023-05-31T05:00:00Z", "2023-05-31T03:40:00Z"])
        #expect(russian.posts.first?.headline == "Беспилотник атаковал Белгородскую область")
        let old = try PageFixtures.read("oldstyle-tables.html")
        #expect(old.charset.lowercased() == "windows-1252")
        #expect(old.text.contains("Peskov said, “The system worked effectively"))
    }

    @Test func contradictingJSONLDIsToldAndTheVisibleTimeUsed() throws {
        let page = try PageFixtures.read("jsonld-contradicts.html")
        #expect(page.posts.map(\.stamp.start.iso8601) == ["2023-05-31T11:26:00Z", "2023-05-31T11:23:00Z"])
        #expect(page.notes.count == 1)
        #expect(page.notes.first?.contains("2023-05-31T09:23:00Z") == true)
        #expect(page.notes.first?.contains("the visible time is used") == true)
    }

    @Test func aPageThatIsAllScriptHasNoPosts() throws {
        let bytes = try PageFixtures.bytes("all-script.html")
        do {
            _ = try HTMLPageReader().read(bytes, name: "all-script.html")
            Issue.record("expected no posts")
        } catch {
            #expect(error.kind == .noPosts)
            #expect(error.description.hasPrefix("all-script.html: no readable text"))
        }
    }

    @Test(arguments: [
        ("<html><head><meta charset=\"x-klingon\"></head><body><p>Hi</p></body></html>", PageError.Kind.unknownCharset),
        ("<html><body><p>No stamps anywhere in this page at all.</p></body></html>", .noPosts),
        ("<html><body><time datetime=\"2023-02-30T10:00:00Z\">x</time><p>a</p><time datetime=\"2023-05-31T10:00:00Z\">y</time></body></html>", .noPosts),
    ])
    func badPagesAreRefusedWithTheirKind(html: String, kind: PageError.Kind) {
        do {
            _ = try HTMLPageReader().read(Array(html.utf8), name: "bad.html")
            Issue.record("expected \(kind)")
        } catch {
            #expect(error.kind == kind)
            #expect(error.source == "bad.html")
        }
    }

    @Test func aPageLargerThanTheLimitIsRefused() {
        let bytes = Array("<html><body><p>".utf8) + [UInt8](repeating: 0x61, count: HTMLPageReader.maximumBytes)
        #expect(throws: PageError(.tooLarge, "32 MB is larger than a page can be (the limit is 32 MB)", source: "big.html")) {
            try HTMLPageReader().read(bytes, name: "big.html")
        }
    }

    @Test func invalidJSONLDIsNotedAndTheMarkupRead() throws {
        var html = String(decoding: try PageFixtures.bytes("wordpress-articles-time.html"), as: UTF8.self)
        html = html.replacingOccurrences(of: "</head>", with: "<script type=\"application/ld+json\">{\"@type\": \"LiveBlogPosting\", </script></head>")
        let page = try HTMLPageReader().read(Array(html.utf8), name: "w.html")
        #expect(page.posts.count == 9)
        #expect(page.notes.count == 1 && page.notes[0].hasPrefix("JSON-LD block 1 is not valid JSON"))
    }
}
