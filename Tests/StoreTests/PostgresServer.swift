import Foundation
import IncidentData
@testable import PostgresStore

/// The PostgreSQL server the backend tests use: `$TIMELINE_TEST_POSTGRES_URL` (what
/// `scripts/postgres.sh start DIR` prints; `.ci/run` starts one and sets it), and for the
/// restart test `$TIMELINE_TEST_POSTGRES_CRASH_DIR`, the folder of a second server that only
/// that test uses: crashing the shared one reset the connections of suites running beside it
/// (a serve test failed so in CI).
///
/// Each test gets a database of its own, copied from `timeline_template` (which has PostGIS) and
/// dropped when it is done, so tests run in parallel without seeing each other's rows.
enum PostgresServer {
    static var baseURL: String? { ProcessInfo.processInfo.environment["TIMELINE_TEST_POSTGRES_URL"] }
    static var crashDirectory: String? { ProcessInfo.processInfo.environment["TIMELINE_TEST_POSTGRES_CRASH_DIR"] }

    /// The URL of the crash server's test database (`scripts/postgres.sh url DIR` reads the same port file).
    static func crashURL() throws -> String {
        let port = try String(contentsOfFile: crashDirectory! + "/port", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        return "postgres://timeline:timeline@127.0.0.1:\(port)/timeline_test"
    }

    /// Whether a server is there; when not, says so once on standard error (the tests are then
    /// skipped, and `serverIsThereUnderCI` fails if this is CI).
    static let available: Bool = {
        guard baseURL == nil else { return true }
        FileHandle.standardError.write(Data((skipMessage + "\n").utf8))
        return false
    }()

    static let skipMessage = """
        PostgreSQL backend tests skipped: no server. Run `scripts/postgres.sh install` and \
        `export TIMELINE_TEST_POSTGRES_URL=$(scripts/postgres.sh start /tmp/timeline-pg)` \
        (and, for the restart test, a second server: `scripts/postgres.sh start /tmp/timeline-pg-crash 54330 >/dev/null; \
        export TIMELINE_TEST_POSTGRES_CRASH_DIR=/tmp/timeline-pg-crash`)
        """

    /// The URL of `database` on the test server, or on the server at `server` (same user, password, host and port).
    static func url(database: String, password: String? = nil, server: String? = nil) throws -> String {
        let base = try PostgresLocation(url: server ?? baseURL!)
        return "postgres://\(base.user):\(password ?? base.password ?? "")@\(base.host):\(base.port)/\(database)"
    }

    /// Runs `body` with the URL of a fresh database with PostGIS, dropped afterwards.
    /// `server` is the URL of another server's test database (the crash server's); by default the shared one.
    static func withDatabase<Result>(server: String? = nil, _ body: (String) throws -> Result) throws -> Result {
        let name = "timeline_t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresSession(PostgresLocation(url: server ?? baseURL!))
        try admin.query("CREATE DATABASE \(name) TEMPLATE timeline_template")
        defer { _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        return try body(try url(database: name, server: server))
    }

    /// Stops the crash server as a crash would and starts it again (`scripts/postgres.sh restart`).
    /// Spawned and reaped with posix_spawn and waitpid: Foundation's `Process.waitUntilExit` was
    /// seen to hang here once the script's server had outlived it.
    static func restart() throws {
        let script = SeedDatabase.root.appendingPathComponent("scripts/postgres.sh").path
        let arguments = ["/bin/bash", script, "restart", crashDirectory!]
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ) == 0 else {
            throw StoreError("cannot run \(script)")
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard status == 0 else { throw StoreError("\(script) restart \(crashDirectory!) failed (status \(status))") }
    }
}
