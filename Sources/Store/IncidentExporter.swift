import GRDBSQLite
import Timeline

/// Writes incidents as GeoJSON (RFC 7946), CSV (RFC 4180), JSON Lines or a JSON array, a row at a time.
///
/// Rows come straight from SQLite's column buffers (``IncidentStore/export(_:format:to:)``): text
/// is escaped from the bytes SQLite holds, numbers and instants are formatted into the sink's
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
    private(set) var count = 0
    /// Zone rules by geonameid: the place's zone dates the event (`event_date`).
    private var zones: [Int64: ZoneRules?] = [:]

    public init(format: Format, sink: OutputSink) {
        self.format = format
        self.sink = sink
    }

    /// The columns, one per ``IncidentField`` in the same order, so column `n` is field `n`
    /// (`event_date`'s column holds the place's zone, from which the date is computed).
    static let selection = """
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
    static let zoneColumn = IncidentField.event_date.column

    /// `"name":` for every field, encoded once.
    private static let keys: [[UInt8]] = IncidentField.allCases.enumerated().map { index, field in
        Array(((index == 0 ? "{" : ",") + "\"" + field.rawValue + "\":").utf8)
    }
    private static let geoJSONStart = Array("{\"type\":\"Feature\",\"id\":".utf8)
    private static let geoJSONPoint = Array(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[".utf8)
    private static let geoJSONProperties = Array("]},\"properties\":".utf8)
    private static let null = Array("null".utf8)
    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)

    public mutating func begin() {
        switch format {
        case .geojson: sink.write("{\"type\":\"FeatureCollection\",\"features\":[\n")
        case .csv: sink.write(IncidentField.allCases.map(\.rawValue).joined(separator: ",") + "\r\n")
        case .json: sink.write("[\n")
        case .jsonl: break
        }
    }

    /// Writes the current row of a statement over ``selection``.
    mutating func write(row statement: OpaquePointer) {
        switch format {
        case .geojson:
            if count > 0 { sink.write(bytes: [0x2C, 0x0A]) }
            sink.write(bytes: Self.geoJSONStart)
            sink.appendInteger(sqlite3_column_int64(statement, 0))
            sink.write(bytes: Self.geoJSONPoint)
            sink.appendCoordinate(sqlite3_column_double(statement, Self.longitudeColumn))
            sink.append(byte: 0x2C)
            sink.appendCoordinate(sqlite3_column_double(statement, Self.latitudeColumn))
            sink.write(bytes: Self.geoJSONProperties)
            object(statement)
            sink.append(byte: 0x7D)
        case .csv:
            for index in Self.kinds.indices {
                if index > 0 { sink.append(byte: 0x2C) }
                value(statement, Int32(index), Self.kinds[index], json: false)
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

    private mutating func object(_ statement: OpaquePointer) {
        for index in Self.kinds.indices {
            sink.write(bytes: Self.keys[index])
            value(statement, Int32(index), Self.kinds[index], json: true)
        }
        sink.append(byte: 0x7D)
    }

    /// One field: JSON null or an empty CSV cell for NULL.
    private mutating func value(_ statement: OpaquePointer, _ column: Int32, _ kind: Kind, json: Bool) {
        let isNull = sqlite3_column_type(statement, column) == SQLITE_NULL
        switch kind {
        case .integer:
            if isNull { nothing(json) } else { sink.appendInteger(sqlite3_column_int64(statement, column)) }
        case .fatalities:
            // ACLED's convention: a report of injuries only is a report of no deaths. The database
            // keeps null (not reported), so a later report's figure is never undercut by an implied zero.
            if !isNull {
                sink.appendInteger(sqlite3_column_int64(statement, column))
            } else if sqlite3_column_type(statement, Self.injuredColumn) != SQLITE_NULL {
                sink.append(byte: 0x30)
            } else {
                nothing(json)
            }
        case .text, .textOrNullIfEmpty, .json:
            let length = Int(sqlite3_column_bytes(statement, column))
            guard !isNull, kind != .textOrNullIfEmpty || length > 0, let text = sqlite3_column_text(statement, column) else {
                return nothing(json)
            }
            if kind == .json {
                json ? sink.append(text, length) : sink.appendCSVCell(text, length)
            } else {
                json ? sink.appendJSONString(text, length) : sink.appendCSVCell(text, length)
            }
        case .instant:
            if json { sink.append(byte: 0x22) }
            sink.appendInstant(sqlite3_column_int64(statement, column))
            if json { sink.append(byte: 0x22) }
        case .eventDate:
            if json { sink.append(byte: 0x22) }
            sink.appendDate(eventDate(statement))
            if json { sink.append(byte: 0x22) }
        case .coordinate:
            sink.appendCoordinate(sqlite3_column_double(statement, column))
        case .bool:
            sink.write(bytes: sqlite3_column_int64(statement, column) != 0 ? Self.trueText : Self.falseText)
        }
    }

    private func nothing(_ json: Bool) {
        if json { sink.write(bytes: Self.null) }
    }

    /// ACLED's `event_date` (see ``IncidentRecord/eventDate``), in the place's zone, looked up once per place.
    private mutating func eventDate(_ statement: OpaquePointer) -> CivilDate {
        let start = sqlite3_column_int64(statement, Self.startColumn)
        let end = sqlite3_column_int64(statement, Self.endColumn)
        let geonameid = sqlite3_column_int64(statement, Self.geonameidColumn)
        let zone: ZoneRules?
        if let known = zones[geonameid] {
            zone = known
        } else {
            zone = sqlite3_column_text(statement, Self.zoneColumn).flatMap { ZoneRules.named(String(cString: $0)) }
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
    var column: Int32 { Int32(Self.allCases.firstIndex(of: self)!) }
}
