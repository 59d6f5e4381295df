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
        // Told in the next sentence with no place of its own, the burning is still part of the attack.
        ("Insurgents beheaded two men in the village of Chai on Saturday. The attackers set fire to around 20 huts before "
            + "withdrawing into the bush.", ["Attack at Chai (2)"]),
        // A sentence naming a place of its own tells its own event, even when the place is not attached to it.
        ("Artillery shells hit a hospital in El Fasher on Thursday, killing three patients. In Nyala, the capital of "
            + "South Darfur, witnesses said RSF fighters looted shops in the central market on Thursday.",
         ["Shelling/artillery/missile attack at El Fasher (3)", "Looting/property destruction at Nyala (-)"]),
        // With its own place, it is an event of its own.
        ("Insurgents beheaded two men in Macomia on Saturday. On Sunday, another group looted shops in Mocimboa da Praia.",
         ["Attack at Macomia (2)", "Looting/property destruction at Mocimboa da Praia (-)"]),
    ])
    func theKillingIsTheEvent(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location) (\($0.fatalities.map(String.init) ?? "-"))" } == expected)
    }
}
