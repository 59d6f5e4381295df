import Testing
@testable import Geo

/// A name in another romanization than GeoNames' is found inside the country (and region) that holds it.
@Suite("Names in another romanization are found inside their country")
struct RomanizationTests {
    @Test("A variant spelling finds the one entry of its country", arguments: [
        ("Tal Rifaat", "SY", nil as String?, 163476),
        ("Ein al-Fijeh", "SY", nil, 172232),
        ("Yechiam", "IL", nil, 293209),
        ("al-Tall Rifaat", "SY", nil, 163476),
    ])
    func variantFound(_ name: String, _ country: String, _ region: String?, _ geonameid: Int) throws {
        let place = try #require(TestSupport.gazetteer.romanizationVariant(of: name, countryCode: country, admin1Code: region))
        #expect(place.geonameid == geonameid)
    }

    @Test("No entry of another country, no loose match, no short name", arguments: [
        ("Tal Rifaat", "IQ"),  // the Syrian town is not Iraqi
        ("Palma", "MZ"),  // Mozambique's Palma is not in the bundled gazetteer; Mallorca's is Spanish
        ("Ein", "SY"),  // too little left to tell names apart
        ("Qamishlo Xyz", "SY"),
    ])
    func nothingFound(_ name: String, _ country: String) {
        #expect(TestSupport.gazetteer.romanizationVariant(of: name, countryCode: country) == nil)
    }

    @Test func keysAgreeAcrossRomanizations() throws {
        let a = try #require(RomanizationKey("Ein al-Fijeh")), b = try #require(RomanizationKey("‘Ayn al Fījah"))
        #expect(a.skeleton == b.skeleton)
        #expect(String(decoding: a.skeleton, as: UTF8.self) == "Vnlfjh")
        #expect(try #require(RomanizationKey("Khan Younis")).letters == Array("haniunis".utf8))
    }
}
