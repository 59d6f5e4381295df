import Testing
@testable import Geo

/// Datelines in capitals (`KYIV, Sept 5 (Reuters) -`) name their city; capitals elsewhere stay
/// what they were (acronyms, and country codes only).
@Suite("Datelines in capitals")
struct DatelineTests {
    @Test("A dateline's city is found, the month after it is not a place", arguments: [
        ("KYIV, Sept 5 (Reuters) - Russian artillery pounded frontline settlements on Tuesday.", "KYIV", 703_448),
        ("PORT SUDAN, Dec 11 (AFP) - Army strikes hit the market in Kutum.", "PORT SUDAN", 377_039),
        ("NAIROBI (Reuters) - Police fired tear gas at protesters.", "NAIROBI", 184_745),
        ("KABUL: Two soldiers were killed on Sunday.", "KABUL", 1_138_958),
        ("KIRKUK, Iraq, Jan 22 (Reuters) - Two police officers were killed near Hawija.", "KIRKUK", 94_787),
        // A hyphen with spaces around it is a dash, as an em dash is.
        ("TBILISI - Riot police used water cannon on Monday night.", "TBILISI", 611_717),
        ("NAIROBI - Riot police fired tear gas at protesters.", "NAIROBI", 184_745),
        // A city in capitals that the tagger reads as an adverb is still the dateline's.
        ("NAIROBI - Police fired tear gas at protesters in the city.", "NAIROBI", 184_745),
        // The country after the city may be written in capitals, whole or in part.
        ("GOMA, DRC (AFP) - Gunmen attacked a village near the town.", "GOMA", 216_281),
        ("BENI, DR Congo - Gunmen attacked a village near the town.", "BENI", 219_057),
    ])
    func datelineCity(text: String, name: String, geonameid: Int) throws {
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        let city = try #require(mentions.first)
        #expect(city.text == name)
        #expect(city.place?.geonameid == geonameid)
        #expect(!mentions.contains { ["Sept", "Dec"].contains($0.text) })
    }

    /// After a spaced dash (a live blog's `08:40 BST -`, a dateline's `—`) the capitalised word opens its sentence:
    /// `In Kherson` is no name of two words.
    @Test("A town after a dash that opens the sentence", arguments: [
        ("08:40 BST - In Kherson, a man was killed.", "Kherson", 706_448),
        ("KYIV — In Kherson, a man was killed.", "Kherson", 706_448),
    ])
    func townAfterDash(text: String, name: String, geonameid: Int) throws {
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        let town = try #require(mentions.first { $0.text == name })
        #expect(town.place?.geonameid == geonameid)
    }

    /// A dash inside a line opens a sentence but no dateline: an acronym after it is no town (`ELN` is Elne, France).
    @Test("An acronym after a dash inside a line is no dateline", arguments: [
        "Fighting between the National Liberation Army (Ejército de Liberación Nacional – ELN) and a FARC faction displaced thousands in Cúcuta.",
        "Soldiers of the Afghan National Army (Afghan National Army – ANA) clashed with gunmen in Kandahar.",
    ])
    func acronymAfterDash(text: String) {
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        #expect(mentions.count == 1)
        #expect(!mentions.contains { ["ELN", "ANA"].contains($0.text) })
    }

    @Test("A dateline of several towns, one per slash, names each")
    func datelineOfSeveralTowns() {
        let mentions = TestSupport.parser.extract("MULTAN/BAHAWALPUR/SUKKUR: Two people were injured on Friday.")
            .filter { $0.role == .location }
        #expect(mentions.map(\.text) == ["MULTAN", "BAHAWALPUR", "SUKKUR"])
        #expect(mentions.map { $0.place?.countryCode } == ["PK", "PK", "PK"])
    }

    @Test("Capitals that open a sentence without a dateline's shape are not looked up as towns")
    func acronymIsNoDateline() {
        let mentions = TestSupport.parser.extract("NATO, the alliance, met in Brussels on Monday.").filter { $0.role == .location }
        #expect(mentions.map(\.text) == ["Brussels"])
        // A heading word before a colon is no town.
        let heading = TestSupport.parser.extract("BREAKING: Shelling hit Kharkiv overnight.").filter { $0.role == .location }
        #expect(heading.map(\.text) == ["Kharkiv"])
    }
}
