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
        DIR holds cities500.txt (or another cities*.txt, allCountries.txt or country dumps), admin1CodesASCII.txt, admin2Codes.txt, countryInfo.txt and optionally countries.tsv. The output is deterministic: the same sources give byte-identical files.

        Examples:
            timelinectl gazetteer build --from ../shared/gazetteer
            timelinectl gazetteer build --from ~/geonames --out /tmp/gaz && cmp /tmp/gaz/gazetteer.bin Gazetteer/gazetteer.bin
        """
    )

    @Option(name: .long, help: "Folder with the GeoNames-format sources.")
    var from: String

    @Option(name: .long, help: "Output folder (default: ./Gazetteer).")
    var out: String = "Gazetteer"

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: from, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--from '\(from)' is not a folder")
        }
    }

    func run() throws {
        let summary = try GazetteerBuilder(sourceDirectory: URL(fileURLWithPath: from))
            .build(into: URL(fileURLWithPath: out))
        print("wrote \(out)/gazetteer.bin: \(summary.countries) countries, \(summary.admin1) admin1, \(summary.admin2) admin2, \(summary.places) places, \(summary.keys) name keys, \(summary.bytes) bytes")
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
    }
}
