// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Timeline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "timelinectl", targets: ["timelinectl"]),
        .library(name: "Timeline", targets: ["Timeline"]),
        .library(name: "Geo", targets: ["Geo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Time: reading pages, stamps, normalization. Foundation only.
        .target(name: "Timeline"),
        // Gazetteer, toponym recognition and resolution. Foundation only.
        .target(name: "Geo"),
        .executableTarget(
            name: "timelinectl",
            dependencies: [
                "Timeline", "Geo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-build benchmarks (not part of `swift test`): `swift run -c release timeline-bench`.
        .executableTarget(name: "timeline-bench", dependencies: ["Timeline", "Geo"], path: "Benchmarks/Sources/timeline-bench"),
        .testTarget(name: "TimelineTests", dependencies: ["Timeline"]),
        .testTarget(name: "GeoTests", dependencies: ["Geo"]),
        .testTarget(name: "CLITests", dependencies: ["Timeline"]),
    ],
    swiftLanguageModes: [.v6]
)
