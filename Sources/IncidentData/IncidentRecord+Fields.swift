import Foundation

/// The incident fields shared by every listing and export, in ACLED's column names where one exists.
public enum IncidentField: String, CaseIterable, Sendable {
    case id, event_type, sub_event_type, event_date, occurred_start, occurred_end, occurred_precision, occurred_text
    case time_precision, reported_at, country, country_code, admin1, admin1_code, admin2, location, geonameid
    case latitude, longitude, geo_precision, location_source, location_resolved, fatalities, injured, counts, source, actors, verification, source_id, notes
    case headline, reports, provisional
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
