import Testing
import Timeline
@testable import Incidents

/// A locative the chunker hangs on the other side of a clash (`with soldiers outside X`, `between A and B near X`)
/// places the event, by the same walk that places a resolved name; and a name the recognizer was unsure of
/// is not sent to a namesake on another continent. Sentences written here, published on Wednesday 15 May 2024.
@Suite("Locatives on a clash's other side, and unsure names abroad")
struct LocativeWalkTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var subEventType: String
        var location: String
        var countryCode: String
        var fatalities: Int?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Inhabitants act where they live: `residents of X` place the event at X, a neighbourhood the gazetteer
        // lacks (one half of its hyphenated name is no other place) at the city it is said to be of.
        Case(text: "On Tuesday, residents of Port-au-Prince lynched two men they accused of belonging to a gang.",
             subEventType: "Mob violence", location: "Port-au-Prince", countryCode: "HT", fatalities: 2),
        Case(text: "On Tuesday, residents of the Canapé-Vert neighbourhood of Port-au-Prince lynched two men.",
             subEventType: "Mob violence", location: "Canapé-Vert", countryCode: "HT", fatalities: 2),
        Case(text: "On Friday, residents in Pétion-Ville lynched two men they accused of belonging to a gang.",
             subEventType: "Mob violence", location: "Pétion-Ville", countryCode: "HT", fatalities: 2),
        // A span of time (`for hours`) is no purpose: the locative the chunker hangs on it is the clash's.
        Case(text: "Soldiers fought jihadists for three hours in Kidal on Monday, killing six.",
             subEventType: "Armed clash", location: "Kidal", countryCode: "ML", fatalities: 6),
        Case(text: "Troops battled gunmen for several hours near the town of Macomia on Tuesday.",
             subEventType: "Armed clash", location: "Macomia", countryCode: "MZ", fatalities: nil),
        // A fronted time (`On Monday,`) has no apposition: the place after its comma is the clause's subject (such an event
        // had been dropped).
        Case(text: "On Monday, the town of Pama was targeted by mortar fire.",
             subEventType: "Shelling/artillery/missile attack", location: "Pama", countryCode: "BF", fatalities: nil),
        Case(text: "On Friday night, the village of Kalewa was bombed by junta jets, killing three people.",
             subEventType: "Air/drone strike", location: "Kalewa", countryCode: "MM", fatalities: 3),
        // A part or a number of the other side (`a column of soldiers`) stands where the whole does.
        Case(text: "Rebels clashed with a column of about 80 soldiers near Kalewa on Monday, killing four.",
             subEventType: "Armed clash", location: "Kalewa", countryCode: "MM", fatalities: 4),
        Case(text: "Rebels clashed with dozens of soldiers near Kalewa on Monday.",
             subEventType: "Armed clash", location: "Kalewa", countryCode: "MM", fatalities: nil),
        // A facility's name after the companion phrase: its first word is its town.
        Case(text: "Students clashed with party activists in front of Rajshahi College on Tuesday, killing a man.",
             subEventType: "Armed clash", location: "Rajshahi", countryCode: "BD", fatalities: 1),
        Case(text: "A man was killed in a clash between students and activists in front of Rajshahi College.",
             subEventType: "Armed clash", location: "Rajshahi", countryCode: "BD", fatalities: 1),
        Case(text: "Rebels clashed with soldiers outside Bamenda Central Prison on Monday, killing two.",
             subEventType: "Armed clash", location: "Bamenda", countryCode: "CM", fatalities: 2),
        Case(text: "Two people died in a clash between herders and farmers near Jos Main Market on Friday.",
             subEventType: "Armed clash", location: "Jos", countryCode: "NG", fatalities: 2),
        // `from drones` is the instrument, not an origin: the place after it is where the bombs fell.
        Case(text: "Militants dropped bombs from drones on Kupiansk on Sunday, killing a woman.",
             subEventType: "Air/drone strike", location: "Kupiansk", countryCode: "UA", fatalities: 1),
    ]

    @Test(arguments: cases)
    func placesTheClash(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
        let incident = try #require(incidents.first)
        #expect(incident.subEventType == c.subEventType)
        #expect(incident.location == c.location)
        #expect(incident.place.countryCode == c.countryCode)
        #expect(incident.fatalities == c.fatalities)
    }

    /// `the Valley` names no place of a story set in Nepal; the gazetteer's only entry, in Anguilla, is
    /// 14,000 km from the story's town, so the event is not placed there.
    @Test func anUnsureNameIsNotSentToAnotherContinent() throws {
        let text = "Police officers returning to duty in the Valley were attacked on Monday, a spokesman in Pokhara said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(!incidents.contains { $0.place.countryCode == "AI" }, "found \(incidents.map { "\($0.location) \($0.place.countryCode ?? "-")" })")
        #expect(incidents.count == 0)
    }

    /// `near the town of X` is near X (ACLED's geo precision 2), as `near X` is; `in the town of X` is X itself.
    @Test(arguments: [
        ("Troops battled gunmen near the town of Macomia on Tuesday.", 2),
        ("Troops battled gunmen near Macomia on Tuesday.", 2),
        ("Troops battled gunmen in the town of Macomia on Tuesday.", 1),
    ])
    func nearnessThroughAPlaceNoun(_ text: String, _ precision: Int) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        let incident = try #require(incidents.first, "no incident")
        #expect(incident.location == "Macomia")
        #expect(incident.geoPrecision == precision)
    }
}
