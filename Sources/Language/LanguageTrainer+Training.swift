import Foundation

/// Training the tagger and the name recognizer: the tagset, the tag dictionary, closed-class words and the perceptron passes.
extension LanguageTrainer {
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
