import IncidentData
import Timeline

/// A map's title and subtitle: the time window in the reader's zone, and what was selected.
public enum MapCaption {
    /// `Incidents, 30 May 2023 22:00 to 1 June 2023 09:00 (Europe/Moscow)`: the filter's window,
    /// or when it has none the days the incidents span.
    public static func title(filter: IncidentFilter, zone: ZoneDesignator, points: [IncidentPoint]) throws -> String {
        "Incidents, " + (try window(filter: filter, zone: zone, points: points)) + " (\(zone.identifier))"
    }

    /// `9 incidents at 8 places · by when they occurred · Belgorod Oblast · types: Battles`.
    public static func subtitle(filter: IncidentFilter, points: [IncidentPoint]) -> String {
        let places = Set(points.map(\.geonameid)).count
        var parts = ["\(points.count) incident\(points.count == 1 ? "" : "s") at \(places) place\(places == 1 ? "" : "s")"]
        parts.append(filter.by == .occurred ? "by when they occurred" : "by when they were reported")
        if !filter.regions.isEmpty { parts.append(filter.regions.map(\.name).joined(separator: ", ")) }
        if !filter.types.isEmpty { parts.append("types: " + filter.types.joined(separator: ", ")) }
        if let text = filter.text { parts.append("text: \"\(text)\"") }
        if let box = filter.bbox {
            parts.append("within \([box.west, box.south, box.east, box.north].map { coordinateText($0) }.joined(separator: ","))")
        }
        if let near = filter.near {
            parts.append("within \(coordinateText(near.kilometres)) km of \(coordinateText(near.latitude)),\(coordinateText(near.longitude))")
        }
        if let limit = filter.limit, points.count == limit { parts.append("first \(limit) only") }
        return parts.joined(separator: " · ")
    }

    static func window(filter: IncidentFilter, zone: ZoneDesignator, points: [IncidentPoint]) throws -> String {
        func moment(_ instant: Instant, end: Bool = false) throws -> String {
            let local = try ChronologicalReport.local(instant, zone)
            // An end at midnight is the end of the day before (`--until 2024-02-16` takes in the 16th).
            if end && local.secondOfDay == 0 {
                let day = local.date.adding(days: -1)
                return "the end of \(ChronologicalReport.dayMonth(day)) \(day.year)"
            }
            return "\(ChronologicalReport.dayMonth(local.date)) \(local.date.year) \(ChronologicalReport.clock(local.secondOfDay))"
        }
        switch (filter.since, filter.until) {
        case (let since?, let until?): return "\(try moment(since)) to \(try moment(until, end: true))"
        case (let since?, nil): return "from \(try moment(since))"
        case (nil, let until?): return "until \(try moment(until, end: true))"
        case (nil, nil): break
        }
        let starts = points.map { filter.by == .occurred ? $0.occurredStart : $0.reportedAt }
        let ends = points.map { filter.by == .occurred ? $0.occurredEnd.adding(seconds: -1) : $0.reportedAt }
        guard let first = starts.min(), let last = ends.max() else { return "none match" }
        let (from, to) = (try ChronologicalReport.local(first, zone).date, try ChronologicalReport.local(last, zone).date)
        if from == to { return "\(ChronologicalReport.dayMonth(from)) \(from.year)" }
        return "\(ChronologicalReport.dayMonth(from)) \(from.year) to \(ChronologicalReport.dayMonth(to)) \(to.year)"
    }
}

extension IncidentMap {
    /// The map of what a filter selected, titled with its window in `zone`; with no incidents it
    /// shows the filter's box, if it has one.
    public init(
        points: [IncidentPoint], filter: IncidentFilter, zone: ZoneDesignator, outlines: CountryOutlines,
        width: Int = 960, labels: Int = 12, size: MarkSize = .count
    ) throws {
        var options = MapOptions()
        options.width = width
        options.labels = labels
        options.size = size
        options.title = try MapCaption.title(filter: filter, zone: zone, points: points)
        options.subtitle = MapCaption.subtitle(filter: filter, points: points)
        if let box = filter.bbox { options.emptyExtent = GeoExtent(south: box.south, north: box.north, west: box.west, east: box.east) }
        self.init(points: points, outlines: outlines, options: options)
    }
}
