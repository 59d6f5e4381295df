// Trains and evaluates the language model (`Models/language.bin`) from GUM's CoNLL-U files.
//
//   language-train train    --gum ../shared/dev-data/language/gum --out Models/language.bin
//   language-train evaluate --gum ../shared/dev-data/language/gum --split test [--model Models/language.bin]
//
// Deterministic: the same data and gazetteer give the same bytes (CI compares them).
import Foundation
import Geo
import Language

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("language-train: \(message)\n".utf8))
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("usage: language-train train|evaluate --gum DIR [--out FILE] [--split NAME] [--model FILE]") }
func option(_ name: String) -> String? {
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let gum = URL(fileURLWithPath: option("--gum") ?? "../shared/dev-data/language/gum")

func documents(split: String) throws -> [URL] {
    let list = gum.appendingPathComponent("split-\(split).txt")
    guard let names = try? String(contentsOf: list, encoding: .utf8) else { fail("cannot read \(list.path)") }
    return names.split(separator: "\n").map { gum.appendingPathComponent("\($0).conllu") }
        .filter { FileManager.default.fileExists(atPath: $0.path) }
}

do {
    let gazetteer = try Gazetteer.load()
    let lexicon = GazetteerPlaceLexicon(gazetteer: gazetteer, hintsFeaturesBeyondCountries: command != "train")
    switch command {
    case "train":
        let files = try documents(split: "train")
        var sentences: [TreebankSentence] = []
        for file in files { sentences += try Treebank.read(file) }
        var trainer = LanguageTrainer(places: lexicon)
        trainer.pruning = Int16(option("--prune") ?? "") ?? trainer.pruning
        trainer.hintDropout = Int(option("--hint-dropout") ?? "") ?? trainer.hintDropout
        // Every 40th populated place of the gazetteer (about 5,900 names, in record order).
        let swapStride = Int(option("--swap-stride") ?? "") ?? 40
        if swapStride > 0 {
            trainer.replacementPlaceNames = gazetteer.samplePlaceNames(stride: swapStride).filter { name in
                !name.isEmpty && name.unicodeScalars.allSatisfy { $0.value < 0x250 } && name.split(separator: " ").count <= 3
            }
        }
        trainer.log = { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
        trainer.about = """
            Timeline language model: part-of-speech tagger (UPOS+Penn), name recognizer (place, person, \
            organization, other), lemma rules. Trained on the \(files.count) documents of GUM's official train \
            split under CC BY 4.0 (\(sentences.count) sentences) by language-train, with gazetteer hints from \
            Gazetteer/gazetteer.bin. GUM: Zeldes, A. (2017) "The GUM Corpus: Creating Multilayer Resources in \
            the Classroom", Language Resources and Evaluation 51(3).
            """
        let bytes = try trainer.train(sentences)
        let out = URL(fileURLWithPath: option("--out") ?? "Models/language.bin")
        try Data(bytes).write(to: out, options: .atomic)
        print("wrote \(out.path): \(bytes.count) bytes from \(files.count) documents, \(sentences.count) sentences")
    case "evaluate":
        let model = try option("--model").map { try LanguageModel(contentsOf: URL(fileURLWithPath: $0)) } ?? LanguageModel.load()
        let files = try documents(split: option("--split") ?? "test")
        var sentences: [TreebankSentence] = []
        for file in files { sentences += try Treebank.read(file) }
        let shown = option("--show-errors").flatMap { name in NameType.allCases.first { $0.description == name } }
        if shown != nil && option("--split") == "test" { fail("the test split is blind: errors are shown for train and dev only") }
        let hints = !CommandLine.arguments.contains("--no-hints")
        let score = LanguageEvaluation.score(sentences, annotator: Annotator(model: model, places: hints ? lexicon : nil), showErrors: shown)
        print("documents \(files.count), sentences \(sentences.count), tokens \(score.tokens)")
        print(score.report())
    case "evaluate-places":
        // The whole recognizer as Geo runs it (gazetteer rules and the name recognizer), one document at a time.
        let parser = try Geoparser(gazetteer: gazetteer, language: try option("--model").map { try LanguageModel(contentsOf: URL(fileURLWithPath: $0)) })
        let files = try documents(split: option("--split") ?? "test")
        var gold = 0, predicted = 0, exact = 0, overlapping = 0
        for file in files {
            let sentences = try Treebank.read(file)
            var text = ""
            var spans: [Range<Int>] = []
            for sentence in sentences {
                let base = text.unicodeScalars.count
                let (line, ranges) = sentence.text()
                let scalarOffsets = ranges.map { range -> Range<Int> in
                    let bytes = Array(line.utf8)
                    let before = String(decoding: bytes[..<range.lowerBound], as: UTF8.self).unicodeScalars.count
                    let inside = String(decoding: bytes[range], as: UTF8.self).unicodeScalars.count
                    return base + before..<base + before + inside
                }
                for name in sentence.names where name.type == .place {
                    spans.append(scalarOffsets[name.tokens.lowerBound].lowerBound..<scalarOffsets[name.tokens.upperBound - 1].upperBound)
                }
                text += line + "\n"
            }
            let mentions = parser.extract(text).filter { $0.role == .location }
            gold += spans.count
            predicted += mentions.count
            exact += spans.filter { span in mentions.contains { $0.range == span } }.count
            overlapping += spans.filter { span in mentions.contains { $0.range.overlaps(span) } }.count
        }
        func ratio(_ a: Int, _ b: Int) -> String { String(format: "%.3f", Double(a) / Double(max(b, 1))) }
        let p = Double(exact) / Double(max(predicted, 1)), r = Double(exact) / Double(max(gold, 1))
        print("documents \(files.count): \(gold) gold place names, \(predicted) location mentions")
        print("exact span: precision \(ratio(exact, predicted)) recall \(ratio(exact, gold)) F1 \(String(format: "%.3f", 2 * p * r / max(p + r, 1e-9)))")
        let po = Double(overlapping) / Double(max(predicted, 1)), ro = Double(overlapping) / Double(max(gold, 1))
        print("overlapping span: precision \(ratio(overlapping, predicted)) recall \(ratio(overlapping, gold)) F1 \(String(format: "%.3f", 2 * po * ro / max(po + ro, 1e-9)))")
    default:
        fail("unknown command \(command)")
    }
} catch {
    fail("\(error)")
}
