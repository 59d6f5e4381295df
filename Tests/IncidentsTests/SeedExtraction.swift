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
