import Foundation
import Testing
import Timeline
@testable import Incidents

/// Stories of a few sentences written here, read as a whole: asides, back-references, datelines,
/// statement times and times still to come.
@Suite("A story is read as a whole: asides, back-references, datelines and statement times")
struct StoryReadingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var published: String
        var subEventType: String
        /// The incident's place (its name or its location text contains it).
        var place: String
        /// The event's local date, in the place's zone.
        var date: String
        var fatalities: Int? = nil
        /// How many incidents the story gives.
        var count = 1
        /// How the place was found, where the case is about that.
        var source: LocationSource? = nil
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A bracketed abbreviation parts nothing: the place after it is the clash's.
        Case(text: "Clashes broke out between the Popular Defence Forces (PDF) and the Northern Army (NA) on Saturday night in Kidal, officials said.",
             published: "2024-03-04T09:00:00Z", subEventType: "Armed clash", place: "Kidal", date: "2024-03-02"),
        // `The incident` points back: it says where, inside the province, and when.
        Case(text: "Three civilians were killed when a mortar shell struck a house in Kandahar province, police said on Sunday. "
                + "The incident happened early on Saturday in Arghandab.",
             published: "2023-04-09T10:00:00Z", subEventType: "Shelling/artillery/missile attack", place: "Arghandab", date: "2023-04-08",
             fatalities: 3),
        // A dateline ended by the agency's bracket: its town and date are the filing's.
        Case(text: "Kabul, Apr 9 (AFP) Two soldiers were killed when a roadside bomb exploded near their vehicle in Ghazni on Saturday.",
             published: "2023-04-09T10:00:00Z", subEventType: "Remote explosive/landmine/IED", place: "Ghazni", date: "2023-04-08",
             fatalities: 2),
        // A time still to come dates nothing that has happened.
        Case(text: "A bomb exploded at a bus station in Quetta, killing four people. The blast came days before next month's elections.",
             published: "2024-01-10T10:00:00Z", subEventType: "Remote explosive/landmine/IED", place: "Quetta", date: "2024-01-10",
             fatalities: 4),
        // A building that caught fire is no exchange of gunfire.
        Case(text: "A Russian drone struck a warehouse in Odesa on Monday, and the building caught fire.",
             published: "2024-05-14T08:00:00Z", subEventType: "Air/drone strike", place: "Odesa", date: "2024-05-13"),
        // `shot` is an event verb; farmers are civilians.
        Case(text: "Gunmen shot two farmers near Makurdi on Tuesday, police said.",
             published: "2024-06-05T08:00:00Z", subEventType: "Attack", place: "Makurdi", date: "2024-06-04"),
        // `shot` read as a noun after `police` is still the verb, with its victims as object; on protesters it is excessive force.
        Case(text: "Police shot dead three protesters and injured four others in Niamey on Thursday, witnesses said.",
             published: "2024-06-07T08:00:00Z", subEventType: "Excessive force against protesters", place: "Niamey", date: "2024-06-06",
             fatalities: 3),
        // What an air strike destroyed is no drone shot down: only a flying weapon as the object makes an interception.
        Case(text: "An Israeli air strike destroyed a residential building in Tyre on Wednesday, killing five people.",
             published: "2024-10-17T08:00:00Z", subEventType: "Air/drone strike", place: "Tyre", date: "2024-10-16", fatalities: 5),
        // A name in another romanization than the gazetteer's (Tall Rif‘at), inside the country the story names.
        Case(text: "Fighting erupted between Kurdish forces and Turkish-backed militias near Tal Rifaat in northern Syria on Friday.",
             published: "2024-03-10T08:00:00Z", subEventType: "Armed clash", place: "Tal Rifaat", date: "2024-03-08"),
        // Missiles launched at a town: the launch is the event; the group's home (`in Lebanon`) is not its place.
        Case(text: "The militant group in Lebanon launched three rockets at Kiryat Shmona on Monday, wounding two residents.",
             published: "2024-05-14T08:00:00Z", subEventType: "Shelling/artillery/missile attack", place: "Kiryat Shmona", date: "2024-05-13"),
        // `a barrage of gunfire`: what the barrage is made of names the weapon.
        Case(text: "Militants unleashed a barrage of gunfire on a police post in Bannu on Thursday morning, killing two policemen.",
             published: "2024-05-17T08:00:00Z", subEventType: "Armed clash", place: "Bannu", date: "2024-05-16", fatalities: 2),
        // An attack in which people were abducted and none killed is an abduction.
        Case(text: "Gunmen attacked a boarding school near Gusau on Friday and abducted dozens of students, police said.",
             published: "2024-03-09T08:00:00Z", subEventType: "Abduction/forced disappearance", place: "Gusau", date: "2024-03-08"),
        // Fighters are armed, but an explosion is no gunfire.
        Case(text: "Rival fighters traded blame after an explosion at a busy bus station in Azaz on Saturday killed 11 people.",
             published: "2024-03-10T08:00:00Z", subEventType: "Remote explosive/landmine/IED", place: "Azaz", date: "2024-03-09",
             fatalities: 11),
        // What was attacked decides: a base fights back, a village does not.
        Case(text: "A dawn raid by jihadists on a military base near Gao on Sunday left 11 people dead, officials said.",
             published: "2024-04-15T08:00:00Z", subEventType: "Armed clash", place: "Gao", date: "2024-04-14", fatalities: 11),
        Case(text: "Armed men stormed a village near Djibo on Saturday evening, the governor said.",
             published: "2024-04-15T08:00:00Z", subEventType: "Attack", place: "Djibo", date: "2024-04-13"),
        // `It took place near X`: a verb of happening with a pronoun subject points back and places the event.
        Case(text: "Gunmen ambushed an army convoy in northern Burkina Faso on Friday, killing six soldiers. It took place near Djibo.",
             published: "2024-04-15T08:00:00Z", subEventType: "Armed clash", place: "Djibo", date: "2024-04-12", fatalities: 6),
        // Fighter planes are aircraft, not gunmen.
        Case(text: "Army fighter planes bombarded rebel positions in Nyala on Thursday, residents said.",
             published: "2023-12-15T08:00:00Z", subEventType: "Air/drone strike", place: "Nyala", date: "2023-12-14"),
        // The time of the statement (`said late Monday`) gives way to the one the story gives the event.
        Case(text: "A spokesman said late Monday that bandits attacked a village near Gusau, killing nine residents. The attack happened on Sunday.",
             published: "2024-06-04T08:00:00Z", subEventType: "Attack", place: "Gusau", date: "2024-06-02", fatalities: 9),
        // A country owning the actor (`Sudan's powerful ... Forces`) is its home; the town in the sentence is the place.
        Case(text: "Three commanders of Sudan's powerful Rapid Support Forces were killed on Wednesday in a failed bid to capture Babanusa.",
             published: "2024-09-20T08:00:00Z", subEventType: "Armed clash", place: "Babanusa", date: "2024-09-18", fatalities: 3,
             source: .paragraph),
        // With no other place in the story, the actor's home is the last guess (labelled `document`).
        Case(text: "Nigeria's army killed 10 militants on Tuesday, officials said.",
             published: "2024-06-05T08:00:00Z", subEventType: "Armed clash", place: "Nigeria", date: "2024-06-04", fatalities: 10,
             source: .document),
        // An official's quoted words tell the event as much as reported speech does; placed from the paragraph.
        Case(text: "The governor of Kursk region spoke to reporters on Thursday. According to him, \"a drone struck a house, killing two people\".",
             published: "2023-03-02T12:00:00Z", subEventType: "Air/drone strike", place: "Kursk", date: "2023-03-02", fatalities: 2,
             source: .paragraph),
        // A facility's name ends where the date after it begins; its first word is its town.
        Case(text: "Students protested in front of Rajshahi College Monday evening.",
             published: "2024-07-16T18:00:00Z", subEventType: "Peaceful protest", place: "Rajshahi", date: "2024-07-15"),
        // A passive report of an event says where and when it happened.
        Case(text: "Fighting between soldiers and militiamen was also reported on Monday in Lalibela, residents said.",
             published: "2023-09-05T08:00:00Z", subEventType: "Armed clash", place: "Lalibela", date: "2023-09-04"),
        // `shot` read as an adjective is still the verb; a name (`from Punjab`) takes no locative phrase of its own.
        Case(text: "Gunmen on motorcycles shot dead two labourers from Punjab at a construction site in Turbat on Monday, police said.",
             published: "2023-12-13T08:00:00Z", subEventType: "Attack", place: "Turbat", date: "2023-12-11", fatalities: 2),
        // An event no place attaches to goes to the post's own place before the city it was filed from.
        Case(text: "ADDIS ABABA — A drone strike killed eight people in Debre Markos on Sunday.\n\nClashes between troops and militiamen went on throughout Monday, residents said.",
             published: "2023-09-05T08:00:00Z", subEventType: "Armed clash", place: "Debre Markos", date: "2023-09-04", count: 2,
             source: .document),
        // `hit` read as a noun inside `a ballistic missile hit port infrastructure` is the verb, and what hangs off
        // that phrase is its place; a sentence's first adverb (`Early`, a town in Texas) is no place.
        Case(text: "Early on Friday, a ballistic missile hit port infrastructure in the southern city of Odesa, injuring four workers.",
             published: "2024-04-19T10:00:00Z", subEventType: "Shelling/artillery/missile attack", place: "Odes", date: "2024-04-19"),
        // The capital that steps up attacks is their agent, not their place.
        Case(text: "Russian missiles struck Kharkiv on Thursday, killing three people, as Moscow stepped up attacks on the city.",
             published: "2024-04-19T10:00:00Z", subEventType: "Shelling/artillery/missile attack", place: "Kharkiv", date: "2024-04-18", fatalities: 3),
        // A tally since an earlier month is no toll of the event told before it.
        Case(text: "Police arrested five men in Imphal on Saturday.\n\nMore than 100 people have been killed since clashes erupted in May.",
             published: "2023-07-03T08:00:00Z", subEventType: "Arrests", place: "Imphal", date: "2023-07-01"),
        // A toll's participle takes the sentence's most telling weapon (the bomber before the charge); a toll told
        // later does not move the event's day, and having risen it replaces the first figure.
        Case(text: "A suicide bomber drove an explosives-laden car into a military checkpoint in Beledweyne on Wednesday, killing at least seven people, police said.\n\nBy Thursday morning the death toll had risen to 11, with more than 20 others wounded.",
             published: "2023-08-24T12:00:00Z", subEventType: "Suicide bomb", place: "Beledweyne", date: "2023-08-23", fatalities: 11),
        Case(text: "Rebels used drones loaded with explosives to attack a police station in Jamundi on Sunday, wounding two officers.",
             published: "2024-04-02T12:00:00Z", subEventType: "Air/drone strike", place: "Jamund", date: "2024-03-31"),
        // The other side of a clash takes no locative of its own; a toll sentence with its own weapon is its own event.
        Case(text: "Two rebels were killed in a clash with army troops in a village in Las Navas town on Saturday, the military said.\n\nPolice said three people were injured when a man hurled a grenade at a store in Isulan on Sunday night.",
             published: "2023-12-04T08:00:00Z", subEventType: "Grenade", place: "Isulan", date: "2023-12-03", count: 2),
        Case(text: "Two rebels were killed in a clash with army troops in a village in Las Navas town on Saturday, the military said.",
             published: "2023-12-04T08:00:00Z", subEventType: "Armed clash", place: "Las Navas", date: "2023-12-02", fatalities: 2),
        // The first word after a dateline's dash is read like a sentence's first (`— Fighting`), and the date in
        // a dateline that names the country (`KIRKUK, Iraq, Jan 22 (Reuters) -`) is the filing's.
        Case(text: "GOMA, Democratic Republic of Congo — Fighting between rebels and the army raged around the town of Sake on Wednesday.",
             published: "2024-02-08T10:00:00Z", subEventType: "Armed clash", place: "Sake", date: "2024-02-07"),
        Case(text: "KIRKUK, Iraq, Jan 22 (Reuters) - Two police officers were killed when a roadside bomb hit their patrol near Hawija late on Saturday.",
             published: "2024-01-22T10:00:00Z", subEventType: "Remote explosive/landmine/IED", place: "Hawija", date: "2024-01-20", fatalities: 2),
        // Fire exchanged is a fight between armed sides, whoever died.
        Case(text: "Three men were killed on Sunday when armed villagers from rival communities exchanged gunfire near Moirang, police said.",
             published: "2023-07-03T08:00:00Z", subEventType: "Armed clash", place: "Moirang", date: "2023-07-02", fatalities: 3),
        // Tear gas breaks up a march; it attacks no one.
        Case(text: "In the port city of Chittagong, police fired tear gas to break up a march on Tuesday afternoon.",
             published: "2024-07-17T08:00:00Z", subEventType: "Protest with intervention", place: "Chittagong", date: "2024-07-16"),
        // `The strikes hit the market on Monday morning`: a reference to the air strikes told before, not to the bombardment
        // stepped up in March that the sentence told last; the strikes' earlier day replaces the day the toll rose.
        Case(text: "The death toll from air strikes on a market in Saraqeb rose to 20 on Tuesday, a monitor said, since the regime stepped up "
                + "its bombardment of the region in late March. The strikes hit the market on Monday morning, it said.",
             published: "2024-05-15T08:00:00Z", subEventType: "Air/drone strike", place: "Saraqeb", date: "2024-05-13", fatalities: 20),
        // A charge dropped from a drone is a strike from the air, with or without a toll in its sentence.
        Case(text: "Later that evening, a drone dropped explosives on a house in Vovchansk. A woman was hospitalised with shrapnel wounds.",
             published: "2024-05-15T08:00:00Z", subEventType: "Air/drone strike", place: "Vovchansk", date: "2024-05-15"),
        // `as Moscow pressed its offensive`: a capital that is a clause's subject acts; it is no second place of the shelling.
        Case(text: "Shelling killed two people in Kupyansk on Monday as Moscow pressed its offensive in the region.",
             published: "2024-05-15T08:00:00Z", subEventType: "Shelling/artillery/missile attack", place: "Kupyansk", date: "2024-05-13", fatalities: 2),
        // People seized are abducted (fighters captured are part of a fight: `captured three soldiers` stays as it was).
        Case(text: "Gunmen seized 40 schoolgirls from a boarding school in Kankara on Friday night, police said.",
             published: "2024-05-15T08:00:00Z", subEventType: "Abduction/forced disappearance", place: "Kankara", date: "2024-05-10"),
        Case(text: "Rebels captured three soldiers near Kidal on Friday, the army said.",
             published: "2024-05-15T08:00:00Z", subEventType: "Non-state actor overtakes territory", place: "Kidal", date: "2024-05-10"),
        // A mob's arson is mob violence, not property destruction.
        Case(text: "A mob set fire to the house of a local official in Imphal late on Thursday night, police said.",
             published: "2024-05-17T08:00:00Z", subEventType: "Mob violence", place: "Imphal", date: "2024-05-16"),
        // A death told without a place after force used on a protest in its paragraph is that protest's, not the attack
        // of the next paragraph.
        Case(text: "In Rangpur, police fired rubber bullets and tear gas at protesters on Tuesday. One student was shot dead, witnesses said.\n\n"
                + "In Dhaka, gunmen killed two men on Tuesday, police said.",
             published: "2024-05-17T08:00:00Z", subEventType: "Excessive force against protesters", place: "Rangpur", date: "2024-05-14",
             fatalities: 1, count: 2),
        // Attacks they were accused of plotting are no attacks.
        Case(text: "Soldiers detained five young people in Yangon on Monday, accusing them of plotting bomb attacks, state media reported.",
             published: "2024-05-17T08:00:00Z", subEventType: "Arrests", place: "Yangon", date: "2024-05-13"),
        // `next to X` is near X, no destination.
        Case(text: "Two gunmen opened fire at a restaurant next to the Eli settlement on Tuesday, killing four people.",
             published: "2023-06-22T08:00:00Z", subEventType: "Attack", place: "Eli", date: "2023-06-20", fatalities: 4),
        // A tally over the year and a killing dated in March give no toll to the march told before them.
        Case(text: "Some 3,000 people marched peacefully through Popayán on Monday. At least 14 community leaders have been killed in the "
                + "department so far this year. The president suspended a ceasefire in March after the group killed an indigenous leader in Toribío.",
             published: "2024-05-21T08:00:00Z", subEventType: "Peaceful protest", place: "Popayán", date: "2024-05-20"),
        // A finer time told later (`struck on Saturday night`) says when in the weekend the event was.
        Case(text: "Gunmen killed 30 villagers in a weekend attack on Djibo, officials said on Thursday. The assailants struck on Saturday night, residents said.",
             published: "2022-06-16T08:00:00Z", subEventType: "Attack", place: "Djibo", date: "2022-06-11", fatalities: 30),
        // `A crowd beat`: a past that the tagger read as a present (it does not agree with its subject) tells of the event;
        // the woman beaten to death is its dead.
        Case(text: "A crowd beat a woman to death in the town of Taxco on Thursday, prosecutors said.",
             published: "2024-03-29T08:00:00Z", subEventType: "Mob violence", place: "Taxco", date: "2024-03-28", fatalities: 1),
        // Midnight closes the day it names.
        Case(text: "Heavy fighting started before midnight Sunday near Vovchansk, a spokesman said.",
             published: "2024-05-16T08:00:00Z", subEventType: "Armed clash", place: "Vovchansk", date: "2024-05-12"),
        // An event with no place but a name that can be placed nowhere (a neighbourhood the gazetteer lacks, in no
        // container) falls back past it to the dateline.
        Case(text: "DHAKA, Bangladesh (AP) — Unknown attackers stabbed two men to death late Sunday, police said. "
                + "The crowd then blocked a street in the Mirbagh area, witnesses said.",
             published: "2024-05-14T08:00:00Z", subEventType: "Attack", place: "Dhaka", date: "2024-05-12", fatalities: 2),
        // A clock told after the story moved back to a part of an earlier day (`on Wednesday afternoon`) is that day's, as
        // after a day alone: one clash at Phek on Wednesday, not a second on the day of the report.
        Case(text: "KOHIMA, March 14: Two guards were killed and one injured in a gun battle with rebels on Wednesday afternoon, "
                + "police said. The gunfight broke out at around 3 pm in the hills near Phek, an officer said.",
             published: "2024-03-14T12:00:00Z", subEventType: "Armed clash", place: "Phek", date: "2024-03-13", fatalities: 2),
        // A night told before (`an overnight raid`) holds its small hours on its second day: 1 a.m. is Saturday's.
        Case(text: "Gunmen abducted 20 villagers in an overnight raid on Moriki in Zamfara State, residents said on Saturday. "
                + "The attackers arrived at about 1 a.m. and killed one man who resisted.",
             published: "2024-06-15T12:00:00Z", subEventType: "Abduction/forced disappearance", place: "Moriki", date: "2024-06-15",
             fatalities: 1),
        // What comes after midnight is the next day's (Bamako keeps UTC: the minute before midnight was the 15th).
        Case(text: "Gunmen attacked an army post in Bamako shortly after midnight, killing two soldiers, the army said.",
             published: "2024-05-16T08:00:00Z", subEventType: "Armed clash", place: "Bamako", date: "2024-05-16", fatalities: 2),
        // `neutralising about 20 terrorists`: armies' word for enemies killed, as an object as after a subject.
        Case(text: "Soldiers and volunteers fought off an assault on their base in Djibo on Sunday, neutralising about 20 terrorists, the army said.",
             published: "2024-05-16T08:00:00Z", subEventType: "Armed clash", place: "Djibo", date: "2024-05-12", fatalities: 20),
        // A name the gazetteer lacks that no event stands at (`accused of burning pages of the Koran`, read as a place) is no
        // place the paragraph is about: the riot after it is in the town the story is about.
        Case(text: "SARGODHA, Pakistan — Police said on Sunday they had detained 44 people in Sargodha after a crowd attacked the home "
                 + "of a Christian family on Saturday.\n\nThe unrest began after a man was accused of burning pages of the Koran. Rioters "
                 + "armed with clubs smashed shop windows and torched a shoe factory, residents said.",
             published: "2024-05-27T09:00:00Z", subEventType: "Violent demonstration", place: "Sargodha", date: "2024-05-25", count: 3),
        // A country owning a diplomat (`France's ambassador`) is whose envoy it is, no place: the arrest is the dateline's.
        Case(text: "KARACHI (Reuters) - Police detained a prominent cleric on Monday, hours after he called on supporters to demand "
                 + "the expulsion of France's ambassador, officials said.",
             published: "2021-04-13T09:00:00Z", subEventType: "Arrests", place: "Karachi", date: "2021-04-12", source: .dateline),
        // `here` in a datelined story is the dateline's town: the grenade is Jammu's, not folded into the gunfight told
        // with a place after it.
        Case(text: "JAMMU: Nine people were injured when militants hurled a grenade at a crowded bus stand near the Old Secretariat "
                 + "here on Friday afternoon, police said. The attack came a day after troops killed a militant in a gunfight in the "
                 + "Bemina area of Srinagar.",
             published: "2024-05-18T09:00:00Z", subEventType: "Grenade", place: "Jammu", date: "2024-05-17", count: 2),
    ]

    @Test("What may happen is no incident", arguments: [
        "The U.S. Embassy in Nairobi on Friday warned of a heightened risk of terrorist attacks in Kenya's capital.",
        "Officials in Kharkiv spoke of the threat of a new offensive on Tuesday.",
        // A warning's object with modifiers the phrase chunker leaves out of it (`of possible further attacks`).
        "The governor warned on Monday of possible further attacks in Garissa.",
        "Police warned of possible further attacks in Garissa and Lamu counties.",
        // A truce hoped for (`hoped to agree on`) is none sealed.
        "The government and the rebels opened peace talks in Mexico City on Monday, saying they hoped to agree on a ceasefire in the coming weeks.",
    ])
    func possibilityIsNoIncident(text: String) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-08-09T08:00:00Z")
        #expect(incidents.isEmpty, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
    }

    /// A facility the gazetteer cannot know is kept as written, in its container; `one day earlier` counts
    /// from the story's day and makes it another strike than today's.
    @Test func aFacilityStruckTheDayBeforeIsAnotherIncident() throws {
        let text = "A Russian missile struck a power station in Kharkiv on Friday morning, injuring three workers. "
            + "Just one day earlier, Mariinsky Hospital was hit in another Russian attack."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-18T09:00:00Z")
        #expect(incidents.count == 2, "found \(incidents.map { "\($0.location) \($0.occurredText ?? "-")" })")
        let hospital = try #require(incidents.first { $0.location == "Mariinsky Hospital" })
        #expect(!hospital.isLocationResolved)
        #expect(hospital.place.countryCode == "UA")
        let zone = try #require(ZoneRules.named("Europe/Kyiv"))
        #expect(zone.local(hospital.occurred.start).date.iso8601 == "2024-05-16")
        let station = try #require(incidents.first { $0.location == "Kharkiv" })
        #expect(zone.local(station.occurred.start).date.iso8601 == "2024-05-17")
        #expect(station.injured == 3)
    }

    /// Burning told in a quote, paragraphs after an attack, is part of that attack; the town the speaker is in is no
    /// place of it.
    @Test func burningToldInALaterQuoteIsPartOfTheAttack() throws {
        let text = "Gunmen killed 12 villagers in Riyom on Friday, residents said.\n\nThe state governor condemned the killings.\n\n"
            + "\"They set fire to our houses and looted our shops before leaving,\" a community leader in Jos told reporters."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-06-11T09:00:00Z")
        #expect(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" } == ["Attack at Riyom"])
    }

    /// `Nobody was hurt` after a strike on two towns is said of both.
    @Test func noCasualtiesAfterAStrikeOnTwoTownsIsSaidOfBoth() throws {
        let text = "Russian artillery shelled Pokrov and Beryslav on Wednesday.\n\nResidents remained unharmed, the governor said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T09:00:00Z")
        #expect(incidents.count == 2)
        for incident in incidents {
            #expect(incident.fatalities == 0, "\(incident.location)")
            #expect(incident.injured == 0, "\(incident.location)")
        }
    }

    /// `Four were killed in Kano, two in Jos and one in Maiduguri`: each place has its own toll, not the first one.
    @Test func aListOfPlacesWithTollsGivesEachItsOwn() throws {
        let text = "Rioters clashed with police across northern Nigeria on Monday. Four were killed in Kano, two in Jos and one in Maiduguri."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-08-06T09:00:00Z")
        var tolls: [String: Int] = [:]
        for incident in incidents { tolls[incident.location] = incident.fatalities }
        #expect(tolls["Kano"] == 4)
        #expect(tolls["Jos"] == 2)
        #expect(tolls["Maiduguri"] == 1)
    }

    /// A lede's attack on villages of a region, then each village the gazetteer lacks with its toll: each village is an
    /// incident of its own (the region's report takes the first village's name), not one at the region with the last toll.
    @Test func villagesNamedAfterARegionsLedeAreEachAnIncident() throws {
        let text = "Gunmen killed at least 45 people in attacks on three villages in Zamfara State on Sunday, officials said. "
            + "In Kadawa, 20 people were killed. Another 15 died in Dangulbi, and 10 in Tungar Kahau."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-06-11T09:00:00Z")
        let tolls = incidents.map { "\($0.location) \($0.fatalities.map(String.init) ?? "-")" }.sorted()
        #expect(tolls == ["Dangulbi 15", "Kadawa 20", "Tungar Kahau 10"])
        #expect(incidents.count == 3 && incidents.allSatisfy { !$0.isLocationResolved && $0.place.admin1Code == "NG.57" })
    }

    @Test("The story's incident has the place, date and toll it tells", arguments: cases)
    func readWhole(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: c.published)
        #expect(incidents.count == c.count, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
        let incident = try #require(incidents.first { $0.subEventType == c.subEventType },
                                    "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
        let placeName = incident.place.name.folding(options: .diacriticInsensitive, locale: nil)
        #expect(placeName.contains(c.place) || incident.location.contains(c.place), "at \(incident.location) (\(incident.place.name))")
        let zone = try #require(ZoneRules.named(incident.place.timeZone ?? "UTC"))
        #expect(zone.local(incident.occurred.start).date.iso8601 == c.date)
        #expect(incident.fatalities == c.fatalities)
        if let source = c.source { #expect(incident.locationSource == source) }
    }
}
