import ArgumentParser
import Foundation
import Geo

/// `timelinectl places`: find and resolve place names with the bundled gazetteer.
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "Find and resolve place names.",
        discussion: """
        The gazetteer is found at $TIMELINE_GAZETTEER, else Gazetteer/ beside the executable or one of its parent folders, else Gazetteer/ in the current directory or its parents.
        """,
        subcommands: [PlacesExtractCommand.self, PlacesResolveCommand.self, PlacesSearchCommand.self]
    )
}

/// Options shared by the `places` subcommands.
struct PlacesGazetteerOption: ParsableArguments {
    @Option(name: .long, help: "Gazetteer folder or gazetteer.bin (default: see `timelinectl places --help`).")
    var gazetteer: String?

    func load() throws -> Gazetteer {
        if let gazetteer { return try Gazetteer(contentsOf: URL(fileURLWithPath: gazetteer)) }
        return try Gazetteer.load()
    }
}
