import Testing
import Timeline
@testable import Incidents

/// Events dated by their distance from another (`came a day after`, `Two days before X, Y`), in stories written here.
@Suite("An event told as a day or a week after or before another is dated by counting from it")
struct OffsetDateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var published: String
        /// Each incident as `location date` (the local date in the place's zone), sorted.
        var expected: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // The clause after `a day after` tells of the earlier event; the story's day (Monday) is the later one's.
        Case(text: "Gunmen abducted eleven farmers near Gusau on Monday, police said. The kidnapping came a day after bandits "
                 + "killed four vigilantes in an ambush near Kaura Namoda.",
             published: "2024-03-06T09:00:00Z", expected: ["Gusau 2024-03-04", "Kaura Namoda 2024-03-03"]),
        // Counted from the main clause's own day, a week back.
        Case(text: "Police fired tear gas at students in Dhaka on Thursday, a week after gunmen shot dead two activists in Rajshahi.",
             published: "2024-07-19T12:00:00Z", expected: ["Dhaka 2024-07-18", "Rajshahi 2024-07-11"]),
        // Fronted: the clause runs to the comma, and the main clause's day is counted from the one it names.
        Case(text: "Two days after militants stormed a police post in Tank on Sunday, troops killed five fighters near Kulachi.",
             published: "2024-05-15T09:00:00Z", expected: ["Kulachi 2024-05-14", "Tank 2024-05-12"]),
        // A day the governed clause names itself dates its event; nothing is counted.
        Case(text: "Troops retook Kidal on Tuesday, a day after rebels shelled an army camp near Anefis on Monday.",
             published: "2024-05-15T09:00:00Z", expected: ["Anefis 2024-05-13", "Kidal 2024-05-14"]),
    ]

    @Test(arguments: cases)
    func theGovernedClauseIsCountedFromTheOther(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: c.published)
        let found = incidents.map { incident in
            let zone = incident.place.timeZone.flatMap(ZoneRules.named)
            let date = zone?.local(incident.occurred.start).date ?? incident.occurred.start.utcDate
            return "\(incident.location) \(date.iso8601)"
        }.sorted()
        #expect(found == c.expected)
    }

    /// The toll of the counted clause is its event's: the kidnapping named again in the main clause takes none of it.
    @Test func theCountedClausesTollIsItsOwn() throws {
        let text = "Gunmen abducted eleven farmers near Gusau on Monday, police said. The kidnapping came a day after bandits "
            + "killed four vigilantes in an ambush near Kaura Namoda."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-03-06T09:00:00Z")
        #expect(incidents.map { "\($0.location) \($0.fatalities.map(String.init) ?? "-")" }.sorted() == ["Gusau -", "Kaura Namoda 4"])
    }

    /// The counted day is no time the story goes on in: the next sentence's event keeps the story's day.
    @Test func theCountedDaySetsNoStoryTime() throws {
        let text = "Gunmen abducted eleven farmers near Gusau on Monday, police said. The kidnapping came a day after bandits "
            + "killed four vigilantes in an ambush near Kaura Namoda. Separately, soldiers clashed with bandits in Tsafe."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-03-06T09:00:00Z")
        let tsafe = try #require(incidents.first { $0.location == "Tsafe" })
        let zone = try #require(ZoneRules.named("Africa/Lagos"))
        #expect(zone.local(tsafe.occurred.start).date.iso8601 == "2024-03-04")
    }
}
