import Testing
import Timeline
@testable import Incidents

/// Where a village the gazetteer lacks is put when its own sentence names no place that holds it: where
/// another sentence put the same name, else the one region the post names in any role, in the post's country.
/// Sentences written here (`Mbelleko` is invented), published on Wednesday 15 May 2024.
@Suite("Containers of unresolved names read across the post")
struct UnresolvedContainerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var location: String
        var admin1: String
        var count: Int
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // One name, one place: the clash near the village is in the region the first sentence put it in, though the
        // post's events lie in two regions (Kayes and Mopti).
        Case(text: "Gunmen attacked Mbelleko village in the Kayes region on Sunday.\n\n"
                 + "On Monday, soldiers clashed with the gunmen near Mbelleko, killing two. Separately, a bomb exploded in Mopti on Monday.",
             location: "Mbelleko", admin1: "Kayes", count: 3),
        // The only region named is where the officials who spoke are: still the best container the post gives.
        Case(text: "Gunmen attacked Mbelleko village on Sunday, killing four civilians. Officials in the Kayes region said the attackers also killed two herders.",
             location: "Mbelleko", admin1: "Kayes", count: 1),
        // The post's regions are two; the village is named after the first and before the second.
        Case(text: "Soldiers retook Niono in the Segou region on Sunday. On Monday, gunmen attacked Mbelleko village, killing three herders. "
                 + "Separately, a bomb exploded in Mopti on Tuesday.",
             location: "Mbelleko", admin1: "Ségou", count: 3),
        // A dateline's country in the village's own sentence says less than the region of the post's other places.
        Case(text: "BAMAKO, Mali - Gunmen attacked Mbelleko village on Sunday, killing four civilians. On Monday, soldiers clashed with "
                 + "gunmen in Kayes.",
             location: "Mbelleko", admin1: "Kayes", count: 2),
    ]

    @Test(arguments: cases)
    func placesTheVillage(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.count == c.count, "found \(incidents.map { "\($0.location) in \($0.place.admin1Name ?? "-")" })")
        let villages = incidents.filter { $0.location == c.location }
        #expect(!villages.isEmpty)
        for village in villages {
            #expect(!village.isLocationResolved)
            #expect(village.place.admin1Name == c.admin1)
            #expect(village.place.countryCode == "ML")
            #expect(village.geoPrecision == 3)
        }
    }

    /// The incident stands in the region the apposition names, not at a namesake in another region.
    @Test func anAppositionPlacesTheVillage() throws {
        let text = "Junta jets bombed Nyaung Kan Thar, a village in the Magway region, on Friday, killing nine civilians."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map(\.location))")
        let village = try #require(incidents.first)
        #expect(village.location == "Nyaung Kan Thar")
        #expect(!village.isLocationResolved)
        #expect(village.place.admin1Code == "MM.15")
        #expect(village.fatalities == 9)
        #expect(village.geoPrecision == 3)
    }

    /// A name the gazetteer holds only outside the region the text puts it in stays unresolved in that region.
    @Test func aNamesakeOutsideTheRegionIsAnotherPlace() throws {
        let text = "Junta jets bombed Kani, a town in the Sagaing region, on Friday, killing nine civilians."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        let town = try #require(incidents.first { $0.location == "Kani" }, "found \(incidents.map(\.location))")
        #expect(!town.isLocationResolved)
        #expect(town.place.countryCode == "MM")
        #expect(town.place.admin1Code == "MM.10")
    }

    /// A village named without a region, whose only namesake in the gazetteer lies in another region than the one the
    /// story names (Nyaung Gon, also written Nyaung Kone, is a village of Yangon): the geoparser's refusal stands, and
    /// the incident is placed in the story's region, not at the namesake.
    @Test func aRefusedNamesakeIsNotTakenBack() throws {
        let text = "Eight civilians were killed on Monday in an army air strike in Kani Township, Sagaing Region.\n\n"
            + "A jet bombed houses in Nyaung Kone village, killing eight villagers, a township official said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2023-06-28T10:00:00Z")
        let village = try #require(incidents.first { $0.location == "Nyaung Kone" }, "found \(incidents.map(\.location))")
        #expect(!village.isLocationResolved)
        #expect(village.place.countryCode == "MM")
        #expect(village.place.admin1Code == "MM.10")
    }

    /// A village set in a division neither of which the gazetteer knows (its only `Bam` is a town in Iran, a
    /// country the story never names): the incident stands at the village, in the story's country, and the
    /// division makes no incident of its own.
    @Test(arguments: ["near Kourao, in Bam province,", "about ten kilometres from Kourao, in the province of Bam,"])
    func anUnknownDivisionDescribesTheVillage(_ phrase: String) throws {
        let text = "OUAGADOUGOU — Soldiers repelled an attack on the northern town of Djibo on Sunday, Burkina Faso's army said. "
            + "A day earlier, a convoy struck an explosive device \(phrase) killing two soldiers, security sources said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-14T10:00:00Z")
        #expect(incidents.map(\.location).sorted() == ["Djibo", "Kourao"])
        let village = try #require(incidents.first { $0.location == "Kourao" })
        #expect(!village.isLocationResolved)
        #expect(village.place.countryCode == "BF")
        #expect(village.fatalities == 2)
    }

    /// A story filed from another country (`BEIRUT —`, the places in Syria) puts none of its places in the city
    /// it was filed from: the dam is in Syria, region unknown; at home (`ALEPPO —`) the city holds it.
    @Test(arguments: [("BEIRUT", "SY", nil), ("ALEPPO", "SY", "SY.09")] as [(String, String, String?)])
    func aDatelineFromAbroadHoldsNothing(dateline: String, country: String, admin1: String?) throws {
        let text = "\(dateline) — Fighting around the Tishreen Dam on the Euphrates killed nine fighters on Tuesday, a monitor said. "
            + "A drone strike on a car in the town of Sarrin, south of Kobani, killed two civilians on Monday."
        let incidents = try SeedExtraction.incidents(in: text, published: "2025-01-29T10:00:00Z")
        let dam = try #require(incidents.first { $0.location == "Tishreen Dam" }, "found \(incidents.map(\.location))")
        #expect(!dam.isLocationResolved)
        #expect(dam.place.countryCode == country)
        #expect(dam.place.admin1Code == admin1)
    }

    /// `here` in a datelined story is the dateline's town: a neighbourhood the gazetteer lacks, written before it, stands
    /// near that town (geo precision 2), not in the province. The colon dateline of local papers counts for it.
    @Test(arguments: [
        ("QUETTA: A bomb exploded near a vegetable market in Kili Ismail village here on Monday, killing three people.", "Quetta", "Kili Ismail"),
        ("QUETTA: Gunmen shot dead two policemen in the Kambrani area here on Monday, officials said.", "Quetta", "Kambrani"),
        ("LAHORE: Police arrested 40 protesters in Shadbagh area here on Monday.", "Lahore", "Shadbagh"),
    ])
    func hereIsTheDatelineTown(_ text: String, _ town: String, _ written: String) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map(\.location))")
        let incident = try #require(incidents.first)
        #expect(incident.location.hasPrefix(written))
        #expect(!incident.isLocationResolved)
        #expect(incident.place.name == town)
        #expect(incident.geoPrecision == 2)
    }

    /// A country across a border (`a village near the border with Mali`) holds nothing on this side: the village is in the
    /// story's country, and told again after its region's attack, it is that attack.
    @Test func aPlaceAcrossABorderHoldsNothing() throws {
        let alone = try SeedExtraction.incidents(
            in: "Gunmen killed four herders at Mbelleko, a village near the border with Mali, on Monday, Niger's army said.",
            published: "2024-05-15T10:00:00Z")
        #expect(alone.map(\.location) == ["Mbelleko"])
        #expect(alone.first?.place.countryCode == "NE")
        let retold = try SeedExtraction.incidents(
            in: "Jihadists killed five soldiers in an attack on an army post in Niger's Tillaberi region on Monday. "
                + "The attack took place at Mbelleko, a village near the border with Mali.",
            published: "2024-05-15T10:00:00Z")
        #expect(retold.count == 1, "found \(retold.map(\.location))")
        #expect(retold.first?.place.admin1Code == "NE.09")
        #expect(retold.first?.fatalities == 5)
    }

    /// A part of a division named with a compass word (`Wajir South`, a sub-county the gazetteer lacks) lies in that
    /// division; so does a village the text puts in it. Before, the incident stood only in the country, or nowhere.
    @Test(arguments: [
        ("Gunmen killed four herders near Dololo, in Wajir South, on Tuesday, Kenya's police said.", "Dololo", "KE.54", 4),
        ("Raiders burned Kasemeni village in Kilifi North overnight, killing two people, Kenyan police said.", "Kasemeni", "KE.23", 2),
    ])
    func aCompassPartOfADivisionHoldsItsVillage(_ text: String, _ village: String, _ admin1: String, _ dead: Int) throws {
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        let incident = try #require(incidents.first { $0.location == village }, "found \(incidents.map(\.location))")
        #expect(!incident.isLocationResolved)
        #expect(incident.place.countryCode == "KE")
        #expect(incident.place.admin1Code == admin1)
        #expect(incident.fatalities == dead)
    }

    /// A story that names its country and no finer known place gives nothing for a namesake abroad to be near: the
    /// capitalised `Camp` of `Camp 9` is not Camp County, Texas, and the camp stays in Bangladesh.
    @Test func aNamesakeAbroadIsNotTakenInACountryStory() throws {
        let text = "Police in Bangladesh said two refugees were shot dead in fighting between armed groups at Camp 9 in Kutupalong on Monday."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map(\.location))")
        let incident = try #require(incidents.first)
        #expect(incident.place.countryCode == "BD")
        #expect(incident.fatalities == 2)
    }

    /// A river named like a division of a neighbouring country (`the White Nile`) makes no incident there, and the village
    /// near it, whose name is a country across the world, stands in the story's region.
    @Test func aRiverAndAFarCountryAreNoPlacesOfTheEvent() throws {
        let text = "JUBA, South Sudan — Gunmen in a canoe shot dead four fishermen on the White Nile near Tonga on Sunday, "
            + "officials in Jonglei state said."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map(\.location) == ["Tonga"])
        let village = try #require(incidents.first)
        #expect(!village.isLocationResolved)
        #expect(village.place.countryCode == "SS")
        #expect(village.place.admin1Name == "Jonglei")
        #expect(village.fatalities == 4)
    }
}
