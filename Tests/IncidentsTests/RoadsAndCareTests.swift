import Testing
import Timeline
@testable import Incidents

/// The towns a road is named after (`the Kaduna-Abuja highway`) name the road, not where on it the event was; a place
/// where the hurt are cared for (`receiving treatment at a hospital in X`) is where they were taken. Sentences written
/// here, published on Wednesday 15 May 2024.
@Suite("Roads named by their towns, and places of care")
struct RoadsAndCareTests {
    @Test(arguments: [
        ("Bandits abducted 14 passengers on the Kaduna-Abuja highway near Katari, Kaduna State, on Sunday.",
         ["Abduction/forced disappearance at Katari in Kaduna State"]),
        // With no place after the road, the town it runs from is its nearest named place: one incident, not two.
        ("Bandits abducted 14 passengers on the Kaduna-Abuja highway on Sunday.",
         ["Abduction/forced disappearance at Kaduna in Kaduna State"]),
        // So with the towns named after the road (`the road linking X and Y`); a bomb that tears through a vehicle struck it.
        ("A roadside bomb tore through an army truck on the road linking Kaduna and Zaria on Sunday, killing three soldiers.",
         ["Remote explosive/landmine/IED at Kaduna in Kaduna State"]),
        // Unless the sentence names the place on the road; roads in general are no place.
        ("Jets struck the bridge at Rastan, on the highway linking Hama to Homs, on Sunday.",
         ["Shelling/artillery/missile attack at Rastan in Homs"]),
        ("Gunmen shot dead a driver near Katari, Kaduna State, on Sunday. Two wounded passengers were receiving treatment "
            + "at a hospital in Kaduna.", ["Attack at Katari in Kaduna State"]),
        // A way taken at the moment of the event (`as they travelled to`) ends near it: a place inside its destination is
        // the event's; a destination after the event (`were taken to`) is not.
        ("Gunmen shot dead two traders as they travelled to a market in Gwoza on Sunday.",
         ["Attack at Gwoza in Borno State"]),
        ("Gunmen killed two traders in Bama on Sunday. The wounded were taken to a hospital in Maiduguri.",
         ["Attack at Bama in Borno State"]),
        // A local figure shot is a civilian attacked, not a clash (`in what police believe was a coordinated attack`).
        ("Two gunmen shot dead a village headman as he rode to a tea shop in Gwoza on Sunday, in what police believe was a coordinated attack.",
         ["Attack at Gwoza in Borno State"]),
        // Guard: a hospital struck is the event's place.
        ("Artillery shells hit a hospital in Kaduna on Sunday, killing two patients.",
         ["Shelling/artillery/missile attack at Kaduna in Kaduna State"]),
    ])
    func placesOnRoadsAndOfCare(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location) in \($0.place.admin1Name ?? "-")" } == expected)
    }
}
