// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Timeline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "timelinectl", targets: ["timelinectl"]),
        .library(name: "Timeline", targets: ["Timeline"]),
        .library(name: "Geo", targets: ["Geo"]),
        .library(name: "Language", targets: ["Language"]),
        .library(name: "Map", targets: ["Map"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        // PostgreSQL's wire protocol for the team backend (PostgresStore); issue 18 names it.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        // The HTTP server of `timelinectl serve` (issue 19 names it). No traits: swift-configuration is not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        // Already in the graph through both of the above; named for its thread pool (database calls off the event loop).
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Also from Hummingbird's graph: a ServiceGroup with a deadline for the graceful shutdown.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Property-based tests (TimelineTests only).
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        // The language layer: one tokenizer and sentence splitter, part of speech, lemmas, phrases, names. Foundation only.
        .target(name: "Language"),
        // Trains and scores Models/language.bin from GUM (not part of `swift test`).
        .executableTarget(name: "language-train", dependencies: ["Language", "Geo"]),
        // Time: reading pages, stamps, normalization. Foundation only.
        .target(name: "Timeline", dependencies: ["Language"]),
        // libxml2's tolerant HTML parser and its XML parser (Debian's libxml2-dev), for Pages.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Reading pages as users have them: saved HTML (schema.org JSON-LD, markup, text) and feeds.
        .target(name: "Pages", dependencies: ["Timeline", "CLibXML2"]),
        // libcurl loaded with dlopen on the first fetch, so that runs that fetch nothing do not load it.
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // Fetching pages over HTTP(S) with conditional requests (libcurl, which the toolchain's Foundation needs anyway).
        .target(name: "Fetch", dependencies: ["CCurl"]),
        // Gazetteer, toponym recognition and resolution. Foundation only.
        .target(name: "Geo", dependencies: ["Language"]),
        // What happened, where, when, how many, who says so: joins Timeline and Geo.
        .target(name: "Incidents", dependencies: ["Timeline", "Language", "Geo", "Pages"]),
        // What every backend stores and every command shows: records, filters, reports, exports and
        // the storage interface (`IncidentDatabase`). Knows no database engine.
        .target(name: "IncidentData", dependencies: ["Timeline", "Language", "Geo", "Incidents"]),
        // The SQLite incident database: migrations, ingest, queries, exports.
        .target(
            name: "Store",
            dependencies: [
                "Timeline", "Language", "Geo", "Incidents", "IncidentData", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for exports that read rows straight from its column buffers.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The same database on PostgreSQL with PostGIS, for a team: one server, many writers.
        .target(
            name: "PostgresStore",
            dependencies: [
                "Timeline", "Geo", "Incidents", "IncidentData", .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // Maps of incidents: projection, outlines, marks, labels; SVG and the HTML report.
        .target(name: "Map", dependencies: ["Timeline", "Geo", "IncidentData"]),
        // `timelinectl serve`: the database as a web API and a page with the map and the list.
        .target(
            name: "Server",
            dependencies: [
                "Timeline", "Geo", "Incidents", "IncidentData", "Map", "Pages",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"), .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "timelinectl",
            dependencies: [
                "Timeline", "Language", "Geo", "Incidents", "IncidentData", "Store", "PostgresStore", "Map", "Pages", "Fetch", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-build benchmarks (not part of `swift test`): `swift run -c release timeline-bench`.
        .executableTarget(
            name: "timeline-bench",
            dependencies: [
                "Timeline", "Language", "Geo", "Incidents", "IncidentData", "Store", "PostgresStore", "Map", "Pages",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/Sources/timeline-bench"),
        .testTarget(
            name: "TimelineTests",
            dependencies: ["Timeline", "Language", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "LanguageTests", dependencies: ["Language"]),
        .testTarget(name: "PagesTests", dependencies: ["Pages", "Timeline"]),
        .testTarget(name: "GeoTests", dependencies: ["Geo"]),
        .testTarget(name: "IncidentsTests", dependencies: ["Incidents", "IncidentData", "Timeline", "Language", "Geo"]),
        // Also the PostgreSQL backend's tests, against the SQLite store on the same documents.
        .testTarget(name: "StoreTests", dependencies: ["Store", "PostgresStore", "IncidentData", "Incidents", "Timeline", "Geo"]),
        .testTarget(name: "MapTests", dependencies: ["Map", "IncidentData", "Store", "Geo", "Timeline"]),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "IncidentData", "Store", "Incidents", "Geo", "Timeline", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
        .testTarget(name: "CLITests", dependencies: ["Timeline", "Fetch", "IncidentData", "PostgresStore"]),
    ],
    swiftLanguageModes: [.v6]
)
