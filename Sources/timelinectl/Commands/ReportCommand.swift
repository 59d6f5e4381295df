import ArgumentParser
import IncidentData
import Map
import Store
import Timeline

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the chronological report: incidents by day in a zone, with sources.",
        discussion: """
            Each entry gives the local and UTC time, the place with its admin path, the type, the \
            headline, a one-line summary, when it occurred (at its precision) and when it was \
            reported, and its source. As HTML (one file, works offline) the report opens with \
            the map of its incidents (see 'timelinectl map'), each entry linked to its mark: \
            hovering either highlights both, clicking pins the highlight.

            Examples:
              timelinectl report
              timelinectl report --region "Belgorod region" --since "2023-05-30 22:00" --until 2023-06-01T09:00 --zone Europe/Moscow
              timelinectl report --format text --zone America/New_York
              timelinectl report --format html --out report.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, text, html
    }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var zoneOptions: ZoneOptions

    @Option(help: "Output format.")
    var format: Format = .markdown

    @OptionGroup(title: "HTML map options") var mapOptions: MapDrawingOptions

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
    var out: String?

    func validate() throws {
        if format == .html { try mapOptions.validate() }
    }

    func run() throws {
        let zone = try zoneOptions.designator() ?? .utc
        let filter = try filters.filter(zone: zone)
        let records = try database.openExisting().incidents(filter, withExcerpts: true)
        let report = try ChronologicalReport(records: records, zone: zone, filter: filter)
        let text: String
        switch format {
        case .markdown: text = try report.render(.markdown)
        case .text: text = try report.render(.text)
        case .html:
            let map = records.isEmpty ? nil : try mapOptions.map(points: records.map(\.point), filter: filter, zone: zone)
            text = try report.renderHTML(map: map)
        }
        let sink = try out.map { try OutputSink(path: $0) } ?? OutputSink()
        sink.write(text)
        try sink.finish()
    }
}
