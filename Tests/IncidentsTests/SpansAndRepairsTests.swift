import Testing
import Timeline
@testable import Incidents

/// A time that opens a span (`since their 2020 war`) does not date the sentence's event, and a past-only verb
/// form the tagger read as a noun (`artillery struck positions`) is still the event's verb. Sentences written
/// here, published on Wednesday 15 May 2024.
@Suite("Times that open spans, and past forms read as nouns")
struct SpansAndRepairsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var subEventType: String
        var location: String
        /// Tuesday in Armenia (UTC+4).
        var occurred = "2024-05-13T20:00:00Z/2024-05-14T20:00:00Z"
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // `since the 2020 war` tells when the worst began; without the rule the fighting is dated 2020 and dropped as history.
        Case(text: "The worst fighting since the 2020 war broke out near Jermuk in Vayots Dzor province on Tuesday.",
             subEventType: "Armed clash", location: "Jermuk"),
        Case(text: "Azerbaijani artillery struck positions near Jermuk in Vayots Dzor province on Tuesday.",
             subEventType: "Shelling/artillery/missile attack", location: "Jermuk"),
    ]

    @Test(arguments: cases)
    func keepsTheEvent(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map(\.location) == [c.location], "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
        let incident = try #require(incidents.first)
        #expect(incident.subEventType == c.subEventType)
        #expect(incident.place.countryCode == "AM")
        #expect(incident.occurred.description == c.occurred)
    }
}
