import Foundation
import Geo
import IncidentData
import PostgresStore
import Store
import Timeline

/// The two backends side by side on the same synthetic incidents (``StoreBenchmark/syntheticDocuments``):
/// ingest, the one-week window in the busiest first-order region, a 50 km radius around the
/// busiest place, and a GeoJSON export of everything, each in process so that only the database differs.
enum BackendsBenchmark {
    static func run(count: Int, postgresURL: String, gazetteer: Gazetteer) throws -> String {
        try FileManager.default.createDirectory(at: StoreBenchmark.dataFolder, withIntermediateDirectories: true)
        let path = StoreBenchmark.dataFolder.appendingPathComponent("backends-\(count).sqlite").path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let sqlite = try IncidentStore(path: path)
        let postgres = try PostgresIncidentStore(url: postgresURL)
        guard try postgres.totals().incidents == 0 else {
            throw StoreError("the benchmark needs an empty PostgreSQL database (\(postgresURL) holds incidents)")
        }
        var lines = ["backends: \(count) synthetic incidents in documents of 2,000 reports (the `store` benchmark's), SQLite file \(path) and \((try? PostgresLocation(url: postgresURL))?.redacted ?? "")"]
        let backends: [(String, any IncidentDatabase)] = [("SQLite", sqlite), ("PostgreSQL", postgres)]
        for (name, database) in backends {
            let began = now()
            try database.load(at: Date(), limits: LoadLimits()) { ingest in
                try StoreBenchmark.syntheticDocuments(count: count, gazetteer: gazetteer) { _ = try ingest($0) }
            }
            let seconds = now() - began
            lines.append(String(format: "  ingest, %@: %.1f s, %.0f incidents/s (%d stored)", name, seconds, Double(count) / seconds, try database.totals().incidents))
        }
        let busiest = try sqlite.regions(level: .admin1, filter: IncidentFilter()).first { $0.code != "unknown" }!
        let place = try sqlite.regions(level: .place, filter: IncidentFilter()).first!
        let centre = gazetteer.place(geonameid: Int(place.code)!)!.coordinate
        lines.append("  queries (200 each, the same windows on both): one-week window in \(busiest.code) \(busiest.name); 50 km around \(place.name)")
        for (name, database) in backends {
            // The week windows are `store`'s (StoreBenchmark.queries); the radius takes the same starts.
            let window = try StoreBenchmark.queries(database, repeats: 200)
            var random = SeededGenerator(seed: 7)
            var radius: [Double] = []
            var radiusRows = 0
            for _ in 0..<200 {
                let start = 1_640_995_200 + Int64.random(in: 0..<(720 * 86_400), using: &random)
                var near = IncidentFilter()
                near.near = (centre.latitude, centre.longitude, 50)
                near.since = Instant(secondsSinceEpoch: start)
                near.until = Instant(secondsSinceEpoch: start + 30 * 86_400)
                let began = now()
                radiusRows += try database.incidents(near).count
                radius.append((now() - began) * 1000)
            }
            lines.append(String(
                format: "    %@: window median %.2f ms, p99 %.2f ms (%d rows on average); radius and 30 days median %.2f ms, p99 %.2f ms (%d rows)",
                name, window.summary.median, window.p99, window.rows, Summary(radius).median, percentile(radius, 0.99), radiusRows / 200))
        }
        for (name, database) in backends {
            let out = StoreBenchmark.dataFolder.appendingPathComponent("backends.geojson").path
            let began = now()
            let written = try database.export(IncidentFilter(), format: .geojson, to: try OutputSink(path: out))
            let seconds = now() - began
            let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            lines.append(String(format: "  GeoJSON export of all %d, %@: %.1f s (%.0f MB)", written, name, seconds, Double(size) / 1_048_576))
            try? FileManager.default.removeItem(atPath: out)
        }
        return lines.joined(separator: "\n")
    }

    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        let sorted = samples.sorted()
        return sorted[Int(Double(sorted.count - 1) * fraction)]
    }
}
