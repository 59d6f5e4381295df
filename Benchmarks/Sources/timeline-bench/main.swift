import Foundation
import Geo

/// timeline-bench: release-build benchmarks on fixed seeded data.
///
///     swift build -c release && .build/release/timeline-bench [stamps] [time] [pages] [places] [language] [ingest] [store] [scaling] [map]
///         [--incidents N] [--sizes 10000,100000,1000000,10000000]
let usage = """
    timeline-bench: release-build benchmarks on fixed seeded data (run from the package folder).

    usage: swift build -c release --static-swift-stdlib && .build/release/timeline-bench [NAME ...] [options]

    names (default: stamps time pages places language ingest store; load, scaling and map only when named):
      stamps     200,000 publisher stamps normalized, checked against the instants they were made from
      time       time expressions in running news text, MB/s
      pages      HTML live-blog pages read into posts, MB/s
      places     place extraction over news text, MB/s and tokens/s
      language   the language layer (tags, names, phrases), tokens/s
      ingest     generated pages and JSON Lines articles through `timelinectl ingest`
      store      N synthetic incidents: bulk ingest; a one-week region query in process and as a whole
                 process beside `sqlite3 -json`; GeoJSON, CSV and JSON Lines exports beside `ogr2ogr`
                 and `cp` of the file written
      load       bulk ingest alone: one load of N synthetic incidents (the `store` database), beside
                 making the documents alone and one ingest per document for the first 100,000
      scaling    queries and exports at each size of --sizes, with a log-log plot (Benchmarks/scaling.svg)
      map        `timelinectl map` of the 100,000-incident database beside sqlite3 and the GeoJSON export

    options:
      backends   SQLite and PostgreSQL side by side on N synthetic incidents (needs --postgres URL of an
                 empty database with PostGIS): ingest, a week-and-region query, a radius query, a GeoJSON export
      --incidents N      incidents for `store`, `load` and `backends` (default 1000000)
      --postgres URL     the PostgreSQL database for `backends`
      --sizes A,B,...    sizes for `scaling` and `map` (default 10000,100000,1000000)
      --repeats N        whole-process runs per export and peer in `store` (default 3)
      -h, --help         this text
    """
let known: Set<String> = ["stamps", "time", "pages", "places", "language", "ingest", "store", "load", "scaling", "map", "backends", "database"]
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--help") || arguments.contains("-h") || arguments.contains("help") {
    print(usage)
    exit(0)
}
let requested = Set(arguments.enumerated().filter { index, argument in
    !argument.hasPrefix("-") && (index == 0 || !arguments[index - 1].hasPrefix("--"))
}.map(\.element))
if let unknown = requested.subtracting(known).sorted().first {
    FileHandle.standardError.write(Data("timeline-bench: unknown benchmark '\(unknown)'\n\n\(usage)\n".utf8))
    exit(2)
}
let exportRepeats = arguments.firstIndex(of: "--repeats").flatMap { Int(arguments[$0 + 1]) } ?? 3
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
        print(try StoreBenchmark.run(count: incidentCount, repeats: exportRepeats, gazetteer: try Gazetteer.load()))
    } catch {
        print("store benchmark failed: \(error)")
    }
}
if requested.contains("load") {
    do {
        print(try StoreBenchmark.runLoad(count: incidentCount, gazetteer: try Gazetteer.load()))
    } catch {
        print("load benchmark failed: \(error)")
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
if requested.contains("database") {
    do {
        let (path, seconds, stored) = try StoreBenchmark.build(count: incidentCount, gazetteer: try Gazetteer.load())
        print("database: \(incidentCount) synthetic reports, \(stored) incidents after merging twins, built in \(String(format: "%.1f", seconds)) s")
        print(path)
    } catch {
        print("database build failed: \(error)")
    }
}
if requested.contains("backends") {
    guard let url = arguments.firstIndex(of: "--postgres").map({ arguments[$0 + 1] }) else {
        FileHandle.standardError.write(Data("timeline-bench backends needs --postgres URL\n".utf8))
        exit(2)
    }
    do {
        print(try BackendsBenchmark.run(count: incidentCount, postgresURL: url, gazetteer: try Gazetteer.load()))
    } catch {
        print("backends benchmark failed: \(error)")
    }
}
