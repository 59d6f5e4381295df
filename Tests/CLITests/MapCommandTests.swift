import Foundation
import Testing

@Suite("timelinectl map and report --format html on the seed")
struct MapCommandTests {
    static func marks(_ svg: String) -> [String] {
        svg.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("<g class=\"mark"), let title = line.range(of: "<title>"), let end = line.range(of: ":", range: title.upperBound..<line.endIndex)
            else { return nil }
            return String(line[title.upperBound..<end.lowerBound])
        }
    }

    @Test func theSeedsMapHasAMarkPerPlaceAndIsTheSameBytesEveryTime() throws {
        let folder = try StoreCommandTests.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLI.run(["map"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try CLI.run(["map"], in: folder).stdout == first.stdout)
        #expect(Set(Self.marks(first.stdout)) == [
            "Shebekino", "Grayvoron", "Belgorod Oblast", "Klimovskiy Rayon", "Moscow", "Karpaty", "Afipskiy", "Il’skiy",
        ])
        #expect(first.stdout.contains(">9 incidents at 8 places · by when they occurred</text>"))
        #expect(first.stdout.contains(">Explosions/Remote violence (5)</text>"))
    }

    @Test func aRegionAndAWindowInMoscowTimeGiveTheTitleAndOnlyThatRegionsMarks() throws {
        let folder = try StoreCommandTests.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run([
            "map", "--region", "Belgorod region", "--since", "2023-05-30 22:00", "--until", "2023-06-01T09:00", "--zone", "Europe/Moscow",
        ], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Set(Self.marks(run.stdout)) == ["Shebekino", "Grayvoron"])
        // Times without a zone are read in --zone, and the title gives them in it.
        #expect(run.stdout.contains(">Incidents, 30 May 2023 22:00 to 1 June 2023 09:00 (Europe/Moscow)</text>"))
        #expect(run.stdout.contains(">3 incidents at 2 places · by when they occurred · Belgorod Oblast</text>"))
    }

    @Test func outWritesTheFileAndSaysWhatItDrew() throws {
        let folder = try StoreCommandTests.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["map", "--out", "seed.svg", "--width", "1200", "--label", "3", "--size", "fatalities"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("wrote 9 incidents as 8 marks to seed.svg"))
        let svg = try String(contentsOf: folder.appendingPathComponent("seed.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl-map\" width=\"1200\""))
        let labels = svg.components(separatedBy: "<g class=\"labels\">")[1].components(separatedBy: "</g>")[0]
        #expect(labels.components(separatedBy: "<text").count - 1 == 3)
        // Sized by fatalities, Karpaty (5 killed) is the largest mark.
        #expect(Self.marks(svg).first == "Karpaty")
    }

    @Test(arguments: [
        (["map", "--width", "100"], "--width 100 must be between 320 and 8000"),
        (["map", "--label=-1"], "--label -1 must be between 0 and 1000"),
        (["map", "--size", "area"], "area"),
        (["report", "--format", "pdf"], "pdf"),
    ])
    func badMapOptionsAreRefusedNamingTheValue(arguments: [String], message: String) throws {
        let folder = try StoreCommandTests.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(arguments + ["--out", "never.svg"], in: folder)
        #expect(run.status != 0)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("never.svg").path))
    }

    @Test func theHTMLReportEmbedsTheMapAndLinksEveryEntryToAMarkThatExists() throws {
        let folder = try StoreCommandTests.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["report", "--format", "html", "--zone", "Europe/Moscow"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let html = run.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let marks = Set(html.split(separator: "\n").compactMap { line -> Substring? in
            guard line.hasPrefix("<g class=\"mark"), let id = line.range(of: "id=\"") else { return nil }
            return line[id.upperBound...].prefix { $0 != "\"" }
        })
        let entries = html.split(separator: "\n").filter { $0.hasPrefix("<li class=\"entry\"") }
        #expect(entries.count == 9)
        #expect(marks.count == 8)
        for entry in entries {
            let mark = try #require(entry.range(of: "data-mark=\"").map { entry[$0.upperBound...].prefix { $0 != "\"" } })
            #expect(marks.contains(mark), "\(entry)")
        }
        #expect(html.contains("<h2>Wednesday 31 May 2023</h2>"))
        #expect(html.contains("<script>") && !html.contains("<script src"))
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
        #expect(!html.contains("https://"))
    }

    @Test func anEmptySelectionStillGivesAMapAndAReportThatSaySo() throws {
        let folder = try StoreCommandTests.ingestedSeed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = try CLI.run(["map", "--region", "France"], in: folder)
        #expect(map.status == 0, "\(map.stderr)")
        #expect(map.stdout.contains(">0 incidents at 0 places · by when they occurred · France</text>"))
        let report = try CLI.run(["report", "--format", "html", "--region", "France"], in: folder)
        #expect(report.stdout.contains("<p>No incidents match.</p>"))
        #expect(!report.stdout.contains("<svg"))
    }
}
