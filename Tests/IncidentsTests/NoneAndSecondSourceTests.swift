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
        // Another source named with its country only (`a rights group in Nigeria`) tells no event of its own: its lower toll stands.
        Case(text: "Gunmen killed 12 villagers in Zurmi on Sunday, police said. A rights group in Nigeria put the toll at nine.",
             expected: [("Attack", "Zurmi", 9, nil)]),
        // The shelling has no place of its own until the dateline gives it one; the next sentence's none is its.
        Case(text: "KISMAYO, March 12 (Reuters) - Two mortar shells fired by militants fell near the seaport late on Monday. A "
                 + "police officer said no one was hurt.",
             expected: [("Shelling/artillery/missile attack", "KISMAYO", 0, 0)]),
        Case(text: "A bomb exploded beside a checkpoint in Machala on Monday night without inflicting casualties, police said.",
             expected: [("Remote explosive/landmine/IED", "Machala", 0, 0)]),
        // Guard: what is not told is not none.
        Case(text: "Artillery pounded the outskirts of Kherson on Monday, the regional administration said, without reporting casualties.",
             expected: [("Shelling/artillery/missile attack", "Kherson", nil, nil)]),
        Case(text: "A Russian drone struck a bus in Kherson on Monday morning, the governor said. The driver and the passengers "
                 + "were reported safe.",
             expected: [("Air/drone strike", "Kherson", 0, 0)]),
        // Guard: safe to return is no statement about the hurt.
        Case(text: "A Russian drone struck a bus in Kherson on Monday morning. Officials said it was safe to return to the area.",
             expected: [("Air/drone strike", "Kherson", nil, nil)]),
        Case(text: "Gunmen killed 25 people in an attack on a market in Djibo on Friday, residents said. A security official put "
                 + "the toll at 19.",
             expected: [("Attack", "Djibo", 19, nil)]),
        // Villages named by a list that ends in `villages`: each is one, and the police's lower six is divided among them.
        Case(text: "Gunmen killed at least 12 people in attacks on Tsauwa, Kadisau and Yar Gamji villages in Katsina State's "
                 + "Faskari area on Sunday, residents said. Police put the death toll at six.",
             expected: [("Attack", "Tsauwa", 2, nil), ("Attack", "Kadisau", 2, nil), ("Attack", "Yar Gamji", 2, nil)],
             sharedTotal: 6),
        // Guards: a toll the story has since replaced lowers nothing.
        Case(text: "A suicide bomber killed nine soldiers at a checkpoint in Bannu district on Monday, officials said. Early "
                 + "figures had given the death toll as five.",
             expected: [("Suicide bomb", "Bannu district", 9, nil)]),
        Case(text: "Gang members attacked the town of Mirebalais in Centre department on Monday, killing at least 30 people, "
                 + "U.N. officials said. Officials had previously counted 12 dead.",
             expected: [("Attack", "Mirebalais", 30, nil)]),
        // Guards: a toll sentence that names a place may tell another event (the six herders are not the post's dead),
        // and one that repeats the standing figure tells its history.
        Case(text: "Insurgents overran an army post in Gorom-Gorom on Tuesday, killing 10 soldiers, sources said. Hours later, "
                 + "armed men on motorbikes entered the cattle market at Markoye and shot dead six herders.",
             expected: [("Non-state actor overtakes territory", "Gorom-Gorom", 10, nil)]),
        Case(text: "At least 14 villagers were killed in a rebel raid on Monday night in the village of Kalunguta, in North "
                 + "Kivu's Beni territory. The toll, first put at 9 by local groups, was revised on Tuesday to 14 after more "
                 + "bodies were found.",
             expected: [("Attack", "Kalunguta", 14, nil)]),
        // A village of that name in another state, far from the story's places, is a namesake: the strike stands at the
        // municipality the text names (no dead told: the store writes 0).
        Case(text: "URUAPAN, Mexico (Reuters) - Cartel members dropped bombs from drones on the community of El Aguaje, in the "
                 + "municipality of Aguililla, on Sunday, injuring a woman, prosecutors said.",
             expected: [("Air/drone strike", "Aguililla", nil, 1)]),
        Case(text: "Soldiers fought off an attack on their base near Arbinda on Saturday, losing two men, the army said.",
             expected: [("Armed clash", "Arbinda", 2, nil)]),
        // The dead of both sides of one clash; the town where a second source speaks is no second clash.
        Case(text: "At least 15 soldiers were killed on Monday when insurgents attacked their camp at Ayorou in western Niger, "
                 + "the ministry said. It said 30 attackers were killed in the fighting, while a rights group in Niamey said "
                 + "the toll was higher.",
             expected: [("Armed clash", "Ayorou", 45, nil)]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-03-12T10:00:00Z")
        let expected = c.expected.map { SeedExtraction.Told(type: $0.type, location: $0.location, fatalities: $0.fatalities, injured: $0.injured) }
        #expect(SeedExtraction.told(incidents) == expected)
        #expect(incidents.map { $0.counts["fatalities_total"]?.value } == incidents.map { _ in c.sharedTotal })
    }

    /// An act `without` denies is no event: `took the town without a single bullet being fired` tells of no attack.
    @Test func actDeniedByWithoutIsNoEvent() throws {
        let incidents = try SeedExtraction.incidents(
            in: "Rebel fighters walked into the town of Kemise on Saturday after the garrison left, residents said. \"They took "
                + "the town without a single bullet being fired,\" one resident said.",
            published: "2024-03-12T10:00:00Z")
        #expect(incidents.map { $0.kind?.subEventType } == [])
    }
}
