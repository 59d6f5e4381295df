import ArgumentParser
import IncidentData
import Store

struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "Count incidents per region, by type, with first and last time.",
        discussion: """
            Examples:
              timelinectl regions
              timelinectl regions --level country --format json
              timelinectl regions --level admin2 --region Russia --since 2023-05-01
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Option(help: "The level to count at.")
    var level: RegionScope.Level = .admin1

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @OptionGroup var zoneOptions: ZoneOptions

    @Option(help: "Output format.")
    var format: Format = .table

    func run() throws {
        let filter = try filters.filter(zone: try zoneOptions.designator())
        let regions = try database.openExisting().regions(level: level, filter: filter)
        switch format {
        case .json:
            print(RegionSummary.json(regions))
        case .csv:
            print(RegionSummary.csv(regions), terminator: "")
        case .table:
            for region in regions {
                let types = region.byType.map { "\($0.type) \($0.count)" }.joined(separator: ", ")
                print("\(region.count)\t\(region.code)\t\(region.name)\t\(region.first.iso8601) .. \(region.last.iso8601)\t\(types)")
            }
        }
    }
}

extension RegionScope.Level: ExpressibleByArgument {}

import Foundation
