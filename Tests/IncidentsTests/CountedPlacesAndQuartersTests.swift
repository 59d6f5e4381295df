import Testing
@testable import Incidents

/// A toll told of places counted by number (`in the two villages`) is divided among their events; a protest its own clause
/// calls peaceful stays one beside a riot elsewhere; a crowd pelting police riots; a name written as a town's quarter is no
/// town of that name in another region; a toll beside events that did not happen is the event's before; an arrest is where
/// its force is; a force's members are a side. Sentences written here, published on Wednesday 15 May 2024.
@Suite("Counted places, peaceful clauses, quarters, second tolls, forces' places and sides")
struct CountedPlacesAndQuartersTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Sub-event type, location and figures of every incident, in the order stored.
        var expected: [(type: String, location: String, fatalities: Int?, injured: Int?)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // 13 dead and 40 hurt over two villages: 7 and 6, 20 and 20 (the number of villages is no casualty figure).
        Case(text: "Armed herders raided Riyom on Tuesday night, burning homes. Hours later they attacked houses in Barkin Ladi. "
                 + "Police said 13 people were killed in the two villages and 40 injured.",
             expected: [("Attack", "Riyom", 7, 20), ("Attack", "Barkin Ladi", 6, 20)]),
        // Guard: one event told, the toll stays whole.
        Case(text: "Armed herders raided Riyom on Tuesday night. Police said 13 people were killed in the two villages.",
             expected: [("Attack", "Riyom", 13, nil)]),
        Case(text: "Youths pelted police with stones in Mombasa on Monday, while a march through Nakuru ended peacefully.",
             expected: [("Violent demonstration", "Mombasa", nil, nil), ("Peaceful protest", "Nakuru", nil, nil)]),
        Case(text: "Crowds pelted police with stones in Mombasa on Saturday.", expected: [("Violent demonstration", "Mombasa", nil, nil)]),
        // A second source's toll beside events told as not having happened (`blamed rioters`) is the lower report of the
        // event before.
        Case(text: "Troops fired on protesters in Kassala on Monday, killing six, a doctors' union said. Police gave a death toll of three and blamed rioters.",
             expected: [("Excessive force against protesters", "Kassala", 3, nil)]),
        // An arrest with no place of its own is where the force that made it is (`Police in X`).
        Case(text: "Gunmen raided a bank in Eldoret on Monday. Police in Mombasa said on Tuesday they had arrested four men suspected of arming the gang.",
             expected: [("Attack", "Eldoret", nil, nil), ("Arrests", "Mombasa", nil, nil)]),
        // The dead of a force's members (`two officers`) are one side; the attackers' dead told after add to them.
        Case(text: "Gunmen ambushed a police patrol near Kumanovo on Sunday, killing two officers. Three of the attackers died in the gunbattle that followed, officials said.",
             expected: [("Armed clash", "Kumanovo", 5, nil)]),
        // Guards: pelted by a crowd the passive names is the crowd's riot; a march its own clause calls peaceful until police
        // used tear gas on it was met with force.
        Case(text: "Police were pelted with stones by protesters in Kisumu on Friday.", expected: [("Violent demonstration", "Kisumu", nil, nil)]),
        Case(text: "Youths burned tyres in Mombasa on Monday, while a march through Nakuru was peaceful until police fired tear gas at it.",
             expected: [("Looting/property destruction", "Mombasa", nil, nil), ("Protest with intervention", "Nakuru", nil, nil)]),
        // Guard: officers pelted while a mob lynches a man are part of the mob's violence, no riot of their own.
        Case(text: "A mob lynched a suspected thief in Kano on Sunday, killing him. Police officers who tried to intervene were pelted with stones.",
             expected: [("Mob violence", "Kano", 1, nil)]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let expected = c.expected.map { SeedExtraction.Told(type: $0.type, location: $0.location, fatalities: $0.fatalities, injured: $0.injured) }
        #expect(try SeedExtraction.told(in: c.text, published: "2024-05-15T10:00:00Z") == expected)
    }

    /// `the Mosul neighbourhood of Zanjili`: the name before the quarter's noun and `of` is the town the quarter lies in, kept
    /// in a story that has told of another region first.
    @Test func aTownBeforeItsQuarterIsThatTown() throws {
        let text = "Gunmen killed two police officers in Ramadi on Sunday. On Monday a car bomb exploded in the Mosul neighbourhood "
            + "of Zanjili, killing five people."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        let bombing = try #require(incidents.first { $0.location == "Mosul" }, "found \(incidents.map(\.location))")
        #expect(bombing.place.name == "Mosul")
        #expect(bombing.isLocationResolved)
    }

    /// The gazetteer's only Ibitiara is a town of 15,000 in Bahia; `the Ibitiara neighbourhood close by` in a Recife story is a
    /// quarter the gazetteer lacks, placed at the town the story last put an event in.
    @Test func aQuarterIsNoTownOfItsNameElsewhere() throws {
        let text = "Police shot dead two men in a raid in Recife on Monday. Hours later hundreds of residents rallied in "
            + "the Ibitiara neighbourhood close by."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        let march = try #require(incidents.first { $0.location == "Ibitiara" }, "found \(incidents.map(\.location))")
        #expect(march.place.name == "Recife")
        #expect(march.place.admin1Name == "Pernambuco")
        #expect(march.isLocationResolved == false)
    }
}
