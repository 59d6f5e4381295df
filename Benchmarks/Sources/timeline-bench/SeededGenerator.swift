/// SplitMix64: a small deterministic generator, so every run measures the same data.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Median, minimum and maximum of repeated measurements.
struct Summary {
    var median: Double
    var min: Double
    var max: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        median = sorted[sorted.count / 2]
        min = sorted.first!
        max = sorted.last!
    }
}

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

#if canImport(Glibc)
import Glibc
#endif

/// Our figures for Benchmarks/compare.sh: `key value` lines in Benchmarks/.data/ours.txt.
enum OurFigures {
    static func record(_ key: String, _ value: Double) {
        let url = URL(fileURLWithPath: "Benchmarks/.data/ours.txt")
        var figures: [String: String] = [:]
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
                if parts.count == 2 { figures[parts[0]] = parts[1] }
            }
        }
        figures[key] = String(value)
        let lines = figures.keys.sorted().map { "\($0) \(figures[$0]!)" }.joined(separator: "\n") + "\n"
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? lines.write(to: url, atomically: true, encoding: .utf8)
    }
}

import Foundation
