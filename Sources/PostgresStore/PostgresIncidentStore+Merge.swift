import Foundation
import Geo
import IncidentData
import Incidents
import Timeline

extension PostgresIncidentStore {
    /// Folds `incident` into the stored incident `IncidentMerger` takes for the same event; false
    /// when none is. The same candidates, rule and result as the SQLite store's merge.
    func mergeIntoStored(_ incident: Incident, postIDs: [Int: Int64], storedBefore: Int64) throws -> Bool {
        guard let kind = incident.kind, storedBefore > 0 else { return false }
        let candidates = try self.candidates(for: incident, kind: kind, storedBefore: storedBefore)
        guard let target = candidates.first(where: { IncidentMerger.canMerge($0.incident, incident, inOneDocument: false) }) else {
            return false
        }
        var stored = target
        try readDetails(into: &stored)
        var merged = stored.incident
        IncidentMerger.absorb(incident, into: &merged)
        try write(merged, over: stored, report: incident, postIDs: postIDs)
        try addSources(of: incident, to: stored.id, postIDs: postIDs, merged: true)
        return true
    }

    private struct Candidate {
        var id: Int64
        var postID: Int64
        var incident: Incident
    }

    /// Stored incidents that may report the same event, oldest first: the same area (first-order
    /// region, else country and place), family of event and widened time window as SQLite's query.
    private func candidates(for incident: Incident, kind: EventKind, storedBefore: Int64) throws -> [Candidate] {
        let family = EventKind.allCases.filter { $0.family == kind.family }.map(\.subEventType)
        let area = incident.place.admin1Code == nil ? "i.country_code" : "i.admin1_code"
        let from = incident.occurred.start.secondsSinceEpoch - IncidentMerger.undatedReach
        let to = incident.occurred.end.secondsSinceEpoch + IncidentMerger.undatedReach
        let areaCode = incident.place.admin1Code ?? incident.place.countryCode
        var values: [SQLValue] = [.text(areaCode), .integer(from - IncidentFilter.shortSpan), .integer(to), .integer(from), .integer(storedBefore)]
        let familyMarks = family.map { name -> String in
            values.append(.text(name))
            return "$\(values.count)"
        }.joined(separator: ", ")
        var samePlace = ""
        if incident.place.admin1Code == nil {
            values.append(.int(incident.place.geonameid))
            samePlace = " AND i.geonameid = $\(values.count)"
        }
        let sql = """
            SELECT i.id, i.post_id, i.sub_event_type, i.location, i.location_precision, i.location_source,
                   i.location_resolved, i.geo_precision, i.occurred_start, i.occurred_end, i.occurred_precision,
                   i.occurred_text, i.time_precision, i.reported_at, i.provisional,
                   p.geonameid, p.name, p.kind, p.country_code, p.country, p.admin1_code, p.admin1, p.admin2_code,
                   p.admin2, p.latitude, p.longitude, p.timezone, p.population
            FROM incident i JOIN place p ON p.geonameid = i.geonameid
            WHERE ((\(area) = $1 AND NOT i.long_span AND i.occurred_start >= $2 AND i.occurred_start < $3 AND i.occurred_end > $4)
                OR (\(area) = $1 AND i.long_span AND i.occurred_start < $3 AND i.occurred_end > $4))
              AND i.id <= $5 AND i.sub_event_type IN (\(familyMarks))\(samePlace)
            ORDER BY i.id
            """
        return try session.query(sql, values).map(Self.candidate)
    }

    /// A candidate row as an `Incident` (no counts, sources or evidence yet).
    private static func candidate(_ row: some ResultRow) throws -> Candidate {
        let id = row.int64(0)
        func parsed<Value>(_ column: Int, _ name: String, _ make: (String) -> Value?) throws -> Value {
            let text = row.string(column)
            guard let value = make(text) else { throw StoreError("incident \(id): unknown \(name) '\(text)' in the database") }
            return value
        }
        let start = Instant(secondsSinceEpoch: row.int64(8)), end = Instant(secondsSinceEpoch: row.int64(9))
        let kind: PlaceKind =
            switch row.string(17) {
            case "country": .country
            case "admin1": .firstOrderDivision
            case "admin2": .secondOrderDivision
            default: .populatedPlace
            }
        let place = Place(
            geonameid: row.int(15), name: row.string(16), kind: kind, countryCode: row.string(18), countryName: row.string(19),
            admin1Code: row.optionalString(20), admin1Name: row.optionalString(21), admin2Code: row.optionalString(22),
            admin2Name: row.optionalString(23), coordinate: Coordinate(latitude: row.double(24), longitude: row.double(25)),
            population: row.int(27), timeZone: row.optionalString(26))
        let incident = Incident(
            kind: try parsed(2, "sub_event_type", EventKind.init(subEventType:)), place: place, location: row.string(3),
            locationSource: try parsed(5, "location_source", LocationSource.init(rawValue:)), isLocationResolved: row.bool(6),
            locationPrecision: try parsed(4, "location_precision", LocationPrecision.init(rawValue:)), geoPrecision: row.int(7),
            occurred: UTCInterval(start: start, end: end),
            occurredPrecision: try parsed(10, "occurred_precision", TimePrecision.init(rawValue:)), occurredText: row.optionalString(11),
            timePrecision: row.int(12), reportedAt: Instant(secondsSinceEpoch: row.int64(13)), provisional: row.bool(14), evidence: [])
        return Candidate(id: id, postID: row.int64(1), incident: incident)
    }

    /// Reads what `absorb` combines: casualty figures, counts, sources, actors, doubts and notes.
    private func readDetails(into stored: inout Candidate) throws {
        let id = stored.id
        guard let row = try session.query(
            "SELECT fatalities, injured, counts, source, actors, verification, notes FROM incident WHERE id = $1", [.integer(id)]
        ).first else { throw StoreError("incident \(id) vanished while a report was merged into it") }
        stored.incident.fatalities = row.optionalInt(0)
        stored.incident.injured = row.optionalInt(1)
        stored.incident.counts = try parseCounts(row.string(2), incident: id)
        stored.incident.sources = row.optionalString(3).map { $0.components(separatedBy: "; ") } ?? []
        stored.incident.actors = try parseArray(row.string(4), column: "actors", incident: id)
        stored.incident.verification = try parseArray(row.string(5), column: "verification", incident: id)
        stored.incident.notes = row.optionalString(6)
    }

    /// Writes the merged incident over its row, with the new reports' words for `--text`.
    private func write(_ merged: Incident, over stored: Candidate, report: Incident, postIDs: [Int: Int64]) throws {
        // The row names the post of the earliest report.
        let reportPost = report.evidence.compactMap { postIDs[$0.post] }.first
        let postID = report.reportedAt < stored.incident.reportedAt ? reportPost ?? stored.postID : stored.postID
        // `--text` finds an incident by the words of every report, as when one document held them all.
        var excerpts: [String] = []
        for evidence in report.evidence {
            guard let post = postIDs[evidence.post] else { continue }
            let known = try session.query(
                "SELECT 1 FROM incident_source WHERE incident_id = $1 AND post_id = $2 AND range_start = $3",
                [.integer(stored.id), .integer(post), .int(evidence.range.lowerBound)])
            if known.isEmpty { excerpts.append(evidence.excerpt) }
        }
        try session.query(
            """
            UPDATE incident SET post_id = $1, event_type = $2, sub_event_type = $3, geonameid = $4, location = $5,
              geo_precision = $6, location_precision = $7, location_source = $8, location_resolved = $9, country_code = $10,
              admin1_code = $11, admin2_code = $12, latitude = $13, longitude = $14, occurred_start = $15, occurred_end = $16,
              occurred_precision = $17, occurred_text = $18, time_precision = $19, reported_at = $20, fatalities = $21, injured = $22,
              counts = $23, source = $24, actors = $25, verification = $26, notes = $27,
              search_text = CASE WHEN $29 = '' THEN search_text ELSE search_text || ' ' || $29 END,
              search_headline = CASE WHEN $30 THEN (SELECT headline FROM post WHERE id = $1) ELSE search_headline END
            WHERE id = $28
            """,
            [.integer(postID), .optional(merged.eventType), .optional(merged.subEventType), .int(merged.place.geonameid),
             .text(merged.location), .int(merged.geoPrecision), .text(merged.locationPrecision.rawValue),
             .text(merged.locationSource.rawValue), .bool(merged.isLocationResolved), .text(merged.place.countryCode),
             .optional(merged.place.admin1Code), .optional(merged.place.admin2Code), .real(merged.place.coordinate.latitude),
             .real(merged.place.coordinate.longitude), .integer(merged.occurred.start.secondsSinceEpoch),
             .integer(merged.occurred.end.secondsSinceEpoch), .text(merged.occurredPrecision.rawValue), .optional(merged.occurredText),
             .int(merged.timePrecision), .integer(merged.reportedAt.secondsSinceEpoch), .optional(merged.fatalities),
             .optional(merged.injured), .text(countsJSON(merged.counts)), .optional(merged.source), .text(jsonArray(merged.actors)),
             .text(jsonArray(merged.verification)), .optional(merged.notes), .integer(stored.id),
             .text(excerpts.joined(separator: " ")), .bool(postID != stored.postID)])
    }
}
