import Testing
import Timeline
@testable import Incidents

/// Burning told beside killing is part of the attack, not the event that hides it: `killed at least six people
/// and torched dozens of homes` is an attack that killed six. Burning alone is property destruction, and so is burning at
/// another town than the killing; burning by a drone is its strike. Sentences written here, published on Wednesday 15 May 2024.
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
        // In the same sentence too: burning at another place than the killing is an event there, with no toll.
        ("Insurgents beheaded two men in Macomia on Saturday and torched dozens of houses in nearby Mocimboa da Praia.",
         ["Attack at Macomia (2)", "Looting/property destruction at Mocimboa da Praia (-)"]),
        // At the place of the killing it is part of the attack.
        ("Gunmen attacked a village near Jos on Sunday, killing five people and burning houses in Jos.", ["Attack at Jos (5)"]),
        // Burning by a weapon fired from afar is that weapon's strike.
        ("An FPV drone set fire to a grain warehouse on the outskirts of Valuyki on Monday.", ["Air/drone strike at Valuyki (-)"]),
        // A gerund the tagger reads as a verb still names its weapon: not the drone of the sentence before.
        ("A man was killed when a Russian drone hit his car near Stepnohirsk on Monday. Separately, shelling damaged a school "
            + "and several houses in Huliaipole; no casualties were reported there.",
         ["Air/drone strike at Stepnohirsk (1)", "Shelling/artillery/missile attack at Huliaipole (0)"]),
    ])
    func theKillingIsTheEvent(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location) (\($0.fatalities.map(String.init) ?? "-"))" } == expected)
    }
}
