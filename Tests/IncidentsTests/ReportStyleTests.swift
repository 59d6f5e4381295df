import Testing
import Timeline
@testable import Incidents

/// Short reports in the style of ACLED notes and wire copy, beyond the seed.
@Suite("Reports in ACLED and wire style are coded by type, place and date")
struct ReportStyleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var published: String
        var subEventType: String
        var country: String
        var place: String
        /// The event's local date.
        var date: String
        var fatalities: Int? = nil
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "On 14 June, Russian forces shelled Kherson with artillery. Casualties unknown.", published: "2023-06-15T08:00:00Z",
             subEventType: "Shelling/artillery/missile attack", country: "UA", place: "Kherson", date: "2023-06-14"),
        Case(text: "Ukrainian forces hit Russian armoured vehicles near Bakhmut with a drone on Tuesday.", published: "2023-05-17T09:00:00Z",
             subEventType: "Air/drone strike", country: "UA", place: "Bakhmut", date: "2023-05-16"),
        Case(text: "Protesters gathered outside the parliament in Tbilisi on Sunday.", published: "2023-03-06T10:00:00Z",
             subEventType: "Peaceful protest", country: "GE", place: "Tbilisi", date: "2023-03-05"),
        Case(text: "Police fired tear gas to disperse demonstrators in Nairobi on Wednesday.", published: "2023-07-20T12:00:00Z",
             subEventType: "Protest with intervention", country: "KE", place: "Nairobi", date: "2023-07-19"),
        Case(text: "A suicide bomber killed 12 people at a market in Mogadishu on Monday, police said.", published: "2023-01-03T09:00:00Z",
             subEventType: "Suicide bomb", country: "SO", place: "Mogadishu", date: "2023-01-02", fatalities: 12),
        Case(text: "Gunmen abducted 20 students from a school in Kaduna on Friday.", published: "2024-03-09T09:00:00Z",
             subEventType: "Abduction/forced disappearance", country: "NG", place: "Kaduna", date: "2024-03-08"),
        Case(text: "Israeli airstrikes hit Khan Younis overnight, killing at least 15 people, the Gaza health ministry said.", published: "2023-12-05T09:00:00Z",
             subEventType: "Air/drone strike", country: "PS", place: "Khan Yunis", date: "2023-12-04", fatalities: 15),
        Case(text: "The Sudanese army said on Saturday it had recaptured parts of Omdurman from the Rapid Support Forces.", published: "2023-06-11T09:00:00Z",
             subEventType: "Government regains territory", country: "SD", place: "Omdurman", date: "2023-06-10"),
        Case(text: "Police arrested 25 people in Lagos on Thursday after a night of unrest.", published: "2024-08-03T09:00:00Z",
             subEventType: "Arrests", country: "NG", place: "Lagos", date: "2024-08-01"),
        Case(text: "A roadside bomb exploded near a military convoy in Kandahar, killing three soldiers.", published: "2022-04-12T06:00:00Z",
             subEventType: "Remote explosive/landmine/IED", country: "AF", place: "Kandahar", date: "2022-04-12", fatalities: 3),
        Case(text: "Ukrainian air defences shot down 18 Russian drones over Odesa overnight, officials said.", published: "2023-07-24T07:00:00Z",
             subEventType: "Disrupted weapons use", country: "UA", place: "Odesa", date: "2023-07-23"),
        Case(text: "Armed men attacked a village near Maiduguri, killing 11 civilians, residents said on Monday.", published: "2021-02-16T10:00:00Z",
             subEventType: "Attack", country: "NG", place: "Maiduguri", date: "2021-02-15", fatalities: 11),
        Case(text: "Fighting broke out between the army and M23 rebels near Goma on Tuesday.", published: "2024-02-08T10:00:00Z",
             subEventType: "Armed clash", country: "CD", place: "Goma", date: "2024-02-06"),
        Case(text: "Rioters torched cars and threw stones at police in Marseille on Friday night.", published: "2023-07-01T09:00:00Z",
             subEventType: "Violent demonstration", country: "FR", place: "Marseille", date: "2023-06-30"),
    ]

    @Test("A report is coded by type, place and local date", arguments: cases)
    func coded(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: c.published)
        let match = incidents.first { $0.subEventType == c.subEventType }
        let incident = try #require(match, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.place.name)" })")
        #expect(incident.place.countryCode == c.country)
        #expect(incident.place.name.folding(options: .diacriticInsensitive, locale: nil).contains(c.place) || incident.location.contains(c.place))
        let zone = ZoneRules.named(incident.place.timeZone ?? "UTC")!
        #expect(zone.local(incident.occurred.start).date.iso8601 == c.date)
        if let fatalities = c.fatalities { #expect(incident.fatalities == fatalities) }
    }

    @Test(arguments: [
        "The foreign minister said talks with Kyiv would continue next week.",
        "Officials warned that an attack on the city could come at any time.",
        "The court issued a warrant for his arrest in March.",
        "Russia introduced a temporary ban on the export of cartridges.",
    ])
    func statementsAndThreatsAreNoIncidents(_ text: String) throws {
        #expect(try SeedExtraction.incidents(in: text, published: "2023-05-31T10:00:00Z").isEmpty)
    }
}

import Foundation
