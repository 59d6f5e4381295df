import ArgumentParser
import Foundation
import Geo
import IncidentData

/// `timelinectl places resolve NAME [--country CC] [--json]`.
struct PlacesResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Look a name, code or phrase up in the gazetteer, at any level.",
        discussion: """
        Accepts place names (`Bryansk`), division phrases (`Klimovsky district`, `Belgorod region`), GeoNames codes (`RU.09`, `RU.10.547551`) and country codes (`RU`). Candidates are ranked by level and population; unknown names list the nearest known names.

        Examples:
            timelinectl places resolve Washington
            timelinectl places resolve "Klimovsky district" --json
            timelinectl places resolve Tripoli --country LB
        """
    )

    @Argument(help: "The name, phrase or code to resolve.")
    var name: String

    @Option(name: .long, help: "Only candidates in this country (ISO alpha-2, e.g. RU).")
    var country: String?

    @Option(name: .long, help: "How many candidates to show.")
    var limit: Int = 10

    @Flag(name: .long, help: "Print JSON Lines.")
    var json = false

    @OptionGroup var options: PlacesGazetteerOption

    func validate() throws {
        if let country, country.count != 2 { throw ValidationError("--country '\(country)' is not a two-letter ISO code") }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("NAME is empty") }
    }

    func run() throws {
        let gazetteer = try options.load()
        let lookup = gazetteer.resolve(name, countryCode: country)
        if lookup.candidates.isEmpty {
            throw GeoError.unknownPlace(query: name, nearest: lookup.nearestNames)
        }
        for candidate in lookup.candidates.prefix(limit) {
            if json {
                print(PlaceJSON.place(candidate))
            } else {
                print("\(candidate.geonameid)\t\(candidate.name)\t\(candidate.kind.level)\t\(candidate.countryCode)\t\(candidate.admin1Code ?? "-") \(candidate.admin1Name ?? "")\t\(candidate.coordinate.latitude),\(candidate.coordinate.longitude)\tpop \(candidate.population)")
            }
        }
    }
}
