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
        let title = "Incidents" + windowDescription() + " (times in \(zone.identifier))"
        out += markdown ? "# \(title)\n\n" : "\(title)\n\(String(repeating: "=", count: title.count))\n\n"
        if days.isEmpty { out += "No incidents match.\n" }
        for day in days {
            let heading = "\(Self.weekday(day.date)) \(Self.dayMonth(day.date)) \(day.date.year)"
            out += markdown ? "## \(heading)\n\n" : "\(heading)\n\(String(repeating: "-", count: heading.count))\n"
            for record in day.entries {
                out += try entry(record, markdown: markdown)
            }
            out += "\n"
        }
        return out
    }

    private func entry(_ record: IncidentRecord, markdown: Bool) throws -> String {
        let key = filter.by == .occurred ? record.occurredStart : record.reportedAt
        // A time of day is shown only where one is known; a dated-only event says so.
        let knowsTime = filter.by == .reported || ["minute", "hour", "part_of_day"].contains(record.occurredPrecision)
        let local = knowsTime ? Self.clock(try Self.local(key, zone).secondOfDay) : "date only"
        let utc = knowsTime ? Self.clock(key.utcSecondOfDay) + " UTC" : "no time"
        let type = [record.eventType, record.subEventType].compactMap { $0 }.joined(separator: " / ")
        let kind = type.isEmpty ? "unclassified (provisional)" : type
        let path = [record.location == record.placeName ? nil : record.location, record.placeName, record.admin2, record.admin1, record.country]
            .compactMap { $0 }.reduce(into: [String]()) { if $0.last != $1 && !$0.contains($1) { $0.append($1) } }
            .joined(separator: ", ")
        var counts: [String] = []
        if let fatalities = record.fatalities { counts.append("\(fatalities) killed") }
        if let injured = record.injured { counts.append("\(injured) injured") }
        let occurred = try describeOccurred(record)
        let reported = "reported \(record.reportedAt.iso8601) (\(record.postStampText))"
        let summary = Self.firstSentence(record.excerpt ?? record.headline)
        let source = [record.source, record.publisher, record.sourceID].compactMap { $0 }.joined(separator: ", ")
        let bullet = markdown ? "- **\(local)** (\(utc)) " : "  \(local) (\(utc)) "
        var lines = bullet + "\(path) · \(kind)" + (counts.isEmpty ? "" : " · " + counts.joined(separator: ", ")) + "\n"
        let indent = markdown ? "  " : "      "
        lines += indent + (markdown ? "_\(record.headline)_" : record.headline) + "\n"
        if summary != record.headline { lines += indent + summary + "\n" }
        lines += indent + "occurred \(occurred) · \(reported)" + (record.reportCount > 1 ? " · \(record.reportCount) reports" : "") + "\n"
        lines += indent + "source: \(source)\n"
        return lines
    }

    private func windowDescription() -> String {
        switch (filter.since, filter.until) {
        case (let since?, let until?): ", \(since.iso8601) to \(until.iso8601)"
        case (let since?, nil): ", from \(since.iso8601)"
        case (nil, let until?): ", until \(until.iso8601)"
        case (nil, nil): ""
        }
    }

    /// The first sentence of a paragraph, for a one-line summary.
    static func firstSentence(_ text: String) -> String { SentenceSplitter.firstSentence(of: text) }
}
