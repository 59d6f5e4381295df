import Foundation
import Geo

/// Place extraction throughput on English news text, and the gazetteer's cold start.
enum GeoBenchmark {
    /// News text: the seed page and the held-out passages, repeated to about `megabytes`.
    static func corpus(megabytes: Int) throws -> [String] {
        let seed = try String(contentsOfFile: "seeds/000_fdd7082ede222f27.txt", encoding: .utf8)
        var paragraphs = seed.split(separator: "\n").map(String.init).filter { $0.count > 40 }
        if let passages = try? String(contentsOfFile: "Tests/Fixtures/blind/geo_passages.jsonl", encoding: .utf8) {
            for line in passages.split(separator: "\n") {
                if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let text = object["text"] as? String {
                    paragraphs.append(text)
                }
            }
        }
        var out: [String] = []
        var bytes = 0
        while bytes < megabytes * 1_048_576 {
            for paragraph in paragraphs {
                out.append(paragraph)
                bytes += paragraph.utf8.count
            }
        }
        return out
    }

    static func run(gazetteer: Gazetteer) throws -> String {
        let paragraphs = try corpus(megabytes: 4)
        // The same text for the peers (Benchmarks/compare.sh), one paragraph a line.
        try? FileManager.default.createDirectory(at: StoreBenchmark.dataFolder, withIntermediateDirectories: true)
        try? (paragraphs.joined(separator: "\n") + "\n").write(
            to: StoreBenchmark.dataFolder.appendingPathComponent("news.txt"), atomically: true, encoding: .utf8)
        let bytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
        let parser = try Geoparser(gazetteer: gazetteer)
        var rates: [Double] = []
        var mentions = 0
        for _ in 0..<5 {
            mentions = 0
            let began = now()
            for paragraph in paragraphs { mentions += parser.extract(paragraph).count }
            rates.append(Double(bytes) / 1_048_576 / (now() - began))
        }
        let summary = Summary(rates)
        OurFigures.record("places_mb_per_second", summary.median)
        var lines = [
            String(format: "places: %.1f MB of news text (%d paragraphs), 5 runs: median %.1f MB/s, min %.1f, max %.1f (%d mentions a run)",
                   Double(bytes) / 1_048_576, paragraphs.count, summary.median, summary.min, summary.max, mentions),
        ]
        var opens: [Double] = []
        for _ in 0..<20 {
            let began = now()
            let fresh = try Gazetteer.load()
            _ = fresh.resolve("Moscow").best
            opens.append((now() - began) * 1000)
        }
        let open = Summary(opens)
        lines.append(String(format: "  gazetteer open + first lookup in process: median %.2f ms, min %.2f, max %.2f", open.median, open.min, open.max))
        let bin = CommandLine.arguments[0].replacingOccurrences(of: "timeline-bench", with: "timelinectl")
        if FileManager.default.isExecutableFile(atPath: bin) {
            let whole = StoreBenchmark.time([bin, "places", "resolve", "Moscow"], repeats: 20, memory: true)
            let floor = StoreBenchmark.time(["/bin/true"], repeats: 20)
            lines.append(String(format: "  'timelinectl places resolve Moscow' as a whole process: median %.1f ms (starting /bin/true: %.1f ms), peak %.0f MB resident",
                                whole.summary.median, floor.summary.median, whole.peakMB))
        }
        return lines.joined(separator: "\n")
    }
}
