import Foundation
import Geo
import Language

/// Language layer throughput on English news text (the places benchmark's corpus), by stage, and its start-up.
enum LanguageBenchmark {
    static func run(gazetteer: Gazetteer) throws -> String {
        let paragraphs = try GeoBenchmark.corpus(megabytes: 4)
        let bytes = paragraphs.reduce(0) { $0 + $1.utf8.count }
        let megabytes = Double(bytes) / 1_048_576
        let model = try LanguageModel.load()
        let plain = Annotator(model: model)
        let hinted = Annotator(model: model, places: GazetteerPlaceLexicon(gazetteer: gazetteer))
        var tokens = 0
        func measure(_ body: () -> Void) -> Summary {
            var rates: [Double] = []
            for _ in 0..<5 {
                let began = now()
                body()
                rates.append(megabytes / (now() - began))
            }
            return Summary(rates)
        }
        let tokenize = measure { tokens = 0; for paragraph in paragraphs { tokens += Tokenizer.tokenize(paragraph).count } }
        let annotate = measure { for paragraph in paragraphs { _ = plain.annotate(paragraph) } }
        let withHints = measure { for paragraph in paragraphs { _ = hinted.annotate(paragraph) } }
        // Live-blog posts and articles are longer than a paragraph: the same text in documents of about 4 KB.
        var documents: [String] = [], current = ""
        for paragraph in paragraphs {
            current += paragraph + "\n\n"
            if current.utf8.count >= 4096 { documents.append(current); current = "" }
        }
        if !current.isEmpty { documents.append(current) }
        let documentBytes = Double(documents.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
        var documentRates: [Double] = []
        for _ in 0..<5 {
            let began = now()
            for document in documents { _ = hinted.annotate(document) }
            documentRates.append(documentBytes / (now() - began))
        }
        let byDocument = Summary(documentRates)
        OurFigures.record("annotate_mb_per_second", byDocument.median)
        var lines = [
            String(format: "language: %.1f MB of news text (%d paragraphs, %d tokens), 5 runs each, one core, medians:", megabytes,
                   paragraphs.count, tokens),
            String(format: "  tokenize only: %.1f MB/s (min %.1f, max %.1f)", tokenize.median, tokenize.min, tokenize.max),
            String(format: "  annotate (tokens, sentences, tags, names, phrases; no gazetteer hints): %.1f MB/s (min %.1f, max %.1f)",
                   annotate.median, annotate.min, annotate.max),
            String(format: "  annotate with gazetteer hints (as Geo and ingest run it): %.1f MB/s (min %.1f, max %.1f), %.2f M tokens/s",
                   withHints.median, withHints.min, withHints.max, Double(tokens) / (megabytes / withHints.median) / 1e6),
            String(format: "  the same, in %d documents of about 4 KB (a post or an article a call): %.1f MB/s (min %.1f, max %.1f)",
                   documents.count, byDocument.median, byDocument.min, byDocument.max),
        ]
        var opens: [Double] = []
        for _ in 0..<20 {
            let began = now()
            let fresh = try LanguageModel.load()
            _ = Annotator(model: fresh).annotate("Shebekino was shelled overnight.")
            opens.append((now() - began) * 1000)
        }
        let open = Summary(opens)
        lines.append(String(format: "  model open + first sentence in process: median %.2f ms, min %.2f, max %.2f", open.median, open.min, open.max))
        let bin = CommandLine.arguments[0].replacingOccurrences(of: "timeline-bench", with: "timelinectl")
        if FileManager.default.isExecutableFile(atPath: bin) {
            let sentence = StoreBenchmark.dataFolder.appendingPathComponent("sentence.txt")
            try? FileManager.default.createDirectory(at: StoreBenchmark.dataFolder, withIntermediateDirectories: true)
            try "Shebekino was shelled overnight, Gov. Vyacheslav Gladkov said.\n".write(to: sentence, atomically: true, encoding: .utf8)
            let annotateCall = StoreBenchmark.time([bin, "annotate", sentence.path], repeats: 20, memory: true)
            let timeCall = StoreBenchmark.time([bin, "time", "parse", "7:26 a.m. ET, May 31, 2023"], repeats: 20)
            let floor = StoreBenchmark.time(["/bin/true"], repeats: 20)
            lines.append(String(format: "  'timelinectl annotate' of one sentence as a whole process: median %.1f ms, peak %.0f MB resident; 'timelinectl time parse' (no model, no gazetteer): %.1f ms; /bin/true: %.1f ms",
                                annotateCall.summary.median, annotateCall.peakMB, timeCall.summary.median, floor.summary.median))
        }
        return lines.joined(separator: "\n")
    }
}
