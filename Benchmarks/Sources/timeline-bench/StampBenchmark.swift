import Foundation
import Timeline

/// Stamps in the forms publishers print, generated from random instants with their expected UTC.
enum StampCorpus {
    struct Sample {
        var text: String
        var utc: Int64
    }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]
    private static let shortDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    static func make(count: Int, seed: UInt64) -> [Sample] {
        var random = SeededGenerator(seed: seed)
        let newYork = ZoneRules.named("America/New_York")!
        let london = ZoneRules.named("Europe/London")!
        let moscow = ZoneRules.named("Europe/Moscow")!
        let hongKong = ZoneRules.named("Asia/Hong_Kong")!
        var samples: [Sample] = []
        samples.reserveCapacity(count)
        while samples.count < count {
            // Whole minutes between 2015 and 2025.
            let minute = Int64.random(in: 23_668_560..<29_979_360, using: &random)
            let instant = Instant(secondsSinceEpoch: minute * 60)
            let form = Int.random(in: 0..<6, using: &random)
            let text: String
            switch form {
            case 0:  // CNN: 7:26 a.m. ET, May 31, 2023
                let local = newYork.local(instant)
                guard newYork.resolve(local).instant == instant else { continue }  // skip repeated-hour twins
                text = "\(clock12(local.secondOfDay)) ET, \(months[local.date.month - 1]) \(local.date.day), \(local.date.year)"
            case 1:  // CNN International: Updated 0405 GMT (1205 HKT) June 1, 2023
                let hk = hongKong.local(instant)
                text = "Updated \(clock24(instant.utcSecondOfDay, separator: "")) GMT (\(clock24(hk.secondOfDay, separator: "")) HKT) \(months[hk.date.month - 1]) \(hk.date.day), \(hk.date.year)"
            case 2:  // Guardian: Wed 31 May 2023 14.05 BST / GMT
                let local = london.local(instant)
                let offset = london.offset(at: instant)
                guard london.resolve(local).instant == instant else { continue }
                text = "\(shortDays[local.date.weekday - 1]) \(local.date.day) \(months[local.date.month - 1]) \(local.date.year) \(clock24(local.secondOfDay, separator: ".")) \(offset == 0 ? "GMT" : "BST")"
            case 3:  // ISO 8601 with an offset
                let local = moscow.local(instant)
                text = "\(local.date.iso8601)T\(clock24(local.secondOfDay, separator: ":")):00+03:00"
                guard moscow.offset(at: instant) == 10_800 else { continue }
            case 4:  // Reuters: June 1, 2023 4:19 PM GMT+3
                let shifted = Instant(secondsSinceEpoch: instant.secondsSinceEpoch + 10_800)
                text = "\(months[shifted.utcDate.month - 1]) \(shifted.utcDate.day), \(shifted.utcDate.year) \(clock12(shifted.utcSecondOfDay, upper: true)) GMT+3"
            default:  // Wire: 1419 GMT, 31 May 2023
                text = "\(clock24(instant.utcSecondOfDay, separator: "")) GMT, \(instant.utcDate.day) \(months[instant.utcDate.month - 1]) \(instant.utcDate.year)"
            }
            samples.append(Sample(text: text, utc: instant.secondsSinceEpoch))
        }
        return samples
    }

    private static func clock12(_ second: Int, upper: Bool = false) -> String {
        let hour = second / 3600
        let minute = second / 60 % 60
        let h12 = hour % 12 == 0 ? 12 : hour % 12
        let meridiem = upper ? (hour < 12 ? "AM" : "PM") : (hour < 12 ? "a.m." : "p.m.")
        return "\(h12):\(minute < 10 ? "0" : "")\(minute) \(meridiem)"
    }

    private static func clock24(_ second: Int, separator: String) -> String {
        let hour = second / 3600
        let minute = second / 60 % 60
        return "\(hour < 10 ? "0" : "")\(hour)\(separator)\(minute < 10 ? "0" : "")\(minute)"
    }
}

enum StampBenchmark {
    /// Stamps normalized per second on one core, and how many came back wrong (should be none).
    static func run(count: Int = 200_000, repeats: Int = 7) -> String {
        let samples = StampCorpus.make(count: count, seed: 20_230_531)
        // The same stamps for the peers (Benchmarks/compare.sh): text, tab, expected UTC.
        try? FileManager.default.createDirectory(at: StoreBenchmark.dataFolder, withIntermediateDirectories: true)
        let lines = samples.map { $0.text + "\t" + Instant(secondsSinceEpoch: $0.utc).iso8601 }.joined(separator: "\n") + "\n"
        try? lines.write(to: StoreBenchmark.dataFolder.appendingPathComponent("stamps.tsv"), atomically: true, encoding: .utf8)
        var wrong = 0
        for sample in samples {
            if (try? NormalizedTime(stamp: sample.text))?.start.secondsSinceEpoch != sample.utc { wrong += 1 }
        }
        var rates: [Double] = []
        for _ in 0..<repeats {
            var checksum: Int64 = 0
            let start = now()
            for sample in samples {
                if let time = try? NormalizedTime(stamp: sample.text) { checksum &+= time.start.secondsSinceEpoch }
            }
            let seconds = now() - start
            rates.append(Double(samples.count) / seconds)
            if checksum == 42 { print("") }
        }
        let summary = Summary(rates)
        OurFigures.record("stamps_per_second", summary.median)
        OurFigures.record("stamps_wrong", Double(wrong))
        return """
            stamps: \(samples.count) generated stamps in 6 publisher forms, \(repeats) runs
              normalized per second: median \(Int(summary.median)), min \(Int(summary.min)), max \(Int(summary.max))
              wrong or refused: \(wrong) of \(samples.count)
            """
    }
}
