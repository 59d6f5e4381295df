import Testing
import Timeline
@testable import Incidents

/// What a list of targets, a part of the attackers and a participle clause after a place say about an event's
/// place and toll. Sentences written here (`Mbelleko` is invented), published on Wednesday 10 May 2023.
@Suite("Lists of targets, parts of the attackers, clauses after a place")
struct TargetListsAndGroupCountsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var location: String
        var admin1: String
        var fatalities: Int?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A place after the last item of a list of targets is the event's (the list is no apposition).
        Case(text: "Gunmen stormed a church, a school and a clinic in the village of Mbelleko in Kwale county on Monday, killing seven people.",
             location: "Mbelleko", admin1: "Kwale County", fatalities: 7),
        // A part of the attackers killed adds to the soldiers killed (ACLED sums both sides), the verb quoted or not.
        Case(text: "Insurgents killed nine soldiers in an attack on an army base near Diffa on Monday, the ministry said. "
                 + "Twelve of the attackers were killed in the fighting, it added.",
             location: "Diffa", admin1: "Diffa", fatalities: 21),
        Case(text: "Insurgents killed nine soldiers in an attack on an army base near Diffa on Monday, the ministry said. "
                 + "Twelve of the attackers were \"killed\" in the fighting, it added.",
             location: "Diffa", admin1: "Diffa", fatalities: 21),
        // A part of a side already counted is a part of that figure, not another report.
        Case(text: "Insurgents killed nine soldiers near Diffa on Monday. Two of the soldiers were killed by a roadside bomb, it added.",
             location: "Diffa", admin1: "Diffa", fatalities: 9),
        // A place after a participle clause is that clause's (`chanting against Uganda`), not the container of the park:
        // the park is in the town that frames the sentence, one event.
        Case(text: "In Nairobi, hundreds of students marched peacefully in Uhuru Park on Monday, chanting against Uganda.",
             location: "Uhuru Park", admin1: "Nairobi County", fatalities: nil),
        // The dead of both sides told in one sentence add up.
        Case(text: "Militants attacked a police post near Lakki Marwat late on Tuesday night. Two constables were killed and a third was "
                 + "injured, while three attackers were killed, police said.",
             location: "Lakki Marwat", admin1: "Khyber Pakhtunkhwa", fatalities: 5),
        Case(text: "Troops repelled an attack near Gao on Monday, killing 12 attackers, while four soldiers were killed.",
             location: "Gao", admin1: "Gao", fatalities: 16),
        // A crowd acts where it is (`a crowd in X`): a killing by it is mob violence there.
        Case(text: "On Monday, a crowd in Gonaïves beat and burned to death two suspected thieves, witnesses said.",
             location: "Gonaïves", admin1: "Artibonite", fatalities: 2),
    ]

    @Test(arguments: cases)
    func readsPlaceAndToll(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2023-05-10T10:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map { "\($0.location) in \($0.place.admin1Name ?? "-")" })")
        let incident = try #require(incidents.first)
        #expect(incident.location == c.location)
        #expect(incident.place.admin1Name == c.admin1)
        #expect(incident.fatalities == c.fatalities)
    }

    /// `a neighbourhood in the east of Nyala` ... `the Otash neighbourhood`: a name the gazetteer lacks, written with the
    /// place noun an earlier phrase introduced with `a` in a known town, is in that town (near it, not in its region).
    @Test func aPlaceNounIntroducedEarlierHoldsTheName() throws {
        let text = "Shelling hit a neighbourhood in the east of Nyala on Monday, killing six people. "
            + "Witnesses said more shells landed in the Otash neighbourhood on Tuesday, killing two."
        let incidents = try SeedExtraction.incidents(in: text, published: "2023-05-10T10:00:00Z")
        let otash = try #require(incidents.first { $0.location == "Otash" }, "found \(incidents.map(\.location))")
        #expect(otash.place.name == "Nyala")
        #expect(otash.geoPrecision == 2)
        #expect(otash.fatalities == 2)
    }

    /// The subject read past its own locative or time phrase (`The Arakan Army on Friday captured`): a name of several
    /// capitalised words ending in `Army` is a group's, which overtakes territory; the state's troops regain it.
    @Test(arguments: [
        ("The Arakan Army on Friday captured the town of Kyauktaw.", EventKind.nonStateActorOvertakesTerritory),
        ("Government troops on Friday recaptured the town of Kidal.", EventKind.governmentRegainsTerritory),
    ])
    func territoryByWhoTookIt(_ text: String, _ kind: EventKind) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-02-10T10:00:00Z")
        #expect(incidents.map(\.kind) == [kind])
    }

    /// A state told after a comma that closes a clause with a past event of its own is that phrase's: the capture stands.
    @Test func aStateAfterTheEventsClauseLeavesTheEvent() throws {
        let text = "Malian troops took control of the northern town of Kidal on Tuesday, the first time government forces have held "
            + "the town since 2014."
        let incidents = try SeedExtraction.incidents(in: text, published: "2023-11-15T10:00:00Z")
        #expect(incidents.map(\.kind) == [.governmentRegainsTerritory])
        #expect(incidents.map(\.location) == ["Kidal"])
    }

    /// A crowd (`dozens of youths`) that burns property and hurts people is a mob.
    @Test func aCrowdThatBurnsAndHurtsIsAMob() throws {
        let text = "Early on Friday, dozens of youths hurled stones at houses and torched three cars in Huwara, injuring five people."
        let incidents = try SeedExtraction.incidents(in: text, published: "2023-06-02T10:00:00Z")
        #expect(incidents.map(\.kind) == [.mobViolence])
        #expect(incidents.first?.injured == 5)
    }

    /// Fire exchanged between armed groups is a battle, whoever died in it.
    @Test func anExchangeOfFireIsABattle() throws {
        let text = "On Monday, a farmer was killed and two others were hurt in an exchange of fire between rival armed groups near Moreh, officials said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2023-07-17T10:00:00Z")
        #expect(incidents.map(\.kind) == [.armedClash])
    }

    /// A clause the event is dated from (`hours after the body ... was found in X`) tells of another time and place.
    @Test func aClauseTheEventIsDatedFromKeepsItsPlace() throws {
        let text = "A mob set fire to 20 houses in Imphal on Sunday, hours after the body of a missing man was found in a field in "
            + "Bishnupur district, police said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2023-07-17T10:00:00Z")
        #expect(incidents.map(\.location) == ["Imphal"])
    }
}
