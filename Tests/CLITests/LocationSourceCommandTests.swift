import Foundation
import Testing

@Suite("timelinectl: where places came from, in the ingest summary, the filters and every format")
struct LocationSourceCommandTests {
    /// Three JSON Lines articles: a name the gazetteer lacks (placed at Kharkiv), a place taken from
    /// the paragraph (Kharkiv), a place taken from the document (Dnipro).
    static let articles = [
        #"{"id":"zyxwvut","published":"2024-05-13T10:00:00Z","text":"On Monday, gunmen attacked the village of Zyxwvut near Kharkiv, killing two people, officials said."}"#,
        #"{"id":"paragraph","published":"2024-05-13T10:00:00Z","text":"Kharkiv was quiet on Sunday. On Monday, a drone struck an apartment building, killing three people, the governor said."}"#,
        #"{"id":"document","published":"2024-05-13T12:00:00Z","text":"Residents of Dnipro spent the night in shelters.\n\nA missile struck a warehouse on Monday morning, injuring five people, officials said."}"#,
    ].joined(separator: "\n") + "\n"
    /// A plain-text article whose only place is in its headline (Odesa).
    static let headlineArticle = "Explosions rock Odesa overnight\n\nA missile struck a warehouse on Monday morning, injuring five people, officials said.\n"

    static let seed = CLI.root.appendingPathComponent("seeds/000_fdd7082ede222f27.txt").path
    static let headlineIngest = ["ingest", "--format", "text", "--published", "2024-05-13T11:00:00Z", "odesa.txt"]

    /// A fresh folder holding the articles (not yet ingested).
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-sources-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(articles.utf8).write(to: folder.appendingPathComponent("articles.jsonl"))
        try Data(headlineArticle.utf8).write(to: folder.appendingPathComponent("odesa.txt"))
        return folder
    }

    /// The seed (9 incidents, all attached: 7 at geo_precision 1, one at 2, one at 3), the three
    /// articles and the headline article, ingested into `timeline.sqlite`.
    static func ingestedFolder() throws -> URL {
        let folder = try folder()
        for arguments in [["ingest", seed], ["ingest", "articles.jsonl"], headlineIngest] {
            let run = try CLI.run(arguments, in: folder)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        return folder
    }

    @Test("The ingest summary counts places inferred from context and names the gazetteer lacks", arguments: [
        ([["ingest", seed]], "  places inferred from context: 0; names the gazetteer lacks, placed at their container: 0"),
        ([["ingest", "articles.jsonl"]], "  places inferred from context: 2 (paragraph 1, document 1); names the gazetteer lacks, placed at their container: 1"),
        ([headlineIngest], "  places inferred from context: 1 (headline 1); names the gazetteer lacks, placed at their container: 0"),
        // The same input again adds nothing, so nothing is counted.
        ([["ingest", "articles.jsonl"], ["ingest", "articles.jsonl"]], "  places inferred from context: 0; names the gazetteer lacks, placed at their container: 0"),
    ])
    func ingestSummary(_ runs: [[String]], _ line: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var last: CLIRun?
        for arguments in runs { last = try CLI.run(arguments, in: folder) }
        let run = try #require(last)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("  places inferred from context:") } == [line], "\(run.stderr)")
    }

    /// How many incidents a command selected, read from what it printed.
    static func selected(_ command: String, _ filters: [String], in folder: URL) throws -> Int {
        switch command {
        case "incidents":
            return try CLI.run(["incidents", "--format", "jsonl"] + filters, in: folder).stdout.split(separator: "\n").count
        case "export":
            let csv = try CLI.run(["export", "csv"] + filters, in: folder).stdout
            return csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
        case "report":
            return try CLI.run(["report"] + filters, in: folder).stdout.split(separator: "\n").filter { $0.hasPrefix("- **") }.count
        case "map":
            let run = try CLI.run(["map", "--out", "map.svg"] + filters, in: folder)
            let words = run.stderr.split(separator: " ")
            return words.count > 1 && words[0] == "wrote" ? Int(words[1]) ?? -1 : -1
        default:
            let rows = try CLI.json(try CLI.run(["regions", "--format", "json"] + filters, in: folder).stdout) as? [[String: Any]]
            return rows?.compactMap { $0["count"] as? Int }.reduce(0, +) ?? -1
        }
    }

    @Test func everyFilteringCommandTakesAttachedOnlyAndMaxGeoPrecision() throws {
        let folder = try Self.ingestedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 13 in all: the seed's 9 and Zyxwvut (geo_precision 2), Kharkiv, Dnipro and Odesa (1) inferred or unresolved.
        let expected: [([String], Int)] = [
            ([], 13),
            (["--attached-only"], 9),
            (["--max-geo-precision", "1"], 10),
            (["--max-geo-precision", "2"], 12),
            (["--max-geo-precision", "3"], 13),
            (["--attached-only", "--max-geo-precision", "1"], 7),
            (["--attached-only", "--max-geo-precision", "2"], 8),
        ]
        for command in ["incidents", "export", "report", "map", "regions"] {
            for (filters, count) in expected {
                #expect(try Self.selected(command, filters, in: folder) == count, "\(command) \(filters)")
            }
        }
        let attached = try CLI.run(["incidents", "--attached-only", "--format", "json"], in: folder)
        let records = try #require(try CLI.json(attached.stdout) as? [[String: Any]])
        #expect(records.compactMap { $0["location"] as? String }.sorted() == [
            "Afipsky", "Belgorod", "Grayvoron", "Ilsky", "Karpaty", "Klimovsky district", "Moscow", "Shebekino", "Shebekino",
        ])
    }

    @Test("--max-geo-precision out of range is refused, naming the value", arguments: ["0", "4", "-1"])
    func outOfRange(_ value: String) throws {
        let folder = try Self.ingestedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in [["incidents"], ["export", "csv"], ["report"], ["map"], ["regions"]] {
            // `=` so that `-1` is read as the value, not as an option.
            let run = try CLI.run(command + ["--max-geo-precision=\(value)"], in: folder)
            #expect(run.status == 64, "\(command)")
            #expect(run.stderr.contains("--max-geo-precision \(value) must be 1, 2 or 3"), "\(command): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func jsonGeoJSONAndCSVShowWhereEachPlaceCameFrom() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["ingest", "articles.jsonl"], in: folder).status == 0)
        #expect(try CLI.run(Self.headlineIngest, in: folder).status == 0)
        let expected: [String: (String, Bool, Int)] = [
            "Zyxwvut": ("attached", false, 2), "Kharkiv": ("paragraph", true, 1), "Dnipro": ("document", true, 1),
            "Odesa": ("headline", true, 1),
        ]
        let json = try #require(try CLI.json(try CLI.run(["incidents", "--format", "json"], in: folder).stdout) as? [[String: Any]])
        let geojson = try #require(try CLI.json(try CLI.run(["export", "geojson"], in: folder).stdout) as? [String: Any])
        let features = try #require(geojson["features"] as? [[String: Any]])
        let properties = features.compactMap { $0["properties"] as? [String: Any] }
        for objects in [json, properties] {
            #expect(objects.count == 4)
            for object in objects {
                let location = try #require(object["location"] as? String)
                let want = try #require(expected[location], "\(location)")
                #expect(object["location_source"] as? String == want.0, "\(location)")
                #expect(object["location_resolved"] as? Bool == want.1, "\(location)")
                #expect(object["geo_precision"] as? Int == want.2, "\(location)")
            }
        }
        let csv = try CLI.run(["export", "csv"], in: folder).stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(csv.count == 5)
        #expect(csv.first?.contains(",geo_precision,location_source,location_resolved,") == true)
        #expect(csv.filter { $0.contains(",Zyxwvut,706483,49.98177,36.25475,2,attached,false,") }.count == 1)
        #expect(csv.filter { $0.contains(",Odesa,698740,46.48572,30.74383,1,headline,true,") }.count == 1)
    }
}
