import Foundation

/// Trains `language.bin` from treebank sentences: deterministic (fixed order, seeded shuffles,
/// sorted output), so the same data gives the same bytes.
public struct LanguageTrainer {
    public var posIterations = 10
    public var nameIterations = 12
    /// Quantised weights at or under this are dropped (see `PerceptronWeights.write`).
    public var pruning: Int16 = 0
    /// One sentence in `hintDropout` is trained without gazetteer hints (0: none).
    public var hintDropout = 4
    /// Names of places the world over (from the gazetteer). Each training sentence with a place name is
    /// also seen with its places swapped for some of these and without hints, so that a place is learned
    /// from its context and not from its spelling: the villages of news are not in an English treebank.
    public var replacementPlaceNames: [String] = []
    public var about = ""
    public var log: (String) -> Void = { _ in }
    let places: (any PlaceLexicon)?

    public init(places: (any PlaceLexicon)?) { self.places = places }

    /// A treebank sentence made ready for the models: its text, tokens, features and hints.
    struct Prepared {
        var text: [UInt8]
        var tokens: [Token]
        var words: [WordFeatures]
        var hints: [PlaceHint]
        var gold: TreebankSentence
        /// A copy made for the name recognizer only (places swapped): the tagger does not see it twice.
        var namesOnly = false
    }

    /// Trains every part and returns the model file's bytes.
    public func train(_ sentences: [TreebankSentence]) throws -> [UInt8] {
        let tagset = Self.tagset(sentences)
        log("tagset: \(tagset.tags.count) classes from \(sentences.count) sentences")
        let examples = augmented(sentences)
        let taggerExamples = examples.filter { !$0.namesOnly }
        let dictionary = Self.tagDictionary(taggerExamples, tagset: tagset)
        log("tag dictionary: \(dictionary.count) words")
        let pos = trainTagger(taggerExamples, tagset: tagset, dictionary: dictionary)
        let (lemmaRules, lemmaStrings) = LemmaRuleBuilder.build(sentences)

        var builder = ModelFileBuilder()
        var writer = BinaryWriter()
        tagset.write(into: &writer)
        builder.add(.tagset, writer)
        writer = BinaryWriter()
        PerceptronWeights.write(pos.averaged(), classCount: tagset.tags.count, minimum: pruning, into: &writer)
        builder.add(.posWeights, writer)
        writer = BinaryWriter()
        HashTableLayout.write(dictionary.map { ($0.key, UInt32($0.value)) }, into: &writer)
        builder.add(.tagDictionary, writer)
        builder.add(.lemmaRules, lemmaRules)
        builder.add(.lemmaStrings, lemmaStrings)
        writer = BinaryWriter()
        writer.bytes = Array(about.utf8)
        builder.add(.about, writer)
        writer = BinaryWriter()
        HashTableLayout.write(LemmaRuleBuilder.vocabulary(sentences).map { ($0, 1) }, into: &writer)
        builder.add(.vocabulary, writer)
        writer = BinaryWriter()
        HashTableLayout.write(Self.closedClassWords(taggerExamples).map { ($0, 1) }, into: &writer)
        builder.add(.closedClassWords, writer)

        // Names read predicted tags, so the tagger is built first and run over the training text.
        var stage = builder
        writer = BinaryWriter()
        PerceptronWeights.write([:], classCount: NameLabel.count, into: &writer)
        stage.add(.nameWeights, writer)
        let staged = try Self.load(stage.bytes())
        let names = trainNames(examples, tagger: staged.tagger, lemmatizer: staged.lemmatizer)
        writer = BinaryWriter()
        PerceptronWeights.write(names.averaged(), classCount: NameLabel.count, minimum: pruning, into: &writer)
        builder.add(.nameWeights, writer)
        return builder.bytes()
    }

    static func load(_ bytes: [UInt8]) throws -> LanguageModel {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-language-\(getpid()).bin")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try LanguageModel(contentsOf: url)
    }
}

/// A small deterministic generator (SplitMix64) for the training order.
public struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Fisher-Yates with this generator (the standard library's shuffle may change its algorithm).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            let other = Int(next() % UInt64(index + 1))
            array.swapAt(index, other)
        }
    }
}
