import Testing
import Timeline
@testable import Incidents

/// Ground taken over: `took over` a place's name or a place's noun is territory taken (an office, a role or a company
/// taken over is none), and a place taken by one side and retaken by the other in one sentence is two events, each on
/// its own day. Sentences written here, published on Wednesday 15 May 2024.
@Suite("Ground taken over, and taken back in the same sentence")
struct TerritoryTakenTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Sub-event type, location and local day of every incident, in the order stored.
        var expected: [(type: String, location: String, day: String)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Militants took over Ansongo on Sunday, residents said.",
             expected: [("Non-state actor overtakes territory", "Ansongo", "2024-05-12")]),
        Case(text: "Rebels took over the main army base in Tessalit on Sunday, residents said.",
             expected: [("Non-state actor overtakes territory", "Tessalit", "2024-05-12")]),
        Case(text: "Insurgents took over the town of Ansongo on Sunday after troops pulled back, but soldiers retook it on Monday, "
                 + "the army said.",
             expected: [("Non-state actor overtakes territory", "Ansongo", "2024-05-12"),
                        ("Government regains territory", "Ansongo", "2024-05-13")]),
        Case(text: "Rebels seized the town of Tessalit on Sunday and troops recaptured Aguelhok on Monday.",
             expected: [("Non-state actor overtakes territory", "Tessalit", "2024-05-12"),
                        ("Government regains territory", "Aguelhok", "2024-05-13")]),
        // Guards: no ground is taken over in an office, a role or a command.
        Case(text: "A new commander took over the army's operations in Maiduguri on Sunday, officials said.", expected: []),
        Case(text: "The deputy governor took over as acting governor in Maiduguri on Sunday.", expected: []),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map { $0.kind?.subEventType } == c.expected.map(\.type))
        #expect(incidents.map(\.location) == c.expected.map(\.location))
        #expect(incidents.map { String($0.occurred.description.prefix(10)) } == c.expected.map(\.day))
    }
}
