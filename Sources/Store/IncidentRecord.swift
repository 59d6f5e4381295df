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
    /// How the place was found: `attached` by grammar, else `paragraph`, `headline`, `dateline` or `document`.
    public var locationSource: String
    /// False when `location` names a place the gazetteer lacks and the incident stands at its container.
    public var locationResolved: Bool
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

    /// The columns every listing reads, in the order ``init(row:)`` takes them by position
    /// (reading by position keeps a million-row export from looking up names a million times).
    static func selection(withExcerpt: Bool) -> String {
        """
        SELECT i.id, i.event_type, i.sub_event_type, i.occurred_start, i.occurred_end, i.occurred_precision,
               i.occurred_text, i.time_precision, i.reported_at, p.country, i.country_code, p.admin1, i.admin1_code,
               p.admin2, i.location, p.name, i.geonameid, i.latitude, i.longitude, i.geo_precision,
               i.fatalities, i.injured, i.counts, i.source, i.actors, i.verification, i.notes, post.headline,
               d.source_id, d.title, d.publisher, post.stamp_text, i.provisional, p.timezone,
               i.report_count,
               \(withExcerpt ? "(SELECT excerpt FROM incident_source s WHERE s.incident_id = i.id ORDER BY s.range_start LIMIT 1)" : "NULL"),
               i.location_source, i.location_resolved
        FROM incident i
        JOIN place p ON p.geonameid = i.geonameid
        JOIN post ON post.id = i.post_id
        JOIN document d ON d.id = post.document_id
        """
    }

    init(row: Row) {
        id = row[0]
        eventType = row[1]
        subEventType = row[2]
        occurredStart = Instant(secondsSinceEpoch: row[3])
        occurredEnd = Instant(secondsSinceEpoch: row[4])
        occurredPrecision = row[5]
        occurredText = row[6]
        timePrecision = row[7]
        reportedAt = Instant(secondsSinceEpoch: row[8])
        country = row[9]
        countryCode = row[10]
        admin1 = row[11]
        admin1Code = row[12]
        admin2 = row[13]
        location = row[14]
        placeName = row[15]
        geonameid = row[16]
        latitude = row[17]
        longitude = row[18]
        geoPrecision = row[19]
        injured = row[21]
        // ACLED's convention: a report of injuries only is a report of no deaths. The database keeps
        // null (not reported), so a later report's figure is never undercut by an implied zero.
        fatalities = row[20] ?? (injured == nil ? nil : 0)
        counts = row[22]
        source = row[23]
        actors = row[24]
        verification = row[25]
        notes = row[26]
        headline = row[27]
        sourceID = row[28]
        documentTitle = row[29]
        publisher = row[30]
        postStampText = row[31]
        provisional = row[32]
        timeZone = row[33]
        reportCount = row[34]
        excerpt = row[35]
        locationSource = row[36]
        locationResolved = row[37]
    }
}

extension IncidentRecord {
    /// ACLED's `event_date`: the calendar day of the event where it happened, in the place's zone.
    /// An interval of a day or less is dated by its start (`Wednesday night` is Wednesday's, `before
    /// midnight Monday` Monday's); a longer one (`last weekend`, `in May`) by its last day, as ACLED
    /// dates an event known only to the week.
    public var eventDate: CivilDate {
        Self.eventDate(start: occurredStart, end: occurredEnd, zone: timeZone.flatMap(ZoneRules.named))
    }

    static func eventDate(start: Instant, end: Instant, zone: ZoneRules?) -> CivilDate {
        let instant = end.secondsSinceEpoch - start.secondsSinceEpoch > 86_400 ? end.adding(seconds: -1) : start
        return zone?.local(instant).date ?? instant.utcDate
    }
}

extension IncidentStore {
    /// The incidents a filter selects, in occurred (or reported) order.
    public func incidents(_ filter: IncidentFilter, withExcerpts: Bool = false) throws -> [IncidentRecord] {
        var records: [IncidentRecord] = []
        try forEachIncident(filter, withExcerpts: withExcerpts) { records.append($0) }
        return records
    }

    /// Streams the selected incidents one at a time, so exports stay flat in memory.
    public func forEachIncident(_ filter: IncidentFilter, withExcerpts: Bool = false, _ body: (IncidentRecord) throws -> Void) throws {
        try forEachRow(IncidentRecord.selection(withExcerpt: withExcerpts), filter) { try body(IncidentRecord(row: $0)) }
    }

    /// Runs `selection` (over `incident AS i`) under the filter's conditions, order and limit.
    func forEachRow(_ selection: String, _ filter: IncidentFilter, _ body: (Row) throws -> Void) throws {
        let (sql, arguments) = filter.query(selection)
        try writer.read { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() { try body(row) }
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
