import Testing
import Timeline
@testable import Incidents

/// A JSON Lines text that opens with a title, an interception beside a strike that hurt people,
/// protests in several towns, events of other days, history told on, charges, force on protests and crowds. Sentences written here, published on
/// Wednesday 15 May 2024.
@Suite("Titles of JSON Lines texts, interceptions beside strikes, protests in several towns")
struct TitlesAndSeparateEventsTests {
    @Test(arguments: [
        // A first line set apart by a blank line, with no closing punctuation, is the title: context, not events.
        ("Police warn of clan fighting in Wabag after court ruling\n\nWABAG — Police said on Monday they would send "
            + "reinforcements to the area.", [String](), "Police warn of clan fighting in Wabag after court ruling"),
        // A first line written as a sentence is the story's first sentence.
        ("Gunmen attacked a village near Bunia on Monday.\n\nLocal officials said the attackers fled.",
         ["Attack at Bunia (-)"], "Gunmen attacked a village near Bunia on Monday."),
        // A first line with no blank line after it goes on into the story.
        ("Gunmen attacked a village near Bunia on Monday, local officials said\nThe attackers fled.",
         ["Attack at Bunia (-)"], "Gunmen attacked a village near Bunia on Monday, local officials said"),
        // Protests in several towns are several events: a rally told without a place is not the one told after it in
        // another town; it stands at the title's.
        ("Thousands rally in Tbilisi against the government\n\nTBILISI, May 14 — Thousands of people rallied outside "
            + "parliament on Monday evening.\n\nDemonstrators also marched in Batumi on Monday, local media reported.",
         ["Peaceful protest at Batumi (-)", "Peaceful protest at Tbilisi (-)"], "Thousands rally in Tbilisi against the government"),
    ])
    func titleOfJSONLinesText(_ text: String, _ expected: [String], _ headline: String) throws {
        let stamp = try NormalizedTime(stamp: "2024-05-15T10:00:00Z")
        let document = DocumentLoader(extractor: SeedExtraction.extractor).article(text, published: stamp, path: nil, format: .jsonl)
        #expect(document.incidents.map(Self.described) == expected)
        #expect(document.title == headline)
    }

    @Test(arguments: [
        // A strike that killed is no interception, though the sentence tells of drones shot down elsewhere too.
        ("Ukrainian shelling killed a man in Shebekino on Monday, the governor said, as Moscow reported shooting down "
            + "a wave of drones over the regional capital.", ["Shelling/artillery/missile attack at Shebekino (1)"]),
        ("Air defences shot down ten drones over Bryansk on Monday, the governor said.", ["Disrupted weapons use at Bryansk (-)"]),
        // A battle of another day told later is no part of the strike: an ongoing fight said in passing adds no clash.
        ("YANGON — Military aircraft bombed a neighbourhood of Kyaukme on Monday, killing five civilians, according to the "
            + "Ta'ang National Liberation Army, which has been fighting junta troops around the town.\n\n"
            + "In Kachin State, the Kachin Independence Army said its fighters overran a military outpost near Bhamo on Wednesday.",
         ["Air/drone strike at Kyaukme (5)", "Non-state actor overtakes territory at Bhamo (-)"]),
    ])
    func separateEvents(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map(Self.described) == expected)
    }

    @Test(arguments: [
        // Violence with neither place nor time of its own, told right after violent history, tells that history on.
        ("Fighters attacked a displacement camp in Alindao in November 2018, a court heard on Monday.\n\n"
            + "More than 100 civilians were killed when the fighters stormed the camp and set it on fire.", [String]()),
        // What a court or an accuser names is a charge, not an event of the report.
        ("A court in Bangui on Monday found three men guilty of murder, rape and looting in Alindao.", []),
        ("Two men were charged with kidnapping in Alindao on Monday.", []),
        ("Soldiers raped two women in Alindao on Monday.", ["Sexual violence at Alindao (-)"]),
        // A part of a town stands at the town: a later report of the town's strike is of the same event.
        ("In Kharkiv, Russian aircraft bombed the city's Kyivskyi district late on Monday, killing two people.\n\n"
            + "The toll from the strike on Kharkiv has risen to three dead, the governor said on Tuesday.",
         ["Air/drone strike at Kyivskyi (3)"]),
        // A district the gazetteer lacks, written after the town it holds, is no place of the event: the town is.
        ("A suicide bomber rammed a motorcycle into a police checkpost on the outskirts of Khar in Bajaur district on Monday, "
            + "killing five policemen.", ["Suicide bomb at Khar (5)"]),
        // A town framing the sentence still holds its own district.
        ("In the port city of Aden, fighters clashed in the Khor Maksar district on Monday, where eight fighters were killed.",
         ["Armed clash at Khor Maksar (8)"]),
        // A district named with a town of its region that the gazetteer gives no district says where the town lies.
        ("In Beni territory, suspected rebels killed 11 civilians on the outskirts of Mangina on Monday night, officials said.",
         ["Attack at Mangina (11)"]),
        ("In Kharkiv region, a Russian drone struck Kupiansk on Monday, killing two people.", ["Air/drone strike at Kupiansk (2)"]),
        // The hurt taken to a hospital are cared for, not evacuated from a place; residents moved away are.
        ("A bomb hit a bus near Bandiagara on Tuesday, killing seven. Twelve others were wounded and were evacuated to the "
            + "hospital in Sevare.", ["Remote explosive/landmine/IED at Bandiagara (7)"]),
        ("Authorities evacuated 300 residents of Kupiansk on Tuesday.", ["Other at Kupiansk (-)"]),
    ])
    func historyToldOnAndCharges(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map(Self.described) == expected)
    }

    @Test(arguments: [
        // An attack the story then tells as force against a protest was force against protesters.
        ("Police opened fire on workers blocking a highway in Gazipur on Monday, killing one.\n\n"
            + "Witnesses said the demonstration was peaceful until police fired live rounds.",
         ["Excessive force against protesters at Gazipur (1)"]),
        // A crowd that kills or hurts people, with no force of the state named, is a mob, in the passive too; a crowd
        // attacking the police riots.
        ("A suspected thief was beaten to death by a crowd in Ajalpan on Monday.", ["Mob violence at Ajalpan (1)"]),
        ("Two police officers were attacked by a crowd in Ajalpan on Monday.", ["Violent demonstration at Ajalpan (-)"]),
    ])
    func protestsAndCrowds(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map(Self.described) == expected)
    }

    @Test(arguments: [
        // A raid that arrests and harms nobody is the arrest's operation (one that kills is not: `raidThatKills`).
        ("Security forces arrested five suspected militants in a dawn raid in Kirkuk on Monday.", ["Arrests at Kirkuk (-)"]),
        // A participle after a comma tells what the act did: its weapon does not retype the act; a gerund names the act.
        ("A Russian guided aerial bomb slammed into the village of Petropavlivka on Monday, damaging a school building and "
            + "injuring a man.", ["Air/drone strike at Petropavlivka (-)"]),
        ("U.S. warplanes struck Houthi positions near Hodeidah late Monday.\n\nOn Tuesday, Houthi shelling killed a boy and "
            + "wounded his two brothers in Taiz.", ["Air/drone strike at Hodeidah (-)", "Shelling/artillery/missile attack at Taiz (1)"]),
        // A protest verb with an object is another sense; with a measure of time or ground it is still a march.
        ("The gunmen went from house to house before marching their captives into the nearby forest near Gusau on Tuesday.", []),
        ("Protesters marched Sunday in Nairobi.", ["Peaceful protest at Nairobi (-)"]),
        ("Thousands marched 10 kilometres to the parliament in Nairobi on Tuesday.", ["Peaceful protest at Nairobi (-)"]),
        // Forces that reoccupy a town regain it.
        ("The army said it had reoccupied the town of Deou on Monday, two years after soldiers withdrew.",
         ["Government regains territory at Deou (-)"]),
    ])
    func raidsAndReoccupations(_ text: String, _ expected: [String]) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map(Self.described).sorted() == expected)
    }

    @Test func raidThatKills() throws {
        let text = "Security forces killed two militants and arrested three others in a raid in Kirkuk on Monday."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.contains { $0.subEventType == "Armed clash" && $0.fatalities == 2 })
        #expect(incidents.contains { $0.subEventType == "Arrests" })
    }

    /// A street the gazetteer lacks lies in the story's one town, its dateline's when that is in the story's country,
    /// not merely in the country the dateline names with it.
    @Test(arguments: [
        "TBILISI, Georgia — Riot police used water cannon to disperse thousands of protesters outside the parliament building "
            + "on Rustaveli Avenue late on Monday.",
        "TBILISI — Riot police used water cannon to disperse thousands of protesters outside the parliament building "
            + "on Rustaveli Avenue late on Monday.",
    ])
    func streetInTheDatelineTown(_ text: String) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-12-03T10:00:00Z")
        #expect(incidents.map(\.location) == ["Rustaveli Avenue"])
        #expect(incidents.first?.place.name == "Tbilisi")
        #expect(incidents.first?.geoPrecision == 2)
    }

    /// A named road is a street too: in the dateline's town, near a place (ACLED's precision 2), not in the province.
    @Test func roadInTheDatelineTown() throws {
        let text = "PESHAWAR: Police on Tuesday defused a bomb planted near a school on Ring Road, officials said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-12-03T10:00:00Z")
        #expect(incidents.map(\.location) == ["Ring Road"])
        #expect(incidents.first?.place.name == "Peshawar")
        #expect(incidents.first?.geoPrecision == 2)
    }

    static func described(_ incident: Incident) -> String {
        "\(incident.subEventType ?? "?") at \(incident.location) (\(incident.fatalities.map(String.init) ?? "-"))"
    }
}
