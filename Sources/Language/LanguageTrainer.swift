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

    func prepare(_ sentence: TreebankSentence, transform: (String) -> String = { $0 }) -> Prepared {
        let (text, ranges) = sentence.text(transform: transform)
        var bytes = Array(text.utf8)
        var tokens: [Token] = []
        var hints: [PlaceHint] = []
        bytes.withUnsafeMutableBufferPointer { mutable in
            let buffer = UnsafeBufferPointer(mutable)
            tokens = Self.tokens(of: sentence, ranges: ranges, in: buffer)
            hints = places?.hints(for: tokens, in: buffer) ?? [PlaceHint](repeating: .none, count: tokens.count)
        }
        let words = bytes.withUnsafeBufferPointer { WordFeatures.of(tokens, in: $0) }
        return Prepared(text: bytes, tokens: tokens, words: words, hints: hints, gold: sentence)
    }

    /// A treebank sentence's gold tokens over its text (`TreebankSentence.text()`), made as the tokenizer makes its own.
    static func tokens(of sentence: TreebankSentence, ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var scalar = 0
        for (index, range) in ranges.enumerated() {
            let count = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars.count
            let gap: TokenGap = index == 0 ? .paragraph : sentence.spaceAfter[index - 1] ? .space : .none
            if gap == .space { scalar += 1 }
            tokens.append(Tokenizer.token(bytes, range, scalars: scalar..<scalar + count, kind: kind(of: sentence, at: index),
                                          gapBefore: gap))
            scalar += count
        }
        return tokens
    }

    static func kind(of sentence: TreebankSentence, at index: Int) -> TokenKind {
        let form = sentence.forms[index]
        if form.unicodeScalars.allSatisfy({ UTF8Scan.isDigit($0.value) || ",.:/".unicodeScalars.contains($0) }),
           form.unicodeScalars.contains(where: { UTF8Scan.isDigit($0.value) }) { return .number }
        if let first = form.unicodeScalars.first, UTF8Scan.isApostrophe(first.value) || form.lowercased() == "n't" { return .clitic }
        if form.unicodeScalars.contains(where: { UTF8Scan.isLetter($0.value) || UTF8Scan.isDigit($0.value) }) { return .word }
        return sentence.tags[index].universal == .punct ? .punctuation : .symbol
    }

    /// Case augmentation: every tenth sentence is also seen in capitals and another in lower case,
    /// so headlines in capitals and lower-case messages are not out of the models' world.
    func augmented(_ sentences: [TreebankSentence]) -> [Prepared] {
        var result: [Prepared] = []
        var random = SeededRandom(seed: 0x504C_4143)
        var swapIndex = 0
        for (index, sentence) in sentences.enumerated() {
            var plain = prepare(sentence)
            // Hint dropout: some sentences are seen without the gazetteer, so names are also learned
            // from their context (the villages no gazetteer lists).
            if hintDropout > 0, index % hintDropout == 1 { plain.hints = [PlaceHint](repeating: .none, count: plain.hints.count) }
            result.append(plain)
            if !replacementPlaceNames.isEmpty, sentence.names.contains(where: { $0.type == .place }) {
                var swapped = prepare(replacingPlaces(in: sentence, random: &random))
                if swapIndex % 2 == 1 { swapped.hints = [PlaceHint](repeating: .none, count: swapped.hints.count) }
                swapped.namesOnly = true
                swapIndex += 1
                result.append(swapped)
            }
            if index % 10 == 3 { result.append(prepare(sentence) { $0.uppercased() }) }
            if index % 10 == 7 { result.append(prepare(sentence) { $0.lowercased() }) }
        }
        return result
    }

    /// `sentence` with each place name replaced by a name drawn from `replacementPlaceNames` (its tags
    /// and lemmas those of a proper noun, its name span moved to cover the new tokens).
    func replacingPlaces(in sentence: TreebankSentence, random: inout SeededRandom) -> TreebankSentence {
        var result = TreebankSentence(forms: [], tags: [], lemmas: [], spaceAfter: [], names: [])
        var position = 0
        for name in sentence.names.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            for index in position..<name.tokens.lowerBound { copy(index) }
            if name.type == .place {
                let replacement = replacementPlaceNames[Int(random.next() % UInt64(replacementPlaceNames.count))]
                let words = replacement.split(separator: " ").map(String.init)
                let start = result.forms.count
                for (offset, word) in words.enumerated() {
                    result.forms.append(word)
                    result.tags.append(PartOfSpeech(universal: .propn, penn: "NNP"))
                    result.lemmas.append(word)
                    result.spaceAfter.append(offset + 1 < words.count || sentence.spaceAfter[name.tokens.upperBound - 1])
                }
                result.names.append((start..<result.forms.count, .place))
            } else {
                let start = result.forms.count
                for index in name.tokens { copy(index) }
                result.names.append((start..<result.forms.count, name.type))
            }
            position = name.tokens.upperBound
        }
        for index in position..<sentence.forms.count { copy(index) }
        return result

        func copy(_ index: Int) {
            result.forms.append(sentence.forms[index])
            result.tags.append(sentence.tags[index])
            result.lemmas.append(sentence.lemmas[index])
            result.spaceAfter.append(sentence.spaceAfter[index])
        }
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

    /// The (universal, Penn) pairs seen at least 5 times, most frequent first (ties by name); rarer
    /// pairs are trained as the most frequent pair of their Penn tag.
    static func tagset(_ sentences: [TreebankSentence]) -> Tagset {
        var counts: [PartOfSpeech: Int] = [:]
        for sentence in sentences { for tag in sentence.tags { counts[tag, default: 0] += 1 } }
        let kept = counts.filter { $0.value >= 5 }.sorted { ($1.value, $0.key.description) < ($0.value, $1.key.description) }
        return Tagset(tags: kept.map(\.key))
    }

    static func goldClass(_ tag: PartOfSpeech, in tagset: Tagset) -> Int {
        if let position = tagset.position(of: tag) { return position }
        if let position = tagset.tags.firstIndex(where: { $0.penn == tag.penn }) { return position }
        return tagset.tags.firstIndex(where: { $0.universal == tag.universal }) ?? 0
    }

    /// The lower-cased words the training text tags with a closed class, sorted (the file's bytes do not depend on hashing order).
    static func closedClassWords(_ examples: [Prepared]) -> [UInt64] {
        var words = Set<UInt64>()
        for example in examples {
            for (index, tag) in example.gold.tags.enumerated() where PartOfSpeechTagger.closedClasses.contains(tag.universal) {
                words.insert(example.words[index].word)
            }
        }
        return words.sorted()
    }

    /// Words seen at least `dictionaryMinimumCount` times with one class at least `dictionaryMinimumShare` of the time.
    static let dictionaryMinimumCount = 5
    static let dictionaryMinimumShare = 0.98

    static func tagDictionary(_ examples: [Prepared], tagset: Tagset) -> [UInt64: Int] {
        var counts: [UInt64: [Int: Int]] = [:]
        for example in examples {
            for (index, tag) in example.gold.tags.enumerated() {
                counts[example.words[index].exact, default: [:]][goldClass(tag, in: tagset), default: 0] += 1
            }
        }
        var dictionary: [UInt64: Int] = [:]
        for (word, classes) in counts {
            let total = classes.values.reduce(0, +)
            guard total >= Self.dictionaryMinimumCount, let best = classes.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }) else { continue }
            if Double(best.value) >= Self.dictionaryMinimumShare * Double(total) { dictionary[word] = best.key }
        }
        return dictionary
    }

    func trainTagger(_ examples: [Prepared], tagset: Tagset, dictionary: [UInt64: Int]) -> PerceptronTrainer {
        let trainer = PerceptronTrainer(classCount: tagset.tags.count)
        var scores = [Float](repeating: 0, count: tagset.tags.count)
        var features = [UInt64](repeating: 0, count: PartOfSpeechTagger.featureCount)
        var order = Array(examples.indices)
        var random = SeededRandom(seed: 0x5445_4747)
        for iteration in 1...posIterations {
            var correct = 0, total = 0
            for exampleIndex in order {
                let example = examples[exampleIndex]
                let range = 0..<example.tokens.count
                let mode = example.tokens.withUnsafeBufferPointer { CaseMode.of($0, range) }
                var predicted = [Int](repeating: -1, count: range.count)
                example.words.withUnsafeBufferPointer { words in
                    for position in range {
                        let truth = Self.goldClass(example.gold.tags[position], in: tagset)
                        var guess: Int
                        if let known = dictionary[example.words[position].exact] {
                            guess = known
                        } else {
                            features.withUnsafeMutableBufferPointer { out in
                                PartOfSpeechTagger.features(words, at: position, sentence: range,
                                                            previous: position > 0 ? predicted[position - 1] : -1,
                                                            beforePrevious: position > 1 ? predicted[position - 2] : -1,
                                                            caseMode: mode, into: out.baseAddress!)
                            }
                            guess = trainer.train(features, truth: truth, scores: &scores)
                        }
                        predicted[position] = guess
                        if guess == truth { correct += 1 }
                        total += 1
                    }
                }
            }
            log("tagger iteration \(iteration): \(String(format: "%.4f", Double(correct) / Double(max(total, 1)))) on training")
            random.shuffle(&order)
        }
        return trainer
    }

    func trainNames(_ examples: [Prepared], tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer) -> PerceptronTrainer {
        let trainer = PerceptronTrainer(classCount: NameLabel.count)
        var scores = [Float](repeating: 0, count: NameLabel.count)
        var features = [UInt64](repeating: 0, count: NameRecognizer.featureCount)
        // Tags as the tagger predicts them, as at run time.
        let tagged: [[UInt8]] = examples.map { example in
            var classes = [UInt8](repeating: 0, count: example.tokens.count)
            let range = 0..<example.tokens.count
            let mode = example.tokens.withUnsafeBufferPointer { CaseMode.of($0, range) }
            example.words.withUnsafeBufferPointer { words in
                classes.withUnsafeMutableBufferPointer { tagger.tag(words, sentence: range, caseMode: mode, unconstrained: true, into: $0) }
            }
            return classes
        }
        var order = Array(examples.indices)
        var random = SeededRandom(seed: 0x4E41_4D45)
        for iteration in 1...nameIterations {
            var correct = 0, total = 0
            for exampleIndex in order {
                let example = examples[exampleIndex]
                var gold = [Int](repeating: 0, count: example.tokens.count)
                for name in example.gold.names {
                    for position in name.tokens {
                        gold[position] = position == name.tokens.lowerBound ? NameLabel.begin(name.type) : NameLabel.inside(name.type)
                    }
                }
                let range = 0..<example.tokens.count
                let mode = example.tokens.withUnsafeBufferPointer { CaseMode.of($0, range) }
                let common = lemmatizer.commonWords(example.words)
                var previous = -1
                var predicted = [Int](repeating: 0, count: range.count)
                example.words.withUnsafeBufferPointer { words in
                    tagged[exampleIndex].withUnsafeBufferPointer { tags in
                        example.hints.withUnsafeBufferPointer { hints in
                            for position in range {
                                if NameRecognizer.cannotStartName(words[position], previous: previous, caseMode: mode) {
                                    previous = 0
                                    predicted[position] = 0
                                    continue
                                }
                                features.withUnsafeMutableBufferPointer { out in
                                    NameRecognizer.features(words, tags: tags, hints: hints, common: { common[$0] },
                                                        labels2: { predicted[$0] }, at: position, sentence: range,
                                                            previous: previous, caseMode: mode, into: out.baseAddress!)
                                }
                                let guess = trainer.train(features, truth: gold[position], scores: &scores)
                                if guess == gold[position] { correct += 1 }
                                total += 1
                                previous = guess
                                predicted[position] = guess
                            }
                        }
                    }
                }
            }
            log("names iteration \(iteration): \(String(format: "%.4f", Double(correct) / Double(max(total, 1)))) on training")
            random.shuffle(&order)
        }
        return trainer
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

/// Lemma exceptions and suffix rules learned from treebank lemmas (see `Lemmatizer`).
enum LemmaRuleBuilder {
    /// Hashes of every lower-cased form and lemma of the training text (common nouns, verbs, adjectives, adverbs).
    static func vocabulary(_ sentences: [TreebankSentence]) -> [UInt64] {
        var words = Set<UInt64>()
        for sentence in sentences {
            for index in sentence.forms.indices where [.noun, .verb, .adj, .adv, .aux].contains(sentence.tags[index].universal) {
                words.insert(FNV.lowerHash(Lemmatizer.lowercased(sentence.forms[index])))
                words.insert(FNV.lowerHash(Lemmatizer.lowercased(sentence.lemmas[index])))
            }
        }
        for (_, _, lemma) in IrregularVerbs.forms { words.insert(FNV.lowerHash(lemma)) }
        return words.sorted()
    }

    static func build(_ sentences: [TreebankSentence]) -> (rules: BinaryWriter, strings: BinaryWriter) {
        var exceptions: [UInt64: [String: Int]] = [:]
        var suffixRules: [UInt64: [String: Int]] = [:]
        var countedWords = Set<String>()
        func record(form: String, penn: String, lemma: String, weight: Int = 1) {
            let lower = Lemmatizer.lowercased(form), lemmaLower = Lemmatizer.lowercased(lemma)
            let tagHash = FNV.hash(penn)
            let inflected = Lemmatizer.inflectedTags.contains(PennTag(penn))
            // Under a tag that inflects, a word that is its own lemma is kept as such (`means`, `own` as
            // VBP): the ending rules, counted once per word, would otherwise rewrite frequent words.
            if lower != lemmaLower || inflected {
                exceptions[Lemmatizer.exceptionKey(tag: tagHash, word: FNV.lowerHash(lower)), default: [:]][lemmaLower, default: 0] += weight
            }
            guard inflected else { return }
            let form = Array(lower.utf8), base = Array(lemmaLower.utf8)
            var common = 0
            while common < min(form.count, base.count), form[common] == base[common] { common += 1 }
            let cut = form.count - common
            guard cut < 15, common > 0, form.count >= 2 else { return }
            let rule = "\(cut)|" + String(decoding: base[common...], as: UTF8.self)
            // An ending's rule is counted once per word, not per token: one frequent word (`focused`)
            // must not make its ending a rule for every other (`accused` -> `accus`).
            guard countedWords.insert(rule + "|" + penn + "|" + lower).inserted else { return }
            for length in 1...min(Lemmatizer.longestSuffix, form.count - 1) where length >= cut {
                suffixRules[Lemmatizer.ruleKey(tag: tagHash, suffix: form.suffix(length)), default: [:]][rule, default: 0] += 1
            }
        }
        for sentence in sentences {
            for index in sentence.forms.indices where sentence.tags[index].universal != .propn {
                record(form: sentence.forms[index], penn: sentence.tags[index].penn.name, lemma: sentence.lemmas[index])
            }
        }
        // The irregular verbs are a closed class of English and outweigh the treebank's occasional slip
        // (GUM lemmatises `fled` as `flead` three times).
        for (form, penn, lemma) in IrregularVerbs.forms {
            for tag in ["VBD", "VBN", "VBP", "VB"] where tag == penn || tag != "VB" {
                record(form: form, penn: tag, lemma: lemma, weight: tag == penn ? 1000 : 100)
            }
        }
        var strings = BinaryWriter()
        var stringOffsets: [String: Int] = [:]
        func intern(_ text: String) -> Int {
            if let offset = stringOffsets[text] { return offset }
            let offset = strings.bytes.count
            strings.bytes.append(contentsOf: Array(text.utf8))
            stringOffsets[text] = offset
            return offset
        }
        var entries: [(key: UInt64, value: UInt32)] = []
        func best(_ counts: [String: Int]) -> (String, Int, Int) {
            let total = counts.values.reduce(0, +)
            let top = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!
            return (top.key, top.value, total)
        }
        for key in exceptions.keys.sorted() {
            let (lemma, _, _) = best(exceptions[key]!)
            let bytes = Array(lemma.utf8)
            guard bytes.count < 256 else { continue }
            entries.append((key, UInt32(intern(lemma)) << 12 | UInt32(bytes.count) << 4 | Lemmatizer.wholeWord))
        }
        for key in suffixRules.keys.sorted() {
            let (rule, count, total) = best(suffixRules[key]!)
            guard count >= 2, Double(count) >= 0.6 * Double(total) else { continue }
            let parts = rule.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let cut = UInt32(parts[0])!, addition = String(parts[1])
            entries.append((key, UInt32(intern(addition)) << 12 | UInt32(addition.utf8.count) << 4 | cut))
        }
        var rules = BinaryWriter()
        HashTableLayout.write(entries, into: &rules)
        return (rules, strings)
    }
}
