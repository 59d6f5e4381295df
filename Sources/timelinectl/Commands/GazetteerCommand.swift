import ArgumentParser
import Foundation
import Geo

/// `timelinectl gazetteer`: build and inspect the bundled gazetteer.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Build or inspect the bundled gazetteer.",
        discussion: """
        The gazetteer is Gazetteer/gazetteer.bin. Commands that need it look, in order, at $TIMELINE_GAZETTEER (a folder or the .bin file), a Gazetteer/ folder beside the executable or in one of its parent folders, then Gazetteer/ in the current directory or its parents. `timelinectl gazetteer info` shows which one is used.
        """,
        subcommands: [GazetteerBuildCommand.self, GazetteerInfoCommand.self]
    )
}

/// `timelinectl gazetteer build --from DIR [--out DIR]`.
struct GazetteerBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Import GeoNames-format sources into gazetteer.bin and README.md.",
        discussion: """
        DIR holds cities500.txt (or another cities*.txt), allCountries.txt and country dumps (UA.txt): every one present is read, a place once; admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt; and optionally countries.tsv, no-country.txt and alternateNamesV2.txt. Files are read a chunk at a time, so a 1.5 GB allCountries.txt needs memory for the places kept, not for the file. The output is deterministic: the same sources give byte-identical files.

        --feature-classes chooses GeoNames feature classes beyond populated places (P, always read): S spots and buildings (airports, bridges, dams, power plants), H waters, T terrain, L areas, R roads, V vegetation, U undersea.

        Examples:
            timelinectl gazetteer build --from ../shared/gazetteer
            timelinectl gazetteer build --from ~/geonames --feature-classes P,S,H --out /data/Gazetteer
            timelinectl gazetteer build --from ~/geonames --out /tmp/gaz && cmp /tmp/gaz/gazetteer.bin Gazetteer/gazetteer.bin
        """
    )

    @Option(name: .long, help: "Folder with the GeoNames-format sources.")
    var from: String

    @Option(name: .long, help: "Output folder (default: ./Gazetteer).")
    var out: String = "Gazetteer"

    @Option(name: .long, help: "GeoNames feature classes to read from the place files, as letters (P,S,H,T,L,R,V,U); P is always read.")
    var featureClasses: String = "P"

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: from, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--from '\(from)' is not a folder")
        }
        _ = try classes()
    }

    func classes() throws -> Set<GeoNamesFeatureClass> {
        switch GazetteerBuildOptions.featureClasses(from: featureClasses) {
        case .success(let classes): return classes
        case .failure(let unknown):
            throw ValidationError("--feature-classes '\(featureClasses)': '\(unknown.letter)' is no GeoNames feature class read here (P, S, H, T, L, R, V, U; divisions, class A, come from the admin files)")
        }
    }

    func run() throws {
        let options = GazetteerBuildOptions(featureClasses: try classes())
        let summary = try GazetteerBuilder(sourceDirectory: URL(fileURLWithPath: from), options: options)
            .build(into: URL(fileURLWithPath: out))
        var line = "wrote \(out)/gazetteer.bin: \(summary.countries) countries, \(summary.admin1) admin1, \(summary.admin2) admin2, \(summary.places) places"
        if summary.features > 0 { line += ", \(summary.features) features (classes \(summary.featureClasses))" }
        if !summary.foldedFeatureCodes.isEmpty { line += ", \(summary.foldedFeatureCodes.count) rare feature codes stored as their class letter" }
        print(line + ", \(summary.keys) name keys, \(summary.bytes) bytes")
    }
}

/// `timelinectl gazetteer info`: which gazetteer is used and what it holds.
struct GazetteerInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show where the gazetteer was found and its counts.",
        discussion: "Example:\n  TIMELINE_GAZETTEER=/data/Gazetteer timelinectl gazetteer info"
    )

    func run() throws {
        let gazetteer = try Gazetteer.load()
        print("path: \(gazetteer.path)")
        print("countries: \(gazetteer.countryCount)")
        print("admin1: \(gazetteer.admin1Count)")
        print("admin2: \(gazetteer.admin2Count)")
        print("places: \(gazetteer.placeCount)")
        // What the places are, by kind, in the order of the kinds.
        let counts = gazetteer.countsByKind()
        for kind in PlaceKind.allCases where !kind.isRegion {
            print("  \(Self.label(kind)): \(counts[kind] ?? 0)")
        }
    }

    static func label(_ kind: PlaceKind) -> String {
        switch kind {
        case .populatedPlace: return "towns and villages"
        case .capital: return "national capitals"
        case .seat: return "seats of divisions"
        case .continent: return "continents"
        case .macroRegion: return "macro-regions"
        case .water: return "seas, gulfs, straits, lakes and rivers"
        case .island: return "islands"
        case .feature: return "other features (buildings, bridges, roads, mountains ...)"
        case .country, .firstOrderDivision, .secondOrderDivision: return kind.level
        }
    }
}
