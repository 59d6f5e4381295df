import Foundation
import Language
import Timeline

/// Time-expression extraction throughput on English news text (the places benchmark's corpus):
/// the matcher alone, and with each clause's tense read by the language layer where needed.
enum TimeBenchmark {
    static func run() throws -> String {
        let paragraphs = try GeoBenchmark.corpus(megabytes: 4)
        let text = paragraphs.joined(separator: "\n")
        let megabytes = Double(text.utf8.count) / 1_048_576
        let anchor = try TimeAnchor(date: CivilDate(year: 2023, month: 5, day: 31)!, zone: .iana("Europe/Moscow"))
        let model = try LanguageModel.load()
        var expressions = 0
        func measure(_ body: () -> Int) -> Summary {
            var rates: [Double] = []
            for _ in 0..<5 {
                let began = now()
                expressions = body()
                rates.append(megabytes / (now() - began))
            }
            return Summary(rates)
        }
        let matcher = measure { RelativeTime.extract(text, anchor: anchor).count }
        let plain = expressions
        let tensed = measure {
            let reader = ClauseTenseReader(text: text, model: model)
            return RelativeTime.extract(text, anchor: anchor, clauses: reader).count
        }
        OurFigures.record("time_extract_mb_per_second", matcher.median)
        return [
            String(format: "time extract: %.1f MB of news text (%d paragraphs) as one text, 5 runs", megabytes, paragraphs.count),
            String(format: "  expressions only (no clause tense): median %.1f MB/s, min %.1f, max %.1f (%d expressions)",
                   matcher.median, matcher.min, matcher.max, plain),
            String(format: "  with clause tense from the language layer (lines with a weekday or a date without a year tagged): median %.1f MB/s, min %.1f, max %.1f (%d expressions)",
                   tensed.median, tensed.min, tensed.max, expressions),
        ].joined(separator: "\n")
    }
}
