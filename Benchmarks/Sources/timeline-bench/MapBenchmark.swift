import Foundation
import Geo
import IncidentData
import Map
import Store
import Timeline

/// `timelinectl map` on the synthetic databases: the whole process for every incident and for
/// the busiest region, the time inside the process by stage, and beside it the floor (sqlite3
/// reading the same columns) and the other way to a map (our GeoJSON export, for QGIS).
enum MapBenchmark {
    static func run(sizes: [Int], gazetteer: Gazetteer) throws -> String {
        var out = "map (whole process medians over 10 runs, min-max; peak resident MB):\n"
        out += "| incidents | map, all | marks | SVG MB | map, busiest admin1 | stages in process: query / layout / SVG ms | sqlite3, same columns | GeoJSON export |\n"
        out += "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        let bin = CommandLine.arguments[0].replacingOccurrences(of: "timeline-bench", with: "timelinectl")
        for size in sizes {
            let path = try ScalingBenchmark.database(size: size, gazetteer: gazetteer)
            let store = try IncidentStore(path: path)
            let busiest = try store.regions(level: .admin1, filter: IncidentFilter()).first { $0.code != "unknown" }!
            let svg = StoreBenchmark.dataFolder.appendingPathComponent("map-\(size).svg").path
            let all = StoreBenchmark.time([bin, "map", "--db", path, "--out", svg], repeats: 10, memory: true)
            let bytes = (try? FileManager.default.attributesOfItem(atPath: svg)[.size] as? Int) ?? 0
            let region = StoreBenchmark.time([bin, "map", "--db", path, "--region", busiest.code, "--out", svg], repeats: 10)

            // Inside the process, by stage (5 runs, medians).
            var stages: [[Double]] = [[], [], []]
            var marks = 0
            let outlines = try CountryOutlines.load()
            for _ in 0..<5 {
                var began = now()
                var points: [IncidentPoint] = []
                try store.forEachPoint(IncidentFilter()) { points.append($0) }
                stages[0].append((now() - began) * 1000)
                began = now()
                let map = try IncidentMap(points: points, filter: IncidentFilter(), zone: .utc, outlines: outlines)
                stages[1].append((now() - began) * 1000)
                began = now()
                let text = map.svg()
                stages[2].append((now() - began) * 1000)
                marks = map.marks.count
                precondition(text.utf8.count == bytes, "the benchmark's SVG differs from the command's")
            }

            let sql = """
                SELECT i.id, i.event_type, i.sub_event_type, i.geonameid, p.name, i.country_code, i.latitude, i.longitude,
                i.geo_precision, i.fatalities, i.occurred_start, i.occurred_end, i.reported_at
                FROM incident i JOIN place p ON p.geonameid = i.geonameid ORDER BY i.occurred_start, i.id
                """
            let sqlite = StoreBenchmark.time(["/usr/bin/sqlite3", path, sql], repeats: 10)
            let geojson = StoreBenchmark.dataFolder.appendingPathComponent("map-\(size).geojson").path
            let export = StoreBenchmark.time([bin, "export", "geojson", "--db", path, "--out", geojson], repeats: 3)
            try? FileManager.default.removeItem(atPath: geojson)

            func ms(_ summary: Summary) -> String { String(format: "%.0f ms (%.0f-%.0f)", summary.median, summary.min, summary.max) }
            out += "| \(size) | \(ms(all.summary)), \(String(format: "%.0f", all.peakMB)) MB | \(marks) | "
            out += String(format: "%.1f", Double(bytes) / 1_048_576) + " | \(ms(region.summary)) (\(busiest.code)) | "
            out += stages.map { String(format: "%.0f", Summary($0).median) }.joined(separator: " / ")
            out += " | \(ms(sqlite.summary)) | \(ms(export.summary)) |\n"
        }
        return out
    }
}
