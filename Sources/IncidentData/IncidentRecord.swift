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
    public static func selection(withExcerpt: Bool) -> String {
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

    /// Reads a row of ``selection(withExcerpt:)``, column by column in its order.
    public init(row: some ResultRow) {
        id = row.int64(0)
        eventType = row.optionalString(1)
        subEventType = row.optionalString(2)
        occurredStart = Instant(secondsSinceEpoch: row.int64(3))
        occurredEnd = Instant(secondsSinceEpoch: row.int64(4))
        occurredPrecision = row.string(5)
        occurredText = row.optionalString(6)
        timePrecision = row.int(7)
        reportedAt = Instant(secondsSinceEpoch: row.int64(8))
        country = row.string(9)
        countryCode = row.string(10)
        admin1 = row.optionalString(11)
        admin1Code = row.optionalString(12)
        admin2 = row.optionalString(13)
        location = row.string(14)
        placeName = row.string(15)
        geonameid = row.int(16)
        latitude = row.double(17)
        longitude = row.double(18)
        geoPrecision = row.int(19)
        injured = row.optionalInt(21)
        // ACLED's convention: a report of injuries only is a report of no deaths. The database keeps
        // null (not reported), so a later report's figure is never undercut by an implied zero.
        fatalities = row.optionalInt(20) ?? (injured == nil ? nil : 0)
        counts = row.string(22)
        source = row.optionalString(23)
        actors = row.string(24)
        verification = row.string(25)
        notes = row.optionalString(26)
        headline = row.string(27)
        sourceID = row.string(28)
        documentTitle = row.optionalString(29)
        publisher = row.optionalString(30)
        postStampText = row.string(31)
        provisional = row.bool(32)
        timeZone = row.optionalString(33)
        reportCount = row.int(34)
        excerpt = row.optionalString(35)
        locationSource = row.string(36)
        locationResolved = row.bool(37)
    }
}

extension IncidentRecord {
    /// ACLED's `event_date`: the calendar day of the event where it happened, in the place's zone.
    /// An interval of a day or less is dated by the day holding most of it, the earlier on a tie
    /// (`Wednesday night`, 18:00 to 06:00, is Wednesday's; `overnight`, 22:00 to 06:00, the morning's
    /// day, as coders date a night reported the next morning); a longer one (`last weekend`, `in May`)
    /// by its last day, as ACLED dates an event known only to the week.
    public var eventDate: CivilDate {
        Self.eventDate(start: occurredStart, end: occurredEnd, zone: timeZone.flatMap(ZoneRules.named))
    }

    public static func eventDate(start: Instant, end: Instant, zone: ZoneRules?) -> CivilDate {
        let length = end.secondsSinceEpoch - start.secondsSinceEpoch
        // The second before the middle: a night split evenly at midnight stays with its evening.
        let instant = length > 86_400 ? end.adding(seconds: -1) : start.adding(seconds: max(0, length / 2 - 1))
        return zone?.local(instant).date ?? instant.utcDate
    }
}

