import Testing
@testable import Incidents

/// A figure for part of a group (`two of its soldiers`) is the count when the sentence counts that group nowhere else, and
/// no lower report of a toll told before; a figure quoted from a source is still a verb's object; an attack the story then
/// names as an exchange of fire was a fight, and the attackers' dead add to the toll of an attack; guests and labourers
/// are civilians; a side's own losses add to the enemies it killed; an attack repelled with no weapon that flies was a fight.
/// Sentences written here, published on Wednesday 15 May 2024.
@Suite("Parts of groups, quoted figures, attacks fought back")
struct PartsAndFightsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Sub-event type, location and figures of every incident, in the order stored.
        var expected: [(type: String, location: String, fatalities: Int?, injured: Int?)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Militants clashed with soldiers near Ghazni on Sunday, and the army said two of its men died.",
             expected: [("Armed clash", "Ghazni", 2, nil)]),
        Case(text: "Gunmen attacked a bus near Kunduz on Monday and three of the passengers were killed.",
             expected: [("Attack", "Kunduz", 3, nil)]),
        Case(text: "Two of the kidnappers died when troops stormed their hideout near Zaria on Friday.",
             expected: [("Armed clash", "Zaria", 2, nil)]),
        // Guard of the rule above: a part of the villagers the sentence before counted is no lower report of their toll.
        Case(text: "Gunmen killed eight villagers in Kunduz on Monday. Two of the villagers were killed as they tried to flee, police said.",
             expected: [("Attack", "Kunduz", 8, nil)]),
        Case(text: "Rebels ambushed an army column near Kidal on Monday, killing 'around 10' soldiers, a rebel statement said.",
             expected: [("Armed clash", "Kidal", 10, nil)]),
        Case(text: "Gunmen stormed a village near Bannu on Sunday night, killing three civilians. Police said two of the raiders were shot dead "
                 + "in the exchange of fire that followed.",
             expected: [("Armed clash", "Bannu", 5, nil)]),
        Case(text: "Gunmen attacked a wedding party in Kunduz on Saturday, killing five guests.",
             expected: [("Attack", "Kunduz", 5, nil)]),
        Case(text: "Gunmen opened fire on labourers near Gwadar on Saturday, killing six of them.",
             expected: [("Attack", "Gwadar", 6, nil)]),
        // A side's own losses beside the enemies it killed add up; an attack turned back with no weapon that flies was a fight.
        Case(text: "Troops repelled an attack on Bosso on Sunday, losing three soldiers and killing nine assailants.",
             expected: [("Armed clash", "Bosso", 12, nil)]),
        Case(text: "Troops killed 20 militants near Bosso on Saturday, losing four soldiers.", expected: [("Armed clash", "Bosso", 24, nil)]),
        // Guard: `the attack` told again is no fight.
        Case(text: "Gunmen attacked a wedding party in Kunduz on Saturday, killing five guests. The attack lasted an hour, police said.",
             expected: [("Attack", "Kunduz", 5, nil)]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let expected = c.expected.map { SeedExtraction.Told(type: $0.type, location: $0.location, fatalities: $0.fatalities, injured: $0.injured) }
        #expect(try SeedExtraction.told(in: c.text, published: "2024-05-15T10:00:00Z") == expected)
    }

    /// Figures read from one sentence: a part of a group with no figure of its own is counted, and marked as a part.
    @Test(arguments: [
        ("The army said three of its soldiers died.", 3 as Int?, true),
        ("Three of them were killed.", 3, true),
        // A part of those already counted as casualties, or of a group the sentence counted, is no count of its own.
        ("Two of the dead were children.", nil, false),
        ("Two of the dead were soldiers killed in the ambush.", nil, false),
        // A part of a group the sentence counted before is still the count of its own field.
        ("Ten soldiers were wounded and two of the soldiers later died.", 2, true),
    ])
    func partsOfGroups(text: String, fatalities: Int?, isPart: Bool) {
        let counts = CountReader.read(text)
        #expect(counts.fatalities?.value == fatalities)
        #expect(counts.isPart == isPart)
    }
}
