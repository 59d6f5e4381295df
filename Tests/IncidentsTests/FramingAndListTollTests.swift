import Testing
import Timeline
@testable import Incidents

/// An event told inside another (`during an arrest raid in X`) is at that one's place and is that fight; a toll told after
/// an event at a list of towns is the list's to divide; a town's own figure replaces its share; a span of events before the
/// news (`after two weeks of clashes`), a war as a whole and a truce take no toll; `take back` takes ground; an ambush of
/// civilians attacks them; a gathering broken up was a protest met with force; what is banned does not happen.
/// Sentences written here, published on Wednesday 15 May 2024.
@Suite("Framing events, list tolls and targets")
struct FramingAndListTollTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Sub-event type, location and fatalities of every incident, in the order stored.
        var expected: [(type: String, location: String, fatalities: Int?)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // The raid frames the fight: one armed clash at its place, the arrests part of it.
        Case(text: "Troops traded fire with insurgents during an arrest raid in Bama on Tuesday, killing two insurgents.",
             expected: [("Armed clash", "Bama", 2)]),
        // A truce harms no one; the clashes before it are a span of events, no event of their own.
        Case(text: "Elders from two clans signed a truce in Garowe on Thursday after two weeks of clashes that left at least 12 dead.",
             expected: [("Agreement", "Garowe", nil)]),
        Case(text: "Government troops took back the town of Menaka on Tuesday.",
             expected: [("Government regains territory", "Menaka", nil)]),
        // Guard: what is taken back is no ground.
        Case(text: "The minister took back his remarks on Tuesday.", expected: []),
        // The state after the comma (the militants had controlled it since) is the relative clause's, not the recapture's.
        Case(text: "The ministry said on Thursday that soldiers had retaken Menaka on Wednesday, the biggest town militants had controlled in the north since 2012.",
             expected: [("Government regains territory", "Menaka", nil)]),
        Case(text: "Artillery shelled the towns of Izium and Kupiansk on Friday. The barrage left seven people dead across both towns.",
             expected: [("Shelling/artillery/missile attack", "Izium", 4), ("Shelling/artillery/missile attack", "Kupiansk", 3)]),
        Case(text: "Artillery shelled the towns of Izium and Kupiansk on Friday. Seven people were killed, officials said.",
             expected: [("Shelling/artillery/missile attack", "Izium", 4), ("Shelling/artillery/missile attack", "Kupiansk", 3)]),
        // Guard: a toll smaller than the list is not divided.
        Case(text: "Artillery shelled the towns of Izium and Kupiansk on Friday. The shelling killed one person.",
             expected: [("Shelling/artillery/missile attack", "Izium", nil), ("Shelling/artillery/missile attack", "Kupiansk", 1)]),
        Case(text: "Police fired on protesters in Lome and Sokode on Thursday, killing about 20 people. A rights group said 14 were killed in Lome and 6 in Sokode.",
             expected: [("Excessive force against protesters", "Lome", 14), ("Excessive force against protesters", "Sokode", 6)]),
        Case(text: "Police fired on protesters in Lome's Be area and in the northern town of Sokode on Thursday, killing 20 people.",
             expected: [("Excessive force against protesters", "Sokode", 10), ("Excessive force against protesters", "Lome", 10)]),
        Case(text: "Bandits ambushed an aid convoy near Kapoeta on Monday, killing a driver.", expected: [("Attack", "Kapoeta", 1)]),
        // Guard: an ambush of soldiers is a fight.
        Case(text: "Bandits ambushed an army convoy near Kapoeta on Monday, killing a soldier.", expected: [("Armed clash", "Kapoeta", 1)]),
        Case(text: "Raiders attacked cattle camps near Bor on Sunday, killing 12 people.", expected: [("Attack", "Bor", 12)]),
        // Guard: an army camp fights back.
        Case(text: "Raiders attacked an army camp near Bor on Sunday, killing 12 soldiers.", expected: [("Armed clash", "Bor", 12)]),
        // A way begun at a place at the moment of the killing (`as she walked home from a market in X`) puts it there.
        Case(text: "A gunman shot dead a teacher as she walked home from a market in Tarime on Sunday.",
             expected: [("Attack", "Tarime", 1)]),
        // `shot dead` takes its victims after it, like a transitive verb: the number before is the gunmen's.
        Case(text: "Two assailants shot dead a teacher in Tarime on Sunday.", expected: [("Attack", "Tarime", 1)]),
        // Guard: the passive counts its subject.
        Case(text: "Two men were shot dead in Tarime on Sunday.", expected: [("Attack", "Tarime", 2)]),
        // Past the agent and the instrument (`by police with tear gas in X`) to the verb both hang on.
        Case(text: "Protesters were dispersed by police with tear gas in Ankara on Thursday.",
             expected: [("Protest with intervention", "Ankara", nil)]),
        // Another source's toll is the lower report; the troops named after it are not the dead.
        Case(text: "Militiamen killed 15 farmers near Beni on Friday. A military spokesman gave a toll of 11 and said soldiers had gone after the militia.",
             expected: [("Attack", "Beni", 11)]),
        Case(text: "A drone strike hit Gondar on Friday.", expected: [("Air/drone strike", "Gondar", nil)]),
        // A toll over a whole war is a tally, no event.
        Case(text: "Some 70,000 people died during the insurgency in Peru, a truth commission found.", expected: []),
        Case(text: "Riot police dispersed hundreds of students in Ankara on Thursday.",
             expected: [("Protest with intervention", "Ankara", nil)]),
        // Guard: a crowd that disperses by itself tells of no protest.
        Case(text: "The crowd dispersed quietly in Nairobi on Tuesday.", expected: []),
        // What is banned does not happen.
        Case(text: "The governor's office prohibited rallies in Izmir for a week.", expected: []),
        // A street lies in the town: the burning there is the riot's, not an event of its own.
        Case(text: "In Tbilisi, rioters torched a bus shelter and a police van on Chavchavadze Street on Friday night.",
             expected: [("Violent demonstration", "Chavchavadze Street", nil)]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        // No one is told hurt in these reports.
        let expected = c.expected.map { SeedExtraction.Told(type: $0.type, location: $0.location, fatalities: $0.fatalities, injured: nil) }
        #expect(try SeedExtraction.told(in: c.text, published: "2024-05-15T10:00:00Z") == expected)
    }
}
