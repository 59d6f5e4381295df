import Foundation
import Testing
@testable import Language

/// GUM's official test documents (read from ../shared when present; skipped when absent), scored
/// with gold tokens and no gazetteer hints; the floors hold the level reached (docs/language.md).
@Suite("GUM's test documents are tagged and their names found at the level reached")
struct HeldOutGUMTests {
    @Test(.enabled(if: ModelSupport.hasGUM, "../shared/dev-data/language/gum is absent"))
    func testDocumentsScoreAtLeastTheLevelReached() throws {
        let names = try String(contentsOf: ModelSupport.gum.appendingPathComponent("split-test.txt"), encoding: .utf8)
        var sentences: [TreebankSentence] = []
        for name in names.split(separator: "\n") {
            let url = ModelSupport.gum.appendingPathComponent("\(name).conllu")
            if FileManager.default.fileExists(atPath: url.path) { sentences += try Treebank.read(url) }
        }
        #expect(sentences.count == 1054)
        let score = LanguageEvaluation.score(sentences, annotator: ModelSupport.annotator)
        print(score.report())
        #expect(score.tokens == 20320)
        #expect(score.universalAccuracy >= 0.955)
        #expect(score.precisionRecallF1(.place).f1 >= 0.50)  // 0.533 without gazetteer hints; 0.657 with them (language-train evaluate)
    }
}
