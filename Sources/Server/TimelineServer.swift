import Foundation
import Geo
import HTTPTypes
import Hummingbird
import IncidentData
import Incidents
import Logging
import Map
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle
import Timeline

/// `timelinectl serve`: the incident database as a web API, and a page with the map and the list.
///
/// Every endpoint takes the command line's filter names (`/incidents?region=...&since=...`) and
/// refuses bad values with its words, as JSON with the right status. Answers that fit in memory
/// are computed once per database revision and shared (``ResponseCache``); exports of any size
/// are streamed page by page. Database calls run on their own threads (``DatabaseAccess``).
public struct TimelineServer: Sendable {
    public struct Configuration: Sendable {
        public var host = "127.0.0.1"
        public var port = 8080
        /// The token a `POST /documents` must carry; without one the server is read-only.
        public var token: String?
        /// How the database is named in `/health` (a URL without its password).
        public var databaseName = "timeline.sqlite"
        /// The largest request body (`POST /documents`), in bytes.
        public var maximumBody = 32 << 20
        /// The longest request target (path and query), in bytes.
        public var maximumTarget = 8192
        /// The largest `limit` on a listing.
        public var maximumLimit = 10_000_000
        /// Listings up to this many incidents are built whole and cached; larger ones are streamed.
        public var cachedRows = 10_000
        /// Rows per database call while streaming.
        public var pageRows = 2_000
        /// Memory for cached answers, in bytes.
        public var cacheBytes = 64 << 20
        /// The most incidents a map draws (each is held in memory while it is drawn).
        public var maximumMapPoints = 250_000
        /// Seconds the requests in flight get to finish after SIGTERM.
        public var shutdownGrace: Int64 = 30

        public init() {}
    }

    let configuration: Configuration
    let database: DatabaseAccess
    let cache: ResponseCache
    /// Differs between runs, so that a client's ETag from an earlier build is not taken for today's.
    let instance = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private let gazetteerBox = NIOLockedValueBox<Gazetteer?>(nil)
    private let loaderBox = NIOLockedValueBox<DocumentLoader?>(nil)
    private let outlinesBox = NIOLockedValueBox<CountryOutlines?>(nil)

    public init(configuration: Configuration, database: DatabaseAccess) {
        self.configuration = configuration
        self.database = database
        self.cache = ResponseCache(capacity: configuration.cacheBytes)
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting, lets requests in flight finish and returns.
    ///
    /// - Parameter listening: called once the socket is bound, with the address clients reach.
    public func run(listening: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        var logger = Logger(label: "timelinectl-serve")
        logger.logLevel = ProcessInfo.processInfo.environment["TIMELINE_LOG"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
        let server = self
        let application = Application(
            responder: CallbackResponder { (request: Request, context: BasicRequestContext) in await server.respond(to: request) },
            // A keep-alive connection idle for a minute is closed.
            server: .http1(configuration: .init(idleTimeout: .seconds(60))),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "timelinectl"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                listening("http://\(host):\(port)")
            },
            logger: logger)
        // SIGTERM or SIGINT: stop accepting, let the requests in flight finish, but no longer than
        // `shutdownGrace` (a client that stops reading a long export must not hold the server).
        var group = ServiceGroupConfiguration(
            services: [.init(service: application)], gracefulShutdownSignals: [.sigterm, .sigint], cancellationSignals: [], logger: logger)
        group.maximumGracefulShutdownDuration = .seconds(configuration.shutdownGrace)
        try await ServiceGroup(configuration: group).run()
        try await database.shutdown()
    }

    /// The answer to one request: never throws, every failure is a JSON error.
    func respond(to request: Request) async -> Response {
        do {
            guard request.uri.string.utf8.count <= configuration.maximumTarget else {
                throw ServerError(.uriTooLong, "the request target is \(request.uri.string.utf8.count) bytes; at most \(configuration.maximumTarget) are read")
            }
            let path = request.uri.path
            switch (request.method, path) {
            case (.get, "/"), (.head, "/"):
                return Self.fixed(HomePage.html, type: "text/html; charset=utf-8")
            case (.get, "/health"), (.head, "/health"):
                return try await health(request)
            case (.get, "/openapi.json"), (.head, "/openapi.json"):
                return Self.fixed(OpenAPIDocument.json, type: "application/json")
            case (.get, "/incidents"), (.head, "/incidents"):
                return try await incidents(request)
            case (.get, "/regions"), (.head, "/regions"):
                return try await regions(request)
            case (.get, "/report"), (.head, "/report"):
                return try await report(request)
            case (.get, "/map.svg"), (.head, "/map.svg"):
                return try await map(request)
            case (.get, "/places/resolve"), (.head, "/places/resolve"):
                return try await resolve(request)
            case (.post, "/documents"):
                var request = request
                return try await documents(&request)
            case (_, "/"), (_, "/health"), (_, "/openapi.json"), (_, "/incidents"), (_, "/regions"), (_, "/report"), (_, "/map.svg"),
                (_, "/places/resolve"), (_, "/documents"):
                let allowed = path == "/documents" ? "POST" : "GET, HEAD"
                var response = Self.error(ServerError(.methodNotAllowed, "\(request.method.rawValue) \(path) is not served; use \(allowed)"))
                response.headers[.allow] = allowed
                return response
            default:
                throw ServerError(.notFound, "no endpoint '\(path)' (see /openapi.json)")
            }
        } catch let error as ServerError {
            return Self.error(error)
        } catch {
            return Self.error(ServerError(.internalServerError, "\(error)"))
        }
    }

    // MARK: Shared pieces

    /// The gazetteer, loaded (memory-mapped) on first use.
    func gazetteer() throws -> Gazetteer {
        try gazetteerBox.withLockedValue { box in
            if let box { return box }
            let loaded = try Gazetteer.load()
            box = loaded
            return loaded
        }
    }

    /// The country outlines maps are drawn on, read on first use.
    func outlines() throws -> CountryOutlines {
        try outlinesBox.withLockedValue { box in
            if let box { return box }
            let loaded = try CountryOutlines.load()
            box = loaded
            return loaded
        }
    }

    /// The reader of posted documents, built on first use (the language model and the gazetteer).
    func loader() throws -> DocumentLoader {
        try loaderBox.withLockedValue { box in
            if let box { return box }
            let made = DocumentLoader(extractor: IncidentExtractor(geoparser: try Geoparser(gazetteer: try gazetteer())))
            box = made
            return made
        }
    }

    /// The filter a query names, regions and places resolved off the event loop.
    func filter(_ query: QueryParameters, maximumLimit: Int? = nil) async throws -> (IncidentFilter, ZoneDesignator, [String]) {
        let request = try query.filterRequest()
        let zone = try query.zone()
        let server = self
        let limit = maximumLimit ?? configuration.maximumLimit
        let result = try await database.compute { () throws -> FilterResult in
            var notes: [String] = []
            do {
                let filter = try request.filter(zone: zone, gazetteer: { try server.gazetteer() }, maximumLimit: limit, notes: &notes)
                return FilterResult(filter: filter, notes: notes)
            } catch let error as StoreError {
                throw ServerError(.badRequest, error.message, parameter: error.parameter)
            }
        }
        return (result.filter, zone, result.notes)
    }

    /// The strong validator of everything the database answers: its revision, and this run.
    func entityTag(_ revision: Int64) -> String { "\"r\(revision)-\(instance)\"" }

    /// 304 when the client already holds this revision's answer.
    func notModified(_ request: Request, revision: Int64) -> Response? {
        guard let sent = request.headers[.ifNoneMatch] else { return nil }
        let tag = entityTag(revision)
        // Weak comparison (RFC 9110 13.1.2): a proxy that compresses marks the tag weak, `W/"..."`.
        let matches = sent.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || (trimmed.hasPrefix("W/") ? String(trimmed.dropFirst(2)) : trimmed) == tag
        }
        guard matches else { return nil }
        return Response(status: .notModified, headers: [.eTag: tag])
    }

    /// A cached answer for this request (its path and query as sent) at `revision`.
    func cached(
        _ request: Request, revision: Int64, make: @escaping @Sendable () async throws -> CachedResponse
    ) async throws -> Response {
        if let response = notModified(request, revision: revision) { return response }
        let answer = try await cache.response(for: request.uri.string, revision: revision, make: make)
        var headers: HTTPFields = [.contentType: answer.contentType, .eTag: entityTag(revision), .cacheControl: "no-cache"]
        for (name, value) in answer.headers { headers[name] = value }
        // HEAD too gets the body: the HTTP layer sends its length and drops it.
        return Response(status: answer.status, headers: headers, body: ResponseBody(byteBuffer: answer.body))
    }

    static func fixed(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func error(_ error: ServerError) -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        if error.status == .serviceUnavailable { headers[.retryAfter] = "5" }
        return Response(status: error.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: error.json)))
    }

    static func buffer(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }
}

/// What the filter step hands back from the pool.
struct FilterResult: Sendable {
    var filter: IncidentFilter
    var notes: [String]
}
