import ArgumentParser
import IncidentData
import Map
import Store
import Timeline

struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Draw the selected incidents on a map (SVG, one file, works offline).",
        discussion: """
            Country outlines, one mark per place coloured by ACLED event type and sized by the \
            number of incidents (or fatalities), the largest places labelled, a title with the \
            time window in --zone, a legend and a scale bar. Incidents at one place stack into \
            one mark with their count; marks too close to tell apart cluster. The projection is \
            equirectangular, fitted to the incidents (docs/map.md). The same data gives the same bytes.

            Examples:
              timelinectl map --out seed.svg
              timelinectl map --region "Belgorod region" --since "2023-05-30 22:00" --until 2023-06-01T09:00 --zone Europe/Moscow --out belgorod.svg
              timelinectl map --region Ukraine --size fatalities --label 20 --width 1400 > ukraine.svg
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var zoneOptions: ZoneOptions
    @OptionGroup var mapOptions: MapDrawingOptions

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE.svg"))
    var out: String?

    func validate() throws { try mapOptions.validate() }

    func run() throws {
        let zone = try zoneOptions.designator() ?? .utc
        let filter = try filters.filter(zone: zone)
        let store = try database.openExisting()
        var points: [IncidentPoint] = []
        try store.forEachPoint(filter) { points.append($0) }
        let map = try mapOptions.map(points: points, filter: filter, zone: zone)
        let sink = try out.map { try OutputSink(path: $0) } ?? OutputSink()
        sink.write(map.svg())
        try sink.finish()
        if let out { printError("wrote \(points.count) incidents as \(map.marks.count) marks to \(out)") }
    }
}

/// `--width`, `--label` and `--size`, shared by `map` and `report --format html`.
struct MapDrawingOptions: ParsableArguments {
    @Option(help: "The map's width in pixels (its height follows the incidents' extent).")
    var width = 960

    @Option(help: ArgumentHelp("Label at most this many places, largest first.", valueName: "N"))
    var label = 12

    @Option(help: "What a mark's size shows: the number of incidents or the fatalities reported.")
    var size: MarkSize = .count

    func validate() throws {
        guard (320...8000).contains(width) else { throw ValidationError("--width \(width) must be between 320 and 8000 pixels") }
        guard (0...1000).contains(label) else { throw ValidationError("--label \(label) must be between 0 and 1000") }
    }

    func map(points: [IncidentPoint], filter: IncidentFilter, zone: ZoneDesignator) throws -> IncidentMap {
        try IncidentMap(
            points: points, filter: filter, zone: zone, outlines: try CountryOutlines.load(), width: width, labels: label, size: size)
    }
}

extension MarkSize: ExpressibleByArgument {}
