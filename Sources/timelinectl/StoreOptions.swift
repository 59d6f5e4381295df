import ArgumentParser
import Foundation
import Geo
import IncidentData
import PostgresStore
import Store
import Timeline

/// `--db`: a SQLite file (`timeline.sqlite` here unless `$TIMELINE_DB` says otherwise) or a
/// PostgreSQL database named by a `postgres://` URL.
struct DatabaseOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The incident database: a SQLite file, or a postgres:// URL for PostgreSQL with PostGIS (default: $TIMELINE_DB, else timeline.sqlite).",
            valueName: "PATH|URL"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["TIMELINE_DB"] ?? "timeline.sqlite" }

    /// The database as messages name it: a URL without its password.
    var displayName: String { PostgresLocation.isURL(path) ? ((try? PostgresLocation(url: path))?.redacted ?? path) : path }

    /// Opens (creating if needed) the database for writing.
    func open() throws -> any IncidentDatabase {
        PostgresLocation.isURL(path) ? try PostgresIncidentStore(url: path) : try IncidentStore(path: path)
    }

    /// Opens an existing database for reading; a missing file is an error, not a new empty database.
    func openExisting() throws -> any IncidentDatabase {
        if PostgresLocation.isURL(path) { return try PostgresIncidentStore(url: path) }
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError("\(path): no such database; run 'timelinectl ingest FILE' first or pass --db")
        }
        return try IncidentStore.reading(path)
    }
}

/// The filters shared by `incidents`, `regions`, `report`, `export` and `map`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("From this time: ISO 8601, a date (that whole day in --zone), or a stamp such as \"May 31, 2023 6 a.m. ET\".", valueName: "TIME"))
    var since: String?

    @Option(help: ArgumentHelp("Up to this time (a date includes that whole day).", valueName: "TIME"))
    var until: String?

    @Option(help: ArgumentHelp("A region at any level: name, alias, code or phrase (repeatable): \"Belgorod region\", RU.09, Russia.", valueName: "NAME"))
    var region: [String] = []

    @Option(help: ArgumentHelp("A box: west,south,east,north in degrees.", valueName: "W,S,E,N"))
    var bbox: String?

    @Option(help: ArgumentHelp("A place to search around (with --within).", valueName: "PLACE"))
    var near: String?

    @Option(help: ArgumentHelp("A distance such as 50km or 20mi (with --near).", valueName: "DISTANCE"))
    var within: String?

    @Option(help: ArgumentHelp("An ACLED event or sub-event type (repeatable).", valueName: "TYPE"))
    var type: [String] = []

    @Option(help: ArgumentHelp("Words that must all appear in the headline or text.", valueName: "WORDS"))
    var text: String?

    @Flag(help: "Only incidents whose place was attached to the event by grammar and found in the gazetteer (no place inferred from the paragraph, headline, dateline or document, no unknown name placed at its container).")
    var attachedOnly = false

    @Option(help: ArgumentHelp("Only incidents at least this precise: ACLED geo_precision 1 (the named place), 2 (near it, a district) or 3 (a region).", valueName: "N"))
    var maxGeoPrecision: Int?

    @Option(help: "Match the window on when incidents occurred (overlap) or when they were reported.")
    var by: IncidentFilter.TimeAxis = .occurred

    @Option(help: "At most this many incidents.")
    var limit: Int?

    /// The filter, resolving regions and places in the gazetteer only when asked for; notes
    /// (a district query may be incomplete) go to standard error. The checks live in
    /// `FilterRequest`, which the web API shares.
    func filter(zone: ZoneDesignator?) throws -> IncidentFilter {
        var request = FilterRequest(spelling: .option)
        request.since = since
        request.until = until
        request.regions = region
        request.bbox = bbox
        request.near = near
        request.within = within
        request.types = type
        request.text = text
        request.attachedOnly = attachedOnly
        request.maxGeoPrecision = maxGeoPrecision.map(String.init)
        request.by = by.rawValue
        request.limit = limit.map(String.init)
        var notes: [String] = []
        do {
            let filter = try request.filter(zone: zone, gazetteer: { try Gazetteer.load() }, notes: &notes)
            for note in notes { printError(note) }
            return filter
        } catch let error as StoreError where error.parameter != nil && error.parameter != "region" {
            // A usage error, as ArgumentParser reports one; an unknown region stays an error of the data (exit 1).
            throw ValidationError(error.message)
        }
    }
}

extension IncidentFilter.TimeAxis: ExpressibleByArgument {}
