import Foundation
import Testing
@testable import Incidents

/// A place named in a non-state group's name is the group's, not where the event was.
@Suite("Places in groups' names")
struct GroupNamePlaceTests {
    @Test("A name before gang, cartel or militia names the group; a unit's or a front's place stays", arguments: [
        // The town in the gang's name is no second place of the arrest.
        ("On Tuesday, troops arrested five suspected members of the Santa Rosa de Lima gang in the town of Villagrán, authorities said.",
         ["Villagrán"]),
        ("Police said members of the Sinaloa cartel ambushed soldiers near Culiacán on Monday.", ["Culiacán"]),
        // A unit named by its base, and a front line, are where the event was.
        ("Protesters stormed the residence of the Lahore corps commander on Tuesday evening.", ["Lahore"]),
        ("Heavy fighting continued on the Bakhmut front on Tuesday, the army said.", ["Bakhmut"]),
    ] as [(String, [String])])
    func groupNames(_ text: String, _ locations: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: EventClauseTests.published)
        #expect(incidents.map(\.location) == locations)
    }
}
