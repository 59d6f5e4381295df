import Timeline

/// Writes incidents as GeoJSON (RFC 7946), CSV (RFC 4180), JSON Lines or a JSON array, a row at a time.
///
/// Rows come straight from the database's buffers (a ``ResultRow`` of ``selection``): text is
/// escaped from the bytes the driver holds, numbers and instants are formatted into the sink's
/// buffer, so a million-incident export allocates nothing per value.
public struct IncidentExporter {
    public enum Format: String, CaseIterable, Sendable {
        case geojson, csv, jsonl, json
    }

    /// How a field's column is written.
    enum Kind {
        case integer, text, textOrNullIfEmpty, instant, eventDate, coordinate, bool, json, fatalities
    }

    public let format: Format
    private let sink: OutputSink
    public private(set) var count = 0
    /// The last row written, as a cursor on each time axis: where the next page starts.
    public private(set) var lastKey: (id: Int64, occurredStart: Int64, reportedAt: Int64)?
    /// Zone rules by geonameid: the place's zone dates the event (`event_date`).
    private var zones: [Int64: ZoneRules?] = [:]

    public init(format: Format, sink: OutputSink) {
        self.format = format
        self.sink = sink
    }

    /// The columns, one per ``IncidentField`` in the same order, so column `n` is field `n`
    /// (`event_date`'s column holds the place's zone, from which the date is computed).
    public static let selection = """
        SELECT i.id, i.event_type, i.sub_event_type, p.timezone, i.occurred_start, i.occurred_end, i.occurred_precision,
               i.occurred_text, i.time_precision, i.reported_at, p.country, i.country_code, p.admin1, i.admin1_code,
               p.admin2, i.location, i.geonameid, i.latitude, i.longitude, i.geo_precision, i.location_source,
               i.location_resolved, i.fatalities, i.injured, i.counts, i.source, i.actors, i.verification, d.source_id,
               i.notes, post.headline, i.report_count,
               i.provisional
        FROM incident i
        JOIN place p ON p.geonameid = i.geonameid
        JOIN post ON post.id = i.post_id
        JOIN document d ON d.id = post.document_id
        """

    static let kinds: [Kind] = IncidentField.allCases.map { field in
        switch field {
        case .id, .time_precision, .geonameid, .geo_precision, .injured, .reports: .integer
        case .event_date: .eventDate
        case .occurred_start, .occurred_end, .reported_at: .instant
        case .country, .country_code: .textOrNullIfEmpty  // a sea or a continent is in no country
        case .latitude, .longitude: .coordinate
        case .location_resolved, .provisional: .bool
        case .counts, .actors, .verification: .json
        case .fatalities: .fatalities
        case .event_type, .sub_event_type, .occurred_precision, .occurred_text, .admin1, .admin1_code, .admin2, .location,
            .location_source, .source, .source_id, .notes, .headline: .text
        }
    }

    static let longitudeColumn = IncidentField.longitude.column, latitudeColumn = IncidentField.latitude.column
    static let injuredColumn = IncidentField.injured.column, geonameidColumn = IncidentField.geonameid.column
    static let startColumn = IncidentField.occurred_start.column, endColumn = IncidentField.occurred_end.column
    static let zoneColumn = IncidentField.event_date.column, reportedColumn = IncidentField.reported_at.column

    /// `"name":` for every field, encoded once.
    private static let keys: [[UInt8]] = IncidentField.allCases.enumerated().map { index, field in
        Array(((index == 0 ? "{" : ",") + "\"" + field.rawValue + "\":").utf8)
    }
    private static let geoJSONStart = Array("{\"type\":\"Feature\",\"id\":".utf8)
    private static let geoJSONPoint = Array(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[".utf8)
    private static let geoJSONProperties = Array("]},\"properties\":".utf8)
    private static let null = Array("null".utf8)
    /// Where an empty text points when its driver gives no address (never written through).
    nonisolated(unsafe) private static let emptyText = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))
    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)

    /// Where the next page starts after the rows written so far, on `axis`; nil before any.
    public func cursor(on axis: IncidentFilter.TimeAxis) -> IncidentCursor? {
        lastKey.map { IncidentCursor(time: axis == .occurred ? $0.occurredStart : $0.reportedAt, id: $0.id) }
    }

    public mutating func begin() {
        switch format {
        case .geojson: sink.write("{\"type\":\"FeatureCollection\",\"features\":[\n")
        case .csv: sink.write(IncidentField.allCases.map(\.rawValue).joined(separator: ",") + "\r\n")
        case .json: sink.write("[\n")
        case .jsonl: break
        }
    }

    /// Writes a row of ``selection``.
    public mutating func write(row statement: some ResultRow) {
        lastKey = (statement.int64(0), statement.int64(Self.startColumn), statement.int64(Self.reportedColumn))
        switch format {
        case .geojson:
            if count > 0 { sink.write(bytes: [0x2C, 0x0A]) }
            sink.write(bytes: Self.geoJSONStart)
            sink.appendInteger(statement.int64(0))
            sink.write(bytes: Self.geoJSONPoint)
            sink.appendCoordinate(statement.double(Self.longitudeColumn))
            sink.append(byte: 0x2C)
            sink.appendCoordinate(statement.double(Self.latitudeColumn))
            sink.write(bytes: Self.geoJSONProperties)
            object(statement)
            sink.append(byte: 0x7D)
        case .csv:
            for index in Self.kinds.indices {
                if index > 0 { sink.append(byte: 0x2C) }
                value(statement, index, Self.kinds[index], json: false)
            }
            sink.write(bytes: [0x0D, 0x0A])
        case .jsonl:
            object(statement)
            sink.append(byte: 0x0A)
        case .json:
            if count > 0 { sink.write(bytes: [0x2C, 0x0A]) }
            object(statement)
        }
        count += 1
        sink.flushIfFull()
    }

    private mutating func object(_ statement: some ResultRow) {
        for index in Self.kinds.indices {
            sink.write(bytes: Self.keys[index])
            value(statement, index, Self.kinds[index], json: true)
        }
        sink.append(byte: 0x7D)
    }

    /// One field: JSON null or an empty CSV cell for NULL.
    private mutating func value(_ statement: some ResultRow, _ column: Int, _ kind: Kind, json: Bool) {
        let isNull = statement.isNull(column)
        switch kind {
        case .integer:
            if isNull { nothing(json) } else { sink.appendInteger(statement.int64(column)) }
        case .fatalities:
            // ACLED's convention: a report of injuries only is a report of no deaths. The database
            // keeps null (not reported), so a later report's figure is never undercut by an implied zero.
            if !isNull {
                sink.appendInteger(statement.int64(column))
            } else if !statement.isNull(Self.injuredColumn) {
                sink.append(byte: 0x30)
            } else {
                nothing(json)
            }
        case .text, .textOrNullIfEmpty, .json:
            guard !isNull else { return nothing(json) }
            statement.withText(column) { text in
                guard kind != .textOrNullIfEmpty || !text.isEmpty else { return nothing(json) }
                let base = text.baseAddress ?? Self.emptyText
                if kind == .json {
                    json ? sink.append(base, text.count) : sink.appendCSVCell(base, text.count)
                } else {
                    json ? sink.appendJSONString(base, text.count) : sink.appendCSVCell(base, text.count)
                }
            }
        case .instant:
            if json { sink.append(byte: 0x22) }
            sink.appendInstant(statement.int64(column))
            if json { sink.append(byte: 0x22) }
        case .eventDate:
            if json { sink.append(byte: 0x22) }
            sink.appendDate(eventDate(statement))
            if json { sink.append(byte: 0x22) }
        case .coordinate:
            sink.appendCoordinate(statement.double(column))
        case .bool:
            sink.write(bytes: statement.bool(column) ? Self.trueText : Self.falseText)
        }
    }

    private func nothing(_ json: Bool) {
        if json { sink.write(bytes: Self.null) }
    }

    /// ACLED's `event_date` (see ``IncidentRecord/eventDate``), in the place's zone, looked up once per place.
    private mutating func eventDate(_ statement: some ResultRow) -> CivilDate {
        let start = statement.int64(Self.startColumn)
        let end = statement.int64(Self.endColumn)
        let geonameid = statement.int64(Self.geonameidColumn)
        let zone: ZoneRules?
        if let known = zones[geonameid] {
            zone = known
        } else {
            zone = statement.isNull(Self.zoneColumn) ? nil : ZoneRules.named(statement.string(Self.zoneColumn))
            zones[geonameid] = zone
        }
        return IncidentRecord.eventDate(start: Instant(secondsSinceEpoch: start), end: Instant(secondsSinceEpoch: end), zone: zone)
    }

    public mutating func end() throws {
        switch format {
        case .geojson: sink.write("\n]}\n")
        case .json: sink.write("\n]\n")
        case .csv, .jsonl: break
        }
        try sink.finish()
    }
}

extension IncidentField {
    /// The field's position, which is also its column in ``IncidentExporter/selection``.
    var column: Int { Self.allCases.firstIndex(of: self)! }
}
