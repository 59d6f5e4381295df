import HTTPTypes
import Hummingbird
import IncidentData
import NIOCore

extension TimelineServer {
    /// `GET /incidents`: the listing in json, jsonl, csv or geojson; a `limit` pages it, and the
    /// next page's `cursor` comes in the `Link` and `Timeline-Next-Cursor` headers.
    func incidents(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request.uri.query, allowed: QueryParameters.filterNames.union(["format", "cursor"]))
        let formatName = try query.choice("format", of: IncidentExporter.Format.allCases.map(\.rawValue), default: "json")
        let format = IncidentExporter.Format(rawValue: formatName)!
        let (chosenFilter, _, notes) = try await filter(query)
        var filter = chosenFilter
        if let text = query["cursor"] {
            guard let cursor = IncidentCursor(text) else {
                throw ServerError(.badRequest, "cursor '\(text)' is not a cursor from Timeline-Next-Cursor (TIME_ID)", parameter: "cursor")
            }
            filter.after = cursor
        }
        let revision = try await database.read { try $0.revision() }
        let type = Self.contentType(format)
        let path = request.uri.path, queryText = request.uri.query
        if let limit = filter.limit, limit <= configuration.cachedRows {
            let chosen = filter
            return try await cached(request, revision: revision) {
                let (body, next) = try await self.database.read { database in
                    let sink = OutputSink(inMemory: ())
                    var exporter = IncidentExporter(format: format, sink: sink)
                    exporter.begin()
                    let next = try Self.exportPage(chosen, from: database, into: &exporter)
                    try exporter.end()
                    return (sink.takeBytes(), next)
                }
                var headers = notes.map { (HTTPField.Name("Timeline-Note")!, $0) }
                if let next {
                    headers.append((Self.nextCursor, next.description))
                    headers.append((Self.link, "<\(Self.replacing(path, queryText, name: "cursor", with: next.description))>; rel=\"next\""))
                }
                return CachedResponse(contentType: type, headers: headers, body: ByteBuffer(bytes: body))
            }
        }
        if let response = notModified(request, revision: revision) { return response }
        let chosen = filter
        let (page, next) = try await database.read { try Self.page(chosen, in: $0) }
        var headers: HTTPFields = [.contentType: type, .eTag: entityTag(revision), .cacheControl: "no-cache"]
        if let next {
            headers[Self.nextCursor] = next.description
            headers[Self.link] = "<\(Self.replacing(path, queryText, name: "cursor", with: next.description))>; rel=\"next\""
        }
        // HEAD of a stream: the headers alone (no length is known before the rows are read).
        if request.method == .head { return Response(status: .ok, headers: headers) }
        return Response(status: .ok, headers: headers, body: stream(page, format: format))
    }

    /// The page a filter's `limit` asks for, and the next page's cursor: the rows after `after`
    /// through the `limit`-th (``IncidentDatabase/pageEnd(_:)``), so the page and the cursor
    /// agree even when an ingest adds rows meanwhile (the page then holds them too).
    static func page(_ filter: IncidentFilter, in database: any IncidentDatabase) throws -> (IncidentFilter, IncidentCursor?) {
        guard let limit = filter.limit, limit > 0 else { return (filter, nil) }
        var page = filter
        let end = try database.pageEnd(filter)
        page.limit = nil
        page.through = end
        return (page, end)
    }

    /// Writes the page a filter's `limit` asks for, in one read, and returns the next page's cursor:
    /// the last row written when one more row follows it (an index seek past that row).
    ///
    /// For an answer built whole inside one read: the page holds at most `limit` rows, and a row added
    /// between the page and the probe at worst gives a cursor whose next page starts after it. A
    /// streamed answer fixes its end first (``page(_:in:)``).
    static func exportPage(_ filter: IncidentFilter, from database: any IncidentDatabase, into exporter: inout IncidentExporter) throws -> IncidentCursor? {
        let before = exporter.count
        try database.exportRows(filter, into: &exporter)
        guard let limit = filter.limit, limit > 0, exporter.count - before == limit, let last = exporter.cursor(on: filter.by) else { return nil }
        var probe = filter
        probe.after = last
        probe.offset = nil
        probe.limit = 1
        var more = false
        try database.forEachPoint(probe) { _ in more = true }
        return more ? last : nil
    }

    /// The export written a page at a time: each page is one database call on the pool and one
    /// write to the client, so memory stays flat for any size and a client that goes away
    /// stops the export at its next page.
    func stream(_ filter: IncidentFilter, format: IncidentExporter.Format) -> ResponseBody {
        let pageRows = configuration.pageRows
        let database = self.database
        return ResponseBody { writer in
            let export = ExportStream(format: format)
            try await writer.write(ByteBuffer(bytes: export.begin()))
            var page = filter
            var remaining = filter.limit ?? Int.max
            while remaining > 0 {
                // A server shutting down past its grace period cancels the stream here.
                try Task.checkCancellation()
                page.limit = min(pageRows, remaining)
                let chosen = page
                let (bytes, written, cursor) = try await database.read { try export.page(chosen, from: $0) }
                if !bytes.isEmpty { try await writer.write(ByteBuffer(bytes: bytes)) }
                remaining -= written
                guard written == chosen.limit, let cursor else { break }
                page.after = cursor
            }
            try await writer.write(ByteBuffer(bytes: try export.end()))
            try await writer.finish(nil)
        }
    }

    static func contentType(_ format: IncidentExporter.Format) -> String {
        switch format {
        case .geojson: "application/geo+json"
        case .csv: "text/csv; charset=utf-8; header=present"
        case .jsonl: "application/jsonl"
        case .json: "application/json"
        }
    }

    /// The request's target with one parameter replaced (the next page's link).
    static func replacing(_ path: String, _ query: String?, name: String, with value: String) -> String {
        var pieces = (query ?? "").split(separator: "&").filter { !$0.hasPrefix(name + "=") && $0 != name }.map(String.init)
        pieces.append(name + "=" + value)
        return path + "?" + pieces.joined(separator: "&")
    }

    static let link = HTTPField.Name("Link")!
    static let nextCursor = HTTPField.Name("Timeline-Next-Cursor")!
}

/// One export across many pages: the exporter keeps its count (for separators) between them.
///
/// Used by one stream at a time, from one pool thread at a time.
final class ExportStream: @unchecked Sendable {
    private let sink = OutputSink(inMemory: ())
    private var exporter: IncidentExporter

    init(format: IncidentExporter.Format) {
        exporter = IncidentExporter(format: format, sink: sink)
    }

    func begin() -> [UInt8] {
        exporter.begin()
        return sink.takeBytes()
    }

    /// One page's rows, how many, and where the next page starts.
    func page(_ filter: IncidentFilter, from database: any IncidentDatabase) throws -> ([UInt8], Int, IncidentCursor?) {
        let before = exporter.count
        try database.exportRows(filter, into: &exporter)
        return (sink.takeBytes(), exporter.count - before, exporter.cursor(on: filter.by))
    }

    func end() throws -> [UInt8] {
        try exporter.end()
        return sink.takeBytes()
    }
}
