import Foundation
import Language
import Testing
@testable import Timeline

/// Which way a weekday or a date without a year is read when its clause looks ahead: `be` with an
/// infinitive and a present verb governing one look forward; an infinitive under a past verb looks
/// ahead from a past time, so the nearer date is taken; a verb merely continuing (`is continuing
/// to`) does not look ahead.
@Suite("Prospective clauses: be to, scheduled to, and infinitives under a past verb")
struct ProspectiveTenseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// The story's date (its weekday matters).
        var anchor: String
        var expression: String
        var value: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Thursday 2 November 1989: a present verb governing an infinitive, with `to` read as a preposition.
        Case(text: "The merger of the two insurers is scheduled to close Monday.", anchor: "1989-11-02", expression: "Monday", value: "1989-11-06"),
        // Friday 27 October 1989: `is to` + verb.
        Case(text: "Shares of the shipping line are to resume trading in Oslo Tuesday.", anchor: "1989-10-27", expression: "Tuesday", value: "1989-10-31"),
        // Saturday 15 January 2000: ordered (past) ... to hand over by a day just gone.
        Case(text: "A judge ordered the agency to hand the documents over by Jan. 14.", anchor: "2000-01-15", expression: "Jan. 14", value: "2000-01-14"),
        // Monday 30 October 1989: extended (past) ... to buy ... Friday: three days back, not four ahead.
        Case(text: "Two rival groups extended their offers to buy the brewery Friday.", anchor: "1989-10-30", expression: "Friday", value: "1989-10-27"),
        // Wednesday 29 March 2000: planned (past) ... to move on Thursday: tomorrow, the nearer.
        Case(text: "Officials said they planned to move the convoy on Thursday.", anchor: "2000-03-29", expression: "Thursday", value: "2000-03-30"),
        // Friday 28 January 2000: forced (past) ... to make a November trip: the last November.
        Case(text: "The rebels forced the envoy to make the late-November trip, the ministry said.", anchor: "2000-01-28", expression: "late-November", value: "1999-11"),
        // Monday 30 October 1989: `is continuing to` shell a town entered Saturday: two days back.
        Case(text: "The army is continuing to shell the town it entered on Saturday.", anchor: "1989-10-30", expression: "Saturday", value: "1989-10-28"),
        // Monday 3 April 2000: the clause's own verb (`would leave`), not the attribution after the comma
        // (`the minister said`), says which way the day lies: tomorrow, not six days back.
        Case(text: "The delegation would be ready to leave as soon as Tuesday, the minister said.", anchor: "2000-04-03", expression: "Tuesday", value: "2000-04-04"),
        Case(text: "The convoy will cross the border on Friday, officials said.", anchor: "2000-04-03", expression: "Friday", value: "2000-04-07"),
        // Monday 3 April 2000: a present perfect's state lasts until a time to come (`has given ... until`),
        // though the perfect alone tells of the past.
        Case(text: "The agency has given the family until 9 a.m. Tuesday to sign the papers.", anchor: "2000-04-03", expression: "9 a.m. Tuesday", value: "2000-04-04T09:00"),
        Case(text: "The governor has extended the curfew until Friday.", anchor: "2000-04-03", expression: "Friday", value: "2000-04-07"),
        Case(text: "The governor has lifted the curfew imposed on Friday.", anchor: "2000-04-03", expression: "Friday", value: "2000-03-31"),
        // A future verb still reads ahead, and a plain past verb back.
        Case(text: "The minister will visit the port on Friday.", anchor: "1989-10-30", expression: "Friday", value: "1989-11-03"),
        Case(text: "The minister visited the port on Friday.", anchor: "1989-10-30", expression: "Friday", value: "1989-10-27"),
        // Thursday 26 October 1989: `effective` names the day a decision takes hold, after it was told,
        // whatever the tense of the telling (not 1 February 1989, nine months back).
        Case(text: "The bank created a new board, effective Feb. 1.", anchor: "1989-10-26", expression: "Feb. 1", value: "1990-02-01"),
        Case(text: "The wage cut, effective on Monday, angered the miners.", anchor: "1989-10-26", expression: "Monday", value: "1989-10-30"),
        // Saturday 15 January 2000: a future clause's day just gone is this year's (copy written a day
        // ahead), not next year's; a day three weeks gone is next year's.
        Case(text: "The agency will decide by Jan. 10 whether to appeal.", anchor: "2000-01-15", expression: "Jan. 10", value: "2000-01-10"),
        Case(text: "The agency will decide by Dec. 20 whether to appeal.", anchor: "2000-01-15", expression: "Dec. 20", value: "2000-12-20"),
        // Monday 19 April 1999: `last` and `next` with a month and its day name that day, the last or next.
        Case(text: "The doctor was shot dead last Oct. 23 at his home.", anchor: "1999-04-19", expression: "Oct. 23", value: "1998-10-23"),
        // A sentence's only verb tagged as a participle is its simple past (`The stock fluctuated, ...`): the month is behind.
        Case(text: "The stock fluctuated, rising to $42 in March.", anchor: "1989-10-30", expression: "March", value: "1989-03"),
        // A present perfect whose adverb the tagger reads as a verb (`has fluctuated sharply`) still tells of the past.
        Case(text: "The stock has fluctuated sharply, rising to $42 in June from $29 in March.", anchor: "1989-10-30", expression: "March", value: "1989-03"),
        // A past clause may name the coming month (`extended to November` on 30 October), not one two months on.
        Case(text: "The operator changed from a fiscal year to a calendar year in December.", anchor: "1989-10-30", expression: "December", value: "1988-12"),
        Case(text: "The board extended the offer to November.", anchor: "1989-10-30", expression: "November", value: "1989-11"),
        Case(text: "The vote is set for next March 3.", anchor: "1999-04-19", expression: "March 3", value: "2000-03-03"),
    ]

    @Test(arguments: cases)
    func readsTheDirectionOfItsClause(_ c: Case) throws {
        let anchor = try Fixtures.anchor(c.anchor)
        let reader = ClauseTenseReader(text: c.text, model: try LanguageModel.shared())
        let expressions = RelativeTime.extract(c.text, anchor: anchor, clauses: reader)
        let found = try #require(expressions.first { $0.text.contains(c.expression) }, "no expression holding '\(c.expression)' in \(expressions.map(\.text))")
        #expect(found.timex.value == c.value)
    }
}

/// Forty sentences written by a helper who had not read this code (Tests/Fixtures/blind/time_direction.jsonl):
/// plain past, will, scheduled/expected/due to, be to, infinitives under a past verb, past anchors in
/// relative clauses, reported speech, deadlines with until/by. Scored once when written: 33 of 40
/// before the prospective rules, 37 after; the floor holds that level.
@Suite("Held-out sentences: which way a date without a year is read")
struct HeldOutTimeDirectionTests {
    struct Item: Decodable {
        var id: String
        var dct: String
        var text: String
        var expression: String
        var value: String
    }

    @Test func theSentencesScoreAtLeastTheLevelReached() throws {
        let items = try Fixtures.text("Tests/Fixtures/blind/time_direction.jsonl").split(separator: "\n").map {
            try JSONDecoder().decode(Item.self, from: Data($0.utf8))
        }
        #expect(items.count == 40)
        let model = try LanguageModel.shared()
        var right = 0
        for item in items {
            let anchor = try Fixtures.anchor(item.dct)
            let expressions = RelativeTime.extract(item.text, anchor: anchor, clauses: ClauseTenseReader(text: item.text, model: model))
            let scalars = Array(item.text.unicodeScalars)
            let expected = Array(item.expression.unicodeScalars)
            guard let start = (0...(scalars.count - expected.count)).first(where: { Array(scalars[$0..<($0 + expected.count)]) == expected }) else {
                Issue.record("\(item.id): '\(item.expression)' not in its text")
                continue
            }
            let hit = expressions.first { $0.range.lowerBound < start + expected.count && $0.range.upperBound > start }
            if hit?.timex.value == item.value { right += 1 }
        }
        #expect(right >= 37, "\(right) of 40")
    }
}
