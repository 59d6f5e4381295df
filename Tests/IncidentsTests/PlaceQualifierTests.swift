import Testing
import Incidents

/// Names beside an event's place that do not place it: a name that qualifies people (`a Baptist pastor`) and a
/// division the gazetteer lacks set after the place (`near Witu, in Lamu West`). Sentences written for the tests.
@Suite("Names that qualify people or a place")
struct PlaceQualifierTests {
    /// A name qualifying the people a passive verb is about is no place of its own, so it holds no unresolved town:
    /// `Baptist` (a Jamaican village) had put Liancourt in Jamaica's Saint Thomas Parish.
    @Test func aNameBeforePeopleSaysWhoTheyAreNotWhere() throws {
        let text = "SAINT-MARC, Haiti - Gangs killed 11 people in the Artibonite valley on Sunday, officials said. Seven "
            + "residents, among them a Baptist pastor, were shot dead in Liancourt, the mayor said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-10-08T10:00:00Z")
        #expect(incidents.map(\.location) == ["Liancourt"])
        #expect(incidents.map(\.place.countryCode) == ["HT"])
        #expect(incidents.map(\.place.admin1Code) == ["HT.06"])
        #expect(incidents.map(\.fatalities) == [7])
    }

    /// A name the gazetteer lacks after a known place, a comma and `in`, is a division that place lies in: one event.
    @Test func anUnlistedDivisionAfterAPlaceIsWhereItLies() throws {
        let text = "Two soldiers were killed on Tuesday when their truck hit a landmine near Witu, in Lamu West, police said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-09-25T10:00:00Z")
        #expect(incidents.map(\.location) == ["Witu"])
        #expect(incidents.map(\.fatalities) == [2])
    }
}
