import Foundation
import Testing
import Timeline
@testable import Incidents

/// Reports written by someone who had not read the rules (Tests/Fixtures/blind/incident_reports.jsonl),
/// scored per field; the floors hold the level reached so that a regression shows.
@Suite("Held-out reports are coded with measured precision and recall")
struct HeldOutIncidentTests {
    struct Report: Decodable {
        struct Expected: Decodable {
            var sub_event_type: String
            var location: String
            var country_code: String
            var date: String
            var fatalities: Int?
            var injured: Int?
        }
        var id: String
        var published: String
        var text: String
        var incidents: [Expected]
    }

    struct Score: CustomStringConvertible {
        var predicted = 0, expected = 0, matched = 0
        var type = 0, date = 0, fatalities = 0, injured = 0
        var precision: Double { Double(matched) / Double(max(1, predicted)) }
        var recall: Double { Double(matched) / Double(max(1, expected)) }
        func share(_ n: Int) -> Double { Double(n) / Double(max(1, matched)) }
        var description: String {
            String(format: "events: precision %.2f recall %.2f (%d predicted, %d expected, %d matched); of matched: type %.2f, date %.2f, fatalities %.2f, injured %.2f",
                   precision, recall, predicted, expected, matched, share(type), share(date), share(fatalities), share(injured))
        }
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    static func score() throws -> Score {
        let lines = try String(contentsOf: SeedExtraction.root.appendingPathComponent("Tests/Fixtures/blind/incident_reports.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        var score = Score()
        for line in lines {
            let report = try JSONDecoder().decode(Report.self, from: Data(line.utf8))
            let found = try SeedExtraction.incidents(in: report.text, published: report.published)
            score.predicted += found.count
            score.expected += report.incidents.count
            var used = Set<Int>()
            for expected in report.incidents {
                let wanted = fold(expected.location)
                guard let index = found.indices.first(where: { index in
                    let incident = found[index]
                    let names = [incident.place.name, incident.place.asciiName, incident.location] + incident.place.alternateNames
                    return !used.contains(index) && incident.place.countryCode == expected.country_code
                        && names.contains { fold($0).contains(wanted) || wanted.contains(fold($0)) }
                }) else {
                    if ProcessInfo.processInfo.environment["HELD_OUT_DETAIL"] != nil {
                        print("MISS \(report.id) \(expected.sub_event_type) @ \(expected.location): found \(found.map { "\($0.subEventType ?? "?")@\($0.place.name)" })")
                    }
                    continue
                }
                used.insert(index)
                let incident = found[index]
                score.matched += 1
                if incident.subEventType == expected.sub_event_type { score.type += 1 }
                let zone = ZoneRules.named(incident.place.timeZone ?? "UTC") ?? ZoneRules.named("UTC")!
                let first = zone.local(incident.occurred.start).date.iso8601
                let last = zone.local(incident.occurred.end.adding(seconds: -1)).date.iso8601
                if first <= expected.date && expected.date <= last { score.date += 1 }
                if incident.fatalities == expected.fatalities { score.fatalities += 1 }
                if incident.injured == expected.injured { score.injured += 1 }
            }
            if ProcessInfo.processInfo.environment["HELD_OUT_DETAIL"] != nil {
                for index in found.indices where !used.contains(index) {
                    print("EXTRA \(report.id) \(found[index].subEventType ?? "?")@\(found[index].place.name): \(found[index].notes ?? "")")
                }
            }
        }
        return score
    }

    @Test func theHeldOutReportsScoreAtLeastTheLevelReached() throws {
        let score = try Self.score()
        print("held-out incidents: \(score)")
        // The level reached on 1 December 2026, with event clauses read from the language layer's
        // phrases: precision 0.75, recall 0.69 (25 November: 0.75, 0.62; 0.77 and 0.72 midway through
        // the rebuild, before names in a place role were looked up and tolls read from phrases); of
        // matched (45, was 40), type 0.87, date 0.89, fatalities 0.87, injured 1.00. Later on 1 December,
        // with the story's time for undated sentences and partitive tolls: date 0.96, fatalities 0.93;
        // with countries and states preferred by their own names over towns bearing them as alternates
        // (GeoVirus acc@161 +3 points): precision 0.74 (45 of 61, one more incident predicted). The floors sit just below.
        #expect(score.expected >= 60)
        #expect(score.precision >= 0.73)
        #expect(score.recall >= 0.68)
        #expect(score.share(score.type) >= 0.86)
        #expect(score.share(score.date) >= 0.94)
        #expect(score.share(score.fatalities) >= 0.91)
        #expect(score.share(score.injured) >= 0.98)
    }
}
