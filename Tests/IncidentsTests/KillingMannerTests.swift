import Testing
import Timeline
@testable import Incidents

/// A manner of killing with `to death` (`beat a man to death`, `stabbed to death two farmers`) kills its object, counted
/// by its number or as one person; `beat` before `to death` is the verb, and a word spelt as a regular past is no present.
/// Sentences written here, published on Wednesday 15 May 2024.
@Suite("Killed to death: the verb and its victims")
struct KillingMannerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Sub-event type, location and fatalities of every incident, in the order stored.
        var expected: [(type: String, location: String, fatalities: Int?)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "A mob beat a man to death in Gwoza on Monday.", expected: [("Mob violence", "Gwoza", 1)]),
        Case(text: "A mob beat to death a man in Gwoza on Monday.", expected: [("Mob violence", "Gwoza", 1)]),
        Case(text: "Attackers stabbed to death two farmers near Gwoza on Monday.", expected: [("Attack", "Gwoza", 2)]),
        // Guard: a beating with no `to death` kills no one.
        Case(text: "A mob beat a man in Gwoza on Monday.", expected: [("Mob violence", "Gwoza", nil)]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        // No one is told hurt in these reports.
        let expected = c.expected.map { SeedExtraction.Told(type: $0.type, location: $0.location, fatalities: $0.fatalities, injured: nil) }
        #expect(try SeedExtraction.told(in: c.text, published: "2024-05-15T10:00:00Z") == expected)
    }
}
