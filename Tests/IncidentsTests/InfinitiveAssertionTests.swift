import Foundation
import Testing
@testable import Incidents

/// An infinitive tells of an intention, except a perfect one (`to have arrested`), which tells of something done.
@Suite("Events told in the infinitive")
struct InfinitiveAssertionTests {
    @Test("A perfect infinitive is an event; a plain one an intention", arguments: [
        ("Police claimed to have arrested three militants in Mastung district on Tuesday.", [EventKind.arrests]),
        ("Militants are believed to have killed five villagers in Mastung district on Tuesday.", [EventKind.attack]),
        ("Police plan to arrest militants in Mastung district.", []),
        // A protest is asserted as the purpose of a gathering, not when asked for or intended, nor in an infinitive
        // joined to one that is (`to march ... and to gather`).
        ("Thousands gathered in Nairobi to protest against the tax increases on Tuesday.", [.peacefulProtest]),
        ("The union plans to protest outside the ministry in Lagos next week.", []),
        ("The opposition urged its supporters to march on parliament in Nairobi and to gather in Mombasa on Tuesday.", []),
        // A participle describing whoever it may be (`anyone arrested`) tells of no arrest.
        ("Lawyers said they would go to police stations in Nairobi to assist anyone arrested on Tuesday.", []),
    ] as [(String, [EventKind])])
    func infinitives(_ text: String, _ kinds: [EventKind]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: EventClauseTests.published)
        #expect(incidents.map(\.kind) == kinds)
    }
}
