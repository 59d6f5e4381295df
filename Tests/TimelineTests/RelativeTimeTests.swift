import Testing
@testable import Timeline

@Suite("Relative times are anchored in the place's zone")
struct RelativeTimeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var anchor: String
        var zone: String
        var interval: String
        var precision: TimePrecision
        var testDescription: String { "\(text) @ \(anchor) \(zone)" }
    }

    /// The 6:12 a.m. ET post of the seed, 10:12Z, 13:12 in Moscow on Wednesday 31 May 2023.
    static let seedPost = "2023-05-31T10:12:00Z"

    static let cases: [Case] = [
        Case(text: "overnight", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-30T19:00:00Z/2023-05-31T03:00:00Z", precision: .partOfDay),
        Case(text: "Tuesday", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-29T21:00:00Z/2023-05-30T21:00:00Z", precision: .day),
        Case(text: "Wednesday", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-30T21:00:00Z/2023-05-31T21:00:00Z", precision: .day),
        Case(text: "on Monday", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-28T21:00:00Z/2023-05-29T21:00:00Z", precision: .day),
        Case(text: "early on Wednesday", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-30T21:00:00Z/2023-05-31T06:00:00Z", precision: .partOfDay),
        Case(text: "this morning", anchor: seedPost, zone: "Europe/Kyiv", interval: "2023-05-31T02:00:00Z/2023-05-31T09:00:00Z", precision: .partOfDay),
        Case(text: "last night", anchor: seedPost, zone: "Europe/Kyiv", interval: "2023-05-30T15:00:00Z/2023-05-31T03:00:00Z", precision: .partOfDay),
        Case(text: "Tuesday night", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-30T15:00:00Z/2023-05-31T03:00:00Z", precision: .partOfDay),
        Case(text: "the 4 a.m. attack", anchor: "2023-05-31T08:11:00Z", zone: "Europe/Moscow", interval: "2023-05-31T01:00:00Z/2023-05-31T02:00:00Z", precision: .hour),
        Case(text: "at 11:30 p.m.", anchor: "2023-05-31T08:11:00Z", zone: "Europe/Moscow", interval: "2023-05-30T20:30:00Z/2023-05-30T20:31:00Z", precision: .minute),
        Case(text: "yesterday", anchor: seedPost, zone: "America/New_York", interval: "2023-05-30T04:00:00Z/2023-05-31T04:00:00Z", precision: .day),
        Case(text: "earlier this month", anchor: seedPost, zone: "UTC", interval: "2023-05-01T00:00:00Z/2023-06-01T00:00:00Z", precision: .month),
        Case(text: "last week", anchor: seedPost, zone: "UTC", interval: "2023-05-22T00:00:00Z/2023-05-29T00:00:00Z", precision: .week),
        Case(text: "in March", anchor: seedPost, zone: "UTC", interval: "2023-03-01T00:00:00Z/2023-04-01T00:00:00Z", precision: .month),
        Case(text: "on May 9", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-08T21:00:00Z/2023-05-09T21:00:00Z", precision: .day),
        Case(text: "a summit in August", anchor: seedPost, zone: "UTC", interval: "2023-08-01T00:00:00Z/2023-09-01T00:00:00Z", precision: .month),
        // A month the anchor has not reached, with no tense to go by: the nearer reading (this August,
        // not last). A caller whose grammar knows the sentence is about the past passes `tense: .past`.
        Case(text: "in August", anchor: seedPost, zone: "UTC", interval: "2023-08-01T00:00:00Z/2023-09-01T00:00:00Z", precision: .month),
        Case(text: "late last year", anchor: seedPost, zone: "UTC", interval: "2022-09-01T00:00:00Z/2023-01-01T00:00:00Z", precision: .year),
        Case(text: "in June 2022", anchor: seedPost, zone: "UTC", interval: "2022-06-01T00:00:00Z/2022-07-01T00:00:00Z", precision: .month),
        Case(text: "June 16, 2022", anchor: seedPost, zone: "Europe/Moscow", interval: "2022-06-15T21:00:00Z/2022-06-16T21:00:00Z", precision: .day),
        // Compound tokens of the one tokenizer: ordinals, dotted and abbreviated forms, clocks written as one number.
        Case(text: "on May 31st", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-30T21:00:00Z/2023-05-31T21:00:00Z", precision: .day),
        Case(text: "31st May 2022", anchor: seedPost, zone: "UTC", interval: "2022-05-31T00:00:00Z/2022-06-01T00:00:00Z", precision: .day),
        Case(text: "in Sept. 2022", anchor: seedPost, zone: "UTC", interval: "2022-09-01T00:00:00Z/2022-10-01T00:00:00Z", precision: .month),
        Case(text: "at 9:05 a.m. on", anchor: seedPost, zone: "Europe/Kyiv", interval: "2023-05-31T06:05:00Z/2023-05-31T06:06:00Z", precision: .minute),
        Case(text: "two days ago", anchor: seedPost, zone: "UTC", interval: "2023-05-29T00:00:00Z/2023-05-30T00:00:00Z", precision: .day),
        Case(text: "will meet on Friday", anchor: seedPost, zone: "UTC", interval: "2023-06-02T00:00:00Z/2023-06-03T00:00:00Z", precision: .day),
        Case(text: "last Tuesday", anchor: "2023-05-30T12:00:00Z", zone: "UTC", interval: "2023-05-23T00:00:00Z/2023-05-24T00:00:00Z", precision: .day),
        Case(text: "overnight into Sunday", anchor: "2023-03-26T09:00:00Z", zone: "Europe/London", interval: "2023-03-25T22:00:00Z/2023-03-26T05:00:00Z", precision: .partOfDay),
        // A clock with its weekday, either side (the seed post is on Wednesday 31 May): the clock on that day.
        Case(text: "around 8 a.m. Tuesday", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-30T05:00:00Z/2023-05-30T06:00:00Z", precision: .hour),
        Case(text: "at 8:15 p.m. on Monday", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-29T17:15:00Z/2023-05-29T17:16:00Z", precision: .minute),
        Case(text: "on Tuesday at 6:30 a.m.", anchor: seedPost, zone: "Europe/Moscow", interval: "2023-05-30T03:30:00Z/2023-05-30T03:31:00Z", precision: .minute),
    ]

    @Test("A relative time resolves to its interval", arguments: cases)
    func resolves(_ c: Case) throws {
        let anchorTime = try NormalizedTime(stamp: c.anchor)
        let anchor = try TimeAnchor(instant: anchorTime.start, zone: .iana(c.zone))
        let mentions = RelativeTime.scan(c.text, anchor: anchor)
        let time = try #require(mentions.last?.time)
        #expect(time.interval.description == c.interval)
        #expect(time.precision == c.precision)
        #expect(time.zone == c.zone)
    }

    @Test func vagueTimesAreReportedUnresolvedNotGuessed() throws {
        let anchor = try TimeAnchor(instant: Instant(secondsSinceEpoch: 1_685_527_920), zone: .utc)
        let mentions = RelativeTime.scan("The site was recently hit, and strikes rose in recent weeks.", anchor: anchor)
        #expect(mentions.count == 2)
        #expect(mentions.allSatisfy { $0.time == nil })
        #expect(throws: TimelineError.self) { try RelativeTime.resolve("recently", anchor: anchor) }
    }

    @Test func mentionsCarryScalarRangesFromTheStartOfTheInput() throws {
        let anchor = try TimeAnchor(instant: Instant(secondsSinceEpoch: 1_685_527_920), zone: .iana("Europe/Moscow"))
        let text = "“About 10 drones” tried to attack the Klimovsky district overnight, RIA reported."
        let mentions = RelativeTime.scan(text, anchor: anchor, base: 100)
        let overnight = try #require(mentions.first { $0.text == "overnight" })
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[(overnight.range.lowerBound - 100)..<(overnight.range.upperBound - 100)])) == "overnight")
        #expect(overnight.range.lowerBound == 100 + 57)
    }

    /// A clock with no day of its own is on the day the caller's story has reached when that day is an earlier
    /// one (`killed yesterday ... the violence began around noon`); on the anchor's day otherwise.
    @Test(arguments: [
        (story: CivilDate(year: 2024, month: 7, day: 18)!, expected: "2024-07-18T12:00:00Z"),
        (story: CivilDate(year: 2024, month: 7, day: 19)!, expected: "2024-07-19T12:00:00Z"),
    ])
    func aClockIsOnTheStorysEarlierDay(_ c: (story: CivilDate, expected: String)) throws {
        let anchor = try TimeAnchor(instant: NormalizedTime(stamp: "2024-07-19T14:00:00Z").start, zone: .utc)
        let mentions = RelativeTime.scan("Witnesses said the violence began around noon.", anchor: anchor, tense: .past,
                                         story: RelativeTime.StoryTime(date: c.story, precision: .day))
        let noon = try #require(mentions.first?.time)
        #expect(noon.interval.start.iso8601 == c.expected)
    }

    @Test func aDateOnlyAnchorCountsTheWholeDayAsPast() throws {
        let anchor = try TimeAnchor(date: CivilDate(year: 2023, month: 5, day: 31)!, zone: .iana("Europe/Moscow"))
        let attack = try RelativeTime.resolve("the 4 a.m. attack", anchor: anchor)
        #expect(attack.start.iso8601 == "2023-05-31T01:00:00Z")
    }
}
