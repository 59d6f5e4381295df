import Testing
@testable import Geo

/// Local divisions named after their seat (`Konduga Local Government Area`, `Kajuru LGA`, `Kani Township`)
/// and a division word that puts a name inside the region after it.
@Suite("Local division words and the regions that hold them")
struct LocalDivisionTests {
    @Test("A local division word after a name keeps the name a place, at the division's level", arguments: [
        ("Gunmen attacked villages in Konduga Local Government Area on Friday.", "Konduga Local Government Area", "NG"),
        ("Gunmen attacked villages in Konduga local government area on Friday.", "Konduga local government area", "NG"),
        ("Bandits stormed Kajuru LGA overnight.", "Kajuru LGA", "NG"),
        ("Soldiers fought rebels in Kalewa Township on Monday.", "Kalewa Township", "MM"),
        // GeoNames writes the word into the name (`Bui Division`): the whole span names it, not an American town called Bui.
        ("Troops torched houses in a village of Bui division in Cameroon on Friday.", "Bui division", "CM"),
    ])
    func localDivision(_ text: String, _ span: String, _ country: String) throws {
        let mentions = TestSupport.parser.extract(text)
        let mention = try #require(mentions.locations(span).first, "\(span) missing from \(mentions.map(\.text))")
        #expect(mention.place?.countryCode == country)
        #expect(mention.precision != .exactPlace)
    }

    /// `Beni territory`: Congo's territories are second-order divisions, Australia's and Canada's first-order: the word
    /// names either level, so the story's region decides (not Bolivia's Beni Department).
    @Test func aTerritoryIsEitherLevel() throws {
        let text = "North Kivu: On 13 June, rebels killed seven farmers near Mamove, in Beni territory."
        let mentions = TestSupport.parser.extract(text)
        let beni = try #require(mentions.first { $0.text.hasPrefix("Beni") }, "found \(mentions.map(\.text))")
        #expect(beni.place?.countryCode == "CD", "resolved to \(beni.place?.name ?? "-") in \(beni.place?.countryCode ?? "-")")
    }

    /// `the nearby locality of X`, `the municipality of X`: a name the gazetteer lacks, introduced by a place noun, is a place.
    @Test(arguments: [
        ("Police launched an operation on Wednesday in the nearby locality of Furcy.", "Furcy"),
        ("A drone struck a house in the municipality of Tepalcatepec Viejo on Tuesday.", "Tepalcatepec Viejo"),
    ])
    func aLocalityIntroducesAPlace(_ text: String, _ name: String) throws {
        let mentions = TestSupport.parser.extract(text)
        #expect(mentions.contains { $0.text == name }, "found \(mentions.map(\.text))")
    }

    /// `Cameroon's Northwest region`: a region of that name in another country is not it.
    @Test func aRegionOfTheCountryBeforeItsPossessive() throws {
        let mentions = TestSupport.parser.extract("Gunmen abducted five teachers in Kumbo, in Cameroon's Northwest region, on Monday.")
        let region = try #require(mentions.first { $0.text.hasPrefix("Northwest") }, "found \(mentions.map(\.text))")
        #expect(region.place == nil || region.place?.countryCode == "CM", "resolved to \(region.place?.name ?? "") in \(region.place?.countryCode ?? "")")
    }

    /// `Khirbet al-Sultan district`: the district word belongs to the whole name, not to a town called Sultan.
    @Test func aNameAfterAnArticleIsPartOfTheLongerName() throws {
        let mentions = TestSupport.parser.extract("Tents near the hospital in the Khirbet al-Sultan district of Rafah were hit on Saturday.")
        #expect(!mentions.contains { $0.text == "Sultan district" }, "found \(mentions.map(\.text))")
        #expect(mentions.contains { $0.text == "Rafah" && $0.place?.countryCode == "PS" })
    }

    /// `the X area`: a name the gazetteer lacks before a place noun is a place, kept unresolved, even where
    /// the recognizer marked nothing or was unsure of another type; a person's name before `area` is not one.
    @Test(arguments: [
        ("A drone fell in the Tel Shaviv area on Monday.", "Tel Shaviv"),
        ("Shells landed near Brodovka village overnight.", "Brodovka"),
    ])
    func aNameBeforeAPlaceNounIsAPlace(_ text: String, _ name: String) throws {
        let mentions = TestSupport.parser.extract(text)
        let found = try #require(mentions.first { $0.text == name }, "found \(mentions.map(\.text))")
        #expect(found.place == nil)
    }

    @Test func aSentenceOpeningIsNoNameBeforeAPlaceNoun() {
        let mentions = TestSupport.parser.extract("The area was shelled. Residents of the village fled.")
        #expect(mentions.isEmpty, "found \(mentions.map(\.text))")
    }

    /// `X Township, Y Region`: a namesake of X outside Y is not X; X stays unresolved, held by Y.
    @Test func aNamesakeOutsideTheRegionAfterTheCommaIsNotTheName() throws {
        let mentions = TestSupport.parser.extract("Jets bombed a monastery in Salin Township, Magway Region, on Sunday.")
        let salin = try #require(mentions.first { $0.text.hasPrefix("Salin") }, "found \(mentions.map(\.text))")
        #expect(salin.place == nil, "resolved to \(salin.place?.name ?? "") in \(salin.place?.countryCode ?? "")")
        #expect(salin.container?.name == "Magway")
    }
    /// `the town of X` where GeoNames has only the district named after the town: the district, in the story's country,
    /// and not when the story names no place of that country.
    @Test(arguments: [
        ("Somali troops recaptured the town of Adan Yabaal from al-Shabaab in Somalia on Tuesday.", 9179649 as Int?),
        ("Troops recaptured the town of Adan Yabaal on Tuesday.", nil),
    ])
    func aTownKnownOnlyAsItsDistrict(_ text: String, _ geonameid: Int?) throws {
        let mention = TestSupport.parser.extract(text).first { $0.text == "Adan Yabaal" }
        #expect(mention?.place?.geonameid == geonameid)
    }
    /// A district GeoNames names in its own language's order (`Amphoe Bannang Sata`) is found by its name and division word.
    @Test func aDistrictNamedInThaiOrder() throws {
        let mentions = TestSupport.parser.extract("Insurgents burned a school in Yala's Bannang Sata district on Sunday.")
        let district = try #require(mentions.first { $0.text == "Bannang Sata district" }, "found \(mentions.map(\.text))")
        #expect(district.place?.geonameid == 1616197)
        #expect(district.place?.admin1Code == "TH.70")
    }
}
