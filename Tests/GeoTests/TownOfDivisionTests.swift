import Testing
@testable import Geo

/// Names the geoparser had given up: a town that shares its name with its own division, refused as a division of a
/// country the story does not name (`in Menaka, close to Niger`); a town followed by a preposition, once read as an
/// adjective (`in Tillaberi near the border`); a hyphenated name the recognizer read as two (`Tse-Orbiam`); a name after
/// a participle (`in neighbouring X`); a first-order division in another romanization (`Oromia`, `Ingushetia`). Sentences
/// written here.
@Suite("Towns of their own division, and names around hyphens and participles")
struct TownOfDivisionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var name: String
        /// The country the name resolves to, or nil when it stays unresolved (a place the gazetteer lacks).
        var countryCode: String?
        /// Whether the place is a town (not a division).
        var isTown: Bool
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Ménaka is a region of Mali and its seat: refused as the region of a country the story does not name, the name is the town.
        Case(text: "Gunmen attacked soldiers in Menaka, close to Niger, on Sunday.", name: "Menaka", countryCode: "ML", isTown: true),
        // `near` after the name is a preposition: the name stands on its own, not as an adjective of a foreign country's story.
        Case(text: "Gunmen attacked soldiers in Tillaberi near the border with Mali on Sunday, killing four.",
             name: "Tillaberi", countryCode: "NE", isTown: true),
        Case(text: "The army said soldiers in Tillaberi also came under fire on Sunday, a week after clashes in Mali.",
             name: "Tillaberi", countryCode: "NE", isTown: true),
        // One name across its hyphen, kept whole though the gazetteer lacks it.
        Case(text: "Bandits raided the villages of Ahume and Tse-Orbiam in Benue state on Sunday.",
             name: "Tse-Orbiam", countryCode: nil, isTown: false),
        // A first-order division in another romanization, with its type word or not (GeoNames' Oromiya, Ingushetiya Republic).
        Case(text: "A drone hit a minibus outside Gimbi in western Oromia on Tuesday, Ethiopian officials said.",
             name: "Oromia", countryCode: "ET", isTown: false),
        Case(text: "Gunmen attacked a police post in Russia's Ingushetia region on Tuesday.",
             name: "Ingushetia", countryCode: "RU", isTown: false),
        // A name after a participle that follows a preposition of place is still a place.
        Case(text: "Four farmers died in Kadawa and two in neighbouring Gidan Jaja on Monday, police in Zamfara said.",
             name: "Gidan Jaja", countryCode: nil, isTown: false),
    ]

    @Test("The name is found and resolved as written", arguments: cases)
    func resolves(_ c: Case) throws {
        let mentions = TestSupport.parser.extract(c.text).filter { $0.role == .location }
        let mention = try #require(mentions.first { $0.text == c.name }, "found \(mentions.map(\.text))")
        #expect(mention.place?.countryCode == c.countryCode)
        #expect((mention.place.map { !$0.kind.isRegion }) == (c.countryCode == nil ? nil : c.isTown))
    }
}
