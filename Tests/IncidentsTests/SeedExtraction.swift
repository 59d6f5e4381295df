import Foundation
import Geo
import IncidentData
import Incidents
import Timeline

/// The seed page read once with the bundled gazetteer.
enum SeedExtraction {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let gazetteer: Gazetteer = {
        try! Gazetteer(contentsOf: root.appendingPathComponent("Gazetteer/gazetteer.bin"))
    }()

    static let extractor = IncidentExtractor(geoparser: try! Geoparser(gazetteer: gazetteer))

    static let document: ExtractedDocument = {
        let text = try! String(contentsOf: root.appendingPathComponent("seeds/000_fdd7082ede222f27.txt"), encoding: .utf8)
        return try! DocumentLoader(extractor: extractor).liveBlog(text, path: "seed")
    }()

    /// Incidents of one short report published at `published` (ISO 8601).
    static func incidents(in text: String, published: String) throws -> [Incident] {
        let stamp = try NormalizedTime(stamp: published)
        return DocumentLoader(extractor: extractor).article(text, published: stamp, path: nil, title: "").incidents
    }

    /// What a table row states of one incident: its sub-event type, place and figures.
    struct Told: Equatable, CustomStringConvertible {
        var type: String?
        var location: String
        var fatalities: Int?
        var injured: Int?
        var description: String { "\(type ?? "?") at \(location) (\(fatalities.map(String.init) ?? "-") dead, \(injured.map(String.init) ?? "-") hurt)" }
    }

    /// The sub-event type, place and figures of every incident of one short report, in the order stored.
    static func told(in text: String, published: String) throws -> [Told] {
        told(try incidents(in: text, published: published))
    }

    /// The sub-event type, place and figures of each of `incidents`.
    static func told(_ incidents: [Incident]) -> [Told] {
        incidents.map { Told(type: $0.kind?.subEventType, location: $0.location, fatalities: $0.fatalities, injured: $0.injured) }
    }

    /// ACLED's `event_date` of an incident (its day in the place's zone), as the store writes it.
    static func eventDate(_ incident: Incident) -> String {
        IncidentRecord.eventDate(start: incident.occurred.start, end: incident.occurred.end,
                                 zone: incident.place.timeZone.flatMap(ZoneRules.named)).description
    }

    /// Post positions on the seed page, by their stamp.
    static func position(_ stamp: String) -> Int {
        document.posts.first { $0.stamp.text.hasPrefix(stamp) }!.position
    }
}
