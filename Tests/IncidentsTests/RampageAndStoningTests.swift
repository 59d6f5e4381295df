import Testing
import Timeline
@testable import Incidents

/// `rampage` and `stone` are verbs of violence: gunmen rampaging through a town attack it, a crowd stoning people is a mob
/// (protesters stoning police riot). Sentences written here, published on Wednesday 15 May 2024.
@Suite("Rampages and stonings")
struct RampageAndStoningTests {
    @Test(arguments: [
        ("Gang members rampaged through the Cite Soleil neighbourhood of Port-au-Prince on Monday, shooting residents.",
         ["Attack at Cite Soleil"]),
        ("In the Tabarre area of Port-au-Prince, villagers on Sunday night stoned and burned two men they accused of theft.",
         ["Mob violence at Tabarre"]),
        ("Protesters stoned police officers in Kisumu on Tuesday.", ["Violent demonstration at Kisumu"]),
        // Guard: a crowd's march stays a protest.
        ("Hundreds of residents marched through Kisumu on Tuesday.", ["Peaceful protest at Kisumu"]),
    ])
    func violenceIsRead(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" } == expected)
    }
}
