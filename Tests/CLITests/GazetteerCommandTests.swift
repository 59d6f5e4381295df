import Foundation
import Testing

/// `timelinectl gazetteer build --feature-classes` and `gazetteer info`, run as a user runs them.
@Suite("gazetteer build and info")
struct GazetteerCommandTests {
    static func row(_ id: Int, _ name: String, _ lat: Double, _ lon: Double, _ featureClass: String, _ code: String, population: Int = 0) -> String {
        ["\(id)", name, name, "", "\(lat)", "\(lon)", featureClass, code, "UA", "", "13", "", "", "", "\(population)", "", "", "Europe/Kyiv", "2024-01-01"]
            .joined(separator: "\t")
    }

    /// A source folder with one town and its airport in a country dump.
    static func sources() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gaz-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = [
            "countryInfo.txt": "UA\tUKR\t804\tUP\tUkraine\tKyiv\t603700\t41762138\tEU\t.ua\tUAH\tHryvnia\t380\t#####\t\tuk\t690791\tPL\t\n",
            "admin1CodesASCII.txt": "UA.13\tKyiv Oblast\tKyiv Oblast\t703446\n",
            "admin2Codes.txt": "",
            "UA.txt": [row(710_791, "Boryspil", 50.35, 30.95, "P", "PPLA2", population: 60_000),
                       row(6_300_952, "Boryspil International Airport", 50.345, 30.89472, "S", "AIRP")].joined(separator: "\n") + "\n",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test("A build with class S holds the airport; info counts it; places extract finds it by its full name")
    func buildWithSpots() throws {
        let folder = try Self.sources()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let build = try CLI.run(["gazetteer", "build", "--from", folder.path, "--out", out, "--feature-classes", "P,S"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("1 places, 1 features (classes PS)"))
        let environment = ["TIMELINE_GAZETTEER": out]
        let info = try CLI.run(["gazetteer", "info"], environment: environment)
        #expect(info.stdout.contains("places: 2\n"))
        #expect(info.stdout.contains("other features (buildings, bridges, roads, mountains ...): 1\n"))
        let extract = try CLI.run(["places", "extract", "-", "--json"], input: "A drone hit Boryspil International Airport on Monday.",
                                  environment: environment)
        let line = try #require(extract.stdout.split(separator: "\n").first)
        let mention = try #require(try CLI.json(String(line)) as? [String: Any])
        #expect(mention["geonameid"] as? Int == 6_300_952)
        #expect(mention["kind"] as? String == "feature")
    }

    @Test("An unknown class letter is refused with the letter quoted, and nothing is written")
    func unknownClassLetter() throws {
        let folder = try Self.sources()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let build = try CLI.run(["gazetteer", "build", "--from", folder.path, "--out", out.path, "--feature-classes", "P,Q"])
        #expect(build.status == 64)
        #expect(build.stderr.contains("--feature-classes 'P,Q': 'Q' is no GeoNames feature class"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
