import Testing
import Timeline
@testable import Incidents

/// Statements of none and second sources: that nobody was hurt, told in the sentence after an event still waiting for
/// its place, is that event's; `without causing casualties` is none, `without reporting casualties` says nothing;
/// people `reported safe` were not hurt; another source's toll in a sentence of its own lowers the figure (divided
/// again when the first was shared by a list), but a toll the story has since replaced does not; a side `losing three
/// men` lost three dead; the place of a speaker after `while` (`while a group in X said`) is not where the event was;
/// names listed before `villages` are villages; and a village of another state far from the story's places is a
/// namesake. Sentences written here, published on Tuesday 12 March 2024.
@Suite("Statements of none and second sources")
struct NoneAndSecondSourceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Sub-event type, location, fatalities and injured of every incident, in the order stored.
        var expected: [(type: String, location: String, fatalities: Int?, injured: Int?)]
        /// The whole toll each incident's share was divided from, when it was.
        var sharedTotal: Int? = nil
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // The mortar attack has no place of its own until the dateline gives it one; the next sentence's none is its.
        Case(text: "MOGADISHU, March 12 (Reuters) - Several mortar rounds fired by militants landed near the Halane compound late "
                 + "on Monday. A police spokesman said there were no casualties.",
             expected: [("Shelling/artillery/missile attack", "MOGADISHU", 0, 0)]),
        Case(text: "A car bomb exploded outside a police station in Quevedo early on Monday without causing casualties, police said.",
             expected: [("Remote explosive/landmine/IED", "Quevedo", 0, 0)]),
        // Guard: what is not told is not none.
        Case(text: "Artillery pounded the outskirts of Kherson on Monday, the regional administration said, without reporting casualties.",
             expected: [("Shelling/artillery/missile attack", "Kherson", nil, nil)]),
        Case(text: "A Russian drone struck a bus in Kherson on Monday morning, the governor said. The driver and the passengers "
                 + "were reported safe.",
             expected: [("Air/drone strike", "Kherson", 0, 0)]),
        // Guard: safe to return is no statement about the hurt.
        Case(text: "A Russian drone struck a bus in Kherson on Monday morning. Officials said it was safe to return to the area.",
             expected: [("Air/drone strike", "Kherson", nil, nil)]),
        Case(text: "Around 40 people were killed when jihadists raided the village of Kongoussi on Friday, residents said. A "
                 + "security source put the toll at 30.",
             expected: [("Attack", "Kongoussi", 30, nil)]),
        // The first source's 42 divided among three villages, then the army's lower 36 divided the same way.
        Case(text: "Rebels killed at least 42 civilians in overnight raids on the villages of Mamove, Kalau and Ndoma in North "
                 + "Kivu's Beni territory on Monday, local officials said. The army gave a provisional toll of 36.",
             expected: [("Attack", "Mamove", 12, nil), ("Attack", "Kalau", 12, nil), ("Attack", "Ndoma", 12, nil)],
             sharedTotal: 36),
        // Villages named by a list that ends in `villages`: each is one, the police's lower nine divided among them.
        Case(text: "Rebels killed at least 15 people in attacks on Gidan Boka, Unguwar Rimi and Dan Ali villages in the Faskari "
                 + "Local Government Area of Katsina State on Monday, residents said. The police put the death toll at nine.",
             expected: [("Attack", "Gidan Boka", 3, nil), ("Attack", "Unguwar Rimi", 3, nil), ("Attack", "Dan Ali", 3, nil)],
             sharedTotal: 9),
        // Guards: a toll the story has since replaced lowers nothing.
        Case(text: "A suicide bomber killed seven policemen near a bridge in Tank district on Monday morning, officials said. "
                 + "Initial reports had put the death toll at four.",
             expected: [("Suicide bomb", "Tank district", 7, nil)]),
        Case(text: "Gang members stormed the town of Pont-Sonde in Artibonite early on Monday, killing at least 70 people, U.N. "
                 + "officials said. Authorities had initially reported 20 deaths.",
             expected: [("Attack", "Pont-Sonde", 70, nil)]),
        // Guards: a toll sentence that names a place may tell another event (the nine traders are not the post's dead),
        // and one that repeats the standing figure tells its history.
        Case(text: "Jihadist fighters stormed an army post in Sebba on Tuesday, killing 12 soldiers, security sources said. A day "
                 + "later, gunmen on motorcycles rode into the weekly market at Tawori and shot dead nine traders.",
             expected: [("Armed clash", "Sebba", 12, nil)]),
        Case(text: "At least 18 civilians were killed in an attack by rebels on Monday night in the village of Mayikengo, in "
                 + "Lubero territory. The provisional toll, first established at 11 dead by civil society, was revised on "
                 + "Tuesday to 18 after more bodies were found.",
             expected: [("Attack", "Mayikengo", 18, nil)]),
        // A village of that name in another state, far from the story's places, is a namesake: the strike stands at the
        // municipality the text names (no dead told: the store writes 0).
        Case(text: "MORELIA, Mexico (Reuters) - Cartel gunmen dropped explosives from drones on the community of El Aguaje, in the "
                 + "municipality of Aguililla, on Sunday, wounding a boy, prosecutors said.",
             expected: [("Air/drone strike", "Aguililla", nil, 1)]),
        Case(text: "On Sunday, militiamen repelled an assault on their position in Bourzanga, losing three men.",
             expected: [("Armed clash", "Bourzanga", 3, nil)]),
        // The dead of both sides of one clash; the town where a second source speaks is no second clash.
        Case(text: "At least 20 soldiers were killed on Monday when jihadists attacked their unit at Inates in western "
                 + "Niger, the ministry said. It said 21 assailants were killed in the fighting, while a civil society group "
                 + "in Tera said 34 soldiers died.",
             expected: [("Armed clash", "Inates", 41, nil)]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-03-12T10:00:00Z")
        #expect(incidents.map { $0.kind?.subEventType } == c.expected.map(\.type))
        #expect(incidents.map(\.location) == c.expected.map(\.location))
        #expect(incidents.map(\.fatalities) == c.expected.map(\.fatalities))
        #expect(incidents.map(\.injured) == c.expected.map(\.injured))
        #expect(incidents.map { $0.counts["fatalities_total"]?.value } == incidents.map { _ in c.sharedTotal })
    }

    /// An act `without` denies is no event: `entered the town without a single shot being fired` tells of no attack.
    @Test func actDeniedByWithoutIsNoEvent() throws {
        let incidents = try SeedExtraction.incidents(
            in: "Militia fighters entered the town of Lalibela on Wednesday after federal troops pulled out, residents said. \"The "
                + "soldiers left early in the morning and the fighters came in without a single shot being fired,\" a resident said.",
            published: "2024-03-12T10:00:00Z")
        #expect(incidents.map { $0.kind?.subEventType } == [])
    }
}
