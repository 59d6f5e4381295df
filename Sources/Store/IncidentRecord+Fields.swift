import Foundation

/// The incident fields shared by every listing and export, in ACLED's column names where one exists.
public enum IncidentField: String, CaseIterable, Sendable {
    case id, event_type, sub_event_type, event_date, occurred_start, occurred_end, occurred_precision, occurred_text
    case time_precision, reported_at, country, country_code, admin1, admin1_code, admin2, location, geonameid
    case latitude, longitude, geo_precision, location_source, location_resolved, fatalities, injured, counts, source, actors, verification, source_id, notes
    case headline, reports, provisional
}

/// A field's value, typed so each format writes it properly (numbers unquoted, null as null).
public enum FieldValue: Sendable {
    case text(String?)
    case integer(Int?)
    case number(Double)
    case bool(Bool)
    /// JSON written as is (the `counts` object).
    case json(String)
}

extension IncidentRecord {
    public func value(_ field: IncidentField) -> FieldValue {
        switch field {
        case .id: .integer(Int(id))
        case .event_type: .text(eventType)
        case .sub_event_type: .text(subEventType)
        case .event_date: .text(eventDate.iso8601)
        case .occurred_start: .text(occurredStart.iso8601)
        case .occurred_end: .text(occurredEnd.iso8601)
        case .occurred_precision: .text(occurredPrecision)
        case .occurred_text: .text(occurredText)
        case .time_precision: .integer(timePrecision)
        case .reported_at: .text(reportedAt.iso8601)
        // A sea, a continent or a macro-region is in no country: null, not an empty name.
        case .country: .text(country.isEmpty ? nil : country)
        case .country_code: .text(countryCode.isEmpty ? nil : countryCode)
        case .admin1: .text(admin1)
        case .admin1_code: .text(admin1Code)
        case .admin2: .text(admin2)
        case .location: .text(location)
        case .geonameid: .integer(geonameid)
        case .latitude: .number(latitude)
        case .longitude: .number(longitude)
        case .geo_precision: .integer(geoPrecision)
        case .location_source: .text(locationSource)
        case .location_resolved: .bool(locationResolved)
        case .fatalities: .integer(fatalities)
        case .injured: .integer(injured)
        case .counts: .json(counts)
        case .source: .text(source)
        case .actors: .json(actors)
        case .verification: .json(verification)
        case .reports: .integer(reportCount)
        case .source_id: .text(sourceID)
        case .notes: .text(notes)
        case .headline: .text(headline)
        case .provisional: .bool(provisional)
        }
    }
}

/// Coordinates with at most six decimals (about 10 cm), trailing zeros dropped; written by hand
/// because `String(format:)` costs more than the rest of a GeoJSON feature.
public func coordinateText(_ value: Double) -> String {
    let micro = Int64((abs(value) * 1_000_000).rounded())
    guard micro != 0 else { return "0" }
    var text = value < 0 ? "-" : ""
    text += String(micro / 1_000_000)
    var fraction = micro % 1_000_000
    guard fraction != 0 else { return text }
    var digits = 6
    while fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
    }
    let raw = String(fraction)
    return text + "." + String(repeating: "0", count: digits - raw.count) + raw
}
