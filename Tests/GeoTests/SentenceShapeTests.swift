import Testing
@testable import Geo

/// A sentence-initial time phrase and a demonym do not make the place of the event vanish.
@Suite("Sentence shapes around the place of an event")
struct SentenceShapeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var demonym: String
        var demonymCountry: String
        var place: String
        /// The place's country, or nil where the name only qualifies a noun and must not be a location.
        var countryCode: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "On 14 June, Russian forces shelled Kherson with artillery.", demonym: "Russian", demonymCountry: "RU", place: "Kherson", countryCode: "UA"),
        Case(text: "On 14 June, Russian forces shelled Kherson.", demonym: "Russian", demonymCountry: "RU", place: "Kherson", countryCode: "UA"),
        Case(text: "On Monday, Israeli troops raided Jenin.", demonym: "Israeli", demonymCountry: "IL", place: "Jenin", countryCode: "PS"),
        Case(text: "On 3 March, Sudanese forces shelled Omdurman.", demonym: "Sudanese", demonymCountry: "SD", place: "Omdurman", countryCode: "SD"),
        Case(text: "In May, Ukrainian drones hit Novorossiysk.", demonym: "Ukrainian", demonymCountry: "UA", place: "Novorossiysk", countryCode: "RU"),
        Case(text: "Late on Sunday, Syrian warplanes struck Idlib.", demonym: "Syrian", demonymCountry: "SY", place: "Idlib", countryCode: "SY"),
        // Countries from place names too: a foreign town standing on its own stays, one used as an adjective does not.
        Case(text: "Moscow said Russian forces shelled Kherson.", demonym: "Russian", demonymCountry: "RU", place: "Kherson", countryCode: "UA"),
        Case(text: "Kyiv said Ukrainian drones hit Novorossiysk.", demonym: "Ukrainian", demonymCountry: "UA", place: "Novorossiysk", countryCode: "RU"),
        Case(text: "Ankara said Turkish drones struck Qamishli.", demonym: "Turkish", demonymCountry: "TR", place: "Qamishli", countryCode: "SY"),
        Case(text: "On Monday, the Ethiopian army fought Fano militiamen near Gondar.", demonym: "Ethiopian", demonymCountry: "ET", place: "Fano", countryCode: nil),
        Case(text: "Iraqi officials said Badr fighters deployed near Mosul.", demonym: "Iraqi", demonymCountry: "IQ", place: "Badr", countryCode: nil),
    ]

    @Test("A leading date and a demonym keep the later place; an adjective-like town stays out", arguments: cases)
    func placeAfterDemonym(_ example: Case) throws {
        let mentions = TestSupport.parser.extract(example.text)
        let demonym = try #require(mentions.first { $0.text == example.demonym })
        #expect(demonym.role == .demonym)
        #expect(demonym.place?.countryCode == example.demonymCountry)
        guard let countryCode = example.countryCode else {
            #expect(mentions.locations(example.place).isEmpty, "\(example.place) found as a location")
            return
        }
        let place = try #require(mentions.locations(example.place).first, "\(example.place) missing from \(mentions.map(\.text))")
        #expect(place.place?.countryCode == countryCode)
    }

    @Test("A title's place is no part of a person's name", arguments: [
        ("Alexander Petrov, Governor of Bryansk oblast, said the village was hit.", "Bryansk oblast", "RU"),
        ("The Mayor of Kharkiv said two districts were without power.", "Kharkiv", "UA"),
    ])
    func placeOfATitle(_ text: String, _ name: String, _ country: String) throws {
        let place = try #require(TestSupport.parser.extract(text).locations(name).first, "\(name) missing")
        #expect(place.place?.countryCode == country)
    }

    @Test("A foreign demonym does not make the place of the event off-story",
          arguments: ["Russian forces shelled Kherson with artillery.", "On 14 June, forces shelled Kherson."])
    func sameWithoutTheOtherHalf(_ text: String) throws {
        let place = try #require(TestSupport.parser.extract(text).locations("Kherson").first)
        #expect(place.place?.countryCode == "UA")
    }

    @Test("A town used like an adjective in a story about another country is still not a place")
    func attributiveTownStaysOut() {
        let mentions = TestSupport.parser.extract("On Monday, the Ethiopian army fought Fano militiamen.")
        #expect(mentions.locations("Fano").isEmpty)
        #expect(mentions.contains { $0.text == "Ethiopian" && $0.role == .demonym })
    }
}

/// A plural division word after a list makes every item a division, not only the last.
@Suite("Lists before a plural division word")
struct PluralDivisionTests {
    @Test("Each item of the list is the division", arguments: [
        ("Shelling hit the Donetsk and Luhansk regions overnight.", ["UA.05", "UA.14"]),
        ("Suspects were detained in Kitui, Machakos and Makueni counties.", ["KE.27", "KE.31", "KE.32"]),
        ("Bandits attacked villages in Kaduna and Katsina states.", ["NG.23", "NG.24"]),
    ])
    func everyItemIsADivision(text: String, admin1Codes: [String]) {
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        #expect(mentions.map { $0.place?.admin1Code } == admin1Codes)
        #expect(mentions.map { $0.place?.kind.isRegion } == admin1Codes.map { _ in true })
    }
}

/// A name written with a hyphen where GeoNames writes one word is still found, with the text as written.
@Suite("Hyphenated spellings of one-word names")
struct HyphenatedNameTests {
    @Test(arguments: [
        ("Gunmen attacked Pétion-Ville on Monday.", "Pétion-Ville", "HT"),
        ("Residents of Petion-Ville fled on Monday.", "Petion-Ville", "HT"),
    ])
    func closedUpNameIsFound(_ text: String, _ written: String, _ countryCode: String) throws {
        let mentions = TestSupport.parser.extract(text)
        let mention = try #require(mentions.first { $0.text == written }, "found \(mentions.map(\.text))")
        #expect(mention.place?.name == "Pétionville")
        #expect(mention.place?.countryCode == countryCode)
    }

    @Test("One half of a hyphenated name the gazetteer lacks is no place of its own")
    func halfOfAnUnknownName() {
        // The gazetteer's Weert (Netherlands) is also written `Vert`.
        let mentions = TestSupport.parser.extract("Fighting broke out in Canape-Vert on Monday.")
        #expect(!mentions.contains { $0.text == "Vert" }, "found \(mentions.map(\.text))")
        #expect(!mentions.contains { $0.place?.countryCode == "NL" })
        // The whole name, a place the gazetteer lacks, is reported unresolved.
        #expect(mentions.contains { $0.text == "Canape-Vert" && $0.place == nil })
        // An article before the hyphen is no half of a name.
        let withArticle = TestSupport.parser.extract("A drone struck a market in Al-Managil on Wednesday.")
        #expect(withArticle.contains { $0.place?.countryCode == "SD" }, "found \(withArticle.map(\.text))")
    }
}

/// A town's name with a capitalised `City` the gazetteer does not write (`Himamaylan City`, GeoNames' Himamaylan) is that
/// town, with the text as written; a name the gazetteer writes with it (`Kuwait City`) is its own.
@Suite("Towns written with City")
struct CitySuffixTests {
    @Test(arguments: [
        ("A soldier was killed in a clash with rebels in Himamaylan City on Thursday.", "Himamaylan City", "Himamaylan", "PH"),
        ("Protesters gathered in Kuwait City on Friday.", "Kuwait City", "Kuwait City", "KW"),
    ])
    func cityIsTheTown(_ text: String, _ written: String, _ name: String, _ countryCode: String) throws {
        let mentions = TestSupport.parser.extract(text)
        let mention = try #require(mentions.first { $0.text == written }, "found \(mentions.map(\.text))")
        #expect(mention.place?.name == name)
        #expect(mention.place?.countryCode == countryCode)
        #expect(mention.place?.kind.isTown == true)
    }
}
