import Testing
import Timeline
@testable import Incidents

/// Burning told beside killing is part of the attack, not the event that hides it: `killed at least six people
/// and torched dozens of homes` is an attack that killed six. Burning alone is property destruction.
/// Sentences written here, published on Wednesday 15 May 2024.
@Suite("Killing and burning in one sentence")
struct BurningAndKillingTests {
    @Test(arguments: [
        ("Gang members killed at least six people and torched dozens of homes in Mirebalais on Sunday.", ["Attack at Mirebalais (6)"]),
        ("Gang members torched dozens of homes in Mirebalais on Sunday.", ["Looting/property destruction at Mirebalais (-)"]),
    ])
    func theKillingIsTheEvent(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location) (\($0.fatalities.map(String.init) ?? "-"))" } == expected)
    }
}
