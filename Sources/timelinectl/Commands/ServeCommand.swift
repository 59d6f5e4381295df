import ArgumentParser
import Foundation
import IncidentData
import PostgresStore
import Server
import Store

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the database as a web API and a page with the map and the list.",
        discussion: """
            The endpoints take the same filter names as the commands: /incidents (json, jsonl, \
            csv, geojson; paged with limit and cursor), /regions, /report (md, text, html), \
            /map.svg, /places/resolve?q=, /health and /openapi.json. The page at / shows the \
            map and the chronological list with the filters as a form, and works offline.

            Read-only unless started with --token or --token-file: then POST /documents with \
            'Authorization: Bearer TOKEN' ingests a page, an article or JSON Lines. Bound to \
            127.0.0.1 unless --host says otherwise. SIGTERM or Ctrl-C stops it after the \
            requests in flight.

            Examples:
              timelinectl serve --db seeds.sqlite
              timelinectl serve --db postgres://timeline@db.example/timeline --host 0.0.0.0 --port 8080
              timelinectl serve --token-file ~/.timeline-token
              curl 'http://127.0.0.1:8080/incidents?region=Belgorod%20region&format=geojson' > belgorod.geojson
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The address to listen on (0.0.0.0 for every interface).", valueName: "ADDRESS"))
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one; the address is printed).")
    var port = 8080

    @Option(help: ArgumentHelp("Accept POST /documents from requests carrying this token.", valueName: "TOKEN"))
    var token: String?

    @Option(help: ArgumentHelp("Read the token from this file (its first line), so it is not in the process list.", valueName: "FILE"))
    var tokenFile: String?

    @Option(help: "Database calls served at once (each with its own connection).")
    var threads = 4

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) must be from 0 to 65535") }
        guard (1...64).contains(threads) else { throw ValidationError("--threads \(threads) must be from 1 to 64") }
        if token != nil && tokenFile != nil { throw ValidationError("give --token or --token-file, not both") }
        if let token, token.count < 16 { throw ValidationError("--token must be at least 16 characters (it guards writes)") }
    }

    func run() async throws {
        var configuration = TimelineServer.Configuration()
        configuration.host = host
        configuration.port = port
        configuration.databaseName = database.displayName
        configuration.token = try token ?? tokenFile.map(Self.readToken)
        let path = database.path
        // Check now that the database opens, so a wrong path or password fails at start, not on the first request.
        _ = try database.openExisting()
        let access = DatabaseAccess(
            threads: threads,
            reader: { () throws -> any IncidentDatabase in
                PostgresLocation.isURL(path) ? try PostgresIncidentStore(url: path) : try IncidentStore.reading(path)
            },
            writer: { () throws -> any IncidentDatabase in
                PostgresLocation.isURL(path) ? try PostgresIncidentStore(url: path) : try IncidentStore(path: path)
            })
        let server = TimelineServer(configuration: configuration, database: access)
        let name = database.displayName
        let writable = configuration.token != nil
        try await server.run { address in
            printError("serving \(name) at \(address) (\(writable ? "POST /documents needs the token" : "read-only"))")
        }
    }

    static func readToken(_ file: String) throws -> String {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw ValidationError("--token-file '\(file)' cannot be read")
        }
        let token = text.split(whereSeparator: \.isNewline).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard token.count >= 16 else { throw ValidationError("--token-file '\(file)': the token must be at least 16 characters") }
        return token
    }
}
