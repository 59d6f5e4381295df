import Foundation
import GRDB
import IncidentData

/// The SQLite incident database: opened with its settings, migrated, and shared by commands.
///
/// Settings (docs/schema.md): WAL, so readers never block the writer; foreign keys on; a
/// 10-second busy timeout, so concurrent ingests wait rather than fail; STRICT tables; a 32 MB
/// page cache and synchronous=NORMAL.
public final class IncidentStore: IncidentDatabase {
    public let writer: any DatabaseWriter
    /// The schema version this build knows (the number of migrations).
    public static let knownMigrations = Schema.migrator.migrations

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        let pool = try Self.opening(path) {
            let pool = try DatabasePool(path: path, configuration: Self.configuration(readOnly: false))
            try pool.read { db in _ = try db.tableExists("sqlite_master") }
            return pool
        }
        self.writer = pool
        try Self.migrate(writer, path: path)
        // A load that died before building its indexes left their definitions: build them now.
        if try writer.read({ db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM deferred_index)") }) == true {
            try writer.write { db in try DeferredIndexes.build(db) }
        }
    }

    /// Opens an existing database for reading only: one read-only connection, no write-ahead-log
    /// set-up, no checkpoint when it closes. A query is a whole process, and the pool's second
    /// connection and the checkpoint's sync cost more than most queries. A file whose schema is
    /// older than this build is opened as ``init(path:)`` opens it, and migrated.
    public static func reading(_ path: String) throws -> IncidentStore {
        let (queue, current) = try opening(path) {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readOnly: true))
            let applied = try queue.read { db in try Schema.migrator.appliedIdentifiers(db) }
            return (queue, applied == Set(Schema.migrator.migrations))
        }
        return current ? IncidentStore(writer: queue) : try IncidentStore(path: path)
    }

    /// The settings of every connection: a 10-second busy timeout, foreign keys, `distance_km`,
    /// a 32 MB page cache; for writing, synchronous=NORMAL.
    private static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            db.add(function: distanceFunction)
            // A 32 MB page cache: index pages of a large file stay in memory instead of costing a
            // read system call each, and memory stays bounded (no mmap, so an export of any size
            // stays flat). In WAL mode, synchronous=NORMAL keeps every committed transaction
            // through a crash of the process (a power cut may lose the last ones, never corrupt the file).
            try db.execute(sql: readOnly ? "PRAGMA cache_size = -32768" : "PRAGMA cache_size = -32768; PRAGMA synchronous = NORMAL")
        }
        return configuration
    }

    /// Runs `open`, saying plainly when the file is not a database.
    private static func opening<Opened>(_ path: String, _ open: () throws -> Opened) throws -> Opened {
        do {
            return try open()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError("\(path) is not a SQLite database (\(error.message ?? "file is not a database"))")
        }
    }

    private init(writer: any DatabaseWriter) {
        self.writer = writer
    }

    /// An in-memory database, for tests.
    public init(inMemory: Void = ()) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            db.add(function: distanceFunction)
        }
        writer = try DatabaseQueue(configuration: configuration)
        try Self.migrate(writer, path: ":memory:")
    }

    private static func migrate(_ writer: any DatabaseWriter, path: String) throws {
        let migrator = Schema.migrator
        let unknown = try writer.read { db in try migrator.appliedIdentifiers(db).subtracting(migrator.migrations) }
        guard unknown.isEmpty else {
            throw StoreError(
                "\(path) was written by a newer timelinectl (it has migrations this one does not know: \(unknown.sorted().joined(separator: ", "))); upgrade timelinectl")
        }
        // GRDB's migrator reads which migrations are applied outside of a transaction, then runs
        // each missing one in its own IMMEDIATE transaction. Two processes opening a new or older
        // file at once both see a migration as missing; the second waits for the first (busy
        // timeout) and then runs it again ("duplicate column name", "table ... already exists").
        // So when a migration fails, look again: if another process applied migrations meanwhile,
        // what is left is retried (bounded: each retry needs progress made by someone else).
        var attempts = 0
        while true {
            let before = try writer.read { db in try migrator.appliedIdentifiers(db) }
            if before.isSuperset(of: migrator.migrations) { return }
            do {
                try migrator.migrate(writer)
                return
            } catch {
                attempts += 1
                let after = try writer.read { db in try migrator.appliedIdentifiers(db) }
                if after.isSuperset(of: migrator.migrations) { return }
                guard after != before, attempts <= migrator.migrations.count else { throw error }
            }
        }
    }
}

/// `distance_km(lat1, lon1, lat2, lon2)`: great-circle distance for `--near ... --within`.
let distanceFunction = DatabaseFunction("distance_km", argumentCount: 4, pure: true) { values in
    guard let lat1 = Double.fromDatabaseValue(values[0]), let lon1 = Double.fromDatabaseValue(values[1]),
        let lat2 = Double.fromDatabaseValue(values[2]), let lon2 = Double.fromDatabaseValue(values[3])
    else { return nil }
    return haversineKilometres(lat1, lon1, lat2, lon2)
}

func haversineKilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
    let radians = Double.pi / 180
    let dLat = (lat2 - lat1) * radians
    let dLon = (lon2 - lon1) * radians
    let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * 6371.0088 * asin(min(1, a.squareRoot()))
}
