import Foundation
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `timelinectl serve` as a user runs it: a real socket, the built binary, SIGTERM to stop.
@Suite("timelinectl serve, end to end", .serialized)
struct ServeCommandTests {
    /// A running server over a fresh copy of the seed database.
    final class RunningServer {
        let process: Process
        let address: String
        let database: String
        let log: URL

        /// - Parameter database: a postgres:// URL, or nil for a new SQLite file.
        init(database url: String? = nil, arguments: [String] = []) throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-serve-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            database = url ?? folder.appendingPathComponent("seed.sqlite").path
            let ingest = try CLI.run(["ingest", "--db", database, "seeds/000_fdd7082ede222f27.txt"])
            guard ingest.status == 0 else { throw CocoaError(.fileWriteUnknown) }
            log = folder.appendingPathComponent("serve.log")
            FileManager.default.createFile(atPath: log.path, contents: nil)
            process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["serve", "--db", database, "--port", "0"] + arguments
            process.currentDirectoryURL = CLI.root
            process.standardError = try FileHandle(forWritingTo: log)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var found: String?
            for _ in 0..<600 where found == nil {
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) { found = String(text[range]) }
                if found == nil { usleep(50_000) }
            }
            guard let found else {
                process.terminate()
                throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "serve did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")"])
            }
            address = found
        }

        func get(_ target: String, headers: [String: String] = [:], post body: String? = nil) async throws -> (Int, [AnyHashable: Any], String) {
            var request = URLRequest(url: URL(string: address + target)!)
            if let body {
                request.httpMethod = "POST"
                request.httpBody = Data(body.utf8)
            }
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as! HTTPURLResponse
            return (http.statusCode, http.allHeaderFields, String(decoding: data, as: UTF8.self))
        }

        /// Sends SIGTERM and waits (at most 20 s) for the exit status.
        func stop() -> Int32? {
            kill(process.processIdentifier, SIGTERM)
            for _ in 0..<400 {
                if !process.isRunning { return process.terminationStatus }
                usleep(50_000)
            }
            process.interrupt()
            return nil
        }

        deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    }

    /// Each endpoint answers with the bytes the matching command prints.
    static let pairs: [(target: String, command: [String])] = [
        ("/incidents?format=jsonl&region=Belgorod%20region", ["incidents", "--format", "jsonl", "--region", "Belgorod region"]),
        ("/incidents?format=geojson&near=Shebekino&within=50km", ["incidents", "--format", "geojson", "--near", "Shebekino", "--within", "50km"]),
        ("/incidents?format=csv&since=2023-05-31&zone=Europe/Moscow", ["incidents", "--format", "csv", "--since", "2023-05-31", "--zone", "Europe/Moscow"]),
        ("/regions?level=country", ["regions", "--level", "country", "--format", "json"]),
        ("/regions?format=csv&level=admin1", ["regions", "--format", "csv"]),
        ("/report?zone=Europe/Moscow&region=Belgorod%20region", ["report", "--zone", "Europe/Moscow", "--region", "Belgorod region"]),
        ("/report?format=html", ["report", "--format", "html"]),
        ("/map.svg?region=Russia&width=800", ["map", "--region", "Russia", "--width", "800"]),
    ]

    @Test("endpoints give the commands' bytes, and SIGTERM stops the server cleanly")
    func sameBytesAsTheCommands() async throws {
        try await sameBytes(try RunningServer())
    }

    @Test("on PostgreSQL too, and a posted document is stored once", .enabled(if: TestPostgres.baseURL != nil))
    func sameBytesOnPostgres() async throws {
        try await TestPostgres.withAsyncDatabase { url in
            let token = "serve-test-token-0123456789"
            let server = try RunningServer(database: url, arguments: ["--token", token])
            let article = #"{"id":"k1","published":"2024-04-02T10:00:00Z","text":"On 2 April 2024, Russian forces shelled Kupiansk, Kharkiv region, killing two people."}"#
            let (refused, _, _) = try await server.get("/documents?format=jsonl", post: article)
            #expect(refused == 401)
            let (created, _, body) = try await server.get("/documents?format=jsonl", headers: ["Authorization": "Bearer " + token], post: article)
            #expect(created == 201, "\(body)")
            let (unchanged, _, _) = try await server.get("/documents?format=jsonl", headers: ["Authorization": "Bearer " + token], post: article)
            #expect(unchanged == 200)
            let (_, _, listed) = try await server.get("/incidents?format=jsonl&region=Ukraine")
            #expect(listed.split(separator: "\n").count == 2)
            try await sameBytes(server)
        }
    }

    func sameBytes(_ server: RunningServer) async throws {
        for (target, command) in Self.pairs {
            let (status, _, body) = try await server.get(target)
            let printed = try CLI.run(command + ["--db", server.database])
            #expect(status == 200, "\(target)")
            #expect(printed.status == 0, "\(command): \(printed.stderr)")
            #expect(body == printed.stdout, "\(target) differs from timelinectl \(command.joined(separator: " "))")
        }
        let (status, headers, _) = try await server.get("/incidents?limit=3")
        #expect(status == 200)
        let tag = try #require(headers["Etag"] as? String ?? headers["ETag"] as? String)
        let (again, _, _) = try await server.get("/incidents?limit=3", headers: ["If-None-Match": tag])
        #expect(again == 304)
        #expect(server.stop() == 0)
        #expect(!((try? String(contentsOf: server.log, encoding: .utf8)) ?? "").contains("Fatal error"))
    }

    @Test("a wrong database path fails at start with a message, not on the first request")
    func missingDatabase() throws {
        let run = try CLI.run(["serve", "--db", "/nonexistent/timeline.sqlite", "--port", "0"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/nonexistent/timeline.sqlite: no such database"))
    }

    @Test("a short token is refused")
    func shortToken() throws {
        let run = try CLI.run(["serve", "--token", "abc", "--port", "0"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--token must be at least 16 characters"))
    }
}
