import Testing
import Timeline
@testable import Incidents

/// Arms and contraband taken (`seized 10 rifles and several grenades`) are held, not used: they neither make an event of
/// territory taken nor lend their weapon to the sentence's or the story's events. Sentences written here, published on
/// Wednesday 15 May 2024.
@Suite("Goods seized are no weapon used")
struct SeizedGoodsTests {
    @Test(arguments: [
        ("Police seized 12 rifles and several grenades in Kisumu on Tuesday.", [String]()),
        ("Customs officers confiscated two tonnes of cocaine at the port of Guayaquil on Monday.", []),
        // The story's clash keeps its own kind: the grenades were found after it.
        ("Gunmen clashed with police in Kisumu on Tuesday, killing four officers. Police said they recovered 12 rifles and "
            + "several grenades.", ["Armed clash at Kisumu (4)"]),
        ("Four people were killed on Tuesday during a police raid in Kisumu. Police said they seized 12 rifles and several grenades.",
         ["Attack at Kisumu (4)"]),
        // Guards: a town and people seized, and a grenade thrown.
        ("Jihadists seized the town of Kidal on Tuesday.", ["Non-state actor overtakes territory at Kidal (-)"]),
        ("Gunmen seized 20 villagers in Kaduna on Tuesday.", ["Abduction/forced disappearance at Kaduna (-)"]),
        ("A grenade was thrown at a bar in Kampala on Tuesday, killing two people.", ["Grenade at Kampala (2)"]),
    ])
    func goodsTakenAreNoWeaponUsed(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location) (\($0.fatalities.map(String.init) ?? "-"))" } == expected)
    }
}
