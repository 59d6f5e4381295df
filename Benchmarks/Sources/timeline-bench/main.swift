/// timeline-bench: release-build benchmarks on fixed seeded data.
///
///     swift run -c release timeline-bench [stamps]...
let requested = Set(CommandLine.arguments.dropFirst())
func wants(_ name: String) -> Bool { requested.isEmpty || requested.contains(name) }

if wants("stamps") { print(StampBenchmark.run()) }
