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
    ] as [(String, [EventKind])])
    func infinitives(_ text: String, _ kinds: [EventKind]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: EventClauseTests.published)
        #expect(incidents.map(\.kind) == kinds)
    }
}
