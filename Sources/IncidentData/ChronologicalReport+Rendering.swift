import Incidents
import Timeline

extension ChronologicalReport {
    public enum Format: String, CaseIterable, Sendable {
        case markdown, text
    }

    /// The report as Markdown or plain text.
    public func render(_ format: Format) throws -> String {
        let markdown = format == .markdown
        var out = ""
        out += markdown ? "# \(title)\n\n" : "\(title)\n\(String(repeating: "=", count: title.count))\n\n"
        if days.isEmpty { out += "No incidents match.\n" }
        for day in days {
            let heading = Self.heading(day.date)
            out += markdown ? "## \(heading)\n\n" : "\(heading)\n\(String(repeating: "-", count: heading.count))\n"
            for record in day.entries {
                out += try entry(record, markdown: markdown)
            }
            out += "\n"
        }
        return out
    }

    /// One entry's parts, as every format shows them.
    public struct Entry: Sendable {
        public var record: IncidentRecord
        /// `19:00`, or `date only` when no time of day is known.
        public var localTime: String
        /// `19:00 UTC`, or `no time`.
        public var utcTime: String
        /// `Explosions/Remote violence / Shelling/artillery/missile attack`.
        public var kind: String
        /// The place and its admin path: `Shebekino, Shebekinskiy Rayon, Belgorod Oblast, Russia`.
        public var path: String
        /// `5 killed, 19 injured`, empty when the text gives no figure.
        public var counts: String
        public var summary: String
        /// When it occurred, at its precision (``describeOccurred(_:)``).
        public var occurred: String
        /// `reported 2023-05-31T11:07:00Z (7:07 a.m. ET, May 31, 2023)`.
        public var reported: String
        public var source: String
    }

    /// The parts of a record's entry.
    public func entry(_ record: IncidentRecord) throws -> Entry {
        let key = filter.by == .occurred ? record.occurredStart : record.reportedAt
        // A time of day is shown only where one is known; a dated-only event says so.
        let knowsTime = filter.by == .reported || ["minute", "hour", "part_of_day"].contains(record.occurredPrecision)
        let type = [record.eventType, record.subEventType].compactMap { $0 }.joined(separator: " / ")
        var counts: [String] = []
        if let fatalities = record.fatalities { counts.append("\(fatalities) killed") }
        if let injured = record.injured { counts.append("\(injured) injured") }
        return Entry(
            record: record,
            localTime: knowsTime ? Self.clock(try Self.local(key, zone).secondOfDay) : "date only",
            utcTime: knowsTime ? Self.clock(key.utcSecondOfDay) + " UTC" : "no time",
            kind: type.isEmpty ? "unclassified (provisional)" : type,
            path: [record.location == record.placeName ? nil : record.location, record.placeName, record.admin2, record.admin1, record.country]
                .compactMap { $0 }.filter { !$0.isEmpty }.reduce(into: [String]()) { if $0.last != $1 && !$0.contains($1) { $0.append($1) } }
                .joined(separator: ", "),
            counts: counts.joined(separator: ", "),
            summary: Self.firstSentence(record.excerpt ?? record.headline),
            occurred: try describeOccurred(record),
            reported: "reported \(record.reportedAt.iso8601) (\(record.postStampText))",
            source: [record.source, record.publisher, record.sourceID].compactMap { $0 }.joined(separator: ", "))
    }

    private func entry(_ record: IncidentRecord, markdown: Bool) throws -> String {
        let entry = try entry(record)
        let bullet = markdown ? "- **\(entry.localTime)** (\(entry.utcTime)) " : "  \(entry.localTime) (\(entry.utcTime)) "
        var lines = bullet + "\(entry.path) · \(entry.kind)" + (entry.counts.isEmpty ? "" : " · " + entry.counts) + "\n"
        let indent = markdown ? "  " : "      "
        lines += indent + (markdown ? "_\(record.headline)_" : record.headline) + "\n"
        if entry.summary != record.headline { lines += indent + entry.summary + "\n" }
        lines += indent + "occurred \(entry.occurred) · \(entry.reported)" + (record.reportCount > 1 ? " · \(record.reportCount) reports" : "") + "\n"
        lines += indent + "source: \(entry.source)\n"
        return lines
    }

    /// `Incidents, 2023-05-30T19:00:00Z to 2023-06-01T06:00:00Z (times in Europe/Moscow)`.
    public var title: String { "Incidents" + windowDescription() + " (times in \(zone.identifier))" }

    /// `Wednesday 31 May 2023`.
    public static func heading(_ date: CivilDate) -> String { "\(weekday(date)) \(dayMonth(date)) \(date.year)" }

    private func windowDescription() -> String {
        switch (filter.since, filter.until) {
        case (let since?, let until?): ", \(since.iso8601) to \(until.iso8601)"
        case (let since?, nil): ", from \(since.iso8601)"
        case (nil, let until?): ", until \(until.iso8601)"
        case (nil, nil): ""
        }
    }

    /// The first sentence of a paragraph, for a one-line summary.
    static func firstSentence(_ text: String) -> String { SentenceSummary.firstSentence(of: text) }
}
