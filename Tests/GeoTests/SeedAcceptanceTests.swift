import Foundation
import Testing
@testable import Geo

/// The issue's acceptance list on the CNN live-blog seed (Russia-Ukraine news, 31 May 2023).
@Suite("Seed acceptance: CNN live blog of 31 May 2023")
struct SeedAcceptanceTests {
    static let text = (try? TestSupport.seed("000_fdd7082ede222f27.txt")) ?? ""
    static let mentions = TestSupport.parser.extract(text)

    struct Expected: Sendable, CustomStringConvertible {
        var text: String
        var geonameids: [Int]
        var countryCode: String
        var admin1Code: String?
        var description: String { text }
    }

    static let expectations: [Expected] = [
        .init(text: "Moscow", geonameids: [524_901], countryCode: "RU", admin1Code: "RU.48"),
        .init(text: "Russia", geonameids: [2_017_370], countryCode: "RU"),
        .init(text: "Ukraine", geonameids: [690_791], countryCode: "UA"),
        .init(text: "Bryansk region", geonameids: [571_473], countryCode: "RU", admin1Code: "RU.10"),
        .init(text: "Klimovsky district", geonameids: [547_551], countryCode: "RU", admin1Code: "RU.10"),
        .init(text: "London", geonameids: [2_643_743], countryCode: "GB"),
        .init(text: "Washington", geonameids: [4_140_963], countryCode: "US"),
        .init(text: "Belgorod region", geonameids: [578_071], countryCode: "RU", admin1Code: "RU.09"),
        // The bare `Belgorod` may be the city or the oblast; both are RU.09.
        .init(text: "Belgorod", geonameids: [578_072, 578_071], countryCode: "RU", admin1Code: "RU.09"),
        .init(text: "Shebekino", geonameids: [495_112], countryCode: "RU", admin1Code: "RU.09"),
        .init(text: "Grayvoron", geonameids: [559_034], countryCode: "RU", admin1Code: "RU.09"),
        .init(text: "Voronezh", geonameids: [472_045], countryCode: "RU"),
        .init(text: "Norway", geonameids: [3_144_096], countryCode: "NO"),
        .init(text: "Oslo", geonameids: [3_143_244], countryCode: "NO"),
        .init(text: "Sweden", geonameids: [2_661_886], countryCode: "SE"),
        .init(text: "South Africa", geonameids: [953_987], countryCode: "ZA"),
        .init(text: "Brazil", geonameids: [3_469_034], countryCode: "BR"),
        .init(text: "India", geonameids: [1_269_750], countryCode: "IN"),
        .init(text: "China", geonameids: [1_814_991], countryCode: "CN"),
        .init(text: "Krasnodar region", geonameids: [542_415], countryCode: "RU", admin1Code: "RU.38"),
        .init(text: "Ilsky", geonameids: [556_951], countryCode: "RU", admin1Code: "RU.38"),
        .init(text: "Afipsky", geonameids: [584_126], countryCode: "RU", admin1Code: "RU.38"),
        .init(text: "St. Petersburg", geonameids: [498_817], countryCode: "RU"),
        .init(text: "Luhansk", geonameids: [702_658], countryCode: "UA", admin1Code: "UA.14"),
        .init(text: "Karpaty", geonameids: [9_114_313], countryCode: "UA", admin1Code: "UA.14"),
        .init(text: "Perevalsk district", geonameids: [697_650], countryCode: "UA", admin1Code: "UA.14"),
        .init(text: "Kyiv", geonameids: [703_448], countryCode: "UA"),
    ]

    @Test("Every listed place is found and resolved", arguments: expectations)
    func placeIsFoundAndResolved(_ expected: Expected) throws {
        let found = Self.mentions.locations(expected.text)
        try #require(!found.isEmpty, "\(expected.text) not found")
        for mention in found {
            let place = try #require(mention.place)
            #expect(expected.geonameids.contains(place.geonameid), "\(expected.text) -> \(place.name) \(place.geonameid)")
            #expect(place.countryCode == expected.countryCode)
            if let admin1 = expected.admin1Code { #expect(place.admin1Code == admin1) }
        }
    }

    @Test("The Russia of `southern Russia` is found; the direction is a cue, not part of the name")
    func southernRussia() throws {
        let range = try #require(Self.text.range(of: "southern Russia"))
        let offset = Self.text.unicodeScalars.distance(from: Self.text.unicodeScalars.startIndex, to: range.lowerBound) + 9
        let mention = try #require(Self.mentions.first { $0.range.lowerBound == offset })
        #expect(mention.text == "Russia")
        #expect(mention.place?.geonameid == 2_017_370)
        #expect(mention.precision == .country)
    }

    @Test("Klimovsky district is the district itself, located at its seat Klimovo")
    func klimovskyDistrict() throws {
        let mention = try #require(Self.mentions.locations("Klimovsky district").first)
        let place = try #require(mention.place)
        #expect(place.kind == .secondOrderDivision)
        #expect(place.admin1Name == "Bryansk Oblast")
        #expect(place.coordinate == Coordinate(latitude: 52.37877, longitude: 32.1963))
        #expect(mention.precision == .secondOrderDivision)
    }

    @Test("Perevalsk district, gone since the 2020 reform, resolves through its seat at district precision")
    func perevalskDistrict() throws {
        let mention = try #require(Self.mentions.locations("Perevalsk district").first)
        #expect(mention.place?.geonameid == 697_650)
        #expect(mention.precision == .secondOrderDivision)
    }

    @Test("Swedish waters is a location in Sweden's waters; Russian President is only a demonym")
    func demonyms() throws {
        let waters = try #require(Self.mentions.locations("Swedish waters").first)
        #expect(waters.place?.countryCode == "SE")
        #expect(waters.precision == .water)
        let russian = Self.mentions.filter { $0.text == "Russian" }
        #expect(!russian.isEmpty)
        #expect(russian.allSatisfy { $0.role == .demonym && $0.place?.countryCode == "RU" })
    }

    @Test("Divisions and towns carry their precision")
    func precisions() throws {
        #expect(Self.mentions.locations("Bryansk region").allSatisfy { $0.precision == .firstOrderDivision })
        #expect(Self.mentions.locations("Shebekino").allSatisfy { $0.precision == .exactPlace })
        #expect(Self.mentions.locations("Russia").allSatisfy { $0.precision == .country })
    }

    @Test("People, agencies, months and seats of power are not places", arguments: [
        "Anna", "Bell", "Hayes", "German", "Sebastian", "Vladimir", "David", "March", "Alliance", "Getty",
        "Reuters", "Sputnik", "Victory", "Kremlin", "Freedom", "Republic", "Chernova", "Peskov",
    ])
    func nonPlaceIsNotAPlace(_ word: String) {
        let hits = Self.mentions.filter { $0.text.contains(word) }
        #expect(hits.isEmpty, "\(word) came out as \(hits.map { "\($0.text) \($0.role)" })")
    }

    @Test("Moscow-installed is not an event place")
    func hyphenatedAdjective() throws {
        let range = try #require(Self.text.range(of: "Moscow-installed"))
        let offset = Self.text.unicodeScalars.distance(from: Self.text.unicodeScalars.startIndex, to: range.lowerBound)
        #expect(!Self.mentions.contains { $0.range.lowerBound == offset })
    }

    @Test("Ranges are half-open Unicode-scalar offsets of the surface text")
    func rangesMatchText() {
        for mention in Self.mentions {
            #expect(TestSupport.scalars(Self.text, mention.range) == mention.text)
        }
    }

    @Test("Uncertain resolutions keep ranked alternatives with scores")
    func alternativesAreKept() throws {
        let washington = try #require(Self.mentions.locations("Washington").first)
        #expect(!washington.alternatives.isEmpty)
        #expect(washington.alternatives.allSatisfy { $0.score <= washington.score })
        #expect(washington.score > 0.5)
    }
}
