import Testing
@testable import Incidents

/// What a raid, a seizure or an interception was for, read from what it took: goods carried off or burned with nobody
/// harmed, people seized, boats stopped. Sentences written for the tests, published on Thursday 13 February 2025.
@Suite("Raids, seizures and interceptions by what they took")
struct RaidsAndTakingsTests {
    @Test(arguments: [
        // A raid that harms nobody and names no weapon of its own is the looting it was for.
        ("On Friday morning, armed men raided a village near Arbinda, carrying off livestock and setting granaries alight, residents said.",
         ["Looting/property destruction at Arbinda (-)"]),
        // With people killed it stays an attack, the burning part of it.
        ("Gunmen raided a village near Arbinda on Friday, killing two herders and setting granaries alight.", ["Attack at Arbinda (2)"]),
        // Only a raid: a rampage that burns homes is an attack on the village.
        ("Hundreds of settlers rampaged through the village of Turmus Ayya, northeast of Ramallah, on Wednesday afternoon, "
            + "setting fire to about 30 homes and 60 cars, residents said.", ["Attack at Turmus Ayya (-)"]),
        // People seized are abducted, past a figure's `at least`, and after a participle the tagger took for a passive.
        ("Gunmen seized at least 18 passengers from a bus outside Fiche on Sunday.", ["Abduction/forced disappearance at Fiche (-)"]),
        ("Rebels seized the town of Fiche on Sunday.", ["Non-state actor overtakes territory at Fiche (-)"]),
        // An approximation before the figure (`about`, read as a preposition) does not hide the people taken.
        ("Gunmen seized about a dozen traders near Fiche on Sunday.", ["Abduction/forced disappearance at Fiche (-)"]),
        // Boats stopped on the water are no weapon stopped.
        ("Suspected insurgents in two motorboats intercepted fishing dhows off Quirimba island in Cabo Delgado early Wednesday, "
            + "shooting dead one fisherman.", ["Attack at Quirimba (1)"]),
    ])
    func readsWhatWasTaken(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2025-02-13T10:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location) (\($0.fatalities.map(String.init) ?? "-"))" } == expected)
    }
}
