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
