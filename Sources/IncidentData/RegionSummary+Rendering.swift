import Foundation

/// Region counts as the command line and the web API write them.
extension RegionSummary {
    /// A JSON array, one object per region (`level`, `code`, `name`, `count`, `by_type`, `first`, `last`).
    public static func json(_ regions: [RegionSummary]) -> String {
        JSON.array(regions.map { region in
            .object([
                ("level", .string(region.level.rawValue)), ("code", .string(region.code)), ("name", .string(region.name)),
                ("count", .int(region.count)),
                ("by_type", .object(region.byType.map { ($0.type, JSON.int($0.count)) })),
                ("first", .string(region.first.iso8601)), ("last", .string(region.last.iso8601)),
            ])
        }).rendered
    }

    /// CSV (RFC 4180, CRLF line ends) with a header row.
    public static func csv(_ regions: [RegionSummary]) -> String {
        var out = "level,code,name,count,by_type,first,last\r\n"
        for region in regions {
            let types = region.byType.map { "\($0.type): \($0.count)" }.joined(separator: "; ")
            out += [region.level.rawValue, region.code, region.name, String(region.count), types, region.first.iso8601, region.last.iso8601]
                .map(csvQuoted).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line end.
    public static func csvQuoted(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
