import Foundation
import IncidentData
@testable import PostgresStore
import Testing

/// What needs no server: reading `postgres://` URLs and splitting migrations into statements.
@Suite("postgres:// URLs and migration statements")
struct PostgresLocationTests {
    struct URLCase: Sendable, CustomTestStringConvertible {
        var url: String
        var host: String, port: Int, user: String, password: String?, database: String
        var testDescription: String { url }
    }

    static let urls: [URLCase] = [
        URLCase(url: "postgres://analyst:secret@db.example.org:5433/timeline", host: "db.example.org", port: 5433, user: "analyst", password: "secret", database: "timeline"),
        URLCase(url: "postgresql://analyst@10.0.0.5/events", host: "10.0.0.5", port: 5432, user: "analyst", password: "from-env", database: "events"),
        URLCase(url: "postgres://a%40b:p%3Ass@localhost/db?sslmode=disable", host: "localhost", port: 5432, user: "a@b", password: "p:ss", database: "db"),
        URLCase(url: "postgres://localhost", host: "localhost", port: 5432, user: "env-user", password: "from-env", database: "env-user"),
    ]

    @Test("A URL gives host, port, user, password and database; what it leaves out comes from PGUSER and PGPASSWORD", arguments: urls)
    func reads(_ testCase: URLCase) throws {
        let location = try PostgresLocation(url: testCase.url, environment: ["PGUSER": "env-user", "PGPASSWORD": "from-env"])
        #expect(location.host == testCase.host && location.port == testCase.port && location.user == testCase.user)
        #expect(location.password == testCase.password && location.database == testCase.database)
        #expect(!location.redacted.contains(testCase.password ?? "\u{0}"))
    }

    @Test("TLS modes this build cannot honour, and what is not a URL, are refused with the password hidden", arguments: [
        "postgres://u:hunter2@h/db?sslmode=require", "postgres://u:hunter2@h/db?sslmode=verify-full", "mysql://u:hunter2@h/db",
    ])
    func refuses(_ url: String) {
        let error = #expect(throws: StoreError.self) { try PostgresLocation(url: url) }
        #expect(error?.message.contains("hunter2") == false, "\(String(describing: error))")
    }

    @Test("Only postgres:// and postgresql:// name a server; anything else is a SQLite file", arguments: [
        ("postgres://h/db", true), ("postgresql://h/db", true), ("timeline.sqlite", false), ("/data/postgres.sqlite", false),
    ])
    func sniffs(_ text: String, _ isURL: Bool) {
        #expect(PostgresLocation.isURL(text) == isURL)
    }

    @Test("A migration splits at semicolons outside dollar-quoted bodies and string literals")
    func splitsStatements() {
        let migration = PostgresSchema.Migration(identifier: "test", sql: """
            CREATE TABLE a (x text DEFAULT 'a;b');
            -- a comment
            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
            CREATE INDEX a_x ON a (x);
            -- trailing comment
            """)
        #expect(migration.statements == [
            "CREATE TABLE a (x text DEFAULT 'a;b')", "-- a comment\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$",
            "CREATE INDEX a_x ON a (x)",
        ])
        #expect(PostgresSchema.migrations[0].statements.count == 21)
    }
}
