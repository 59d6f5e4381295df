import Foundation
import Testing
@testable import Geo

/// Precision and recall on the held-out passages (written by someone else, never tuned on passage by passage).
///
/// A location mention is correct when its text equals an expected place's text and its point lies
/// within 161 km of the expected point (the usual geoparsing accuracy radius).
@Suite("Held-out geoparsing evaluation")
struct HeldOutEvaluationTests {
    struct Passage: Decodable {
        struct Expected: Decodable {
            var text: String
            var kind: String?
            var geonameid: Int?
            var latitude: Double
            var longitude: Double
        }
        var id: String
        var text: String
        var places: [Expected]
        var not_places: [String]?
    }

    static let file = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/blind/geo_passages.jsonl")

    static func evaluate(verbose: Bool = false) throws -> (precision: Double, recall: Double, found: Int, predicted: Int, expected: Int) {
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        var correct = 0, predicted = 0, expected = 0
        for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let passage = try JSONDecoder().decode(Passage.self, from: Data(line.utf8))
            let mentions = TestSupport.parser.extract(passage.text).filter { $0.role == .location }
            var used = [Bool](repeating: false, count: passage.places.count)
            for mention in mentions {
                predicted += 1
                guard let place = mention.place else { continue }
                let hit = passage.places.indices.first { index in
                    let wanted = passage.places[index]
                    guard !used[index] && wanted.text == mention.text else { return false }
                    // A division or a country is an area: the one with its id is right wherever its point is
                    // put (the fixture's are seats, the gazetteer's the middle of its places).
                    if let id = wanted.geonameid, ["admin1", "admin2", "country"].contains(wanted.kind ?? ""), place.geonameid == id { return true }
                    return place.coordinate.distance(to: Coordinate(latitude: wanted.latitude, longitude: wanted.longitude)) <= 161
                }
                if let hit {
                    used[hit] = true
                    correct += 1
                } else if verbose {
                    print("\(passage.id) wrong or extra: \(mention.text) -> \(place.name) \(place.countryCode) \(place.geonameid)")
                }
            }
            expected += passage.places.count
            if verbose {
                for (index, wanted) in passage.places.enumerated() where !used[index] { print("\(passage.id) missed: \(wanted.text)") }
            }
        }
        return (Double(correct) / Double(max(predicted, 1)), Double(correct) / Double(max(expected, 1)), correct, predicted, expected)
    }

    @Test("Precision and recall stay at the level reached",
          .enabled(if: FileManager.default.fileExists(atPath: file.path)))
    func precisionAndRecallFloor() throws {
        let result = try Self.evaluate(verbose: true)
        print("held-out: precision \(result.precision) (\(result.found)/\(result.predicted)), recall \(result.recall) (\(result.found)/\(result.expected))")
        // Reached on 71 passages: precision 252/254, recall 252/252.
        #expect(result.precision >= 0.99)
        #expect(result.recall >= 0.99)
    }
}
