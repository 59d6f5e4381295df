import Foundation
import IncidentData
@testable import Store
import Testing

@Suite("Exports are valid GeoJSON, CSV and JSON Lines")
struct ExportTests {
    func export(_ format: IncidentExporter.Format) throws -> (text: String, count: Int) {
        let store = try SeedDatabase.store()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let written = try store.export(IncidentFilter(), format: format, to: try OutputSink(path: path))
        #expect(written == (try store.totals().incidents))
        return (try String(contentsOfFile: path, encoding: .utf8), try store.totals().incidents)
    }

    @Test func geoJSONIsAnRFC7946FeatureCollectionOfPoints() throws {
        let (text, count) = try export(.geojson)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        #expect(object["crs"] == nil)
        let features = try #require(object["features"] as? [[String: Any]])
        #expect(features.count == count)
        var ids = Set<Int>()
        for feature in features {
            #expect(feature["type"] as? String == "Feature")
            let geometry = try #require(feature["geometry"] as? [String: Any])
            #expect(geometry["type"] as? String == "Point")
            let coordinates = try #require(geometry["coordinates"] as? [Double])
            let properties = try #require(feature["properties"] as? [String: Any])
            #expect(coordinates == [properties["longitude"] as! Double, properties["latitude"] as! Double])
            #expect((-180...180).contains(coordinates[0]) && (-90...90).contains(coordinates[1]))
            ids.insert(try #require(feature["id"] as? Int))
            for field in ["event_type", "occurred_start", "reported_at", "geo_precision", "time_precision", "country", "admin1", "location", "geonameid", "source_id", "headline"] {
                #expect(properties.keys.contains(field), "missing \(field)")
            }
        }
        #expect(ids.count == features.count)
        // At most six decimals in any coordinate.
        let decimals = text.split(separator: "\"coordinates\":[").dropFirst().map { $0.prefix { $0 != "]" } }
        #expect(decimals.allSatisfy { $0.split(separator: ",").allSatisfy { ($0.split(separator: ".").dropFirst().first?.count ?? 0) <= 6 } })
    }

    @Test func csvHasAHeaderAndQuotesFieldsWithCommas() throws {
        let (text, count) = try export(.csv)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == IncidentField.allCases.map(\.rawValue).joined(separator: ","))
        #expect(lines.count == count + 1)
        #expect(text.contains("\"\"\"Situation is rather alarming\"\" as shelling continues in Belgorod, Kremlin spokesperson says\""))
    }

    @Test func jsonLinesHasOneObjectALine() throws {
        let (text, count) = try export(.jsonl)
        let lines = text.split(separator: "\n")
        #expect(lines.count == count)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["id"] is Int)
        }
    }

    @Test func aFailedExportLeavesNoFileBehind() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("never-\(UUID()).geojson").path
        do {
            let sink = try OutputSink(path: path)
            sink.write("{\"type\":")
            // Dropped without finish(): the partial file goes with it.
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
        #expect(!leftovers.contains { $0.contains("never-") })
    }
}

@Suite("Coordinates are written with at most six decimals")
struct CoordinateTextTests {
    @Test(arguments: [
        (36.8996, "36.8996"), (-0.0000004, "0"), (60.0, "60"), (-122.4194155, "-122.419416"), (0.5, "0.5"),
        (179.9999999, "180"), (-33.000001, "-33.000001"),
    ])
    func formats(_ value: Double, _ expected: String) {
        #expect(coordinateText(value) == expected)
    }
}
