import Testing
import Timeline
@testable import Incidents

/// Tallies and a capitalised modifier: a count over a whole country (`nationwide`, `across the country`) or over a span
/// reaching up to the report (`in the past day`, `over the last 24 hours`) is no toll of the event told before it; a
/// capitalised word before a noun inside a relative clause (`which Islamist insurgents had held`) is no verb, so the
/// state the clause tells stays the clause's and the recapture is kept. Sentences written here, published on Wednesday
/// 15 May 2024.
@Suite("Tallies over a country or up to the report, and capitalised modifiers")
struct TallyAndCapitalTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Sub-event type, location, fatalities and injured of every incident, in the order stored.
        var expected: [(type: String, location: String, fatalities: Int?, injured: Int?)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "In the port city of Kismayo, youths looted shops on Monday evening. A rights group said on Tuesday that at "
                 + "least 17 people had died nationwide in three days of unrest.",
             expected: [("Looting/property destruction", "Kismayo", nil, nil)]),
        Case(text: "Protesters burned tyres and looted a bank in Kisumu on Monday. Police said nine people had been killed across "
                 + "the country.",
             expected: [("Violent demonstration", "Kisumu", nil, nil)]),
        Case(text: "Troops retook the village of Novoselivka in Kursk region on Monday, the ministry said. It also said that 150 "
                 + "enemy soldiers had been killed in the past day.",
             expected: [("Government regains territory", "Novoselivka", nil, nil)]),
        Case(text: "Drones struck a fuel depot in Tambov on Monday, the governor said. The army said it had killed 90 fighters "
                 + "over the last 24 hours.",
             expected: [("Air/drone strike", "Tambov", nil, nil)]),
        // Guards: a toll with no span of its own, or dated by `last week` alone, is still the event's.
        Case(text: "Gunmen attacked the village of Kukawa in Borno state on Monday. Police said 12 people were killed.",
             expected: [("Attack", "Kukawa", 12, nil)]),
        Case(text: "Gunmen attacked the village of Kukawa in Borno state on Monday. Police said 12 people were killed in the "
                 + "attack last week.",
             expected: [("Attack", "Kukawa", 12, nil)]),
        // Guard: the span is another clause's (the aircraft's targets), and no one is counted; the killing stays an event.
        Case(text: "The army says its soldiers killed several gunmen who approached them in Jenin and that its aircraft hit more "
                 + "than 30 targets across the area over the past day.",
             expected: [("Air/drone strike", "Jenin", nil, nil)]),
        Case(text: "Troops have recaptured the town of Palma in Cabo Delgado province, which Islamist insurgents had held for a "
                 + "year, the army said.",
             expected: [("Government regains territory", "Palma", nil, nil)]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let expected = c.expected.map { SeedExtraction.Told(type: $0.type, location: $0.location, fatalities: $0.fatalities, injured: $0.injured) }
        #expect(try SeedExtraction.told(in: c.text, published: "2024-05-15T10:00:00Z") == expected)
    }
}
