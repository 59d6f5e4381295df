import Foundation
import IncidentData
import PostgresNIO

/// Where a PostgreSQL database is: a `postgres://` or `postgresql://` URL, as libpq and psql take it.
public struct PostgresLocation: Hashable, Sendable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads `postgres://user:password@host:port/database`; the port defaults to 5432, the user
    /// to `$PGUSER` or `postgres`, the password to `$PGPASSWORD`, the database to the user's name.
    ///
    /// - Throws: ``StoreError`` quoting the URL (its password hidden) when it cannot be read, or
    ///   when it asks for TLS (`sslmode=require`), which this build does not speak yet.
    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard let components = URLComponents(string: text), let scheme = components.scheme,
            scheme == "postgres" || scheme == "postgresql"
        else { throw StoreError("'\(Self.redacted(text))' is not a postgres:// URL (postgres://user:password@host:5432/database)") }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        port = components.port ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? "postgres"
        password = components.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        for item in components.queryItems ?? [] where item.name == "sslmode" {
            guard let mode = item.value, ["disable", "allow", "prefer"].contains(mode) else {
                throw StoreError(
                    "'\(Self.redacted(text))': sslmode=\(item.value ?? "") is not supported by this build (it connects without TLS; use it on a trusted network or through a tunnel)")
            }
        }
    }

    /// The URL with its password hidden, for messages.
    public var redacted: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #"(://[^:/@]*):[^@]*@"#, with: "$1:***@", options: .regularExpression)
    }

    var configuration: PostgresConnection.Configuration {
        PostgresConnection.Configuration(host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }
}
