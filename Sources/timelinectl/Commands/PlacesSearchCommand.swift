import ArgumentParser
import Foundation
import Geo
import IncidentData

/// `timelinectl places search PREFIX`.
struct PlacesSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "List gazetteer entries whose name starts with a prefix.",
        discussion: "Examples:\n  timelinectl places search Klimov\n  timelinectl places search \"San Jo\" --limit 5"
    )

    @Argument(help: "Name prefix (case and diacritics ignored).")
    var prefix: String

    @Option(name: .long, help: "How many entries to show.")
    var limit: Int = 20

    @Flag(name: .long, help: "Print JSON Lines.")
    var json = false

    @OptionGroup var options: PlacesGazetteerOption

    func validate() throws {
        if prefix.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("PREFIX is empty") }
        if limit < 1 { throw ValidationError("--limit must be positive, got \(limit)") }
    }

    func run() throws {
        let gazetteer = try options.load()
        for place in gazetteer.search(prefix: prefix, limit: limit) {
            if json { print(PlaceJSON.place(place)) } else {
                print("\(place.geonameid)\t\(place.name)\t\(place.kind.level)\t\(place.countryCode)\t\(place.admin1Name ?? "-")\tpop \(place.population)")
            }
        }
    }
}
