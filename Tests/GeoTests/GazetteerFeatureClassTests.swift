import Foundation
import Testing
@testable import Geo

/// Feature classes beyond populated places, several place files at once, and the chunked line reader.
@Suite("Gazetteer import: feature classes and large files")
struct GazetteerFeatureClassTests {
    static let ukraine = "UA\tUKR\t804\tUP\tUkraine\tKyiv\t603700\t41762138\tEU\t.ua\tUAH\tHryvnia\t380\t#####\t^(\\d{5})$\tuk,ru-UA\t690791\tPL,MD,HU,SK,BY,RO,RU\t"

    static func row(_ id: Int, _ name: String, _ lat: Double, _ lon: Double, _ featureClass: String, _ code: String, population: Int = 0) -> String {
        GazetteerBuildTests.geonameRow(id, name, lat, lon, featureClass, code, country: "UA", admin1: "13", population: population, zone: "Europe/Kyiv")
    }

    static let sources: [String: [String]] = [
        "countryInfo.txt": [ukraine],
        "admin1CodesASCII.txt": ["UA.13\tKyiv Oblast\tKyiv Oblast\t703446"],
        "admin2Codes.txt": [],
        "UA.txt": [
            row(703_446, "Kyiv Oblast", 50.3, 30.6, "A", "ADM1"),
            row(710_791, "Boryspil", 50.35, 30.95, "P", "PPLA2", population: 60_000),
            row(6_300_952, "Boryspil International Airport", 50.345, 30.89472, "S", "AIRP"),
            row(707_000, "Kyiv Reservoir", 50.9, 30.4, "H", "RSV"),
            row(707_001, "Zmiinyi Island", 45.255, 30.204, "T", "ISL"),
            row(707_002, "Polissia", 51.0, 30.0, "L", "RGN"),
        ],
    ]

    @Test("By default only populated places are read from a place file")
    func defaultReadsPopulatedPlaces() throws {
        let (gazetteer, summary) = try GazetteerBuildTests.build(Self.sources)
        #expect(summary.places == 1)
        #expect(summary.features == 0)
        #expect(summary.featureClasses == "P")
        #expect(gazetteer.resolve("Boryspil International Airport", suggestions: false).best == nil)
    }

    struct KindCase: Sendable, CustomTestStringConvertible {
        let name: String
        let kind: PlaceKind
        let featureCode: String
        var testDescription: String { name }
    }

    @Test("Classes asked for are read, each as its kind (a country's region is a feature, not a macro-region)", arguments: [
        KindCase(name: "Boryspil International Airport", kind: .feature, featureCode: "AIRP"),
        KindCase(name: "Kyiv Reservoir", kind: .water, featureCode: "RSV"),
        KindCase(name: "Zmiinyi Island", kind: .island, featureCode: "ISL"),
        KindCase(name: "Polissia", kind: .feature, featureCode: "RGN"),
        KindCase(name: "Boryspil", kind: .seat, featureCode: "PPLA2"),
    ])
    func classesAskedForAreRead(_ c: KindCase) throws {
        let options = GazetteerBuildOptions(featureClasses: [.spots, .hydrographic, .terrain, .areas])
        let (gazetteer, summary) = try GazetteerBuildTests.build(Self.sources, options: options)
        #expect(summary.places == 1)
        #expect(summary.features == 4)
        #expect(summary.featureClasses == "HLPST")
        let place = try #require(gazetteer.resolve(c.name, suggestions: false).best)
        #expect(place.kind == c.kind)
        #expect(place.featureCode == c.featureCode)
        #expect(place.countryCode == "UA")
    }

    @Test("A feature read by class is found in running text and placed at its own point")
    func featureFoundInText() throws {
        let (gazetteer, _) = try GazetteerBuildTests.build(Self.sources, options: GazetteerBuildOptions(featureClasses: [.spots]))
        let parser = try Geoparser(gazetteer: gazetteer)
        let mentions = parser.extract("A drone hit Boryspil International Airport on Monday, officials in Ukraine said.")
            .filter { $0.role == .location }
        let airport = try #require(mentions.first { $0.place?.featureCode == "AIRP" })
        #expect(airport.text == "Boryspil International Airport")
        #expect(airport.precision == .exactPlace)
        #expect(airport.place?.coordinate == Coordinate(latitude: 50.345, longitude: 30.89472))
    }

    @Test("A cities file and a country dump are both read, each place once")
    func citiesAndCountryDumpTogether() throws {
        var files = Self.sources
        files["cities500.txt"] = [Self.row(710_791, "Boryspil", 50.35, 30.95, "P", "PPLA2", population: 60_000),
                                  Self.row(703_448, "Kyiv", 50.45, 30.52, "P", "PPLC", population: 2_800_000)]
        files["UA.txt"]!.append(Self.row(700_001, "Hora", 50.38, 30.87, "P", "PPL", population: 0))
        let (gazetteer, summary) = try GazetteerBuildTests.build(files)
        #expect(summary.places == 3)
        #expect(gazetteer.resolve("Hora", suggestions: false).best?.geonameid == 700_001)
        #expect(gazetteer.resolve("Kyiv", suggestions: false).best?.geonameid == 703_448)
    }

    @Test("Feature codes beyond the 127 the file indexes are stored as their class letter, the rarest first")
    func rareFeatureCodesFold() throws {
        var files = Self.sources
        // 130 spot codes: SA000 twice (kept: more frequent), the rest once; ties fold from the end of the alphabet.
        var rows = (0..<130).map { Self.row(800_000 + $0, "Spot Number \($0)", 50, 30, "S", String(format: "SA%03d", $0)) }
        rows.append(Self.row(900_000, "Spot Number Again", 50, 30, "S", "SA000"))
        files["UA.txt"] = [Self.row(710_791, "Boryspil", 50.35, 30.95, "P", "PPLA2", population: 60_000)] + rows
        let (gazetteer, summary) = try GazetteerBuildTests.build(files, options: GazetteerBuildOptions(featureClasses: [.spots]))
        // Kept: PCLI, ADM1, PPLA2, the letter S, and 123 spot codes.
        #expect(summary.foldedFeatureCodes.count == 7)
        #expect(summary.foldedFeatureCodes.first == "SA123")
        #expect(summary.foldedFeatureCodes.last == "SA129")
        #expect(gazetteer.resolve("Spot Number 129", suggestions: false).best?.featureCode == "S")
        #expect(gazetteer.resolve("Spot Number 0", suggestions: false).best?.featureCode == "SA000")
        #expect(gazetteer.resolve("Spot Number 122", suggestions: false).best?.featureCode == "SA122")
    }

    @Test("Class letters are read as users write them; an unknown one is named")
    func classLetters() throws {
        #expect(try GazetteerBuildOptions.featureClasses(from: "P,s h").get() == [.populatedPlaces, .spots, .hydrographic])
        #expect(GazetteerBuildOptions(featureClasses: [.roads]).featureClasses == [.populatedPlaces, .roads])
        switch GazetteerBuildOptions.featureClasses(from: "P,X") {
        case .success: Issue.record("X was accepted")
        case .failure(let unknown): #expect(unknown.letter == "X")
        }
        #expect(throws: GazetteerBuildOptions.UnknownFeatureClass.self) { try GazetteerBuildOptions.featureClasses(from: "A").get() }
    }

    @Test("Lines are read across chunk boundaries: long lines, CRLF, comments, a last line without newline")
    func linesAcrossChunks() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let long = String(repeating: "x", count: GazetteerSources.readChunkSize + 17)
        let lines = ["a\tb", "# a comment", "", long + "\ty", "c\td\r", "e\tf"]
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        var read: [(fields: [String], line: Int)] = []
        try GazetteerSources.forEachLine(file) { fields, line in read.append((fields.map(String.init), line)) }
        #expect(read.map(\.line) == [1, 4, 5, 6])
        #expect(read[0].fields == ["a", "b"])
        #expect(read[1].fields == [long, "y"])
        #expect(read[2].fields == ["c", "d"])
        #expect(read[3].fields == ["e", "f"])
    }
}
