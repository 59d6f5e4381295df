import Testing
import Timeline
@testable import Incidents

/// A verb that names no weapon, said of an event noun (`the attack hit`, `the attack, which hit`), tells where that
/// event struck: it is no second event with a kind of its own. Sentences written here, published on 15 May 2024.
@Suite("Verbs said of an event noun")
struct EventNounPredicateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var subEventType: String
        var location: String
        var fatalities: Int?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "The attack hit a crowded market in Gao on Sunday, killing nine civilians.",
             subEventType: "Attack", location: "Gao", fatalities: 9),
        Case(text: "The attack, which hit a crowded market in Gao on Sunday, killed nine civilians.",
             subEventType: "Attack", location: "Gao", fatalities: 9),
        Case(text: "The blast hit a bus station in Kano on Monday, killing two people.",
             subEventType: "Remote explosive/landmine/IED", location: "Kano", fatalities: 2),
    ]

    @Test(arguments: cases)
    func theNounKeepsItsKind(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
        let incident = try #require(incidents.first)
        #expect(incident.subEventType == c.subEventType)
        #expect(incident.location == c.location)
        #expect(incident.fatalities == c.fatalities)
    }
}
