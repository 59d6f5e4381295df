import Testing
import Incidents

/// One victim told without a number, an interception of what is no weapon, and attackers driven back. Sentences
/// written for the tests.
@Suite("One victim, what an interception stops, attackers driven back")
struct VictimAndInterceptionTests {
    @Test(arguments: [
        // A pronoun or a person with a determiner, after a toll verb, is one person.
        ("Soldiers opened fire on a shepherd near Marjayoun on Tuesday, killing him, the agency said.",
         ["Attack at Marjayoun (1)"]),
        ("A drone hit a car in Marjayoun on Tuesday, killing the driver, the agency said.",
         ["Air/drone strike at Marjayoun (1)"]),
        // One of a counted group is no toll of its own.
        ("Six people including a child were killed in a missile attack on Belgorod on Thursday, officials said.",
         ["Shelling/artillery/missile attack at Belgorod (6)"]),
        // An interception of a convoy is no weapon stopped: the drivers seized are the event.
        ("Armed men intercepted a convoy of lorries near Gao on Wednesday and seized three of the drivers, an official said.",
         ["Abduction/forced disappearance at Gao (-)"]),
        // Drones stopped still are, and so is a vehicle packed with explosives.
        ("Police defused a motorcycle packed with explosives outside the mayor's office in Tame on Monday.",
         ["Disrupted weapons use at Tame (-)"]),
        ("Air defences intercepted two drones over Kursk on Wednesday, the governor said.",
         ["Disrupted weapons use at Kursk (-)"]),
        // What was stopped did not strike: drones destroyed over a region are no part of a drone's deadly strike in it.
        ("A drone hit a minibus in the village of Nikolskoye in the Belgorod region on Monday, killing the driver. Air defences "
            + "destroyed 12 drones over the Belgorod region overnight, the ministry said.",
         ["Air/drone strike at Nikolskoye (1)", "Disrupted weapons use at Belgorod region (-)"]),
        // Attackers beaten back fought.
        ("The ministry said its troops had beaten back an attempt by Ukrainian units to cross the border near Sudzha on Tuesday.",
         ["Armed clash at Sudzha (-)"]),
        // Rocket-propelled grenades are fired as guns are: a raid with them on a police camp is a fight, no grenade attack.
        ("On Monday night, militants armed with rocket-propelled grenades attacked a police camp in Lafey, sparking a gunfight; "
            + "two attackers were killed.", ["Armed clash at Lafey (2)"]),
        // A town's name before `river` names the river: no second event at the town.
        ("Nikopol, across the Dnipro river from the nuclear plant, came under artillery fire on Wednesday; no one was hurt.",
         ["Shelling/artillery/missile attack at Nikopol (0)"]),
    ])
    func reads(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-12-18T10:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location) (\($0.fatalities.map(String.init) ?? "-"))" } == expected)
    }
}
