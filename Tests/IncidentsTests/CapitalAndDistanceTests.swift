import Testing
import Timeline
@testable import Incidents

/// `the capital` names a place by its role: the capital of the country the phrase names (`Haiti's capital`,
/// `the capital of Sudan`) or else of the story's country. A place a distance is measured from (`a village
/// about 20 km north-west of X`) locates the place named before it, not the event. Sentences written here,
/// published on Wednesday 15 May 2024.
@Suite("The capital, and places a distance is measured from")
struct CapitalAndDistanceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Sub-event type, location and fatalities of every incident, in the order stored.
        var expected: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Gang members attacked Mirebalais in central Haiti on Monday. In the capital, residents lynched four men on Tuesday afternoon.",
             expected: ["Attack at Mirebalais (-)", "Mob violence at Port-au-Prince (4)"]),
        Case(text: "Gunmen attacked a bus in Haiti's capital on Tuesday, killing three people.",
             expected: ["Attack at Port-au-Prince (3)"]),
        Case(text: "Rebels shelled the outskirts of the capital of Sudan on Monday.",
             expected: ["Shelling/artillery/missile attack at Khartoum (-)"]),
        // The country owns the division whose capital it is: no capital of the country.
        Case(text: "Militia fighters shelled Nyala, the capital of Sudan's South Darfur state, on Monday, killing six people.",
             expected: ["Shelling/artillery/missile attack at Nyala (6)"]),
        // The name after it says which capital: no second place.
        Case(text: "Protesters marched in the capital, Bamako, on Tuesday.", expected: ["Peaceful protest at Bamako (-)"]),
        // `capital punishment` is no place.
        Case(text: "Gunmen shot dead a judge in Herat on Monday who had upheld capital punishment.",
             expected: ["Attack at Herat (1)"]),
        // The distance locates Lafoole; the event is there only.
        Case(text: "A roadside bomb struck a minibus near Lafoole, a village about 20 km north-west of Mogadishu, on Monday, killing five people.",
             expected: ["Remote explosive/landmine/IED at Lafoole (5)"]),
        // Only a place the measure can describe: none across a verb (the bus's route does not take the distance; such a
        // blast had been dropped), and a measure the tagger split (`20 km` read as a verb) still describes the village.
        Case(text: "A bus travelling from Kaya to Gorom-Gorom struck a bomb about 20 kilometres north of Dori on Tuesday, killing four passengers.",
             expected: ["Remote explosive/landmine/IED at Dori (4)"]),
        Case(text: "A roadside bomb struck a minibus near Lafoole, a village in Afgooye district about 20 km north-west of Mogadishu, on "
                 + "Monday, killing five people.",
             expected: ["Remote explosive/landmine/IED at Lafoole (5)"]),
        // A bearing without a distance (`north-east of X`) locates the place before it too.
        Case(text: "Dozens of settlers stormed the village of Turmus Ayya, north-east of Ramallah, on Monday, wounding four residents.",
             expected: ["Attack at Turmus Ayya (-)"]),
        // With an article, a compass point names a part of the place after it: the event is there.
        Case(text: "Drones struck Kupiansk on Monday, and fighting raged in the north of Luhansk region, the army said.",
             expected: ["Air/drone strike at Kupiansk (-)", "Armed clash at Luhansk region (-)"]),
        // With no other place, the place measured from is where the event is coded.
        Case(text: "A bomb exploded 20 km north of Mogadishu on Monday, killing three soldiers.",
             expected: ["Remote explosive/landmine/IED at Mogadishu (3)"]),
        // At sea, the coast a distance is measured from is where the event is coded (the sea only says where the ship was).
        Case(text: "A missile struck a cargo ship in the Gulf of Aden about 70 nautical miles southeast of Aden on Thursday, a maritime agency said.",
             expected: ["Shelling/artillery/missile attack at Aden (-)"]),
        // A distance `from` a place is measured from it too, not an origin; a dateline is no place named before it.
        Case(text: "Gunmen killed seven herders at a well about twelve kilometres from Titao on Friday.",
             expected: ["Attack at Titao (7)"]),
        Case(text: "OUAGADOUGOU — Gunmen killed seven herders at a well about twelve kilometres from Titao on Friday.",
             expected: ["Attack at Titao (7)"]),
        // A country named before the distance holds the place measured from; it is no place the distance locates.
        Case(text: "Gunmen in Mali abducted twelve missionaries on Saturday 30 kilometres east of Bamako.",
             expected: ["Abduction/forced disappearance at Bamako (-)"]),
        Case(text: "Gunmen in Haiti abducted twelve missionaries on Saturday some 30 kilometres (20 miles) east of the capital.",
             expected: ["Abduction/forced disappearance at Port-au-Prince (-)"]),
        // A demonym the tagger reads as a name still says whose capital.
        Case(text: "A bomb exploded at a market in the Kenyan capital on Monday, killing five people, police said.",
             expected: ["Remote explosive/landmine/IED at Nairobi (5)"]),
    ]

    /// An event a distance away from a town is near it: ACLED's precision 2.
    @Test func aDistanceFromATownIsNearIt() throws {
        let text = "OUAGADOUGOU — Gunmen killed seven herders at a well about twelve kilometres from Titao on Friday."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        let town = try #require(incidents.first)
        #expect(town.geoPrecision == 2)
        #expect(town.locationPrecision == .nearPlace)
    }

    @Test(arguments: cases)
    func placesTheEvent(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location) (\($0.fatalities.map(String.init) ?? "-"))" } == c.expected)
    }
}
