import ArgumentParser
import Store
import Timeline

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the chronological report: incidents by day in a zone, with sources.",
        discussion: """
            Each entry gives the local and UTC time, the place with its admin path, the type, the
            headline, a one-line summary, when it occurred (at its precision) and when it was
            reported, and its source.

            Examples:
              timelinectl report
              timelinectl report --region "Belgorod region" --since "2023-05-30 22:00" --until 2023-06-01T09:00 --zone Europe/Moscow
              timelinectl report --format text --zone America/New_York
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var zoneOptions: ZoneOptions

    @Option(help: "Output format.")
    var format: ChronologicalReport.Format = .markdown

    func run() throws {
        let zone = try zoneOptions.designator() ?? .utc
        let filter = try filters.filter(zone: zone)
        let records = try database.openExisting().incidents(filter, withExcerpts: true)
        let report = try ChronologicalReport(records: records, zone: zone, filter: filter)
        print(try report.render(format), terminator: "")
    }
}

extension ChronologicalReport.Format: ExpressibleByArgument {}
