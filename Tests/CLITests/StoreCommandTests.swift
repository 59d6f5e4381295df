import Foundation
import Testing

@Suite("timelinectl ingest, incidents, regions, report and export on the seed")
struct StoreCommandTests {
    /// A fresh folder with the seed ingested into `timeline.sqlite`.
    static func ingestedSeed() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-cli-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seed = CLI.root.appendingPathComponent("seeds/000_fdd7082ede222f27.txt").path
        let run = try CLI.run(["ingest", seed], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return folder
    }

    @Test func ingestSummarisesAndASecondIngestChangesNothing() throws {
        let folder = try Self.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = CLI.root.appendingPathComponent("seeds/000_fdd7082ede222f27.txt").path
        let counts = try CLI.run(["incidents", "--format", "jsonl"], in: folder)
        let before = counts.stdout.split(separator: "\n").count
        let again = try CLI.run(["ingest", seed], in: folder)
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 documents added, 0 updated, 1 unchanged"))
        #expect(try CLI.run(["incidents", "--format", "jsonl"], in: folder).stdout.split(separator: "\n").count == before)
    }

    @Test func aRegionQueryFindsShebekinoAndGrayvoronAndNothingFromKrasnodar() throws {
        let folder = try Self.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["incidents", "--region", "Belgorod region", "--format", "json"], in: folder)
        #expect(run.status == 0)
        let records = try #require(try CLI.json(run.stdout) as? [[String: Any]])
        let locations = Set(records.compactMap { $0["geonameid"] as? Int })
        #expect(locations.isSuperset(of: [495112, 559034]))
        #expect(!records.contains { ($0["admin1"] as? String) == "Krasnodar Krai" })
    }

    @Test func reportedSinceSixAMEasternLeavesOutTheEarlierPosts() throws {
        let folder = try Self.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["incidents", "--region", "Russia", "--since", "May 31, 2023 6 a.m. ET", "--by", "reported", "--format", "json"], in: folder)
        let records = try #require(try CLI.json(run.stdout) as? [[String: Any]])
        #expect(!records.isEmpty)
        let reported = Set(records.compactMap { $0["reported_at"] as? String })
        #expect(!reported.contains("2023-05-31T08:11:00Z"))
        #expect(!reported.contains("2023-05-31T08:10:00Z"))
    }

    @Test func theGeoJSONExportIsAFeatureCollectionWithOneFeatureAnIncident() throws {
        let folder = try Self.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try CLI.run(["export", "geojson", "--out", "all.geojson"], in: folder)
        #expect(export.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("all.geojson"), encoding: .utf8)
        let object = try #require(try CLI.json(text) as? [String: Any])
        let features = try #require(object["features"] as? [[String: Any]])
        let listed = try CLI.run(["incidents", "--format", "jsonl"], in: folder).stdout.split(separator: "\n").count
        #expect(features.count == listed)
        #expect(export.stderr.contains("wrote \(listed) incidents"))
    }

    @Test func theReportAndRegionsRun() throws {
        let folder = try Self.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try CLI.run(["report", "--zone", "Europe/Moscow", "--region", "Belgorod region"], in: folder)
        #expect(report.status == 0)
        #expect(report.stdout.contains("## Wednesday 31 May 2023"))
        #expect(report.stdout.contains("Grayvoron"))
        let regions = try CLI.run(["regions", "--format", "json"], in: folder)
        let rows = try #require(try CLI.json(regions.stdout) as? [[String: Any]])
        #expect(rows.contains { $0["code"] as? String == "RU.09" && $0["name"] as? String == "Belgorod Oblast" })
    }

    @Test func hostileFilterStringsAreJustText() throws {
        let folder = try Self.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        for hostile in ["'; DROP TABLE incident; --", "%", "\"unbalanced", "a;b"] {
            let run = try CLI.run(["incidents", "--text", hostile, "--type", hostile, "--format", "jsonl"], in: folder)
            #expect(run.status == 0, "\(hostile): \(run.stderr)")
        }
        let region = try CLI.run(["incidents", "--region", "'; DROP TABLE place; --"], in: folder)
        #expect(region.status != 0)
        #expect(region.stderr.contains("unknown region"))
        #expect(try CLI.run(["incidents", "--format", "jsonl"], in: folder).stdout.split(separator: "\n").count > 0)
    }

    @Test func queryingWithoutADatabaseSaysHowToMakeOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-empty-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["incidents"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("timeline.sqlite: no such database"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("timeline.sqlite").path))
    }
}
