import Foundation
import Testing
@testable import Incidents
import Timeline

/// A time inside an attribution still open before it is the statement's, not the event's.
@Suite("Times of statements")
struct StatementTimeTests {
    /// 3 April 2024, a Wednesday: Monday is 1 April, Tuesday 2 April.
    static let published = EventClauseTests.published

    @Test("A time in an open attribution is the statement's: the event keeps no text from it; a time of the reported clause is the event's", arguments: [
        // The statement's: the event is only bounded by it.
        ("Jihadists attacked an army camp near Kharkiv on Monday. Fifteen attackers were killed in the fighting at Izium, according to a statement read on state television late on Tuesday.",
         "Izium", nil),
        ("A missile struck Kharkiv, the governor said in a statement on Tuesday.", "Kharkiv", nil),
        // The event's: an attribution closed by a mark, a clause of its own, what was reported, a passive report.
        ("According to police, gunmen killed five people in Kharkiv on Tuesday.", "Kharkiv", "on Tuesday"),
        ("Officials said that gunmen killed 18 people in an attack in Kharkiv on Tuesday.", "Kharkiv", "on Tuesday"),
        ("Residents of Kharkiv reported heavy fighting inside the town on Tuesday.", "Kharkiv", "on Tuesday"),
        ("Drones hit Sumy on Monday. Fighting was also reported on Tuesday in Kharkiv.", "Kharkiv", "on Tuesday"),
        ("Gunmen killed five people in Kharkiv on Monday, the army said in a statement on Tuesday.", "Kharkiv", "on Monday"),
    ] as [(String, String, String?)])
    func statementTime(_ text: String, _ place: String, _ occurredText: String?) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: Self.published)
        let incident = try #require(incidents.first { $0.location == place }, "found \(incidents.map(\.location))")
        #expect(incident.occurredText == occurredText)
    }
}
