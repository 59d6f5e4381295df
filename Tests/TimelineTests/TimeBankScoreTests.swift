import Foundation
import Language
import Testing
@testable import Timeline

/// The development part of TimeBank and AQUAINT (../shared/dev-data/time/TBAQ, never copied in),
/// scored as scripts/eval/tbaq.py scores it; the floors hold the level reached so that a
/// regression shows. Skipped where the data is absent.
enum TimeBankData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder: URL? = {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/dev-data/time/TBAQ")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
}

@Suite("time extract on TimeBank and AQUAINT (development part)", .enabled(if: TimeBankData.folder != nil))
struct TimeBankScoreTests {
    static let root = TimeBankData.root
    static let folder = TimeBankData.folder

    struct Gold {
        var range: Range<Int>
        var kind: String
        var value: String
    }

    /// The text of a document's <TEXT> without its tags (offsets in Unicode scalars), its gold
    /// TIMEX3 and its creation date.
    static func read(_ url: URL) throws -> (text: String, gold: [Gold], created: CivilDate) {
        let raw = try String(contentsOf: url, encoding: .utf8)
        let dct = try #require(raw.firstMatch(of: /<DCT>\s*<TIMEX3[^>]*value="(\d{4})-(\d{2})-(\d{2})/))
        let created = try #require(CivilDate(year: Int(dct.1)!, month: Int(dct.2)!, day: Int(dct.3)!))
        let body = try #require(raw.range(of: "<TEXT>").flatMap { open in raw.range(of: "</TEXT>").map { raw[open.upperBound..<$0.lowerBound] } })
        var text = String.UnicodeScalarView()
        var gold: [Gold] = []
        var open: [(Int, [String: String])] = []
        var scalars = body.unicodeScalars[...]
        let entities = ["&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": "\"", "&apos;": "'"]
        while let scalar = scalars.first {
            if scalar == "<", let close = scalars.firstIndex(of: ">") {
                let tag = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
                scalars = scalars[scalars.index(after: close)...]
                if tag.hasPrefix("TIMEX3") {
                    var attributes: [String: String] = [:]
                    for match in tag.matches(of: /([A-Za-z]+)="([^"]*)"/) { attributes[String(match.1)] = String(match.2) }
                    open.append((text.count, attributes))
                } else if tag == "/TIMEX3", let (start, attributes) = open.popLast() {
                    gold.append(Gold(range: start..<text.count, kind: attributes["type"] ?? "", value: attributes["value"] ?? ""))
                }
            } else if scalar == "&", let entity = entities.first(where: { String(String.UnicodeScalarView(scalars.prefix($0.key.unicodeScalars.count))) == $0.key }) {
                text.append(contentsOf: entity.value.unicodeScalars)
                scalars = scalars.dropFirst(entity.key.unicodeScalars.count)
            } else {
                text.append(scalar)
                scalars = scalars.dropFirst()
            }
        }
        return (String(text), gold, created)
    }

    @Test func theDevelopmentPartScoresAtLeastTheLevelReached() throws {
        let folder = try #require(Self.folder)
        let blindData = try Data(contentsOf: Self.root.appendingPathComponent("scripts/eval/blind.json"))
        let blind = Set(try #require((try JSONSerialization.jsonObject(with: blindData) as? [String: Any])?["tbaq"] as? [String]))
        let model = try LanguageModel.shared()
        var goldCount = 0, predicted = 0, matched = 0, dateTime = 0, dateTimeRight = 0, documents = 0
        for part in ["TimeBank", "AQUAINT"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(part).path).sorted()
            for name in names where name.hasSuffix(".tml") && !blind.contains("\(part)/\(name)") {
                let (text, gold, created) = try Self.read(folder.appendingPathComponent(part).appendingPathComponent(name))
                let anchor = try TimeAnchor(date: created, zone: .utc)
                let reader = ClauseTenseReader(text: text, model: model)
                let found = RelativeTime.extract(text, anchor: anchor, clauses: reader)
                documents += 1
                goldCount += gold.count
                predicted += found.count
                // One to one, largest overlap first, as the Python scorer pairs them.
                var pairs: [(overlap: Int, gold: Int, found: Int)] = []
                for (g, expected) in gold.enumerated() {
                    for (f, expression) in found.enumerated() {
                        let overlap = min(expected.range.upperBound, expression.range.upperBound) - max(expected.range.lowerBound, expression.range.lowerBound)
                        if overlap > 0 { pairs.append((overlap, g, f)) }
                    }
                }
                var usedGold = Set<Int>(), usedFound = Set<Int>()
                for pair in pairs.sorted(by: { ($0.overlap, -$0.gold, -$0.found) > ($1.overlap, -$1.gold, -$1.found) })
                where !usedGold.contains(pair.gold) && !usedFound.contains(pair.found) {
                    usedGold.insert(pair.gold)
                    usedFound.insert(pair.found)
                    matched += 1
                    if gold[pair.gold].kind == "DATE" || gold[pair.gold].kind == "TIME" {
                        dateTime += 1
                        if gold[pair.gold].value == found[pair.found].timex.value { dateTimeRight += 1 }
                    }
                }
            }
        }
        let precision = Double(matched) / Double(max(predicted, 1)), recall = Double(matched) / Double(max(goldCount, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        let valueAccuracy = Double(dateTimeRight) / Double(max(dateTime, 1))
        print(String(format: "TBAQ dev: %d documents, %d gold, %d predicted; relaxed P %.3f R %.3f F1 %.3f; DATE/TIME value accuracy %.3f",
                     documents, goldCount, predicted, precision, recall, f1, valueAccuracy))
        #expect(documents == 171)
        #expect(goldCount == 1214)
        // Reached on 6 December 2026: relaxed F1 0.928, DATE/TIME value accuracy 0.868.
        #expect(f1 >= 0.92)
        #expect(valueAccuracy >= 0.86)
    }
}
