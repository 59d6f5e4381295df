import Foundation
import Testing
@testable import Incidents

/// What a sentence says happened when it also tells of another time, a weapon read as an adjective,
/// and a reference to an event that has not happened.
/// Sentences written here.
@Suite("Background clauses and references to what did not happen")
struct BackgroundAndReferenceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var subEventType: String
        /// The incident's place: its name, or its location as written when the gazetteer lacks it.
        var place: String
        var fatalities: Int?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A killing told beside an earlier massacre: the massacre is background, the killing is the event, and
        // the earlier toll is not its toll.
        Case(text: "Gunmen killed 14 villagers on Sunday in Riyom, a town in Plateau State, a community leader said, "
                + "two years after a massacre in the area left about 100 dead.",
             subEventType: "Attack", place: "Riyom", fatalities: 14),
        // The figure of a temporal clause is another event's.
        Case(text: "Five soldiers were killed on Tuesday when their truck hit a landmine near Gao, a day after seven civilians died in a similar blast.",
             subEventType: "Remote explosive/landmine/IED", place: "Gao", fatalities: 5),
        // The months of fighting before it are no event; the capture is.
        Case(text: "After months of fighting, rebels captured Kanbalu on Sunday.",
             subEventType: "Non-state actor overtakes territory", place: "Kanbalu"),
        // Burning a building is its destruction; burning people to death is a killing, whatever else `burn` tells.
        Case(text: "Militants burned a church in Gombi on Sunday, residents said.",
             subEventType: "Looting/property destruction", place: "Gombi"),
        Case(text: "Two men accused of theft were burned to death by a mob in Kano on Sunday.",
             subEventType: "Mob violence", place: "Kano", fatalities: 2),
        // `looted` is the verb `loot`.
        Case(text: "Witnesses said soldiers looted shops in Kidal on Thursday.",
             subEventType: "Looting/property destruction", place: "Kidal"),
        // Who took the town decides: the state's forces regain it, rebels overtake it.
        Case(text: "Government forces took full control of Kidal on Tuesday, the army said.",
             subEventType: "Government regains territory", place: "Kidal"),
        Case(text: "Rebels captured Kidal on Tuesday after two days of fighting, residents said.",
             subEventType: "Non-state actor overtakes territory", place: "Kidal"),
        // A village the gazetteer lacks stands in the finest place the text puts it in (`Nigeria's Plateau State`).
        Case(text: "Gunmen killed 12 people on Friday in Dagwom, a hamlet in central Nigeria's Plateau State, residents said.",
             subEventType: "Attack", place: "Plateau State", fatalities: 12),
        // A state told in a relative clause (`which militants had held for two months`) does not make the
        // main clause a tally; `regained control` is regaining territory.
        Case(text: "Troops on Tuesday recaptured the town hall in Marawi, which militants had held for two months, the army said.",
             subEventType: "Government regains territory", place: "Marawi"),
        // With a perfect in the main clause too, and a time long past in the clause on the place (`the port town that
        // insurgents had held since August last year`): neither a tally nor history.
        Case(text: "Troops have recaptured Mocimboa da Praia, the port town that insurgents had held since August last year.",
             subEventType: "Government regains territory", place: "Mocimboa da Praia"),
        Case(text: "Soldiers regained full control of Bambari on Wednesday afternoon, the UN mission said.",
             subEventType: "Government regains territory", place: "Bambari"),
        // A truce that took hold is an agreement, told by the verb it is the subject of.
        Case(text: "A ceasefire brokered by tribal elders took hold in Misrata on Sunday, the council said.",
             subEventType: "Agreement", place: "Misrata"),
        // Protesters who disperse by themselves met no intervention; police who disperse them did.
        Case(text: "Hundreds of demonstrators marched peacefully through Eldoret on Monday before dispersing in the afternoon.",
             subEventType: "Peaceful protest", place: "Eldoret"),
        Case(text: "Police dispersed hundreds of demonstrators in Eldoret on Monday, witnesses said.",
             subEventType: "Protest with intervention", place: "Eldoret"),
        // Protesters who hurl stones riot, whatever the police do in return.
        Case(text: "Riot police used tear gas against demonstrators who hurled stones in Mombasa on Friday.",
             subEventType: "Violent demonstration", place: "Mombasa"),
        // `took to the streets` is a protest.
        Case(text: "Thousands of people took to the streets of Bamako on Friday to demand elections.",
             subEventType: "Peaceful protest", place: "Bamako"),
        // The other side's account of the same fight, told without a place, is no second incident.
        Case(text: "Gunmen exchanged fire with soldiers who raided a village near Jenin on Tuesday, killing one gunman. "
                + "The army said its troops came under fire during the raid and responded.",
             subEventType: "Armed clash", place: "Jenin", fatalities: 1),
        // A past form the tagger read as an adjective after a weapon is the verb.
        Case(text: "The army said its warplanes struck RSF positions east of Kidal on Friday.",
             subEventType: "Air/drone strike", place: "Kidal"),
    ]

    @Test("The event the sentence tells", arguments: cases)
    func event(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-06-09T09:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
        let incident = try #require(incidents.first)
        #expect(incident.subEventType == c.subEventType)
        #expect(incident.location == c.place || incident.place.name == c.place)
        #expect(incident.fatalities == c.fatalities)
    }

    /// `no fighting`, `any attack`, `ahead of a march`: events denied, hypothetical or still to come.
    @Test(arguments: [
        "\"There has been no fighting anywhere near Kupiansk since Friday,\" a regional official said on Sunday.",
        "The militia's commander said on Tuesday his men would respond with force to any army attack on civilians in Kidal.",
        "Police closed the roads into Nairobi on Thursday ahead of a march the opposition had called for Saturday.",
        // A stretch of months made of events is no event of one day.
        "Students who have led months of protests in Tbilisi met the president on Monday.",
        // A toll with no time of its own, told right after history, is that history's.
        "In April 2019, suicide bombers attacked three churches in Colombo, killing 269 people. More than 100 worshippers died in Negombo.",
        // A resolve (`committed to fighting`) is no fight.
        "A government spokesman said Ethiopia remained committed to fighting al Shabaab in Somalia alongside Somali forces.",
        // A relative clause on an event (`the unrest that followed ... in December`) dates it: history.
        "More than 60 people died in Lima in the unrest that followed the ouster of the president in December.",
        // A relative clause closed before the main clause's perfect (`gunmen who identify as ...`) leaves the state the sentence's.
        "Exchanges of fire between the army and gunmen who identify as the Syrian National Army have not been uncommon in Afrin since October.",
        // A conflict's toll in the perfect is a tally, for every verb joined to the auxiliary (`has killed or wounded`).
        "The conflict in Sudan, now in its second year, has killed or wounded tens of thousands of civilians.",
        // Events counted by a noun that says they were earlier (`earlier rounds of`) are background.
        "The opposition leader called for nationwide protests in Nairobi on Wednesday. Traders say earlier rounds of demonstrations "
            + "cost the economy billions of shillings.",
    ])
    func noEventHappened(_ text: String) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-06-11T09:00:00Z")
        #expect(incidents.isEmpty, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
    }

    /// `the rally` after an announced one points at an event that has not happened: no incident.
    @Test func aReferenceToAnAnnouncedRallyIsNoIncident() throws {
        let text = "The opposition alliance announced on Monday that it will hold a mass rally at Uhuru Park in Nairobi on Saturday.\n\n"
            + "Police officials said a decision on permission for the rally had yet to be taken."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-06-11T09:00:00Z")
        #expect(incidents.isEmpty, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
    }
    /// `the killings` after a tally of last year's killings goes on telling that history: no incident.
    @Test func aReferenceToLastYearsKillingsIsNoIncident() throws {
        let text = "LIMA — The UN office in Peru said on Tuesday that 95 environmental defenders were killed in the country in 2023, "
            + "most of them in the regions of Loreto, Ucayali and Madre de Dios. The office said criminal groups competing for "
            + "control of logging routes were responsible for the majority of the killings."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.isEmpty, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
    }
}
