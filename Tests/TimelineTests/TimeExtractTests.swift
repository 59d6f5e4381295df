import Testing
@testable import Timeline

/// Sentences written here (not from any corpus), anchored on Wednesday 15 May 2024 in UTC.
@Suite("time extract: TimeML types and values in running text")
struct TimeExtractTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        /// The expression's text as TimeML spans it (no leading `on`/`in`).
        var text: String
        var kind: Timex.Kind
        var value: String
        var modifier: Timex.Modifier? = nil
        var anchoring: Timex.Anchoring = .document
        /// The clause's tense, as the language layer would read it; nil for none.
        var tense: RelativeTime.SentenceTense? = .past
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        // Years, months and seasons, said without a day.
        Case(sentence: "The dam was finished in 2014.", text: "2014", kind: .date, value: "2014", anchoring: .none),
        Case(sentence: "He joined the force in '79 as a cadet.", text: "'79", kind: .date, value: "1979"),
        Case(sentence: "The drought began in October.", text: "October", kind: .date, value: "2023-10"),
        Case(sentence: "Elections will be held in October.", text: "October", kind: .date, value: "2024-10", tense: .future),
        Case(sentence: "Prices fell last March.", text: "last March", kind: .date, value: "2024-03"),
        Case(sentence: "The ferry sank in January this year.", text: "January this year", kind: .date, value: "2024-01"),
        Case(sentence: "Floods hit the delta last winter.", text: "last winter", kind: .date, value: "2024-WI"),
        Case(sentence: "The rebels regrouped over the summer of 2016.", text: "the summer of 2016", kind: .date, value: "2016-SU", anchoring: .none),
        // Years said in words, as broadcast transcripts write them, after a month or a season.
        Case(sentence: "January nineteen ninety-seven. The clinic was bombed again.", text: "January nineteen ninety-seven", kind: .date, value: "1997-01", anchoring: .none),
        Case(sentence: "The pipes froze in the winter of nineteen ninety-four.", text: "the winter of nineteen ninety-four", kind: .date, value: "1994-WI", anchoring: .none),
        Case(sentence: "Output rose in the third quarter.", text: "the third quarter", kind: .date, value: "2023-Q3"),
        Case(sentence: "Third-quarter profit doubled in 2023.", text: "Third-quarter", kind: .date, value: "2023-Q3"),
        Case(sentence: "The plan covers the second half of 2025.", text: "the second half of 2025", kind: .date, value: "2025-H2", anchoring: .none, tense: .present),
        // Halves said another way, taken with the year they divide; without one, a span.
        Case(sentence: "Exports slowed in the last half of 2019.", text: "the last half of 2019", kind: .date, value: "2019-H2", anchoring: .none),
        Case(sentence: "Exports slowed in the latter half of the year.", text: "the latter half of the year", kind: .date, value: "2024-H2"),
        Case(sentence: "Losses will last the first two quarters of 2025.", text: "the first two quarters of 2025", kind: .date, value: "2025-H1", anchoring: .none, tense: .future),
        Case(sentence: "Exports slowed in the last two quarters.", text: "the last two quarters", kind: .duration, value: "P2Q", anchoring: .none),
        Case(sentence: "Rents doubled in the 1990s.", text: "the 1990s", kind: .date, value: "199", anchoring: .none),
        Case(sentence: "The fort dates from the 19th century.", text: "the 19th century", kind: .date, value: "18", anchoring: .none),
        Case(sentence: "Unemployment peaked in mid-2016.", text: "mid-2016", kind: .date, value: "2016", modifier: .mid, anchoring: .none),
        Case(sentence: "The bridge opens by the end of next year.", text: "the end of next year", kind: .date, value: "2025", modifier: .end, tense: .future),
        Case(sentence: "Losses mounted during the current fiscal year.", text: "the current fiscal year", kind: .date, value: "2024"),
        // Days, weekdays and clocks.
        Case(sentence: "Between 4-7 March 2024, thousands fled.", text: "4", kind: .date, value: "2024-03-04", anchoring: .none),
        Case(sentence: "Between 4-7 March 2024, thousands fled.", text: "7 March 2024", kind: .date, value: "2024-03-07", anchoring: .none),
        Case(sentence: "The road was cut from 3 to 5 May.", text: "3", kind: .date, value: "2024-05-03"),
        Case(sentence: "The siege began on Friday morning 23rd of February 2024.", text: "Friday morning", kind: .time, value: "2024-02-23TMO"),
        Case(sentence: "The siege began on Friday morning 23rd of February 2024.", text: "23rd of February 2024", kind: .date, value: "2024-02-23", anchoring: .none),
        Case(sentence: "The bridge reopened on the 4th of March.", text: "4th of March", kind: .date, value: "2024-03-04"),
        Case(sentence: "Troops crossed the river on Monday.", text: "Monday", kind: .date, value: "2024-05-13"),
        Case(sentence: "The envoy will arrive on Friday.", text: "Friday", kind: .date, value: "2024-05-17", tense: .future),
        Case(sentence: "Shelling resumed on Tuesday night.", text: "Tuesday night", kind: .time, value: "2024-05-14TNI"),
        Case(sentence: "The strike ended at 09:30 GMT Sunday.", text: "09:30 GMT Sunday", kind: .time, value: "2024-05-12T09:30"),
        Case(sentence: "The truce took effect at 10 p.m. (1900 GMT) Sunday.", text: "10 p.m. (1900 GMT) Sunday", kind: .time, value: "2024-05-12T22:00"),
        Case(sentence: "Voting closes at 8 p.m. EST, May 17.", text: "8 p.m. EST, May 17", kind: .time, value: "2024-05-17T20:00", tense: .present),
        Case(sentence: "The curfew starts at midnight Thursday.", text: "midnight Thursday", kind: .time, value: "2024-05-16T24:00", tense: .future),
        // The weekend as a noun's modifier is the story's weekend; `a weekend of talks` is no day.
        Case(sentence: "Nine died in a weekend attack on the village.", text: "a weekend", kind: .date, value: "2024-W19-WE"),
        Case(sentence: "Two days later the bridge fell.", text: "Two days later", kind: .date, value: "2024-05-17", tense: nil),
        Case(sentence: "The summit opened on May 2. The next day the talks collapsed.", text: "The next day", kind: .date, value: "2024-05-03", anchoring: .previous),
        Case(sentence: "Talks began on March 4, 2019, and a deal came a year later.", text: "a year later", kind: .date, value: "2020-03-04", anchoring: .previous),
        Case(sentence: "The talks resumed on May 9, a week after the previous Friday's clashes.", text: "the previous Friday", kind: .date, value: "2024-05-03", anchoring: .previous),
        Case(sentence: "International Women's Day is this coming Sunday.", text: "this coming Sunday", kind: .date, value: "2024-05-19", tense: .present),
        // Holidays with one date or one rule.
        Case(sentence: "Shops were looted on Christmas Day.", text: "Christmas Day", kind: .date, value: "2023-12-25"),
        Case(sentence: "The ceasefire collapsed over Easter.", text: "Easter", kind: .date, value: "2024-03-31"),
        Case(sentence: "Protests are planned for Thanksgiving.", text: "Thanksgiving", kind: .date, value: "2024-11-28", tense: .future),
        Case(sentence: "Fireworks were banned on New Year's Eve 2019.", text: "New Year's Eve 2019", kind: .date, value: "2019-12-31", anchoring: .none),
        // Durations, sets and references.
        Case(sentence: "He served five years in prison.", text: "five years", kind: .duration, value: "P5Y", anchoring: .none),
        Case(sentence: "The siege lasted 48 hours.", text: "48 hours", kind: .duration, value: "PT48H", anchoring: .none),
        Case(sentence: "She won a two-year term.", text: "two-year", kind: .duration, value: "P2Y", anchoring: .none),
        Case(sentence: "Sales rose in the first nine months.", text: "the first nine months", kind: .duration, value: "P9M", anchoring: .none),
        Case(sentence: "The town has been cut off for more than four months.", text: "more than four months", kind: .duration, value: "P4M", modifier: .moreThan, anchoring: .none),
        Case(sentence: "Militias have fought here for years.", text: "years", kind: .duration, value: "PXY", anchoring: .none),
        Case(sentence: "Convoys leave every Friday.", text: "every Friday", kind: .set, value: "XXXX-WXX-5", anchoring: .none, tense: .present),
        Case(sentence: "The paper is printed daily.", text: "daily", kind: .set, value: "P1D", anchoring: .none, tense: .present),
        Case(sentence: "Patrols pass twice a week.", text: "twice a week", kind: .set, value: "P1W", anchoring: .none, tense: .present),
        Case(sentence: "The market is now closed.", text: "now", kind: .date, value: "PRESENT_REF", tense: .present),
        Case(sentence: "The minister recently resigned.", text: "recently", kind: .date, value: "PAST_REF"),
        Case(sentence: "Such raids may resume in the future.", text: "the future", kind: .date, value: "FUTURE_REF", tense: .present),
        // ISO 8601, as tables and pages' machine-readable stamps write it.
        Case(sentence: "The order dated 2023-11-04 was revoked.", text: "2023-11-04", kind: .date, value: "2023-11-04", anchoring: .none),
        Case(sentence: "Posted 2024-05-14T07:26:00-04:00.", text: "2024-05-14T07:26:00-04:00", kind: .time, value: "2024-05-14T07:26", anchoring: .none),
        Case(sentence: "2024-05-15T11:26:00.000Z", text: "2024-05-15T11:26:00.000Z", kind: .time, value: "2024-05-15T11:26", anchoring: .none),
        // Dates all in numbers, as police notes and press releases write them: day first with hyphens or dots,
        // told apart by value where one exceeds 12, and with slashes the nearest past reading.
        Case(sentence: "The raid took place on 16-04-2024.", text: "16-04-2024", kind: .date, value: "2024-04-16", anchoring: .none),
        Case(sentence: "On 03.05.2024, the team left the camp.", text: "03.05.2024", kind: .date, value: "2024-05-03", anchoring: .none),
        Case(sentence: "The order of 4/25/2024 was revoked.", text: "4/25/2024", kind: .date, value: "2024-04-25", anchoring: .none),
        Case(sentence: "The order of 6/5/2024 was revoked.", text: "6/5/2024", kind: .date, value: "2024-05-06", anchoring: .none),
        // A 24-hour clock with `hours` after a preposition of time, on the date written after it.
        Case(sentence: "At about 2130 hours on 12-05-2024, gunmen fired on the post.", text: "about 2130 hours on 12-05-2024",
             kind: .time, value: "2024-05-12T21:30", modifier: .approximate),
        Case(sentence: "At 0600 hrs the convoy left.", text: "0600 hrs", kind: .time, value: "2024-05-15T06:00"),
        // A clock opening a line before the line's first word or a dash: a live entry's stamp, with no zone written.
        Case(sentence: "Live coverage\n09:20 Sirens sounded across the port.", text: "09:20", kind: .time, value: "2024-05-15T09:20"),
        Case(sentence: "Live coverage\n17:45 — The bridge reopened.", text: "17:45", kind: .time, value: "2024-05-15T17:45"),
        // A part of the day told before, or of the day after or before it.
        Case(sentence: "Rebels attacked the post on Monday and troops struck back the same evening.", text: "the same evening",
             kind: .time, value: "2024-05-13TEV", anchoring: .previous),
        Case(sentence: "Fighting stopped on Sunday but resumed the following morning.", text: "the following morning",
             kind: .time, value: "2024-05-13TMO", anchoring: .previous),
        Case(sentence: "Police reached the village on Monday and left that night.", text: "that night",
             kind: .time, value: "2024-05-13TNI", anchoring: .previous),
    ]

    static let anchor = try! TimeAnchor(date: CivilDate(year: 2024, month: 5, day: 15)!, zone: .utc)

    @Test(arguments: cases)
    func readsTheExpression(_ c: Case) throws {
        let found = RelativeTime.extract(c.sentence, anchor: Self.anchor, tenseAt: { _ in c.tense })
        let expression = try #require(found.first { $0.text == c.text }, "found \(found.map(\.text))")
        #expect(expression.timex.kind == c.kind)
        #expect(expression.timex.value == c.value)
        #expect(expression.timex.modifier == c.modifier)
        #expect(expression.timex.anchoring == c.anchoring)
        #expect(Array(c.sentence.unicodeScalars)[expression.range].map(String.init).joined() == c.text)
    }

    @Test func datesGetTheirUTCIntervalAndDurationsNone() throws {
        let found = RelativeTime.extract("In October the siege lasted 48 hours.", anchor: Self.anchor, tenseAt: { _ in .past })
        #expect(found.map(\.text) == ["October", "48 hours"])
        let october = try #require(found.first?.time)
        #expect(october.interval.description == "2023-10-01T00:00:00Z/2023-11-01T00:00:00Z")
        #expect(october.precision == .month)
        #expect(found[1].time == nil)
    }

    /// Midnight closes the day it names, as its last minute; what comes after it opens the next day.
    @Test func midnightIsTheLastMinuteOfItsDayOrTheFirstOfTheNext() throws {
        let found = RelativeTime.extract("Fighting raged until midnight and resumed shortly after midnight.", anchor: Self.anchor, tenseAt: { _ in .past })
        #expect(found.map(\.timex.value) == ["2024-05-14T24:00", "2024-05-14T24:00"])
        #expect(found.map { $0.time?.interval.description } == [
            "2024-05-14T23:59:00Z/2024-05-15T00:00:00Z", "2024-05-15T00:00:00Z/2024-05-15T00:01:00Z",
        ])
    }

    @Test func anISOInstantKeepsItsOffset() throws {
        let found = RelativeTime.extract("Posted 2024-05-14T07:26:00-04:00.", anchor: Self.anchor, tenseAt: { _ in .past })
        let time = try #require(found.first?.time)
        #expect(time.interval.description == "2024-05-14T11:26:00Z/2024-05-14T11:27:00Z")
        #expect(time.precision == .minute)
    }

    @Test func aSeasonAndAQuarterArePlacedAsWholeStretches() throws {
        let found = RelativeTime.extract("Floods hit last winter and in the third quarter.", anchor: Self.anchor, tenseAt: { _ in .past })
        #expect(found.map(\.timex.value) == ["2024-WI", "2023-Q3"])
        #expect(found.map { $0.time?.interval.description } == [
            "2023-12-01T00:00:00Z/2024-03-01T00:00:00Z", "2023-07-01T00:00:00Z/2023-10-01T00:00:00Z",
        ])
        #expect(found.map { $0.time?.precision } == [.season, .season])
    }

    @Test func wordsThatAreNotTimesAreLeftAlone() {
        let sentences = [
            "May I ask a question?",
            "Prices fall when supply grows.",
            "The budget was $2000.",
            "He is a now-defunct party's founder.",
            "The town was held by rebels after the fall of the army's division command.",
            "Talks will resume as soon as both sides agree.",
            "The pilots logged 1500 hours of training.",
            "The home side won 3-1 and drew 2-2.",
            // A 24-hour clock with no zone, neither after a preposition of time nor opening a line before a word.
            "The motion passed 14:05 in the chamber.",
            "Results\n14:05 was the winning time.",
        ]
        let found = sentences.flatMap { sentence in
            RelativeTime.extract(sentence, anchor: Self.anchor, tenseAt: { _ in .present }).map(\.text)
        }
        #expect(found == [])
    }
}
