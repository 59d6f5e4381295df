import GRDB
import Timeline

/// An incident as every listing and export shows it, in ACLED's column names where one exists.
public struct IncidentRecord: Hashable, Sendable {
    public var id: Int64
    public var eventType: String?
    public var subEventType: String?
    public var occurredStart: Instant
    public var occurredEnd: Instant
    public var occurredPrecision: String
    public var occurredText: String?
    public var timePrecision: Int
    public var reportedAt: Instant
    public var country: String
    public var countryCode: String
    public var admin1: String?
    public var admin1Code: String?
    public var admin2: String?
    public var location: String
    public var placeName: String
    public var geonameid: Int
    public var latitude: Double
    public var longitude: Double
    public var geoPrecision: Int
    public var fatalities: Int?
    public var injured: Int?
    /// JSON object of other counts (`{"drones":{"qualifier":"about","value":10}}`).
    public var counts: String
    public var source: String?
    /// JSON arrays: armed actors named; doubts the text states.
    public var actors: String
    public var verification: String
    public var notes: String?
    public var headline: String
    /// The input's id or path.
    public var sourceID: String
    public var documentTitle: String?
    public var publisher: String?
    public var postStampText: String
    public var provisional: Bool
    public var timeZone: String?
    /// The text of the first report (its paragraph), for summaries.
    public var excerpt: String?
    /// How many reports (posts) the incident has.
    public var reportCount: Int

    static let selection = """
        SELECT i.id, i.event_type, i.sub_event_type, i.occurred_start, i.occurred_end, i.occurred_precision,
               i.occurred_text, i.time_precision, i.reported_at, p.country, i.country_code, p.admin1, i.admin1_code,
               p.admin2, i.location, p.name AS place_name, i.geonameid, i.latitude, i.longitude, i.geo_precision,
               i.fatalities, i.injured, i.counts, i.source, i.actors, i.verification, i.notes, post.headline, d.source_id, d.title AS document_title, d.publisher,
               post.stamp_text, i.provisional, p.timezone,
               (SELECT excerpt FROM incident_source s WHERE s.incident_id = i.id ORDER BY s.range_start LIMIT 1) AS excerpt,
               (SELECT count(DISTINCT s.post_id) FROM incident_source s WHERE s.incident_id = i.id) AS report_count
        FROM incident i
        JOIN place p ON p.geonameid = i.geonameid
        JOIN post ON post.id = i.post_id
        JOIN document d ON d.id = post.document_id
        """

    init(row: Row) {
        id = row["id"]
        eventType = row["event_type"]
        subEventType = row["sub_event_type"]
        occurredStart = Instant(secondsSinceEpoch: row["occurred_start"])
        occurredEnd = Instant(secondsSinceEpoch: row["occurred_end"])
        occurredPrecision = row["occurred_precision"]
        occurredText = row["occurred_text"]
        timePrecision = row["time_precision"]
        reportedAt = Instant(secondsSinceEpoch: row["reported_at"])
        country = row["country"]
        countryCode = row["country_code"]
        admin1 = row["admin1"]
        admin1Code = row["admin1_code"]
        admin2 = row["admin2"]
        location = row["location"]
        placeName = row["place_name"]
        geonameid = row["geonameid"]
        latitude = row["latitude"]
        longitude = row["longitude"]
        geoPrecision = row["geo_precision"]
        fatalities = row["fatalities"]
        injured = row["injured"]
        counts = row["counts"]
        source = row["source"]
        actors = row["actors"]
        verification = row["verification"]
        notes = row["notes"]
        headline = row["headline"]
        sourceID = row["source_id"]
        documentTitle = row["document_title"]
        publisher = row["publisher"]
        postStampText = row["stamp_text"]
        provisional = row["provisional"]
        timeZone = row["timezone"]
        excerpt = row["excerpt"]
        reportCount = row["report_count"]
    }
}

extension IncidentStore {
    /// The incidents a filter selects, in occurred (or reported) order.
    public func incidents(_ filter: IncidentFilter) throws -> [IncidentRecord] {
        var records: [IncidentRecord] = []
        try forEachIncident(filter) { records.append($0) }
        return records
    }

    /// Streams the selected incidents one at a time, so exports stay flat in memory.
    public func forEachIncident(_ filter: IncidentFilter, _ body: (IncidentRecord) throws -> Void) throws {
        let (whereSQL, arguments) = filter.whereClause()
        let order = filter.by == .occurred ? "i.occurred_start, i.id" : "i.reported_at, i.id"
        var sql = IncidentRecord.selection + "\n" + whereSQL + "\nORDER BY " + order
        var allArguments = arguments
        if let limit = filter.limit {
            sql += " LIMIT ?"
            _ = allArguments.append(contentsOf: [limit])
        }
        try writer.read { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: allArguments)
            while let row = try cursor.next() { try body(IncidentRecord(row: row)) }
        }
    }

    /// Counts of what the database holds.
    public func totals() throws -> (documents: Int, posts: Int, incidents: Int, places: Int) {
        try writer.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM post") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM incident") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM place") ?? 0
            )
        }
    }
}
