import Foundation
import Geo

/// timeline-bench: release-build benchmarks on fixed seeded data.
///
///     swift build -c release && .build/release/timeline-bench [stamps] [places] [store] [--incidents N]
let arguments = Array(CommandLine.arguments.dropFirst())
let requested = Set(arguments.filter { !$0.hasPrefix("--") && Int($0) == nil })
let incidentCount = arguments.firstIndex(of: "--incidents").flatMap { Int(arguments[$0 + 1]) } ?? 1_000_000
@MainActor func wants(_ name: String) -> Bool { requested.isEmpty || requested.contains(name) }

if wants("stamps") { print(StampBenchmark.run()) }
if wants("places") {
    do {
        print(try GeoBenchmark.run(gazetteer: try Gazetteer.load()))
    } catch {
        print("places benchmark failed: \(error)")
    }
}
if wants("store") {
    do {
        print(try StoreBenchmark.run(count: incidentCount, gazetteer: try Gazetteer.load()))
    } catch {
        print("store benchmark failed: \(error)")
    }
}
