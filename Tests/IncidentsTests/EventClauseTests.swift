import Foundation
import Geo
import Testing
import Timeline
@testable import Incidents

/// Event clauses read from the language layer's phrases: the place by its role, how it was found,
/// names the gazetteer lacks, and what is no event. Every sentence here was written for these tests.
@Suite("Events are placed by grammar, and never lost when no place attaches")
struct EventClauseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var subEventType: String
        /// The place the incident stands at (`Place.name`).
        var place: String
        /// The place as the text names it.
        var location: String
        var source: LocationSource
        var resolved = true
        var geoPrecision: Int
        var fatalities: Int? = nil
        var testDescription: String { text }
    }

    static let published = "2024-04-03T09:00:00Z"

    static let cases: [Case] = [
        // The object of an attack verb, through its lemma (`struck`, `attacked`), with or without a weapon named.
        Case(text: "On 2 April 2024, forces struck Kharkiv, killing 3 people, officials said.", subEventType: "Shelling/artillery/missile attack",
             place: "Kharkiv", location: "Kharkiv", source: .attached, geoPrecision: 1, fatalities: 3),
        Case(text: "On 2 April 2024, forces attacked Kherson, killing 4 people, officials said.", subEventType: "Attack",
             place: "Kherson", location: "Kherson", source: .attached, geoPrecision: 1, fatalities: 4),
        Case(text: "On 2 April 2024, forces hit with drones Sumy, killing 2 people, officials said.", subEventType: "Air/drone strike",
             place: "Sumy", location: "Sumy", source: .attached, geoPrecision: 1, fatalities: 2),
        // The carrier a participle names for the instrument (`explosives dropped from a drone`) decides the kind.
        Case(text: "Guerrillas attacked the police station in Tame with explosives dropped from a drone on Tuesday, injuring two officers.",
             subEventType: "Air/drone strike", place: "Tame", location: "Tame", source: .attached, geoPrecision: 1),
        // Bombs a word says were dropped (`guided`, `glide`) are a strike from the air; a roadside bomb stays an explosive device.
        Case(text: "Russian guided bombs hit the centre of Kramatorsk on Monday, killing two people.", subEventType: "Air/drone strike",
             place: "Kramatorsk", location: "Kramatorsk", source: .attached, geoPrecision: 1, fatalities: 2),
        Case(text: "A roadside bomb hit an army truck near Kramatorsk on Monday, killing two soldiers.", subEventType: "Remote explosive/landmine/IED",
             place: "Kramatorsk", location: "Kramatorsk", source: .attached, geoPrecision: 2, fatalities: 2),
        // A town the recognizer is unsure of, in the place role of an event verb, is looked up by that role.
        Case(text: "On 2 April 2024, forces shelled Zavitinsk, killing 4 people, officials said.", subEventType: "Shelling/artillery/missile attack",
             place: "Zavitinsk", location: "Zavitinsk", source: .attached, geoPrecision: 1, fatalities: 4),
        // The subject of a passive; a locative phrase; a modifier of the event noun.
        Case(text: "Kramatorsk was hit by two missiles on Tuesday, the governor said.", subEventType: "Shelling/artillery/missile attack",
             place: "Kramatorsk", location: "Kramatorsk", source: .attached, geoPrecision: 1),
        Case(text: "Gunmen opened fire at a market in Maiduguri on Monday, killing seven traders.", subEventType: "Attack",
             place: "Maiduguri", location: "Maiduguri", source: .attached, geoPrecision: 1, fatalities: 7),
        Case(text: "The Odesa drone attack damaged a port warehouse overnight, officials said.", subEventType: "Air/drone strike",
             place: "Odesa", location: "Odesa", source: .attached, geoPrecision: 1),
        // A village the gazetteer lacks sits at the place named with it, labelled unresolved.
        Case(text: "On 2 April 2024, Russian forces shelled near Zyxwvutivka, Kharkiv, with artillery.", subEventType: "Shelling/artillery/missile attack",
             place: "Kharkiv", location: "Zyxwvutivka", source: .attached, resolved: false, geoPrecision: 2),
        // Sources and destinations are not where it happened.
        Case(text: "Officials in Kyiv said Russian troops shelled Nikopol on Tuesday.", subEventType: "Shelling/artillery/missile attack",
             place: "Nikopol", location: "Nikopol", source: .attached, geoPrecision: 1),
        Case(text: "Gunmen abducted 14 students from a school in Kaduna on Friday.", subEventType: "Abduction/forced disappearance",
             place: "Kaduna", location: "Kaduna", source: .attached, geoPrecision: 1),
        // No place attaches by grammar: the paragraph's place, said so.
        Case(text: "Violence flared again in Borno State this week. Gunmen killed nine villagers on Sunday, police said.", subEventType: "Attack",
             place: "Borno", location: "Borno State", source: .paragraph, geoPrecision: 3, fatalities: 9),
        // A strike that kills, with no weapon named, is from the air; a people's adjective is who acted, and
        // a weapon in another event's phrase (`a Hezbollah rocket attack`) is that event's.
        Case(text: "Israeli strikes on three houses near Bint Jbeil killed four people on Wednesday, as Israel said it was hitting back after a Hezbollah rocket attack.",
             subEventType: "Air/drone strike", place: "Bent Jbail", location: "Bint Jbeil", source: .attached, geoPrecision: 2, fatalities: 4),
        // A participle after an event noun tells more of it (`an attack ... targeting`), not of another event.
        Case(text: "Gunmen launched an attack on Sunday targeting an army base near Baqubah, killing three soldiers.",
             subEventType: "Armed clash", place: "Baqubah", location: "Baqubah", source: .attached, geoPrecision: 2, fatalities: 3),
        // A weapon that is an event verb's instrument is no event of its own.
        Case(text: "Government troops fought back with helicopters and heavy artillery near Sittwe on Thursday.",
             subEventType: "Armed clash", place: "Sittwe", location: "Sittwe", source: .attached, geoPrecision: 2),
        // A split hyphenated compound is read whole (`cease-fire` is no firing).
        Case(text: "Rebels and the army signed a cease-fire in Goma on Monday.",
             subEventType: "Agreement", place: "Goma", location: "Goma", source: .attached, geoPrecision: 1),
        // A protest broken up at the cost of a life is excessive force.
        Case(text: "Police dispersed a march in Khartoum on Wednesday with tear gas. One demonstrator was killed, medics said.",
             subEventType: "Excessive force against protesters", place: "Khartoum", location: "Khartoum", source: .attached, geoPrecision: 1, fatalities: 1),
        // Force used on protesters is one event, excessive force, not a protest and an attack.
        Case(text: "Two people were killed on Monday when paramilitary Rangers opened fire on demonstrators in Quetta, officials said.",
             subEventType: "Excessive force against protesters", place: "Quetta", location: "Quetta", source: .attached, geoPrecision: 1, fatalities: 2),
        // A generic plural (`in attacks`) refers to the event of its sentence that names a weapon.
        Case(text: "Air strikes on a bus depot in Adigrat killed six people on Friday, in attacks that followed the collapse of talks.",
             subEventType: "Air/drone strike", place: "Adigrat", location: "Adigrat", source: .attached, geoPrecision: 1, fatalities: 6),
        // The object of `of` on a locative's object (`on the outskirts of`), and a facility's town (`the Kharkiv Tractor Plant`).
        Case(text: "On 2 April 2024, forces shelled a farm on the outskirts of Zavitinsk, officials said.", subEventType: "Shelling/artillery/missile attack",
             place: "Zavitinsk", location: "Zavitinsk", source: .attached, geoPrecision: 2),
        Case(text: "A missile hit the Kharkiv Tractor Plant on Tuesday, injuring three workers.", subEventType: "Shelling/artillery/missile attack",
             place: "Kharkiv", location: "Kharkiv", source: .attached, geoPrecision: 1),
        // The cause a sentence gives (`in response to`) is an event told elsewhere, not a second incident.
        Case(text: "Militants fired rockets at Netivot on Saturday in response to Israeli air strikes on Khan Younis.",
             subEventType: "Shelling/artillery/missile attack", place: "Netivot", location: "Netivot", source: .attached, geoPrecision: 1),
        // A toll alone is the toll of the event told before it.
        Case(text: "A missile struck an apartment block in Dnipro on Tuesday. Six people were killed and 17 were injured.",
             subEventType: "Shelling/artillery/missile attack", place: "Dnipro", location: "Dnipro", source: .attached, geoPrecision: 1, fatalities: 6),
        // `set fire to X`: the target of a phrasal trigger's `to` is the event's place, no destination; protesters'
        // arson is a riot.
        Case(text: "Demonstrators set fire to the police station in Ilave on Saturday.", subEventType: "Violent demonstration",
             place: "Ilave", location: "Ilave", source: .attached, geoPrecision: 1),
        // `through` places a march.
        Case(text: "Riot police fired tear gas to break up a march by several thousand people through Lima's historic centre on Sunday.",
             subEventType: "Protest with intervention", place: "Lima", location: "Lima", source: .attached, geoPrecision: 1),
        // A pronoun subject (`it had seized`) is the sentence's first subject: the army regains.
        Case(text: "Sudan's army said on Friday it had seized the Republican Palace in central Khartoum from the paramilitary Rapid Support Forces.",
             subEventType: "Government regains territory", place: "Khartoum", location: "Khartoum", source: .attached, geoPrecision: 1),
        // ... by its common nouns: `The Arakan Army` names a group, no state's army.
        Case(text: "The Arakan Army said on Thursday that it had captured the town of Pauktaw in Rakhine State on Wednesday.",
             subEventType: "Non-state actor overtakes territory", place: "Rakhine", location: "Pauktaw", source: .attached, resolved: false,
             geoPrecision: 3),
    ]

    @Test("An event is placed by its grammar and says how", arguments: cases)
    func placed(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: Self.published)
        #expect(incidents.count == 1, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
        let incident = try #require(incidents.first)
        #expect(incident.subEventType == c.subEventType)
        #expect(incident.place.name.folding(options: .diacriticInsensitive, locale: nil).hasPrefix(c.place))
        #expect(incident.location == c.location)
        #expect(incident.locationSource == c.source)
        #expect(incident.isLocationResolved == c.resolved)
        #expect(incident.geoPrecision == c.geoPrecision)
        if let fatalities = c.fatalities { #expect(incident.fatalities == fatalities) }
    }

    @Test("Denied, conditional, intended, habitual and cumulative events are no incidents", arguments: [
        "The army denied reports that rebels had seized Goma.",
        "If the talks fail, the army could attack Goma.",
        "The defence minister said troops would be deployed to guarantee free movement and that an offensive against the "
            + "guerrillas around Tumaco would begin in the coming days.",
        "Police will arrest anyone who protests in Nairobi on Friday.",
        "The group frequently targets schools and markets in Borno State.",
        "More than 7,000 people have been killed in fighting in eastern Congo since January.",
        "Armed groups have fought for years over smuggling routes around Cucuta.",
        "The rebels seized power in Bangui in March 2013.",
        // An anniversary: the event lies years before the report.
        "Residents of Kaduna marked five years since gunmen abducted 39 students from a college in Afaka.",
        "Eight years after gunmen stormed a hotel in Sousse, killing 38 people, relatives gathered there on Monday.",
        // Dated to no month: ACLED codes no event it cannot date to a month at least.
        "The rebels, who seized Goma and Bukavu earlier this year, are demanding the release of detainees.",
        // A definite reference to an event of long ago (`The attack`) is that history too.
        "The trial of five men accused over the June 5, 2022 attack on a church in Owo was adjourned on Tuesday. "
            + "The attack on worshippers during Sunday Mass killed 41 people.",
    ])
    func noEvent(_ text: String) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: Self.published)
        #expect(incidents.isEmpty, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
    }

    @Test("Harm with a natural or accidental cause is no incident", arguments: [
        "Heavy rain killed six people in Lahore and Gujranwala overnight, officials said.",
        "The earthquake killed 11 people in Malatya and injured 412, AFAD said.",
        "A volunteer firefighter died battling a blaze near Keratea on Tuesday.",
        "Six people were killed in floods in Sylhet on Monday, officials said.",
        "Firefighters battled the wildfire near Varnavas through the night.",
        "Two miners were killed by a landslide in Hpakant on Sunday.",
        "Two people died after their car was swept off a flooded road near Hebden Bridge on Thursday.",
    ])
    func naturalCause(_ text: String) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: Self.published)
        #expect(incidents.isEmpty, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
    }

    @Test("Harm named with a weapon or an armed agent stays an event", arguments: [
        ("Artillery fire killed three civilians in Kherson on Monday.", "Kherson"),
        ("Gunmen killed 11 people in Malatya and injured 40, police said.", "Malatya"),
        ("Six people were killed in an air strike on Idlib on Monday.", "Idlib"),
    ])
    func weaponNamed(_ text: String, _ place: String) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: Self.published)
        #expect(incidents.map(\.location) == [place])
    }

    @Test("Casualty figures come from the phrase structure where the word rules find none", arguments: [
        ("Four people including a teenager were killed in a drone attack on Sumy on Monday.", 4, nil),
        ("Security forces shot dead two protesters in Bujumbura on Sunday.", 2, nil),
        ("Twelve people lost their lives when a shell hit a market in Kherson on Tuesday.", 12, nil),
        // Whoever dies, is killed or loses their life is a living being, whatever the noun names.
        ("Four municipal agents lost their life when gunmen ambushed a patrol near Kherson on Tuesday.", 4, nil),
        ("Two shepherds died when a mine exploded near Kherson on Tuesday.", 2, nil),
        ("An eight-year-old girl was injured when a shell struck a school in Kramatorsk on Sunday.", nil, 1),
        // A part of a toll is no toll of its own; a statement that nobody was hurt is a toll of none.
        ("Gunmen killed 14 people in an attack on Bunia on Tuesday. The local chief was one among those killed.", 14, nil),
        ("Shells hit two farms near Nikopol on Tuesday. The farmers remained unharmed, the governor said.", 0, 0),
        // A bare plural is an event when it is the subject of a verb in the past (`air strikes ... killed`).
        ("Air strikes on a village near Falam on Thursday killed at least eight civilians.", 8, nil),
    ] as [(String, Int?, Int?)])
    func casualties(_ text: String, _ killed: Int?, _ injured: Int?) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: Self.published)
        let incident = try #require(incidents.first, "no incident")
        #expect(incident.fatalities == killed)
        #expect(incident.injured == injured)
    }

    @Test("An event its sentence does not date is of the story's last date told before it", arguments: [
        // 3 April 2024 is a Wednesday: Monday is 1 April, Tuesday 2 April.
        ("Two people were killed in a drone attack on Sumy on Monday. Later a missile hit a school in Kharkiv, injuring four.",
         "Kharkiv", "2024-04-01", "on Monday"),
        ("Rebels captured a town in Ituri on Tuesday. Government forces then shelled Bunia, officials said.",
         "Bunia", "2024-04-02", "on Tuesday"),
        // With no date told before it, an event is of the report's day, with no text to show for it.
        ("A missile hit a school in Kharkiv, injuring four.", "Kharkiv", "2024-04-03", nil),
        // A date in the dateline is the filing's: the event is of the day its sentence gives.
        ("KYIV, April 3 (Reuters) - Russian artillery shelled Kupiansk on Monday, killing two people.", "Kupiansk", "2024-04-01", "on Monday"),
    ] as [(String, String, String, String?)])
    func storyTime(_ text: String, _ place: String, _ day: String, _ occurredText: String?) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: Self.published)
        let incident = try #require(incidents.first { $0.location == place }, "found \(incidents.map(\.location))")
        // The day is the place's: its middle falls on that day in UTC as well.
        let middle = Instant(secondsSinceEpoch: (incident.occurred.start.secondsSinceEpoch + incident.occurred.end.secondsSinceEpoch) / 2)
        #expect(String(middle.iso8601.prefix(10)) == day)
        #expect(incident.occurredText == occurredText)
    }

    /// Short reports over towns of 5,000 people or more in fifteen countries: each gives one
    /// incident at a place of the name it gives (the same name may be another country's town:
    /// nothing in the sentence says which).
    @Test func shortReportsOverGazetteerTownsEachGiveOneIncidentAtTheirTown() throws {
        let countries: Set<String> = ["UA", "RU", "SY", "SD", "NG", "ML", "SO", "AF", "IQ", "YE", "MM", "CD", "ET", "PK", "IL"]
        let gazetteer = SeedExtraction.gazetteer
        var towns: [String] = []
        for name in gazetteer.samplePlaceNames(stride: 7) where towns.count < 240 {
            guard let place = gazetteer.resolve(name).best, countries.contains(place.countryCode), place.population >= 5_000,
                place.kind == .populatedPlace || place.kind == .seat, place.name == name
            else { continue }
            towns.append(name)
        }
        #expect(towns.count == 240)
        let verbs = ["shelled", "struck", "attacked", "hit with drones"]
        var right = 0
        for (index, town) in towns.enumerated() {
            let text = "On \(index % 28 + 1) March 2024, forces \(verbs[index % verbs.count]) \(town), killing \(index % 9 + 2) people, officials said."
            let incidents = try SeedExtraction.incidents(in: text, published: "2024-03-29T18:00:00Z")
            if incidents.count == 1, incidents[0].place.name == town, incidents[0].fatalities == index % 9 + 2 { right += 1 }
        }
        // Measured 1 December 2026: 231 of 240; the misses are Arabic and Hebrew names with particles and
        // transliteration marks (`Um Jar Al Gharbiyya`, `‘Ara-‘Ar‘ara`) and names ending in an apostrophe (`Yelan’`).
        print("short reports over gazetteer towns: \(right) of \(towns.count) give one incident at their town")
        #expect(right >= 226, "\(right) of \(towns.count)")
    }

    /// Bad input: a sentence of hundreds of words listing fifty towns, all-capitals text, text with
    /// no sentence punctuation. Nothing crashes, the list gives an incident a town, and an event no
    /// place can be found for is reported, not dropped.
    @Test func longListsCapitalsAndUnpunctuatedTextAreReadOrReported() throws {
        let gazetteer = SeedExtraction.gazetteer
        var towns: [String] = []
        for name in gazetteer.samplePlaceNames(stride: 11) where towns.count < 50 {
            guard let place = gazetteer.resolve(name).best, place.countryCode == "UA", place.population >= 10_000,
                place.kind == .populatedPlace || place.kind == .seat, place.name == name, !towns.contains(name)
            else { continue }
            towns.append(name)
        }
        #expect(towns.count == 50)
        let list = towns.dropLast().joined(separator: ", ") + " and " + towns.last!
        let long = "On Tuesday Russian forces shelled " + list + " in the east of Ukraine, killing at least 40 people, officials said."
        let listed = try SeedExtraction.incidents(in: long, published: Self.published)
        let placed = Set(listed.map(\.place.name))
        #expect(placed.intersection(towns).count >= 45, "\(placed.intersection(towns).count) of 50 towns")
        #expect(listed.allSatisfy { $0.subEventType == "Shelling/artillery/missile attack" } && !listed.isEmpty)

        let capitals = try SeedExtraction.incidents(in: "FORCES SHELLED KHARKIV ON TUESDAY, KILLING THREE PEOPLE, OFFICIALS SAID.", published: Self.published)
        // In capitals the geoparser takes `KHARKIV` for the oblast rather than the city (left for the Geo issue).
        #expect(capitals.map(\.location) == ["KHARKIV"])
        #expect(capitals.first?.place.admin1Code == "UA.07")
        #expect(capitals.first?.fatalities == 3)

        // No capitals and no stops: no place can be recognised, and the post says which event it could not place.
        let flat = String(repeating: "forces shelled the town on tuesday killing three people officials said and ", count: 200)
        let stamp = try NormalizedTime(stamp: Self.published)
        let document = DocumentLoader(extractor: SeedExtraction.extractor).article(flat, published: stamp, path: nil, title: "")
        #expect(document.incidents.isEmpty)
        #expect(document.posts.first?.unplacedEvents.count == 1)
    }
}
