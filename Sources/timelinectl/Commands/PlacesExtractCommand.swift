import ArgumentParser
import Foundation
import Geo
import IncidentData
import Pages
import Timeline

/// `timelinectl places extract [FILE|-] [--json]`.
struct PlacesExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "List the place mentions of a text.",
        discussion: """
        With --json, prints JSON Lines, one mention a line: start, end (offsets in Unicode scalars, end exclusive), text, role (location or demonym), geonameid (null if unresolved), name, kind (country, admin1, admin2, place), country_code, admin1, admin1_code, admin2, latitude, longitude, precision, score and alternatives.

        Examples:
            timelinectl places extract seeds/000_fdd7082ede222f27.txt --json
            echo "Drones hit Russia's Bryansk region." | timelinectl places extract -
        """
    )

    @Argument(help: "A text, HTML page or feed to read, or - for standard input (offsets of a page count in its extracted text: posts --text).")
    var file: String = "-"

    @Flag(name: .long, help: "Print JSON Lines instead of a table.")
    var json = false

    @OptionGroup var options: PlacesGazetteerOption

    func run() throws {
        // An HTML page or feed is read by its reader; offsets then count in the text it extracted.
        let text = try readPageInput(file, context: StampContext()).input.text
        let parser = try Geoparser(gazetteer: try options.load())
        for mention in parser.extract(text) {
            if json {
                print(PlaceJSON.line(mention))
            } else {
                let place = mention.place.map { "\($0.name) [\($0.geonameid)] \($0.countryCode) \($0.admin1Code ?? "-")" } ?? "unresolved"
                print("\(mention.range.lowerBound)-\(mention.range.upperBound)\t\(mention.text)\t\(mention.role.rawValue)\t\(place)\t\(mention.precision.rawValue)\t\(String(format: "%.3f", mention.score))")
            }
        }
    }
}
