import Foundation
import Testing
@testable import Language

@Suite("The model file: training is deterministic, bad files are refused with their path")
struct ModelFileTests {
    /// A tiny treebank the project writes itself: enough to train every part of the model.
    static func treebank() -> [TreebankSentence] {
        func sentence(_ words: [(String, String, String, String)], names: [(Range<Int>, NameType)] = []) -> TreebankSentence {
            TreebankSentence(forms: words.map(\.0), tags: words.map { PartOfSpeech(universal: UniversalTag(name: $0.1)!, penn: PennTag($0.2)) },
                             lemmas: words.map(\.3), spaceAfter: words.indices.map { $0 + 1 < words.count && words[$0 + 1].1 != "PUNCT" },
                             names: names.map { (tokens: $0.0, type: $0.1) })
        }
        var sentences: [TreebankSentence] = []
        for round in 0..<8 {
            sentences.append(sentence([("Drones", "NOUN", "NNS", "drone"), ("struck", "VERB", "VBD", "strike"),
                                       (round % 2 == 0 ? "Kursk" : "Oryol", "PROPN", "NNP", "Kursk"), (".", "PUNCT", ".", ".")],
                                      names: [(2..<3, .place)]))
            sentences.append(sentence([("Anna", "PROPN", "NNP", "Anna"), ("Smith", "PROPN", "NNP", "Smith"),
                                       ("was", "AUX", "VBD", "be"), ("injured", "VERB", "VBN", "injure"), (".", "PUNCT", ".", ".")],
                                      names: [(0..<2, .person)]))
        }
        return sentences
    }

    @Test func trainingTheSameDataTwiceGivesTheSameBytes() throws {
        var trainer = LanguageTrainer(places: nil)
        trainer.posIterations = 3
        trainer.nameIterations = 3
        let first = try trainer.train(Self.treebank())
        let second = try trainer.train(Self.treebank())
        #expect(first == second)
        #expect(first.count > 1000)
        let model = try LanguageTrainer.load(first)
        let annotated = Annotator(model: model).annotate("Drones struck Kursk.")
        #expect(annotated.tags.map(\.universal) == [.noun, .verb, .propn, .punct])
        #expect(annotated.lemma(of: 1) == "strike")
    }

    @Test func aFileThatIsNotAModelIsRefusedWithItsPath() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-model-\(UUID().uuidString).bin")
        try Data("this is not a model, just some bytes".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try LanguageModel(contentsOf: url)
            Issue.record("a text file was accepted as a model")
        } catch let error as LanguageError {
            #expect(error.description.contains(url.path))
            #expect(error.description.contains("bad magic"))
        }
    }

    @Test func aTruncatedModelIsRefused() throws {
        let bytes = try Data(contentsOf: ModelSupport.root.appendingPathComponent("Models/language.bin"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cut-model-\(UUID().uuidString).bin")
        try bytes.prefix(bytes.count / 2).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: LanguageError.self) { _ = try LanguageModel(contentsOf: url) }
    }

    @Test func aMissingModelNamesWhereItLooked() {
        do {
            _ = try LanguageModel.load(environment: ["TIMELINE_LANGUAGE_MODEL": "/nonexistent/language.bin"])
        } catch let error as LanguageError {
            #expect(error.description.contains("/nonexistent/language.bin"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func theCommittedModelSaysWhatItWasTrainedOn() {
        #expect(ModelSupport.model.about.contains("GUM"))
        #expect(ModelSupport.model.about.contains("CC BY 4.0"))
        #expect(ModelSupport.model.tagger.tagset.tags.count == 64)
    }
}
