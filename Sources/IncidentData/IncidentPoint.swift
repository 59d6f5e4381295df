import Timeline

/// What a map needs of an incident: where, what kind, how grave, and when.
///
/// Read by its own narrow query (``IncidentDatabase/forEachPoint(_:_:)``), so a map of a hundred
/// thousand incidents does not pay for headlines, sources and counts it never shows.
public struct IncidentPoint: Hashable, Sendable {
    public var id: Int64
    public var eventType: String?
    public var subEventType: String?
    public var geonameid: Int
    public var placeName: String
    /// ISO 3166 alpha-2.
    public var countryCode: String
    public var latitude: Double
    public var longitude: Double
    /// ACLED geo_precision: 1 the named place, 2 near it, 3 a region coded to its capital.
    public var geoPrecision: Int
    public var fatalities: Int?
    public var occurredStart: Instant
    public var occurredEnd: Instant
    public var reportedAt: Instant

    public init(
        id: Int64, eventType: String?, subEventType: String?, geonameid: Int, placeName: String, countryCode: String, latitude: Double,
        longitude: Double, geoPrecision: Int, fatalities: Int?, occurredStart: Instant, occurredEnd: Instant, reportedAt: Instant
    ) {
        self.id = id
        self.eventType = eventType
        self.subEventType = subEventType
        self.geonameid = geonameid
        self.placeName = placeName
        self.countryCode = countryCode
        self.latitude = latitude
        self.longitude = longitude
        self.geoPrecision = geoPrecision
        self.fatalities = fatalities
        self.occurredStart = occurredStart
        self.occurredEnd = occurredEnd
        self.reportedAt = reportedAt
    }

    public static let selection = """
        SELECT i.id, i.event_type, i.sub_event_type, i.geonameid, p.name, i.country_code, i.latitude, i.longitude, i.geo_precision,
               i.fatalities, i.occurred_start, i.occurred_end, i.reported_at
        FROM incident i
        JOIN place p ON p.geonameid = i.geonameid
        """

    /// Reads a row of ``selection``, column by column in its order.
    public init(row: some ResultRow) {
        self.init(
            id: row.int64(0), eventType: row.optionalString(1), subEventType: row.optionalString(2), geonameid: row.int(3),
            placeName: row.string(4), countryCode: row.string(5), latitude: row.double(6), longitude: row.double(7),
            geoPrecision: row.int(8), fatalities: row.optionalInt(9), occurredStart: Instant(secondsSinceEpoch: row.int64(10)),
            occurredEnd: Instant(secondsSinceEpoch: row.int64(11)), reportedAt: Instant(secondsSinceEpoch: row.int64(12)))
    }
}

extension IncidentRecord {
    /// The record as a map shows it.
    public var point: IncidentPoint {
        IncidentPoint(
            id: id, eventType: eventType, subEventType: subEventType, geonameid: geonameid, placeName: placeName, countryCode: countryCode,
            latitude: latitude, longitude: longitude, geoPrecision: geoPrecision, fatalities: fatalities, occurredStart: occurredStart,
            occurredEnd: occurredEnd, reportedAt: reportedAt)
    }
}
