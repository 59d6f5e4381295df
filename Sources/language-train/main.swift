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
    let lexicon = GazetteerPlaceLexicon(gazetteer: gazetteer)
    switch command {
    case "train":
        let files = try documents(split: "train")
        var sentences: [TreebankSentence] = []
        for file in files { sentences += try Treebank.read(file) }
        var trainer = LanguageTrainer(places: lexicon)
        trainer.pruning = Int16(option("--prune") ?? "") ?? trainer.pruning
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
        let score = LanguageEvaluation.score(sentences, annotator: Annotator(model: model, places: lexicon), showErrors: shown)
        print("documents \(files.count), sentences \(sentences.count), tokens \(score.tokens)")
        print(score.report())
    default:
        fail("unknown command \(command)")
    }
} catch {
    fail("\(error)")
}
