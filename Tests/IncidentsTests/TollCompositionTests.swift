import Testing
import Timeline
@testable import Incidents

/// How the figures of several sentences make one event's toll: the dead of another side or found later
/// add up (`four rebels were also killed`, `the bomber also died`), a grown toll replaces the first
/// (`the toll rose to four`), and a list of places gives each its own figure (`five civilians in A and
/// six in B`). Sentences written here, published on Tuesday 12 March 2024.
@Suite("Tolls made of several figures")
struct TollCompositionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Location and fatalities of every incident, in the order stored.
        var expected: [(location: String, fatalities: Int?)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Rebels attacked army positions in Raghwan district on Thursday, killing five soldiers. Four rebels were also killed in the fighting.",
             expected: [("Raghwan district", 9)]),
        Case(text: "A suicide bomber rammed a car into a police station in Bannu on Monday, killing five policemen. The bomber also died.",
             expected: [("Bannu", 6)]),
        Case(text: "Gunmen stormed Bama on Monday, killing three villagers. Two more people later died in hospital.",
             expected: [("Bama", 5)]),
        // The dead of the other side of a clash, told in a sentence of their own, add up without an addition word; a
        // statement repeating one side's figure after the sum leaves it.
        Case(text: "Troops repelled an assault on their base in Gao on Tuesday, killing at least 12 attackers. Four soldiers were killed in the fighting, the army said.",
             expected: [("Gao", 16)]),
        Case(text: "Militants attacked an army base in Gao on Tuesday, killing four soldiers. Twelve attackers were killed in the fighting, the army said.",
             expected: [("Gao", 16)]),
        Case(text: "The army said it had repelled an assault on its base in Gao, killing at least 12 attackers. Four soldiers were killed in Tuesday's fighting.",
             expected: [("Gao", 16)]),
        // Without an addition word the second figure is another report of the same dead: the lower is kept.
        Case(text: "Gunmen stormed Bama on Monday, killing three villagers. Two people were killed in the attack, the army said.",
             expected: [("Bama", 2)]),
        Case(text: "Russia struck Odesa with missiles early on Monday, killing two people. Hours later the toll rose to four as rescuers pulled two more bodies from the rubble.",
             expected: [("Odesa", 4)]),
        // A grown toll told with the event's own place, in a later paragraph, replaces the first figure too.
        Case(text: "Two guided bombs hit a market in Kharkiv on Monday afternoon. At least six people were killed.\n\nThe death toll from the strike on the Kharkiv market has risen to eleven, the mayor said.",
             expected: [("Kharkiv", 11)]),
        // `the Dnipro strike`, `the Gao attack`: a definite event noun with the event's place points back to it, in a live
        // post's later entry as in a later paragraph; its figure is the grown toll, not a second event.
        Case(text: "09:05 GMT - A Russian missile strike on an apartment block in Dnipro has killed at least nine people, officials say.\n\n"
                 + "10:30 GMT - The death toll from the Dnipro strike has risen to 14, the regional governor said.",
             expected: [("Dnipro", 14)]),
        Case(text: "Gunmen attacked a market in Gao on Monday, killing seven traders.\n\nThe number of dead in the Gao attack rose to 11 on Tuesday, local officials said.",
             expected: [("Gao", 11)]),
        // Arrests take no casualties: the figures beside them are the raid's, told just before.
        Case(text: "Troops raided a refugee camp near Jenin early on Thursday, exchanging fire with gunmen. "
                 + "One gunman was killed and two others were wounded, the health ministry said, while the army said it had arrested three suspects.",
             expected: [("Jenin", 1), ("Jenin", nil)]),
        Case(text: "Shelling killed five civilians in Sarmin and six in Ariha on Thursday evening.",
             expected: [("Sarmin", 5), ("Ariha", 6)]),
        // `more than 20 people in Bama`: a quantity's comparison is no preposition that would take the place away.
        Case(text: "Gunmen killed more than 20 people in Bama on Monday.", expected: [("Bama", 20)]),
        // A city with hyphens in a dateline is where the story was filed, not the event's place.
        Case(text: "PORT-AU-PRINCE, Haiti (AP) — Gang members attacked Mirebalais on Monday, killing at least 12 people.",
             expected: [("Mirebalais", 12)]),
        // `set their bodies on fire` is a blaze, not gunfire: no second event that takes the lynching's dead.
        Case(text: "Residents of a Jacmel neighbourhood lynched four men on Sunday afternoon and set their bodies on fire.",
             expected: [("Jacmel", 4)]),
        // A semicolon joins two clauses: the place fronted after it is the second clause's, and a bomb that damaged a
        // school is an event of its own.
        Case(text: "In Sarmin, an aerial bomb damaged a school; in Ariha, a drone struck a car.",
             expected: [("Sarmin", nil), ("Ariha", nil)]),
        // Deaths counted over months are a tally, not the toll of the attack told before (which told no dead).
        Case(text: "Gunmen attacked a police post in Bama on Monday, wounding two officers. "
                 + "Borno state recorded more than 1,600 violent deaths in the first nine months of the year.",
             expected: [("Bama", nil)]),
        // An earlier event named again with no place (`The raids`) takes no part of the new event's toll.
        Case(text: "Pakistani air strikes on villages in Khost province late on Tuesday killed at least 46 people. The raids came days "
                 + "after militants stormed a checkpost in Bannu on Saturday, killing 16 soldiers in one of the deadliest attacks this year.",
             expected: [("Khost province", 46), ("Bannu", 16)]),
        // An offensive told as the object of a protest's purpose did not happen: it lowers no battle's toll.
        Case(text: "Heavy fighting continued on Wednesday around Manbij, killing 11 fighters. On Thursday, a drone struck a convoy of "
                 + "civilians as they travelled to join a sit-in against the offensive, killing four and wounding 15.",
             expected: [("Manbij", 11), ("Manbij", 4), ("Manbij", 4)]),
        // `The wounded` are people, not another event: the hospitals they were taken to are no event places.
        Case(text: "Gunmen attacked a cattle camp near Akop on Sunday, killing 14 people. The wounded were taken to hospitals in Tonj and Wau.",
             expected: [("Akop", 14)]),
        // A source raising its own toll replaces its first figure.
        Case(text: "Shells struck a camp on the edge of El Fasher on Saturday, killing eight people, a lawyers' group said. "
                 + "The group later raised the toll to 11 dead and 17 wounded.",
             expected: [("El Fasher", 11)]),
        // An event noun the tagger left out of any phrase (`a counteroffensive`, read as an adjective) happened when the
        // verb right after it is past.
        Case(text: "PORT-AU-PRINCE, Haiti (AP) — Gang members stormed parts of Kenscoff on Monday, killing at least seven residents. "
                 + "Police said a counteroffensive launched on Wednesday in the nearby locality of Furcy left several gang members dead.",
             expected: [("Kenscoff", 7), ("Furcy", nil)]),
        // Two kinds of remote violence, each named by its own word and placed apart, are two events; the toll is the
        // one's told before the word of harm; a place listed after another is no container of it, and a comma parts
        // a list from the verb after it (`Khiam and Kfar Kila, according to ...`).
        Case(text: "An Israeli drone strike on a motorcycle in Bint Jbeil killed two fighters on Monday, hours after Israeli artillery "
                 + "pounded the outskirts of Khiam and Kfar Kila, according to Lebanon's state news agency.",
             expected: [("Bint Jbeil", 2), ("Khiam", nil), ("Kfar Kila", nil)]),
        // A list's next item is no container of an unknown name, but a place after the list is (`Kansafra, Al-Bara and
        // Fleifel in ... Idlib`): Kansafra stays in this sentence instead of borrowing the town of the sentence before. Each
        // village shelled is an event, Fleifel too, which the gazetteer lacks (since 7 December 2026, nineteenth session).
        Case(text: "Russian warplanes carried out airstrikes this morning on the outskirts of Jisr al-Shughur. Meanwhile, regime forces "
                 + "shelled Kansafra, Al-Bara and Fleifel in the southern countryside of Idlib, wounding a child in Kansafra.",
             expected: [("Jisr al-Shughur", nil), ("Kansafra", nil), ("Bara", nil), ("Fleifel", nil)]),
        // `the 1990 Saba Saba uprising`: a place in a phrase dated by a past year names that event, not today's.
        Case(text: "At least three people were killed on Monday as police fired tear gas at protesters in several towns on the anniversary "
                 + "of the 1990 Saba Saba uprising. In Nyeri, one protester died of gunshot wounds.",
             expected: [("Nyeri", 1)]),
        // A rally called for (`rally` read as an adverb, out of any phrase) is one still to come, as a noun phrase would be.
        Case(text: "An opposition coalition has called for a rally in Belgrade on Saturday to demand early elections.", expected: []),
        // A place that speaks (`Ankara denied`) stands for its government: no event is placed there.
        Case(text: "Heavy fighting continued on Wednesday, killing 11 fighters. Ankara denied targeting civilians.",
             expected: []),
        // `bringing the number of dead to 14`: the later total replaces the first figure; it adds nothing to it.
        Case(text: "Bandits killed eleven villagers in Kadisau village, Katsina State, on Tuesday night. On Thursday three more bodies were recovered, "
                 + "bringing the number of dead to 14.",
             expected: [("Kadisau", 14)]),
        // Civilians counted since a moment (`since the ceasefire`) are a tally, no event's toll.
        Case(text: "Government forces fired rockets at Kafranbel on Monday evening, injuring three civilians. The number of civilians "
                 + "killed since the ceasefire came into force rises to 31.",
             expected: [("Kafranbel", nil)]),
        // `documented the deaths of seven civilians`: the dead are counted after `of`.
        Case(text: "Russian warplanes struck Saraqib in Idlib province on Monday. The monitor documented the deaths of seven civilians in the strikes.",
             expected: [("Saraqib", 7)]),
        // Weapons delivered are not used: thanking partners for artillery places no shelling.
        Case(text: "Drones hit Kharkiv on Monday, wounding two people. In his evening address, the president said troops were holding "
                 + "the line in the Donetsk region and thanked partners for new deliveries of long-range artillery.",
             expected: [("Kharkiv", nil)]),
        // A village and the division after `in` both unknown: the division says where the village lies; one event.
        Case(text: "Sudan's paramilitary fighters stormed the village of Tambul in Gezira province on Saturday, killing 23 people.",
             expected: [("Tambul", 23)]),
        // A village the gazetteer lacks, near another it lacks too: the event is at the first; the second only says where it lies.
        Case(text: "Insurgents beheaded ten people at Olumbi village near the town of Palma, close to Mozambique's border "
                 + "with Tanzania, on Sunday, police in Mozambique said.",
             expected: [("Olumbi", 10)]),
    ]

    @Test(arguments: cases)
    func composesTheToll(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-03-12T10:00:00Z")
        #expect(incidents.map(\.location) == c.expected.map(\.location))
        #expect(incidents.map(\.fatalities) == c.expected.map(\.fatalities))
    }

    /// That nobody was hurt, said beside an arrest, is the arrest's own figure, not a toll for the attack told before.
    @Test func nobodyHurtIsTheArrestsOwn() throws {
        let text = "Gunmen attacked a police post in Bama on Monday, killing two officers. "
            + "On Tuesday, police arrested five suspects in Gwoza, and no one was hurt in the operation."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-03-12T10:00:00Z")
        #expect(incidents.map(\.location) == ["Bama", "Gwoza"])
        #expect(incidents.map(\.fatalities) == [2, 0])
        #expect(incidents.map(\.injured) == [nil, 0])
    }
}
