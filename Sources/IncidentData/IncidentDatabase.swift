import Foundation
import Incidents

/// Counts of what a database holds.
public struct IncidentTotals: Hashable, Sendable {
    public var documents: Int
    public var posts: Int
    public var incidents: Int
    public var places: Int

    public init(documents: Int, posts: Int, incidents: Int, places: Int) {
        self.documents = documents
        self.posts = posts
        self.incidents = incidents
        self.places = places
    }
}

/// An incident database, whatever engine holds it: what every command needs of one.
///
/// Two implementations: `IncidentStore` (SQLite, one file, the default) and
/// `PostgresIncidentStore` (PostgreSQL with PostGIS, for a team). On the same inputs they store
/// the same incidents and every method here answers the same; the tests compare them.
public protocol IncidentDatabase: AnyObject, Sendable {
    /// Writes a document atomically and idempotently, merging reports of known events.
    func ingest(_ document: ExtractedDocument, at now: Date) throws -> IngestOutcome
    /// Ingests the documents `body` hands to its argument as one load: the same result as one
    /// ingest each, at lower cost.
    func load(at now: Date, limits: LoadLimits, _ body: (_ ingest: (ExtractedDocument) throws -> IngestOutcome) throws -> Void) throws
    /// Streams the selected incidents in occurred (or reported) order.
    func forEachIncident(_ filter: IncidentFilter, withExcerpts: Bool, _ body: (IncidentRecord) throws -> Void) throws
    /// Streams the selected incidents' points, in the same order as ``forEachIncident(_:withExcerpts:_:)``.
    func forEachPoint(_ filter: IncidentFilter, _ body: (IncidentPoint) throws -> Void) throws
    /// Writes the selected incidents to `sink` in `format`; returns how many.
    @discardableResult
    func export(_ filter: IncidentFilter, format: IncidentExporter.Format, to sink: OutputSink) throws -> Int
    /// Writes the selected incidents' rows to `exporter`, without its opening and closing: a
    /// caller that streams pages (a web server) frames the whole once.
    func exportRows(_ filter: IncidentFilter, into exporter: inout IncidentExporter) throws
    /// Incidents per region at one level, sorted by count (then name).
    func regions(level: RegionScope.Level, filter: IncidentFilter) throws -> [RegionSummary]
    /// A number every change to the stored incidents raises (any ingest that adds or changes
    /// something), for caches and conditional requests.
    func revision() throws -> Int64
    /// Counts of documents, posts, incidents and places.
    func totals() throws -> IncidentTotals
    /// The last successful fetch of `url`, for a conditional request.
    func lastFetch(of url: String) throws -> StoredFetch?
    /// Records a fetch whose page was ingested, replacing the one before.
    func recordFetch(_ fetch: StoredFetch) throws
}

extension IncidentDatabase {
    /// The incidents a filter selects, in occurred (or reported) order.
    public func incidents(_ filter: IncidentFilter, withExcerpts: Bool = false) throws -> [IncidentRecord] {
        var records: [IncidentRecord] = []
        try forEachIncident(filter, withExcerpts: withExcerpts) { records.append($0) }
        return records
    }

    @discardableResult
    public func ingest(_ document: ExtractedDocument) throws -> IngestOutcome { try ingest(document, at: Date()) }
}
