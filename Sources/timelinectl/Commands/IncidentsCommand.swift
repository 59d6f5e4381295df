import ArgumentParser
import IncidentData
import Store
import Timeline

struct IncidentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incidents",
        abstract: "List incidents by time, region, place, type and text.",
        discussion: """
            Every format shows the same fields as the exports (ACLED's column names where one
            exists); null means unknown, 0 means none.

            Examples:
              timelinectl incidents --region "Belgorod region"
              timelinectl incidents --region Russia --since "May 31, 2023 6 a.m. ET" --by reported
              timelinectl incidents --since 2023-05-30 --until 2023-06-01 --zone Europe/Moscow --format json
              timelinectl incidents --near Shebekino --within 50km --format geojson
              timelinectl incidents --attached-only --max-geo-precision 1 --format csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, jsonl, csv, geojson
    }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var zoneOptions: ZoneOptions

    @Option(help: "Output format.")
    var format: Format = .table

    func run() throws {
        let filter = try filters.filter(zone: try zoneOptions.designator())
        let store = try database.openExisting()
        switch format {
        case .table:
            let records = try store.incidents(filter)
            print(IncidentTable.render(records))
        case .json, .jsonl, .csv, .geojson:
            try store.export(filter, format: IncidentExporter.Format(rawValue: format.rawValue)!, to: OutputSink())
        }
    }
}

/// A compact table for a terminal.
enum IncidentTable {
    static func render(_ records: [IncidentRecord]) -> String {
        var rows = [["id", "occurred_start", "prec", "type", "location", "admin1", "country", "killed", "injured", "headline"]]
        for record in records {
            rows.append([
                String(record.id), record.occurredStart.iso8601, record.occurredPrecision,
                record.subEventType ?? record.eventType ?? "unclassified", record.location, record.admin1 ?? "",
                record.countryCode, record.fatalities.map(String.init) ?? "", record.injured.map(String.init) ?? "",
                String(record.headline.prefix(60)),
            ])
        }
        var widths = Array(repeating: 0, count: rows[0].count)
        for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        let lines = rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        return lines.joined(separator: "\n") + "\n(\(records.count) incidents)"
    }
}
