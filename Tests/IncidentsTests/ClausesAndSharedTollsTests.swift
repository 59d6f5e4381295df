import Testing
import Timeline
@testable import Incidents

/// Where the second clause's place hangs and how a toll several places share is told: a subordinating conjunction after a
/// statement (`..., officials said, while an ambush ... outside X`) opens a clause whose places are its own; a border named
/// as a landmark (`near the Niger border`) is no event place, and a companion's list (`with troops and their allies on the
/// outskirts of X`) does not carry the place away; names the gazetteer lacks after a lede that names their district lie in
/// that district, each with its own toll (`eight in X and three in neighbouring Y`); one toll for a list of places is
/// divided evenly among them, as ACLED divides a summed toll, and labelled so; what a strike with no place of its own hit
/// is where a later sentence says that target stands. Sentences written here, published on Tuesday 12 March 2024.
@Suite("Clauses after statements, landmark borders and shared tolls")
struct ClausesAndSharedTollsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Location and fatalities of every incident, in the order stored.
        var expected: [(location: String, fatalities: Int?)]
        /// The whole toll each incident's share was divided from, when it was.
        var sharedTotal: Int? = nil
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Insurgents stormed a military post in Kaya on Tuesday, killing nine soldiers, officials said, while an ambush "
                 + "the same evening just outside Kongoussi left three volunteers dead.",
             expected: [("Kaya", 9), ("Kongoussi", 3)]),
        Case(text: "Jihadists clashed with Malian troops and their Russian allies on the outskirts of Gao, near the Niger border, "
                 + "on Sunday, killing four soldiers.",
             expected: [("Gao", 4)]),
        // The lede's district holds the villages told after it; the lede is no third event.
        Case(text: "Gunmen killed 11 people in attacks on two villages in Zamfara state's Maru local government area on Sunday. "
                 + "Police said eight died in Kadawa and three in neighbouring Gidan Jaja when the attackers opened fire.",
             expected: [("Kadawa", 8), ("Gidan Jaja", 3)]),
        Case(text: "Herders raided the villages of Ahume and Tse-Orbiam in Benue state on Sunday, killing 12 people.",
             expected: [("Ahume", 6), ("Tse-Orbiam", 6)], sharedTotal: 12),
        // What does not divide goes to the first named.
        Case(text: "Russian artillery shelled Nikopol, Marhanets and Pokrov on Monday, killing ten people, the governor said.",
             expected: [("Nikopol", 4), ("Marhanets", 3), ("Pokrov", 3)], sharedTotal: 10),
        // Fewer dead than places: which place had none is not known, so the figure is not divided.
        Case(text: "Russian artillery shelled Nikopol and Marhanets on Monday, killing one person, the governor said.",
             expected: [("Nikopol", 1), ("Marhanets", 1)]),
        // The strike's place is told after it, by its target; the clash after that is another event, not the strike's.
        Case(text: "Military aircraft bombed a school where families had taken shelter early on Monday, killing at least six civilians, "
                 + "residents said. The school stands in Thit Cho Kone, a village in Taungoo township of Bago Region. Later that day, "
                 + "rebels ambushed an army column near Nyaunglebin, killing four soldiers.",
             expected: [("Nyaunglebin", 4), ("Thit Cho Kone", 6)]),
        // A region holding the town is where it lies, not a second place to share with.
        Case(text: "Russian artillery shelled Nikopol in Dnipropetrovsk region on Monday, killing two people.",
             expected: [("Nikopol", 2)]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-03-12T10:00:00Z")
        #expect(incidents.map(\.location) == c.expected.map(\.location))
        #expect(incidents.map(\.fatalities) == c.expected.map(\.fatalities))
        #expect(incidents.map { $0.counts["fatalities_total"]?.value } == incidents.map { _ in c.sharedTotal })
    }
}
