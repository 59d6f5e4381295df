import HTTPTypes
import Hummingbird
import IncidentData
import Map
import NIOCore
import Timeline

extension TimelineServer {
    /// `GET /health`: whether the database answers, and its revision.
    func health(_ request: Request) async throws -> Response {
        _ = try QueryParameters(request.uri.query, allowed: [])
        let revision = try await database.read { try $0.revision() }
        let body = JSON.object([
            ("status", .string("ok")), ("database", .string(configuration.databaseName)), ("revision", .int(Int(revision))),
            ("writable", .bool(configuration.token != nil)),
        ]).rendered + "\n"
        return Response(
            status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"], body: ResponseBody(byteBuffer: Self.buffer(body)))
    }

    /// `GET /regions`: incidents per region at one level, as `timelinectl regions` counts them.
    func regions(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request.uri.query, allowed: QueryParameters.filterNames.union(["level", "format"]))
        let levelName = try query.choice("level", of: RegionScope.Level.allCases.map(\.rawValue), default: "admin1")
        let level = RegionScope.Level(rawValue: levelName)!
        let format = try query.choice("format", of: ["json", "csv"], default: "json")
        let (filter, _, _) = try await filter(query)
        let revision = try await database.read { try $0.revision() }
        return try await cached(request, revision: revision) {
            let regions = try await self.database.read { try $0.regions(level: level, filter: filter) }
            return format == "csv"
                ? CachedResponse(contentType: "text/csv; charset=utf-8; header=present", body: Self.buffer(RegionSummary.csv(regions)))
                : CachedResponse(contentType: "application/json", body: Self.buffer(RegionSummary.json(regions) + "\n"))
        }
    }

    /// `GET /report`: the chronological report in `zone`, as markdown, text or one HTML file with its map.
    func report(_ request: Request) async throws -> Response {
        let query = try QueryParameters(
            request.uri.query, allowed: QueryParameters.filterNames.union(["format", "width", "label", "size"]))
        let format = try query.choice("format", of: ["md", "markdown", "text", "html"], default: "md")
        let drawing = try MapDrawing(query)
        let (filter, zone, _) = try await filter(query, maximumLimit: configuration.cachedRows)
        let revision = try await database.read { try $0.revision() }
        var limited = filter
        limited.limit = min(filter.limit ?? configuration.cachedRows, configuration.cachedRows)
        let bounded = limited
        return try await cached(request, revision: revision) {
            let records = try await self.database.read { try $0.incidents(bounded, withExcerpts: true) }
            return try await self.database.compute {
                let report = try ChronologicalReport(records: records, zone: zone, filter: bounded)
                switch format {
                case "html":
                    let map = records.isEmpty ? nil : try drawing.map(
                        points: records.map(\.point), filter: bounded, zone: zone, outlines: try self.outlines())
                    return CachedResponse(contentType: "text/html; charset=utf-8", body: Self.buffer(try report.renderHTML(map: map)))
                case "text":
                    return CachedResponse(contentType: "text/plain; charset=utf-8", body: Self.buffer(try report.render(.text)))
                default:
                    return CachedResponse(contentType: "text/markdown; charset=utf-8", body: Self.buffer(try report.render(.markdown)))
                }
            }
        }
    }

    /// `GET /map.svg`: the selected incidents drawn as `timelinectl map` draws them.
    func map(_ request: Request) async throws -> Response {
        let query = try QueryParameters(request.uri.query, allowed: QueryParameters.filterNames.union(["width", "label", "size"]))
        let drawing = try MapDrawing(query)
        let (filter, zone, _) = try await filter(query)
        let revision = try await database.read { try $0.revision() }
        return try await cached(request, revision: revision) {
            let most = self.configuration.maximumMapPoints
            let points = try await self.database.read { database in
                var points: [IncidentPoint] = []
                try database.forEachPoint(filter) { point in
                    // Every point is held while the map is drawn: a bound keeps memory flat.
                    guard points.count < most else {
                        throw ServerError(
                            .badRequest, "the filter selects more than \(most) incidents, more than a map draws; narrow the window, region or type")
                    }
                    points.append(point)
                }
                return points
            }
            let svg = try await self.database.compute { try drawing.map(points: points, filter: filter, zone: zone, outlines: try self.outlines()).svg() }
            return CachedResponse(contentType: "image/svg+xml", body: Self.buffer(svg))
        }
    }
}

/// `width`, `label` and `size`, as `timelinectl map` takes them.
struct MapDrawing: Sendable {
    var width: Int
    var labels: Int
    var size: MarkSize

    init(_ query: QueryParameters) throws(ServerError) {
        width = try query.integer("width", in: 320...8000, default: 960)
        labels = try query.integer("label", in: 0...1000, default: 12)
        let sizeName = try query.choice("size", of: MarkSize.allCases.map(\.rawValue), default: MarkSize.count.rawValue)
        size = MarkSize(rawValue: sizeName)!
    }

    func map(points: [IncidentPoint], filter: IncidentFilter, zone: ZoneDesignator, outlines: CountryOutlines) throws -> IncidentMap {
        try IncidentMap(points: points, filter: filter, zone: zone, outlines: outlines, width: width, labels: labels, size: size)
    }
}
