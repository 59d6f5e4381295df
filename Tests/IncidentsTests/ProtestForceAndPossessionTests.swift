import Testing
import Timeline
@testable import Incidents

/// Killing at a protest, killing told by its manner, a town's own districts, and tolls raised in the passive.
/// Sentences written here, published on Wednesday 15 May 2024.
@Suite("Force at protests, manners of killing, possessed places, raised tolls")
struct ProtestForceAndPossessionTests {
    @Test(arguments: [
        // `shot` read as an adjective after `were` is the passive's verb: the killing is an event.
        ("At least 13 people were shot dead in Nakuru on Tuesday.", ["Attack at Nakuru (13)"]),
        // A killing told by its manner and `to death`, even past the victim.
        ("Two men were hacked to death in Kafanchan on Monday.", ["Attack at Kafanchan (2)"]),
        ("A man was sentenced to death in Kafanchan on Monday.", []),
        // ... in a participle after the event, with the dead after `to death`; a camp named for the civilians it holds is
        // theirs, not an army's.
        ("Militiamen stormed a camp for displaced people near Kafanchan on Monday night, hacking to death at least 11 people.",
         ["Attack at Kafanchan (11)"]),
        ("Militants stormed an army camp near Kafanchan on Monday night, killing 11 soldiers.", ["Armed clash at Kafanchan (11)"]),
        // Killing at a protest by no armed group is force against the protest ...
        ("Two protesters were shot dead in Kisii on Tuesday.", ["Excessive force against protesters at Kisii (2)"]),
        // ... a riot where the protesters were violent, or where they did the killing.
        ("Two men were shot dead in Kisii on Tuesday after protesters pelted officers with stones.",
         ["Violent demonstration at Kisii (2)"]),
        ("Protesters shot dead a policeman in Kisii on Tuesday.", ["Violent demonstration at Kisii (1)"]),
        // The state's forces firing on protesters is force against them, not a clash; protesters who clash riot.
        ("Police opened fire on protesters in Kisii on Tuesday, killing two.", ["Excessive force against protesters at Kisii (2)"]),
        ("Protesters clashed with police in Kisii on Tuesday.", ["Violent demonstration at Kisii (-)"]),
        // Armed men who are no state's forces killing protesters attack civilians.
        ("Gunmen killed two protesters in Kisii on Tuesday.", ["Attack at Kisii (2)"]),
        // Arrests at a protest met with force are that intervention, not an event of their own; arrests told apart stay.
        ("Police fired tear gas to disperse students who had blocked a road in Kisii on Tuesday, detaining at least 15 people.",
         ["Protest with intervention at Kisii (-)"]),
        ("Police fired tear gas at protesters in Kisii on Tuesday. Separately, police arrested three suspected smugglers in Mombasa.",
         ["Protest with intervention at Kisii (-)", "Arrests at Mombasa (-)"]),
    ])
    func killingAtProtestsAndByManner(_ text: String, _ expected: [String]) throws {
        let incidents = try described(text)
        #expect(incidents == expected)
    }

    @Test(arguments: [
        // An unarmed crowd's attack or clash is a riot ...
        ("Youths fired fireworks at police in Trappes on Sunday night.", ["Violent demonstration at Trappes (-)"]),
        ("A crowd clashed with police in Kisumu on Monday.", ["Violent demonstration at Kisumu (-)"]),
        // ... an armed one's is not.
        ("Armed youths attacked a village near Bunia on Sunday.", ["Attack at Bunia (-)"]),
        // A civilian noun that only modifies another (`refugee camp`) names no victims: gunmen killed in an exchange of fire fought.
        ("In the Jenin refugee camp, three Palestinian gunmen were killed in an exchange of fire with Israeli troops on Wednesday.",
         ["Armed clash at Jenin (3)"]),
        // A detachment fights back, as a base or a post does.
        ("Militants attacked a military detachment in Djibo on Sunday, killing 40 people.", ["Armed clash at Djibo (40)"]),
        // A device defused is another than the bomb that went off, and than a grenade thrown the next day: an event of
        // its own where the paragraph puts it, not folded into the blast that wounded two.
        ("Two rangers were wounded when a bomb exploded in Rueso district on Sunday. Bomb disposal officers later found a "
            + "second device and defused it. On Monday night, a man threw a grenade at a police kiosk in Bannang Sata.",
         ["Remote explosive/landmine/IED at Rueso district (-)", "Grenade at Bannang Sata (-)", "Disrupted weapons use at Rueso district (-)"]),
    ])
    func crowdsAndDevices(_ text: String, _ expected: [String]) throws {
        let incidents = try described(text)
        #expect(incidents == expected)
    }

    @Test(arguments: [
        // A town stands for its own district, whatever the gazetteer makes of the district.
        ("A suicide bomber blew himself up at a tea shop in Mogadishu's Hodan district on Monday, killing eight people.",
         ["Suicide bomb at Mogadishu (8)"]),
        ("A missile struck an apartment block in Kharkiv's Kyivskyi district on Monday, killing three people.",
         ["Shelling/artillery/missile attack at Kharkiv (3)"]),
        // `the city's X district` lies in the town named before: the gazetteer's namesake in another city is another place.
        ("In Kherson, Russian artillery shelled the city's Dniprovskyi district on Monday, killing two residents.",
         ["Shelling/artillery/missile attack at Dniprovskyi (2)"]),
        // A country gives way to the region it owns.
        ("A suicide bomber blew herself up at a market in Cameroon's Far North region on Monday, killing two civilians.",
         ["Suicide bomb at Far North region (2)"]),
        // An institution's name that opens with a country names no place (`Bangladesh` is no event place).
        ("Police fired tear gas at Bangladesh Nationalist Party activists in Sylhet on Monday.",
         ["Protest with intervention at Sylhet (-)"]),
    ])
    func possessedAndInstitutionalNames(_ text: String, _ expected: [String]) throws {
        let incidents = try described(text)
        #expect(incidents == expected)
    }

    @Test(arguments: [
        // A toll raised in the passive replaces the first figure, as the active does.
        ("Militiamen raided a displacement site near Bunia on Saturday, killing 14 civilians. On Monday the toll was raised "
            + "to 19 after rescuers found more bodies.", ["Attack at Bunia (19)"]),
        // Another source's figure (`put the toll at`) stands beside the official one, which stays.
        ("Twenty soldiers were killed when their unit was ambushed near Tillaberi on Sunday, the ministry said. Local sources "
            + "put the death toll at about 30.", ["Armed clash at Tillaberi (20)"]),
        // A figure given later is the update, whoever gives it.
        ("A car bomb exploded at a checkpoint in Bannu on Tuesday, killing five people, officials said. A police statement "
            + "later on Tuesday put the death toll at eight.", ["Remote explosive/landmine/IED at Bannu (8)"]),
        // A toll grown at a place named again is that place's event's, told on a later day, after another event.
        ("Russian artillery pounded Kupiansk on Monday, killing two civilians. Hours later, a bomb hit the village of "
            + "Petropavlivka, injuring a man. By Tuesday morning the death toll in Kupiansk had risen to three after a woman "
            + "died of her wounds.",
         ["Shelling/artillery/missile attack at Kupiansk (3)", "Remote explosive/landmine/IED at Petropavlivka (-)"]),
        // Deaths told again two paragraphs on, at a place where the event stands, are that event's, not a killing of their own.
        ("Clashes between rival party supporters and police broke out in two cities on Wednesday, leaving at least five "
            + "people dead.\n\nThree were killed in Sylhet and two in Khulna, police said.\n\nIn Sylhet, three people were "
            + "killed near the railway station, witnesses said.",
         ["Armed clash at Sylhet (3)", "Armed clash at Khulna (2)"]),
        // A region's toll that is the sum of the finer places' told after it sums them up: no event of its own.
        ("Armed youths from a rival community raided cattle camps in two counties of Jonglei State on Sunday, killing 13 "
            + "people, local officials said. In Akobo County, the attackers overran a settlement at Walgak before dawn and "
            + "shot dead nine people. Four herders were killed and six wounded outside Bor, where cattle keepers exchanged "
            + "fire with the raiders for several hours.",
         ["Non-state actor overtakes territory at Walgak (9)", "Armed clash at Bor (4)"]),
    ])
    func raisedTolls(_ text: String, _ expected: [String]) throws {
        let incidents = try described(text)
        #expect(incidents == expected)
    }

    private func described(_ text: String) throws -> [String] {
        try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
            .map { "\($0.subEventType ?? "?") at \($0.location) (\($0.fatalities.map(String.init) ?? "-"))" }
    }
}
