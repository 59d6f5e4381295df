import Foundation
import Geo
import IncidentData
import Store
import Timeline

/// How query and export time grow with the number of incidents (10k, 100k, 1M; 10M on request),
/// written as a table and a log-scale SVG plot.
enum ScalingBenchmark {
    struct Row {
        var size: Int
        var queries: [(name: String, median: Double, p99: Double, rows: Int)]
        var process: Double
        var exports: [(format: String, seconds: Double, peakMB: Double)]
    }

    /// The database of `size` incidents, built once and reused while its count matches.
    static func database(size: Int, gazetteer: Gazetteer) throws -> String {
        let path = StoreBenchmark.dataFolder.appendingPathComponent("incidents-\(size).sqlite").path
        if FileManager.default.fileExists(atPath: path), let store = try? IncidentStore(path: path),
            let totals = try? store.totals(), totals.incidents >= size * 99 / 100
        {
            return path
        }
        let built = try StoreBenchmark.build(count: size, gazetteer: gazetteer)
        print(String(format: "scaling: built %d incidents (%d stored) as one load in %.1f s, %.0f a second",
                     size, built.stored, built.seconds, Double(size) / built.seconds))
        return built.path
    }

    static func measure(size: Int, gazetteer: Gazetteer) throws -> Row {
        let path = try database(size: size, gazetteer: gazetteer)
        let store = try IncidentStore(path: path)
        let busiest = try store.regions(level: .admin1, filter: IncidentFilter()).first { $0.code != "unknown" }!
        let country = try store.regions(level: .country, filter: IncidentFilter()).first!
        let admin1 = RegionScope(level: .admin1, code: busiest.code, geonameid: nil, name: busiest.name)
        let countryScope = RegionScope(level: .country, code: country.code, geonameid: nil, name: country.name)
        typealias Shape = (name: String, make: (inout IncidentFilter) -> Void)
        let shapes: [Shape] = [
            ("week", { _ in }),
            ("week+admin1", { $0.regions = [admin1] }),
            ("week+country", { $0.regions = [countryScope] }),
            ("bbox (Europe)", { $0.bbox = (-10, 35, 30, 60) }),
            ("radius 50 km of Paris", { $0.near = (48.8566, 2.3522, 50) }),
            ("text", { $0.text = "Synthetic source" }),
            ("week+admin1+type", { $0.regions = [admin1]; $0.types = ["Armed clash", "Air/drone strike"] }),
        ]
        var queries: [(String, Double, Double, Int)] = []
        for shape in shapes {
            var random = SeededGenerator(seed: 11)
            var times: [Double] = []
            var rows = 0
            for _ in 0..<50 {
                var filter = IncidentFilter()
                let start = 1_640_995_200 + Int64.random(in: 0..<(720 * 86_400), using: &random)
                if shape.name.hasPrefix("week") {
                    filter.since = Instant(secondsSinceEpoch: start)
                    filter.until = Instant(secondsSinceEpoch: start + 7 * 86_400)
                } else {
                    filter.limit = 1_000
                }
                shape.make(&filter)
                let began = now()
                rows += try store.incidents(filter).count
                times.append((now() - began) * 1000)
            }
            let sorted = times.sorted()
            queries.append((shape.name, Summary(times).median, sorted[Int(Double(sorted.count - 1) * 0.99)], rows / 50))
        }
        let bin = CommandLine.arguments[0].replacingOccurrences(of: "timeline-bench", with: "timelinectl")
        let process = StoreBenchmark.time(
            [bin, "incidents", "--db", path, "--region", busiest.code, "--since", "2023-03-01", "--until", "2023-03-07", "--format", "jsonl"],
            repeats: 10)
        var exports: [(String, Double, Double)] = []
        for format in ["geojson", "csv", "jsonl"] {
            let out = StoreBenchmark.dataFolder.appendingPathComponent("export-\(size).\(format)").path
            let run = StoreBenchmark.time([bin, "export", format, "--db", path, "--out", out], repeats: 1, memory: true)
            exports.append((format, run.summary.median / 1000, run.peakMB))
            try? FileManager.default.removeItem(atPath: out)
        }
        return Row(size: size, queries: queries, process: process.summary.median, exports: exports)
    }

    static func run(sizes: [Int], gazetteer: Gazetteer) throws -> String {
        let rows = try sizes.map { try measure(size: $0, gazetteer: gazetteer) }
        var table = "| incidents | " + rows[0].queries.map { "\($0.name) median / p99 ms" }.joined(separator: " | ")
        table += " | whole process ms | " + rows[0].exports.map { "\($0.format) s (peak MB)" }.joined(separator: " | ") + " |\n"
        table += "|" + String(repeating: " --- |", count: 2 + rows[0].queries.count + rows[0].exports.count) + "\n"
        for row in rows {
            table += "| \(row.size) | " + row.queries.map { String(format: "%.2f / %.2f", $0.median, $0.p99) }.joined(separator: " | ")
            table += String(format: " | %.1f | ", row.process)
            table += row.exports.map { String(format: "%.2f (%.0f)", $0.seconds, $0.peakMB) }.joined(separator: " | ") + " |\n"
        }
        let svg = plot(rows)
        let svgPath = "Benchmarks/scaling.svg"
        try svg.write(toFile: svgPath, atomically: true, encoding: .utf8)
        return "scaling (written to \(svgPath)):\n" + table
    }

    /// Query medians (ms) and export times (s, scaled to ms) against incident count, both axes log.
    static func plot(_ rows: [Row]) -> String {
        let width = 640.0, height = 420.0, left = 70.0, bottom = 50.0, top = 30.0, right = 180.0
        let sizes = rows.map { log10(Double($0.size)) }
        let xMin = sizes.min()! - 0.2, xMax = sizes.max()! + 0.2
        var series: [(String, [Double])] = rows[0].queries.indices.map { index in
            (rows[0].queries[index].name, rows.map { $0.queries[index].median })
        }
        series.append(("export geojson (s x 1000)", rows.map { $0.exports[0].seconds * 1000 }))
        let all = series.flatMap(\.1).filter { $0 > 0 }
        let yMin = floor(log10(all.min()!)), yMax = ceil(log10(all.max()!))
        func x(_ value: Double) -> Double { left + (value - xMin) / (xMax - xMin) * (width - left - right) }
        func y(_ value: Double) -> Double { height - bottom - (log10(max(value, 1e-3)) - yMin) / (yMax - yMin) * (height - bottom - top) }
        let colors = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#333333"]
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"sans-serif\" font-size=\"11\">\n"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        svg += "<text x=\"\(left)\" y=\"18\" font-size=\"13\">Query median (ms) and GeoJSON export against incidents, log-log</text>\n"
        for decade in Int(yMin)...Int(yMax) {
            let yy = y(pow(10, Double(decade)))
            svg += "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(yy)\" y2=\"\(yy)\" stroke=\"#ddd\"/>"
            svg += "<text x=\"\(left - 8)\" y=\"\(yy + 4)\" text-anchor=\"end\">1e\(decade)</text>\n"
        }
        for row in rows {
            let xx = x(log10(Double(row.size)))
            svg += "<text x=\"\(xx)\" y=\"\(height - bottom + 18)\" text-anchor=\"middle\">\(row.size)</text>\n"
        }
        for (index, (name, values)) in series.enumerated() {
            let color = colors[index % colors.count]
            let points = zip(sizes, values).map { "\(x($0)),\(y($1))" }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points)\"/>\n"
            svg += "<text x=\"\(width - right + 10)\" y=\"\(top + 16 * Double(index + 1))\" fill=\"\(color)\">\(name)</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }
}
