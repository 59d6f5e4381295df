import Testing

@testable import Timeline

/// Copied pages where a post's stamp and headline share a line, in either order.
@Suite struct StampAndHeadlineLineTests {
    struct Layout: Sendable, CustomTestStringConvertible {
        var text: String
        var stamps: [String]
        var headlines: [String]
        var firstBody: String
        var testDescription: String { String(text.prefix(60)) }
    }

    static let layouts: [Layout] = [
        Layout(
            text: "Israel-Gaza live\n\n3 July 2023\n\n1415 GMT –– Ceasefire talks resume in Doha\n\nNegotiators met in Doha on Monday.\n\n1350 GMT — Strike hits Rafah\n\nAn air strike hit a house in Rafah.\n",
            stamps: ["2023-07-03T14:15:00Z", "2023-07-03T13:50:00Z"], headlines: ["Ceasefire talks resume in Doha", "Strike hits Rafah"],
            firstBody: "Negotiators met in Doha on Monday."),
        Layout(
            text: "Live: Ukraine war\n\nMinisters meet in Brussels to discuss aidpublished at 10:02 British Summer Time 3 July 2023\n\nEU ministers met in Brussels on Monday.\n\nDrone strike hits Odesa portpublished at 09:40 British Summer Time 3 July 2023\n\nA drone hit the port of Odesa overnight.\n",
            stamps: ["2023-07-03T09:02:00Z", "2023-07-03T08:40:00Z"], headlines: ["Ministers meet in Brussels to discuss aid", "Drone strike hits Odesa port"],
            firstBody: "EU ministers met in Brussels on Monday."),
        Layout(
            text: "Live\n\nPolls close in Lagos Posted at 18:05 WAT, 25 February 2023\n\nVoting ended across Lagos state.\n\nTurnout low in Kano posted at 17:30 WAT, 25 February 2023\n\nFew voters came out in Kano.\n",
            stamps: ["2023-02-25T17:05:00Z", "2023-02-25T16:30:00Z"], headlines: ["Polls close in Lagos", "Turnout low in Kano"],
            firstBody: "Voting ended across Lagos state."),
    ]

    @Test(arguments: layouts)
    func stampAndHeadlineOnOneLine(layout: Layout) throws {
        let page = try LiveBlogReader().read(layout.text)
        #expect(page.posts.map(\.stamp.start.iso8601) == layout.stamps)
        #expect(page.posts.map { $0.headline ?? "" } == layout.headlines)
        #expect(page.posts.first?.paragraphs.map(\.text) == [layout.firstBody])
    }

    /// A sentence that merely mentions publishing is not a stamp line.
    @Test func aSentenceAboutPublishingIsBody() throws {
        let text = "Live\n\n7:26 a.m. ET, May 31, 2023\n\nHeadline here\n\nThe report was published at the request of the ministry.\n"
        let page = try LiveBlogReader().read(text)
        #expect(page.posts.count == 1)
        #expect(page.posts[0].paragraphs.map(\.text) == ["The report was published at the request of the ministry."])
    }
}
