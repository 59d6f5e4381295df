import Foundation
import Geo
import HTTPTypes
import Hummingbird
import IncidentData
import Incidents
import NIOCore
import Pages
import Timeline

extension TimelineServer {
    /// `GET /places/resolve?q=NAME[&country=CC][&limit=N]`: the gazetteer's candidates, best first.
    func resolve(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request.uri.query, allowed: ["q", "country", "limit"])
        guard let name = query["q"]?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
            throw ServerError(.badRequest, "q is missing: /places/resolve?q=Shebekino", parameter: "q")
        }
        let country = query["country"]
        if let country, country.count != 2 {
            throw ServerError(.badRequest, "country '\(country)' is not a two-letter ISO code", parameter: "country")
        }
        let limit = try query.integer("limit", in: 1...100, default: 10)
        let server = self
        let body = try await database.compute { () throws -> String in
            let lookup = try server.gazetteer().resolve(name, countryCode: country)
            guard !lookup.candidates.isEmpty else {
                throw ServerError(.notFound, GeoError.unknownPlace(query: name, nearest: lookup.nearestNames).description)
            }
            return "[" + lookup.candidates.prefix(limit).map(PlaceJSON.place).joined(separator: ",\n") + "]\n"
        }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: Self.buffer(body)))
    }

    /// `POST /documents`: ingests a page, an article or JSON Lines, as `timelinectl ingest` does
    /// (each document whole or not at all, the same input twice changes nothing). Only with the
    /// server's token (`Authorization: Bearer TOKEN`); without one the server is read-only.
    func documents(_ request: inout Request) async throws -> Response {
        guard let token = configuration.token else {
            throw ServerError(.forbidden, "this server is read-only; start it with --token or --token-file to accept documents")
        }
        guard let sent = request.headers[.authorization], Self.constantTimeEqual(sent, "Bearer " + token) else {
            var error = Self.error(ServerError(.unauthorized, "a valid token is needed: send 'Authorization: Bearer TOKEN'"))
            error.headers[.wwwAuthenticate] = "Bearer realm=\"timeline\""
            return error
        }
        let query = try QueryParameters(request.uri.query, allowed: ["format", "published", "name", "zone", "skip-bad-lines"])
        let format = try query["format"].map { text throws(ServerError) in
            guard let format = InputFormat(rawValue: text) else {
                throw ServerError(
                    .badRequest, "format '\(text)' must be one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))", parameter: "format")
            }
            return format
        }
        let zone = try query.zone()
        let name = query["name"] ?? "request body"
        let skipBadLines = try query.flag("skip-bad-lines")
        let published = try query["published"].map { text throws(ServerError) in
            do {
                return try NormalizedTime(stamp: text, context: StampContext(defaultZone: zone))
            } catch {
                throw ServerError(.badRequest, "published '\(text)': \((error as? TimelineError)?.message ?? "\(error)")", parameter: "published")
            }
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: configuration.maximumBody)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            // NIOTooManyBytesError (what collectBody throws) and HTTPError both carry the status.
            throw ServerError(.contentTooLarge, "the body is over \(configuration.maximumBody) bytes; send large files in parts or use timelinectl ingest")
        } catch {
            throw ServerError(.badRequest, "the body could not be read: \(error)")
        }
        let bytes = Array(body.readableBytesView)
        let contentType = request.headers[.contentType]
        let server = self
        // Read and extract first (refusing bad input before anything is written), then write.
        // The reader first (a missing model or gazetteer is the server's fault: 500), then the body
        // read and extracted whole before anything is written (bad input: 4xx, nothing written).
        let loader = try await database.compute { try server.loader() }
        let read = try await database.compute { () throws -> ReadDocuments in
            do {
                let context = StampContext(defaultZone: zone)
                let (chosen, input) = try PageInput.read(bytes, name: name, format: format, contentType: contentType, context: context)
                if chosen == .jsonl, case .text(let text) = input {
                    var documents: [ExtractedDocument] = []
                    let skipped = try loader.jsonLines(text, path: name, skipBadLines: skipBadLines) { documents.append($0) }
                    return ReadDocuments(documents: documents, notes: skipped.map { "skipped \($0)" })
                }
                if chosen == .text && published == nil {
                    throw ServerError(.badRequest, "format text needs published, the article's publication time", parameter: "published")
                }
                let loaded = try loader.documents(from: input, format: chosen, name: name, path: nil, published: published)
                return ReadDocuments(documents: loaded.documents, notes: loaded.notes)
            } catch let error as ServerError {
                throw error
            } catch {
                throw ServerError(.unprocessableContent, "\(error)")
            }
        }
        let documents = read.documents
        // One transaction per document, as `ingest` of a page: a failure keeps the documents before
        // it, says how many, and sending the body again adds only the rest.
        let outcomes: ([IngestOutcome], Int64) = try await database.write { database in
            var outcomes: [IngestOutcome] = []
            let now = Date()
            for document in documents {
                do {
                    outcomes.append(try database.ingest(document, at: now))
                } catch {
                    throw ServerError(
                        .serviceUnavailable,
                        "stored \(outcomes.count) of \(documents.count) documents before the database failed (they are kept; sending the body again adds only the rest): \(error)")
                }
            }
            return (outcomes, try database.revision())
        }
        let changed = outcomes.0.contains { $0.change != .unchanged }
        let json = JSON.object([
            ("documents", .array(zip(documents, outcomes.0).map { document, outcome in
                .object([
                    ("identity", .string(document.identity)), ("change", .string(outcome.change.rawValue)),
                    ("posts_added", .int(outcome.postsAdded)), ("incidents_added", .int(outcome.incidentsAdded)),
                    ("incidents_merged", .int(outcome.incidentsMerged)),
                ])
            })),
            ("notes", .array(read.notes.map(JSON.string))), ("revision", .int(Int(outcomes.1))),
        ]).rendered + "\n"
        return Response(
            status: changed ? .created : .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: Self.buffer(json)))
    }

    /// Compares without stopping at the first difference, so timing does not tell how much of a token was right.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for index in 0..<max(x.count, y.count) {
            difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
        }
        return difference == 0
    }
}

/// Documents read from a request body, with the readers' notes.
struct ReadDocuments: Sendable {
    var documents: [ExtractedDocument]
    var notes: [String]
}
