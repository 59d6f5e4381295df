import Testing
import Timeline
@testable import Incidents

/// Tolls split between the places of one event: a place named twice takes the toll of its second naming
/// (`shelled A and B, killing three in A and wounding two in B`), a toll of wounded alone leaves that place
/// with no dead, a phrase between the verb and the place (`died at the post in A`) and a number the
/// tokenizer split at its hyphen still give the figure. Sentences written here, published on Tuesday 12 March 2024.
@Suite("Tolls of the places of one event")
struct PlaceTollTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Location, fatalities and injured of every incident, in the order stored.
        var expected: [(location: String, fatalities: Int?, injured: Int?)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Russian artillery shelled Kostiantynivka and Pokrovsk in Donetsk region on Monday, killing three people in Kostiantynivka "
                 + "and wounding two in Pokrovsk, the governor said.",
             expected: [("Kostiantynivka", 3, nil), ("Pokrovsk", 0, 2)]),
        Case(text: "Rebels raided Beni and Butembo overnight, killing 14 civilians - nine in Beni and five in Butembo - a local official said.",
             expected: [("Beni", 9, nil), ("Butembo", 5, nil)]),
        Case(text: "Guided bombs struck Kramatorsk and Sloviansk on Monday, killing four people in total: three in Kramatorsk and one in Sloviansk.",
             expected: [("Kramatorsk", 3, nil), ("Sloviansk", 1, nil)]),
        Case(text: "Twenty-five soldiers died at the post in Djibo and 15 in Arbinda on Monday, the army said.",
             expected: [("Djibo", 25, nil), ("Arbinda", 15, nil)]),
        // A figure opening the sentence, which the tagger reads as an adjective, is still the first place's toll.
        Case(text: "Nine people were killed in Bama on Monday night, while five died in Gwoza and three in Dikwa, a council official said.",
             expected: [("Bama", 9, nil), ("Gwoza", 5, nil), ("Dikwa", 3, nil)]),
        // That nobody was hurt is said of the event told just before, not of an earlier sentence's event.
        Case(text: "Shelling killed two people in Kherson on Monday. Separately, a drone hit a fuel depot outside Nikopol overnight. No one was hurt.",
             expected: [("Kherson", 2, nil), ("Nikopol", 0, 0)]),
        // Events told in clauses of their own keep their own clause's figures: none for the second.
        Case(text: "Militants beheaded three farmers in Mocimboa da Praia on Sunday, and burned dozens of houses in Macomia, residents said.",
             expected: [("Mocimboa da Praia", 3, nil), ("Macomia", nil, nil)]),
        Case(text: "A drone hit a bus near Bahir Dar on Monday, killing nine passengers, two witnesses said, while federal troops clashed with militiamen near Gondar.",
             expected: [("Bahir Dar", 9, nil), ("Gondar", nil, nil)]),
        // Two events of one family, each with its own clause and figure: each keeps its own, not only the first.
        Case(text: "Shelling hit Illinivka on Monday, injuring two women, while a drone hit a car near Pokrovsk, wounding three people.",
             expected: [("Illinivka", nil, 2), ("Pokrovsk", nil, 3)]),
        // Figures in a clause with no place of its own are the sentence's events' alike: one toll for both places, divided
        // evenly between them as ACLED divides a summed toll.
        Case(text: "Artillery shelled Nikopol and Marhanets on Monday; two people were killed, the governor said.",
             expected: [("Nikopol", 1, nil), ("Marhanets", 1, nil)]),
    ]

    @Test(arguments: cases)
    func splitsTheToll(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-03-12T10:00:00Z")
        #expect(incidents.map(\.location) == c.expected.map(\.location))
        #expect(incidents.map(\.fatalities) == c.expected.map(\.fatalities))
        #expect(incidents.map(\.injured) == c.expected.map(\.injured))
    }
}
