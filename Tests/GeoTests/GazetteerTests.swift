import Foundation
import Testing
@testable import Geo

@Suite("Gazetteer loading and lookups")
struct GazetteerTests {
    let gazetteer = TestSupport.gazetteer

    @Test("The committed gazetteer covers the whole world")
    func coversTheWorld() {
        #expect(gazetteer.countryCount == 252)
        #expect(gazetteer.admin1Count == 3864)
        #expect(gazetteer.admin2Count == 47509)
        // 234,908 populated places and 338 continents, macro-regions, seas and islands of no country.
        #expect(gazetteer.placeCount == 235_246)
        #expect(gazetteer.place(geonameid: 3_451_190)?.name == "Rio de Janeiro")
        #expect(gazetteer.place(geonameid: 1_850_147)?.countryCode == "JP")
    }

    @Test("Opening the gazetteer maps it without a parse and is fast")
    func loadsQuickly() throws {
        let start = Date()
        let fresh = try Gazetteer(contentsOf: TestSupport.gazetteerFolder)
        _ = fresh.place(geonameid: 524_901)
        #expect(Date().timeIntervalSince(start) < 0.1)
    }

    @Test("A place knows its hierarchy, coordinates, population and time zone")
    func moscowHasItsHierarchy() throws {
        let moscow = try #require(gazetteer.place(geonameid: 524_901))
        #expect(moscow.kind == .capital)
        #expect(moscow.countryCode == "RU")
        #expect(moscow.countryName == "Russia")
        #expect(moscow.admin1Code == "RU.48")
        #expect(moscow.timeZone == "Europe/Moscow")
        #expect(abs(moscow.coordinate.latitude - 55.75204) < 1e-5)
        #expect(moscow.population > 10_000_000)
        #expect(gazetteer.hierarchy(of: moscow).map(\.kind) == [.firstOrderDivision, .country])
    }

    @Test("A district without a coded seat is placed at the town it is named after")
    func klimovskiyRayonSitsAtKlimovo() throws {
        let district = try #require(gazetteer.admin2(code: "RU.10.547551"))
        #expect(district.geonameid == 547_551)
        #expect(district.name == "Klimovskiy Rayon")
        #expect(district.admin1Name == "Bryansk Oblast")
        #expect(district.pointSource == .seatByName)
        #expect(district.coordinate == Coordinate(latitude: 52.37877, longitude: 32.1963))
        #expect(gazetteer.seat(of: district)?.geonameid == 547_591)
        #expect(district.timeZone == "Europe/Moscow")
        let klimovo = try #require(gazetteer.place(geonameid: 547_591))
        #expect(klimovo.admin2Code == "RU.10.547551")
        #expect(klimovo.admin2Inferred)
    }

    @Test("A district GeoNames names in another language sits at the town it is named after, and is found by that name")
    func circunscricaoDeMacomiaSitsAtMacomia() throws {
        let district = try #require(gazetteer.place(geonameid: 1_042_455))
        #expect(district.name == "Circunscrição de Macomia")
        #expect(district.pointSource == .seatByName)
        #expect(district.coordinate == Coordinate(latitude: -12.24667, longitude: 40.12083))
        #expect(gazetteer.seat(of: district)?.geonameid == 1_042_456)
        #expect(gazetteer.resolve("Macomia district").best?.geonameid == 1_042_455)
        #expect(gazetteer.resolve("Tapoa province").best?.name == "Province de la Tapoa")
    }

    @Test("Divisions sit at the middle of their places, anchored to their seat; countries at their conventional point")
    func divisionAndCountryPoints() throws {
        let oblast = try #require(gazetteer.admin1(code: "RU.10"))
        #expect(oblast.name == "Bryansk Oblast")
        #expect(gazetteer.seat(of: oblast)?.name == "Bryansk")
        #expect(oblast.pointSource == .middleOfPlaces)
        #expect(oblast.coordinate == Coordinate(latitude: 52.94395, longitude: 33.26357))
        #expect(oblast.timeZone == "Europe/Moscow")
        // Texas's seat, Austin, lies 230 km from the middle of the state; its places' box is centred near it.
        let texas = try #require(gazetteer.admin1(code: "US.TX"))
        #expect(texas.coordinate.distance(to: Coordinate(latitude: 31, longitude: -100)) < 25)
        #expect(gazetteer.seat(of: texas)?.name == "Austin")
        // Chukotka's places lie on both sides of the antimeridian: its middle is taken the narrow way round.
        let chukotka = try #require(gazetteer.region("Chukotka").best)
        #expect(abs(chukotka.coordinate.longitude) > 170)
        let russia = try #require(gazetteer.country(code: "RU"))
        #expect(russia.coordinate == Coordinate(latitude: 60, longitude: 100))
        #expect(russia.pointSource == .conventional)
        #expect(russia.timeZone == "Europe/Moscow")
        #expect(gazetteer.country(code: "RUS")?.geonameid == 2_017_370)
        #expect(gazetteer.demonym(countryCode: "SE") == "Swedish")
    }

    @Test("Continents, macro-regions and seas of no country are entries of their own kind", arguments: [
        ("Black Sea", PlaceKind.water), ("Sea of Azov", .water), ("Red Sea", .water), ("Persian Gulf", .water),
        ("Africa", .continent), ("Europe", .continent), ("Middle East", .macroRegion), ("Sahel", .macroRegion),
    ])
    func featuresBeyondCountries(name: String, kind: PlaceKind) throws {
        let place = try #require(gazetteer.resolve(name).best)
        #expect(place.kind == kind)
        #expect(place.countryCode == "")
    }

    @Test("Regions resolve from names, phrases and codes at every level", arguments: [
        ("Belgorod region", 578_071), ("Belgorod Oblast", 578_071), ("RU.09", 578_071), ("Russia", 2_017_370),
        ("RU", 2_017_370), ("Klimovsky district", 547_551), ("RU.10.547551", 547_551), ("Krasnodar region", 542_415),
        ("Perevalsk district", 697_650),
    ])
    func regionLookup(query: String, geonameid: Int) {
        #expect(gazetteer.region(query).best?.geonameid == geonameid)
    }

    @Test("Ambiguous names keep ranked candidates; unknown names offer the nearest")
    func ambiguityAndSuggestions() {
        let washington = gazetteer.resolve("Washington")
        #expect(washington.isAmbiguous)
        #expect(washington.best?.geonameid == 4_140_963)
        #expect(gazetteer.resolve("Tripoli", countryCode: "LB").best?.geonameid == 266_826)
        let unknown = gazetteer.resolve("Belgarod")
        #expect(unknown.candidates.isEmpty)
        #expect(unknown.nearestNames.contains("Belgorod"))
    }

    /// The spellings offered for an unknown name, closest first, then by population.
    @Test("Unknown names offer the same nearest spellings from the prebuilt index", arguments: [
        ("Belgorodd", ["Belgorod", "Belgrade", "Begoro"]),
        ("Mariupl", ["Mariupol", "Mariel", "Mārupe", "Maripá", "Maripí"]),
        ("Belgorood Oblast", ["Belgorod Oblast", "Novgorod Oblast", "Volgograd Oblast"]),
        ("Donetks", ["Donetsk"]),
    ])
    func nearestSpellings(query: String, expected: [String]) {
        let lookup = gazetteer.resolve(query)
        #expect(lookup.candidates.isEmpty)
        #expect(lookup.nearestNames == expected)
        // Asked again, the index already built gives the same answer.
        #expect(gazetteer.resolve(query).nearestNames == expected)
    }

    @Test("Prefix search finds places by the start of their name")
    func prefixSearch() {
        let results = gazetteer.search(prefix: "Shebek", limit: 5)
        #expect(results.contains { $0.geonameid == 495_112 })
    }
}
