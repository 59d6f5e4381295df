import ArgumentParser
import IncidentData
import Store

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export incidents as GeoJSON (RFC 7946), CSV (RFC 4180) or JSON Lines.",
        discussion: """
            Written as a stream, so memory stays flat for any size; with --out the file appears
            only when complete.

            Examples:
              timelinectl export geojson --region "Belgorod region" --out belgorod.geojson
              timelinectl export csv --since 2023-05-01 --until 2023-05-31 > may.csv
              timelinectl export jsonl --region RU
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case geojson, csv, jsonl
    }

    @Argument(help: "geojson, csv or jsonl.")
    var format: Format

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var zoneOptions: ZoneOptions

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var out: String?

    func run() throws {
        let filter = try filters.filter(zone: try zoneOptions.designator())
        let store = try database.openExisting()
        let sink = try out.map { try OutputSink(path: $0) } ?? OutputSink()
        let count = try store.export(filter, format: IncidentExporter.Format(rawValue: format.rawValue)!, to: sink)
        if let out { printError("wrote \(count) incidents to \(out)") }
    }
}
