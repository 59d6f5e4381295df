import Testing
@testable import Geo

/// A village is read in the region its story is set in: the gazetteer's namesake in another region of the
/// country is taken only when the text puts it there. Stories written for the tests; the villages are
/// GeoNames' Pokthinnyo (Yangon Region, Myanmar) and Ilogbo (Ogun State, Nigeria).
@Suite("Villages in another region than the story's")
struct VillageRegionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var village: String
        /// The admin1 code the village resolves to, or nil when it stays unresolved.
        var admin1Code: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // The story is in Sagaing and Kaduna; the gazetteer's villages of those names are in Yangon and Ogun.
        Case(text: "Junta jets bombed villages in the Sagaing Region on Tuesday. A monastery in Pokthinnyo village was hit, killing four monks.",
             village: "Pokthinnyo", admin1Code: nil),
        Case(text: "Bandits attacked communities in Kaduna State on Sunday. In Ilogbo village, gunmen abducted 15 worshippers.",
             village: "Ilogbo", admin1Code: nil),
        // The same stories set in the villages' own regions, or naming the region with the village.
        Case(text: "Junta troops raided villages across the Yangon Region on Tuesday. A monastery in Pokthinnyo village was hit, killing four monks.",
             village: "Pokthinnyo", admin1Code: "MM.17"),
        Case(text: "Bandits attacked communities in Ogun State on Sunday. In Ilogbo village, gunmen abducted 15 worshippers.",
             village: "Ilogbo", admin1Code: "NG.16"),
        Case(text: "Junta jets bombed villages in the Sagaing Region on Tuesday. A day later a monastery in Pokthinnyo village in the Yangon Region was hit.",
             village: "Pokthinnyo", admin1Code: "MM.17"),
        // A town in the next province, near a town the story names (Kuliyapitiya, North Western Province, is 70 km
        // from Battaramulla, Western Province), is the story's own neighbourhood, not a namesake.
        Case(text: "Police fired tear gas at a march in Battaramulla on Thursday. Villagers set fire to a house in Kuliyapitiya, police said.",
             village: "Kuliyapitiya", admin1Code: "LK.32"),
        // No region named: the gazetteer's village stands.
        Case(text: "Gunmen abducted 15 worshippers in Ilogbo village on Sunday.", village: "Ilogbo", admin1Code: "NG.16"),
    ]

    /// Named as a city, a name is the large place over a village that carries it among its alternates in a region
    /// the story names (the gazetteer's Mykolaivka, Donetsk region, of 14,000, is also written `Mykolaiv`).
    @Test("A city cue weighs size over the story's regions")
    func cityOverVillage() throws {
        let text = "A missile struck an industrial facility in the southern city of Mykolaiv on Tuesday morning. Troops held "
            + "the line in the Donetsk region, the president said."
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        let city = try #require(mentions.first { $0.text == "Mykolaiv" }, "found \(mentions.map(\.text))")
        #expect(city.place?.admin1Code == "UA.16")
    }

    @Test("A village is resolved only in the story's region or the one the text gives it", arguments: cases)
    func village(_ c: Case) throws {
        let mentions = TestSupport.parser.extract(c.text).filter { $0.role == .location }
        let village = try #require(mentions.first { $0.text == c.village }, "found \(mentions.map(\.text))")
        #expect(village.place?.admin1Code == c.admin1Code)
    }

    @Test("A division named inside another country's region is not that country's division")
    func divisionOfAnotherCountry() throws {
        // The gazetteer's only Pale division is in Bosnia and Herzegovina.
        let text = "Junta jets bombed villages in Pale Township in the Sagaing Region on Tuesday."
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        let township = try #require(mentions.first { $0.text.hasPrefix("Pale") }, "found \(mentions.map(\.text))")
        #expect(township.place == nil)
        #expect(township.container?.admin1Code == "MM.10")
    }

    @Test("A name refused where the text places it is the same unknown place where it is named again")
    func oneNameOnePlace() throws {
        let text = "Nine civilians were killed on Friday in a junta air strike in Pale Township, Sagaing Region. "
            + "A jet bombed a school, killing nine people, a Pale Township official told reporters."
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        let townships = mentions.filter { $0.text.hasPrefix("Pale") }
        #expect(townships.count == 2, "found \(mentions.map(\.text))")
        for township in townships {
            #expect(township.place == nil)
            #expect(township.container?.admin1Code == "MM.10")
            #expect(township.unresolvedReason == .outsideItsContainer)
        }
    }

    @Test("A container in a country nothing else in the story names does not overrule a town of the story's country")
    func containerAbroadIsTheNamesake() throws {
        // GeoNames writes Burkina Faso's province `Province du Soum`; its only `Soum` region is in Senegal.
        let text = "A bomb killed four soldiers near Djibo, in Soum province, on Monday, Burkina Faso's army said."
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        let town = try #require(mentions.first { $0.text == "Djibo" }, "found \(mentions.map(\.text))")
        #expect(town.place?.admin1Code == "BF.12")
    }
}
