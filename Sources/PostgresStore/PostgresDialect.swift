import IncidentData

/// PostgreSQL's SQL for what differs between backends: `$n` markers, PostGIS for boxes and
/// distances (a GiST index on `geography`), a `tsvector` with a GIN index for words.
struct PostgresDialect: SQLDialect {
    func parameterMarker(_ number: Int) -> String { "$\(number)" }

    func boxCondition(longitudeRanges: [(west: Double, east: Double)], south: Double, north: Double, _ sql: inout SQLBuilder<Self>) -> String {
        // Inside the box, as SQLite's R*Tree test reads it (a point on the edge is inside).
        let parts = longitudeRanges.map { range in
            "i.location_point::geometry @ ST_MakeEnvelope(\(sql.bind(.real(range.west))), \(sql.bind(.real(south))), "
                + "\(sql.bind(.real(range.east))), \(sql.bind(.real(north))), 4326)"
        }
        return "(" + parts.joined(separator: " OR ") + ")"
    }

    func nearCondition(latitude: Double, longitude: Double, kilometres: Double, _ sql: inout SQLBuilder<Self>) -> String {
        // ST_DWithin on geography uses the GiST index; the exact test is then the same great-circle
        // formula SQLite's distance_km computes (on a sphere of the mean radius), so both backends
        // draw the circle's edge at the same place.
        let lat = sql.bind(.real(latitude)), lon = sql.bind(.real(longitude)), km = sql.bind(.real(kilometres))
        return """
            ST_DWithin(i.location_point, ST_SetSRID(ST_MakePoint(\(lon), \(lat)), 4326)::geography, \(km) * 1000 * 1.01) \
            AND timeline_distance_km(\(lat), \(lon), i.latitude, i.longitude) <= \(km)
            """
    }

    func textCondition(words: [String], _ sql: inout SQLBuilder<Self>) -> String {
        // Every word, literally: plainto_tsquery reads operators and quotes as plain text.
        "i.search @@ plainto_tsquery('simple', \(sql.bind(.text(words.joined(separator: " ")))))"
    }
}
