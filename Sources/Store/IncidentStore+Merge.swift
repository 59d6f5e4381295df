import Foundation
import GRDB
import Geo
import IncidentData
import Incidents
import Timeline

/// A stored incident rebuilt for `IncidentMerger`, with what the row held before a merge.
struct StoredIncident {
    var id: Int64
    var postID: Int64
    var incident: Incident
}

/// A merge: the stored incident's id, as it was and as it is now.
struct MergedReport {
    var id: Int64
    var before: Incident
    var after: Incident
    /// What the full-text row gains; the caller applies it (a load may not have written the row yet).
    var search: SearchTextChange
}

extension IncidentStore {
    /// Folds `incident` into the stored incident `IncidentMerger` takes for the same event; returns
    /// that incident, or nil when none is.
    ///
    /// The rule is the merger's alone (``IncidentMerger/canMerge(_:_:inOneDocument:)``, across
    /// documents): candidates are read broadly (same country, same family of event, occurred within
    /// ``IncidentMerger/undatedReach`` either side of the new report), rebuilt as `Incident` values,
    /// and the oldest that merges takes ``IncidentMerger/absorb(_:into:)``'s result. So a town's
    /// incident and the same event coded to its region become one, and two documents give the
    /// incident one document holding both reports gives. Incidents of the same document were
    /// already merged in memory by the same rule and are not in the scope.
    func mergeIntoStored(
        _ incident: Incident, postIDs: [Int: Int64], databaseLimit: Int64, recent: RecentIncidents?, db: Database
    ) throws -> MergedReport? {
        guard let kind = incident.kind else { return nil }
        // No stored incident precedes a load into an empty table: no query (and no index it would need).
        let stored = databaseLimit > 0 ? try candidates(for: incident, kind: kind, storedBefore: databaseLimit, db: db) : []
        var found = stored.first { IncidentMerger.canMerge($0.incident, incident, inOneDocument: false) }
        if found == nil, let recent {
            for id in recent.candidates(for: incident) {
                let candidate = try storedIncident(id: id, db: db)
                if IncidentMerger.canMerge(candidate.incident, incident, inOneDocument: false) {
                    found = candidate
                    break
                }
            }
        }
        guard var target = found else { return nil }
        try readDetails(into: &target, db: db)
        var merged = target.incident
        IncidentMerger.absorb(incident, into: &merged)
        let search = try write(merged, over: target, report: incident, postIDs: postIDs, db: db)
        return MergedReport(id: target.id, before: target.incident, after: merged, search: search)
    }

    /// What `canMerge` reads of the stored incident `id`.
    private func storedIncident(id: Int64, db: Database) throws -> StoredIncident {
        let sql = "SELECT \(Self.candidateColumns) FROM incident i JOIN place p ON p.geonameid = i.geonameid WHERE i.id = ?"
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [id]) else {
            throw StoreError("incident \(id) vanished while a report was compared with it")
        }
        return try Self.storedIncident(row)
    }

    /// The columns a merge candidate is rebuilt from.
    private static let candidateColumns = """
        i.id, i.post_id, i.sub_event_type, i.location, i.location_precision, i.location_source,
               i.location_resolved, i.geo_precision, i.occurred_start, i.occurred_end, i.occurred_precision,
               i.occurred_text, i.time_precision, i.reported_at, i.provisional,
               p.geonameid, p.name, p.kind, p.country_code, p.country, p.admin1_code, p.admin1, p.admin2_code,
               p.admin2, p.latitude, p.longitude, p.timezone, p.population
        """

    /// Stored incidents that may be reports of the same event as `incident`, oldest first, with
    /// what `canMerge` reads (place, kind, location, time); counts and sources are read on a match.
    private func candidates(for incident: Incident, kind: EventKind, storedBefore: Int64, db: Database) throws -> [StoredIncident] {
        let family = EventKind.allCases.filter { $0.family == kind.family }.map(\.subEventType)
        let marks = Array(repeating: "?", count: family.count).joined(separator: ", ")
        // Across documents two reports are one event only at one place or one inside the other in
        // the same first-order region (a whole country is too coarse): a necessary condition, so
        // the query need not rebuild every incident of the country and week. With a first-order
        // region that condition is the region itself (an incident at the same place is in it), and
        // its index bounds the scan; without one, the country's index and the same place.
        // The overlap with the widened window is split like IncidentFilter's, so each half has a
        // bounded range on the (area, long_span, occurred_start) index.
        let area = incident.place.admin1Code == nil ? "i.country_code" : "i.admin1_code"
        let sql = """
            SELECT \(Self.candidateColumns)
            FROM incident i JOIN place p ON p.geonameid = i.geonameid
            WHERE ((\(area) = ? AND i.long_span = 0 AND i.occurred_start >= ? AND i.occurred_start < ? AND i.occurred_end > ?)
                OR (\(area) = ? AND i.long_span = 1 AND i.occurred_start < ? AND i.occurred_end > ?))
              AND i.sub_event_type IN (\(marks)) AND i.id <= ?\(incident.place.admin1Code == nil ? " AND i.geonameid = ?" : "")
            ORDER BY i.id
            """
        let from = incident.occurred.start.secondsSinceEpoch - IncidentMerger.undatedReach
        let to = incident.occurred.end.secondsSinceEpoch + IncidentMerger.undatedReach
        let areaCode = incident.place.admin1Code ?? incident.place.countryCode
        var arguments: StatementArguments = [areaCode, from - IncidentFilter.shortSpan, to, from, areaCode, to, from]
        _ = arguments.append(contentsOf: StatementArguments(family))
        _ = arguments.append(contentsOf: [storedBefore])
        if incident.place.admin1Code == nil { _ = arguments.append(contentsOf: [incident.place.geonameid]) }
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map(Self.storedIncident)
    }

    /// The candidate row as an `Incident` (no counts, sources or evidence yet).
    private static func storedIncident(_ row: Row) throws -> StoredIncident {
        let id: Int64 = row["id"]
        func parsed<Value>(_ column: String, _ make: (String) -> Value?) throws -> Value {
            let text: String = row[column]
            guard let value = make(text) else { throw StoreError("incident \(id): unknown \(column) '\(text)' in the database") }
            return value
        }
        let start = Instant(secondsSinceEpoch: row["occurred_start"])
        let end = Instant(secondsSinceEpoch: row["occurred_end"])
        guard start <= end else { throw StoreError("incident \(id): occurred_start after occurred_end in the database") }
        let incident = Incident(
            kind: try parsed("sub_event_type", EventKind.init(subEventType:)), place: place(row), location: row["location"],
            locationSource: try parsed("location_source", LocationSource.init(rawValue:)),
            isLocationResolved: row["location_resolved"],
            locationPrecision: try parsed("location_precision", LocationPrecision.init(rawValue:)),
            geoPrecision: row["geo_precision"], occurred: UTCInterval(start: start, end: end),
            occurredPrecision: try parsed("occurred_precision", TimePrecision.init(rawValue:)),
            occurredText: row["occurred_text"], timePrecision: row["time_precision"],
            reportedAt: Instant(secondsSinceEpoch: row["reported_at"]), provisional: row["provisional"], evidence: [])
        return StoredIncident(id: id, postID: row["post_id"], incident: incident)
    }

    /// The stored copy of a gazetteer entry (its `place` row) as a `Place`.
    private static func place(_ row: Row) -> Place {
        let kind: PlaceKind = switch row["kind"] as String {
        case "country": .country
        case "admin1": .firstOrderDivision
        case "admin2": .secondOrderDivision
        default: .populatedPlace
        }
        return Place(
            geonameid: row["geonameid"], name: row["name"], kind: kind, countryCode: row["country_code"],
            countryName: row["country"], admin1Code: row["admin1_code"], admin1Name: row["admin1"],
            admin2Code: row["admin2_code"], admin2Name: row["admin2"],
            coordinate: Coordinate(latitude: row["latitude"], longitude: row["longitude"]), population: row["population"],
            timeZone: row["timezone"])
    }

    /// Reads what `absorb` combines: casualty figures, counts, sources, actors, doubts and notes.
    private func readDetails(into stored: inout StoredIncident, db: Database) throws {
        let id = stored.id
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT fatalities, injured, counts, source, actors, verification, notes FROM incident WHERE id = ?"),
            arguments: [id])
        else { throw StoreError("incident \(id) vanished while a report was merged into it") }
        stored.incident.fatalities = row["fatalities"]
        stored.incident.injured = row["injured"]
        stored.incident.counts = try parseCounts(row["counts"], incident: id)
        stored.incident.sources = (row["source"] as String?).map { $0.components(separatedBy: "; ") } ?? []
        stored.incident.actors = try parseArray(row["actors"], column: "actors", incident: id)
        stored.incident.verification = try parseArray(row["verification"], column: "verification", incident: id)
        stored.incident.notes = row["notes"]
    }

    /// Writes the merged incident over its row, moving its point and text index with it.
    private func write(
        _ merged: Incident, over stored: StoredIncident, report: Incident, postIDs: [Int: Int64], db: Database
    ) throws -> SearchTextChange {
        // The row names the post of the earliest report.
        let reportPost = report.evidence.compactMap { postIDs[$0.post] }.first
        let postID = report.reportedAt < stored.incident.reportedAt ? reportPost ?? stored.postID : stored.postID
        try db.run(
            sql: """
                UPDATE incident SET post_id = ?, event_type = ?, sub_event_type = ?, geonameid = ?, location = ?,
                  geo_precision = ?, location_precision = ?, location_source = ?, location_resolved = ?, country_code = ?,
                  admin1_code = ?, admin2_code = ?, latitude = ?, longitude = ?, occurred_start = ?, occurred_end = ?,
                  occurred_precision = ?, occurred_text = ?, time_precision = ?, reported_at = ?, fatalities = ?, injured = ?,
                  counts = ?, source = ?, actors = ?, verification = ?, notes = ?
                WHERE id = ?
                """,
            arguments: [
                postID, merged.eventType, merged.subEventType, merged.place.geonameid, merged.location, merged.geoPrecision,
                merged.locationPrecision.rawValue, merged.locationSource.rawValue, merged.isLocationResolved,
                merged.place.countryCode, merged.place.admin1Code, merged.place.admin2Code, merged.place.coordinate.latitude,
                merged.place.coordinate.longitude, merged.occurred.start.secondsSinceEpoch, merged.occurred.end.secondsSinceEpoch,
                merged.occurredPrecision.rawValue, merged.occurredText, merged.timePrecision, merged.reportedAt.secondsSinceEpoch,
                merged.fatalities, merged.injured, countsJSON(merged.counts), merged.source, jsonArray(merged.actors),
                jsonArray(merged.verification), merged.notes, stored.id,
            ])
        if merged.place.geonameid != stored.incident.place.geonameid {
            let point = merged.place.coordinate
            try db.run(
                sql: "UPDATE incident_rtree SET min_lon = ?, max_lon = ?, min_lat = ?, max_lat = ? WHERE id = ?",
                arguments: [point.longitude, point.longitude, point.latitude, point.latitude, stored.id])
        }
        // `--text` finds an incident by the words of every report, as when one document held them all.
        var excerpts: [String] = []
        for evidence in report.evidence {
            guard let post = postIDs[evidence.post] else { continue }
            let known = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM incident_source WHERE incident_id = ? AND post_id = ? AND range_start = ?"),
                arguments: [stored.id, post, evidence.range.lowerBound]) ?? false
            if !known { excerpts.append(evidence.excerpt) }
        }
        return SearchTextChange(excerpts: excerpts, headlinePost: postID != stored.postID ? postID : nil)
    }
}

/// What a merge adds to an incident's full-text row: the new reports' words, and the headline of
/// the post that now names it.
struct SearchTextChange {
    var excerpts: [String]
    var headlinePost: Int64?

    /// Applies the change to the incident's row of `incident_fts`.
    func apply(to id: Int64, db: Database) throws {
        if !excerpts.isEmpty {
            try db.run(
                sql: "UPDATE incident_fts SET notes = notes || ' ' || ? WHERE rowid = ?",
                arguments: [excerpts.joined(separator: " "), id])
        }
        if let headlinePost {
            try db.run(
                sql: "UPDATE incident_fts SET headline = (SELECT headline FROM post WHERE id = ?) WHERE rowid = ?",
                arguments: [headlinePost, id])
        }
    }
}
