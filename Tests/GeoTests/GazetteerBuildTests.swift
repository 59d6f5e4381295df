import Foundation
import Testing
@testable import Geo

@Suite("Gazetteer import")
struct GazetteerBuildTests {
    @Test("Rebuilding from the sources reproduces the committed files byte for byte",
          .enabled(if: FileManager.default.fileExists(atPath: TestSupport.sourcesFolder.appendingPathComponent("cities500.txt").path)))
    func rebuildIsDeterministic() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("geo-rebuild-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try GazetteerBuilder(sourceDirectory: TestSupport.sourcesFolder).build(into: output)
        #expect(summary.places == 234_908)
        #expect(summary.featuresBeyondCountries == 338)
        for file in ["gazetteer.bin", "README.md", "countries.geojson"] {
            let rebuilt = try Data(contentsOf: output.appendingPathComponent(file))
            let committed = try Data(contentsOf: TestSupport.gazetteerFolder.appendingPathComponent(file))
            #expect(rebuilt == committed, "\(file) differs from the committed one")
        }
        #expect(summary.bytes < 25_000_000)
    }

    @Test("countryInfo.txt with GeoNames' comment lines reads like the one with a header line")
    func countryInfoCommentsAndHeader() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geo-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let row = "AD\tAND\t020\tAN\tAndorra\tAndorra la Vella\t468\t77006\tEU\t.ad\tEUR\tEuro\t376\tAD###\t^(?:AD)*(\\d{3})$\tca\t3041565\tES,FR\t"
        let commented = folder.appendingPathComponent("commented.txt")
        try "# GeoNames\n#ISO\tISO3\n\(row)\n".write(to: commented, atomically: true, encoding: .utf8)
        let headed = folder.appendingPathComponent("headed.txt")
        try "ISO\tISO3\tISO-Numeric\n\(row)\n".write(to: headed, atomically: true, encoding: .utf8)
        let a = try GazetteerSources.readCountryInfo(commented), b = try GazetteerSources.readCountryInfo(headed)
        #expect(a.map(\.geonameid) == [3_041_565])
        #expect(b.map(\.geonameid) == [3_041_565])
    }

    /// Builds a gazetteer from source files written here (`name: lines`) in a temporary folder.
    static func build(_ files: [String: [String]], options: GazetteerBuildOptions = .standard) throws -> (Gazetteer, GazetteerBuildSummary) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geo-sources-\(UUID().uuidString)")
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, lines) in files {
            try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let summary = try GazetteerBuilder(sourceDirectory: folder, options: options).build(into: output)
        // The mapping outlives the removed file.
        return (try Gazetteer(contentsOf: output.appendingPathComponent("gazetteer.bin")), summary)
    }

    /// A geoname-table row: geonameid, name, ascii name, alternates, lat, lon, class, code, country, cc2, admin1, admin2, ..., population, ..., time zone.
    static func geonameRow(_ id: Int, _ name: String, _ lat: Double, _ lon: Double, _ featureClass: String, _ code: String,
                           country: String = "AD", admin1: String = "", population: Int = 0, zone: String = "Europe/Andorra") -> String {
        ["\(id)", name, name, "", "\(lat)", "\(lon)", featureClass, code, country, "", admin1, "", "", "", "\(population)", "", "", zone, "2024-01-01"]
            .joined(separator: "\t")
    }

    @Test("A full dump gives countries and divisions GeoNames' own points; no-country.txt adds seas, not undersea features")
    func fullDumpPointsAndFeaturesBeyondCountries() throws {
        let (gazetteer, summary) = try Self.build([
            "countryInfo.txt": ["AD\tAND\t020\tAN\tAndorra\tAndorra la Vella\t468\t77006\tEU\t.ad\tEUR\tEuro\t376\tAD###\t^(?:AD)*(\\d{3})$\tca\t3041565\tES,FR\t"],
            "admin1CodesASCII.txt": ["AD.02\tCanillo\tCanillo\t3041203", "AD.07\tAndorra la Vella\tAndorra la Vella\t3041566"],
            "admin2Codes.txt": [],
            "allCountries.txt": [
                Self.geonameRow(3_041_565, "Andorra", 42.55, 1.58333, "A", "PCLI"),
                Self.geonameRow(3_041_203, "Canillo", 42.5925, 1.6, "A", "ADM1", admin1: "02"),
                Self.geonameRow(3_041_204, "Canillo", 42.567, 1.598, "P", "PPLA", admin1: "02", population: 3_292),
                Self.geonameRow(3_041_563, "Andorra la Vella", 42.50779, 1.52109, "P", "PPLC", admin1: "07", population: 20_430),
            ],
            "no-country.txt": [
                Self.geonameRow(630_673, "Black Sea", 43.4131, 34.29708, "H", "SEA", country: "", zone: ""),
                Self.geonameRow(3_373_405, "Atlantic Ocean", 10, -25, "H", "OCN", country: "", zone: ""),
                Self.geonameRow(4_036_000, "Some Seamount", -20, -150, "U", "SMU", country: "", zone: ""),
            ],
        ])
        #expect(summary.places == 2)
        #expect(summary.featuresBeyondCountries == 2)
        let andorra = try #require(gazetteer.country(code: "AD"))
        #expect(andorra.coordinate == Coordinate(latitude: 42.55, longitude: 1.58333))
        #expect(andorra.pointSource == .own)
        let canillo = try #require(gazetteer.admin1(code: "AD.02"))
        #expect(canillo.coordinate == Coordinate(latitude: 42.5925, longitude: 1.6))
        #expect(canillo.pointSource == .own)
        // Without its own row, a division sits at the middle of its places.
        let capitalParish = try #require(gazetteer.admin1(code: "AD.07"))
        #expect(capitalParish.pointSource == .middleOfPlaces)
        #expect(capitalParish.coordinate == Coordinate(latitude: 42.50779, longitude: 1.52109))
        let sea = try #require(gazetteer.resolve("Black Sea").best)
        #expect(sea.kind == .water)
        #expect(sea.countryCode == "")
        #expect(gazetteer.resolve("Some Seamount", suggestions: false).best == nil)
    }

    @Test("alternateNamesV2.txt gives entries their English names, not colloquial or historic ones")
    func alternateNamesByLanguage() throws {
        let (gazetteer, _) = try Self.build([
            "countryInfo.txt": ["SY\tSYR\t760\tSY\tSyria\tDamascus\t185180\t22198110\tAS\t.sy\tSYP\tPound\t963\t\t\tar-SY\t163843\tIQ,JO,IL,TR,LB\t"],
            "admin1CodesASCII.txt": ["SY.08\tRif-dimashq\tRif-dimashq\t170652"],
            "admin2Codes.txt": [],
            "cities500.txt": [
                Self.geonameRow(170_654, "Douma", 33.57175, 36.4027, "P", "PPLA2", country: "SY", admin1: "08", population: 110_893, zone: "Asia/Damascus"),
            ],
            "alternateNamesV2.txt": [
                "1\t170652\ten\tRural Damascus\t1\t\t\t\t\t",
                "2\t170652\tar\tريف دمشق\t\t\t\t\t\t",
                "3\t170654\ten\tOld Duma Town\t\t\t\t1\t\t",
                "4\t170654\t\tDouma City\t\t\t1\t\t\t",
                "5\t999999\ten\tNowhere\t\t\t\t\t\t",
            ],
        ])
        #expect(gazetteer.resolve("Rural Damascus").best?.geonameid == 170_652)
        #expect(gazetteer.resolve("Old Duma Town", suggestions: false).best == nil)
        #expect(gazetteer.resolve("Douma City", suggestions: false).best == nil)
    }

    @Test("A line that is not UTF-8 in alternateNamesV2.txt is reported with its file and line")
    func alternateNamesBadLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("alternateNamesV2-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        // The second line ends in a lone 0xFF byte, which is no UTF-8.
        try Data(Array("1\t170652\ten\tRural Damascus\n2\t170652\ten\t".utf8) + [0xFF, 0x0A]).write(to: file)
        do {
            _ = try GazetteerSources.readAlternateNames(file, for: [170_652])
            Issue.record("no error")
        } catch {
            #expect("\(error)".contains(":2:"))
        }
    }

    @Test("Bad rows are reported with the file and line")
    func badRowsNameFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geo-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("admin1CodesASCII.txt")
        try "RU.10\tBryansk Oblast\tBryansk Oblast\t571473\nbroken line\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: GeoError.self) { try GazetteerSources.readDivisions(file) }
        do { _ = try GazetteerSources.readDivisions(file) } catch {
            #expect("\(error)".hasPrefix("admin1CodesASCII.txt:2:"))
        }
    }
}
