import Foundation
import Geo

/// timeline-bench: release-build benchmarks on fixed seeded data.
///
///     swift build -c release && .build/release/timeline-bench [stamps] [time] [pages] [places] [language] [ingest] [store] [scaling] [map]
///         [--incidents N] [--sizes 10000,100000,1000000,10000000]
let arguments = Array(CommandLine.arguments.dropFirst())
let requested = Set(arguments.filter { !$0.hasPrefix("--") && Int($0) == nil })
let incidentCount = arguments.firstIndex(of: "--incidents").flatMap { Int(arguments[$0 + 1]) } ?? 1_000_000
let scalingSizes = arguments.firstIndex(of: "--sizes").map { arguments[$0 + 1].split(separator: ",").compactMap { Int($0) } }
    ?? [10_000, 100_000, 1_000_000]
@MainActor func wants(_ name: String) -> Bool { requested.isEmpty || requested.contains(name) }

if wants("stamps") { print(StampBenchmark.run()) }
if wants("time") {
    do {
        print(try TimeBenchmark.run())
    } catch {
        print("time benchmark failed: \(error)")
    }
}
if wants("pages") {
    do {
        print(try PagesBenchmark.run())
    } catch {
        print("pages benchmark failed: \(error)")
    }
}
if wants("places") {
    do {
        print(try GeoBenchmark.run(gazetteer: try Gazetteer.load()))
    } catch {
        print("places benchmark failed: \(error)")
    }
}
if wants("language") {
    do {
        print(try LanguageBenchmark.run(gazetteer: try Gazetteer.load()))
    } catch {
        print("language benchmark failed: \(error)")
    }
}
if wants("ingest") {
    do {
        print(try IngestBenchmark.run(pages: 500, gazetteer: try Gazetteer.load()))
    } catch {
        print("ingest benchmark failed: \(error)")
    }
}
if wants("store") {
    do {
        print(try StoreBenchmark.run(count: incidentCount, gazetteer: try Gazetteer.load()))
    } catch {
        print("store benchmark failed: \(error)")
    }
}
if requested.contains("scaling") {
    do {
        print(try ScalingBenchmark.run(sizes: scalingSizes, gazetteer: try Gazetteer.load()))
    } catch {
        print("scaling benchmark failed: \(error)")
    }
}
if requested.contains("map") {
    do {
        let sizes = arguments.firstIndex(of: "--sizes") == nil ? [100_000] : scalingSizes
        print(try MapBenchmark.run(sizes: sizes, gazetteer: try Gazetteer.load()))
    } catch {
        print("map benchmark failed: \(error)")
    }
}
