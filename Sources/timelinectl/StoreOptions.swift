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
    /// (a district query may be incomplete) go to standard error.
    func filter(zone: ZoneDesignator?) throws -> IncidentFilter {
        var filter = IncidentFilter()
        var notes: [String] = []
        filter.by = by
        filter.limit = limit
        filter.types = type
        filter.text = text
        filter.attachedOnly = attachedOnly
        if let maxGeoPrecision {
            guard (1...3).contains(maxGeoPrecision) else {
                throw ValidationError("--max-geo-precision \(maxGeoPrecision) must be 1, 2 or 3 (ACLED geo_precision: 1 the named place, 2 near it or a district, 3 a region)")
            }
            filter.maxGeoPrecision = maxGeoPrecision
        }
        filter.since = try since.map { try Self.bound($0, option: "--since", zone: zone, end: false) }
        filter.until = try until.map { try Self.bound($0, option: "--until", zone: zone, end: true) }
        if let bbox {
            let parts = bbox.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 4, (-180...180).contains(parts[0]), (-180...180).contains(parts[2]),
                (-90...90).contains(parts[1]), (-90...90).contains(parts[3]), parts[1] <= parts[3]
            else { throw ValidationError("--bbox '\(bbox)' must be west,south,east,north in degrees, e.g. 35,50,39,52") }
            filter.bbox = (parts[0], parts[1], parts[2], parts[3])
        }
        if near != nil || within != nil {
            guard let near, let within else { throw ValidationError("--near and --within go together: --near Shebekino --within 50km") }
            let kilometres = try Self.distance(within)
            let place = try Self.gazetteer().resolve(near)
            guard let best = place.best else {
                throw ValidationError("--near '\(near)' is not in the gazetteer" + (place.nearestNames.isEmpty ? "" : "; did you mean \(place.nearestNames.prefix(5).joined(separator: ", "))?"))
            }
            filter.near = (best.coordinate.latitude, best.coordinate.longitude, kilometres)
        }
        if !region.isEmpty {
            let gazetteer = try Self.gazetteer()
            for name in region {
                let scope = try RegionScope.named(name, in: gazetteer)
                if scope.mayBeIncomplete {
                    notes.append("note: '\(name)' is a district; the sources give few district codes, so incidents placed only by their town may be missing")
                }
                filter.regions.append(scope)
            }
        }
        for note in notes { printError(note) }
        return filter
    }

    static func gazetteer() throws -> Gazetteer { try Gazetteer.load() }

    /// A time bound: the start of what the text names, or for `--until` the end of a date.
    static func bound(_ text: String, option: String, zone: ZoneDesignator?, end: Bool) throws -> Instant {
        do {
            let time = try NormalizedTime(stamp: text, context: StampContext(defaultZone: zone ?? .utc))
            return end && time.precision != .minute ? time.end : time.start
        } catch {
            throw ValidationError("\(option) '\(text)': \(error.message) (try 2023-05-31, 2023-05-31T06:00:00Z or \"May 31, 2023 6 a.m. ET\")")
        }
    }

    static func distance(_ text: String) throws -> Double {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        for (suffix, factor) in [("km", 1.0), ("mi", 1.609344), ("m", 0.001)] where lower.hasSuffix(suffix) {
            if let value = Double(lower.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), value > 0 {
                return value * factor
            }
        }
        if let value = Double(lower), value > 0 { return value }
        throw ValidationError("--within '\(text)' is not a distance (try 50km or 20mi)")
    }
}

extension IncidentFilter.TimeAxis: ExpressibleByArgument {}
