import Testing
import Timeline
@testable import Incidents

/// Ranges of days, a clock given in two zones, a target that says nothing of who was hit, and a place
/// named as where something came from. Sentences written here, published on Wednesday 15 May 2024 at 10:00 UTC.
@Suite("Date ranges, clocks in two zones, civilian victims and places of origin")
struct RangesAndOriginsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var subEventType: String
        var occurred: String
        var occurredText: String
        var fatalities: Int?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A range of days dates the event by its first day (Lagos is UTC+1), its text the whole range.
        Case(text: "Gunmen stormed a market in Maiduguri between 6 and 9 May, killing three traders, police said.",
             subEventType: "Attack", occurred: "2024-05-05T23:00:00Z/2024-05-06T23:00:00Z", occurredText: "6 and 9 May", fatalities: 3),
        Case(text: "Fighting raged in Bakhmut from 3 to 5 May, officials said.",
             subEventType: "Armed clash", occurred: "2024-05-02T21:00:00Z/2024-05-03T21:00:00Z", occurredText: "3 to 5 May", fatalities: nil),
        // The same time in GMT, in parentheses, stands between the clock and its day (10 p.m. in Kyiv is 19:00 UTC).
        Case(text: "Russian forces shelled Kupiansk at 10 p.m. (1900 GMT) Sunday, killing two people.",
             subEventType: "Shelling/artillery/missile attack", occurred: "2024-05-12T19:00:00Z/2024-05-12T20:00:00Z",
             occurredText: "10 p.m. (1900 GMT) Sunday", fatalities: 2),
        // Shots at a truck, which says neither a base nor a village: the civilian who died makes it an attack on civilians.
        Case(text: "Gunmen shot at a truck near Kupiansk on Monday and one civilian died, the governor said.",
             subEventType: "Attack", occurred: "2024-05-12T21:00:00Z/2024-05-13T21:00:00Z", occurredText: "on Monday", fatalities: 1),
    ]

    @Test(arguments: cases)
    func readsTheEvent(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
        let incident = try #require(incidents.first)
        #expect(incident.subEventType == c.subEventType)
        #expect(incident.occurred.description == c.occurred)
        #expect(incident.occurredText == c.occurredText)
        #expect(incident.fatalities == c.fatalities)
    }

    /// A place named as where a drone came from does not hold the unknown place it fell in; the region of the
    /// story's other events does.
    @Test func aPlaceOfOriginHoldsNothing() throws {
        let text = "A rocket from Lebanon landed in the Tel Shaviv area on Monday. Nobody was hurt.\n\n"
            + "Earlier on Monday, two drones exploded near Kiryat Shmona in northern Israel."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.count == 2, "found \(incidents.map(\.location))")
        let fallen = try #require(incidents.first { $0.location == "Tel Shaviv" }, "found \(incidents.map(\.location))")
        #expect(!fallen.isLocationResolved)
        #expect(fallen.place.countryCode == "IL")
        #expect(fallen.place.admin1Name == "Northern District")
        #expect(fallen.fatalities == 0)
        #expect(fallen.geoPrecision == 3)
    }

    /// A drone that struck and hurt people was not intercepted: the interception told after it, with no place,
    /// is another event, and the strike keeps its kind and day.
    @Test func anInterceptionAfterAStrikeThatHurtPeopleIsAnotherEvent() throws {
        let text = "A drone struck a car in Kupiansk on Monday, wounding two people.\n\nThe army said on Tuesday it had shot down 12 drones overnight."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map { $0.subEventType ?? "?" }.sorted() == ["Air/drone strike", "Disrupted weapons use"])
        let strike = try #require(incidents.first { $0.subEventType == "Air/drone strike" })
        #expect(strike.injured == 2)
        #expect(strike.occurredText == "on Monday")
    }

    /// A place after hand weapons (`with sticks and machetes at X`) is where the clash was, not the dateline's.
    @Test func aPlaceAfterHandWeaponsIsTheEvents() throws {
        let text = "JOS, Nigeria (Reuters) - Rival youth groups clashed with sticks and machetes at Riyom on Monday, leaving three dead, police said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map(\.location))")
        #expect(incidents.first?.location == "Riyom")
        #expect(incidents.first?.locationSource == .attached)
    }

    /// A sentence that opens with a time moves the story to it, though it tells no event the rules read:
    /// the protest told after it is of that day, not of the day of the event before.
    @Test func anOpeningTimeMovesTheStory() throws {
        let text = "Gunmen torched a market in Maiduguri on Monday night, police said.\n\n"
            + "On Tuesday, traders shut their shops across the city. Police fired tear gas at protesters, injuring four."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        let protest = try #require(incidents.first { $0.subEventType == "Protest with intervention" }, "found \(incidents.map { $0.subEventType ?? "?" })")
        #expect(protest.occurredText == "On Tuesday")
        #expect(protest.occurred.description == "2024-05-13T23:00:00Z/2024-05-14T23:00:00Z")
        #expect(protest.injured == 4)
    }
}
