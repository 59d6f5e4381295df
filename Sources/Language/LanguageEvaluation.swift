/// Scores the language layer against gold treebank sentences (gold tokens, one sentence at a time).
public enum LanguageEvaluation {
    public struct Score: Sendable {
        public var tokens = 0
        public var universalCorrect = 0
        public var pennCorrect = 0
        /// Lemmas equal to the gold one (compared without case: a proper noun is its own lemma).
        public var lemmaCorrect = 0
        /// Nouns, verbs, adjectives and adverbs whose lower-cased form the training text never had,
        /// and their right lemmas: the share the lemmatizer's ending rules decide, not its exceptions.
        public var unseenTokens = 0
        public var unseenLemmaCorrect = 0
        /// Per name type: (true positives, predicted, gold); a name counts when its tokens and type match exactly.
        public var names: [NameType: (found: Int, predicted: Int, gold: Int)] = [:]

        public var universalAccuracy: Double { Double(universalCorrect) / Double(max(tokens, 1)) }
        public var pennAccuracy: Double { Double(pennCorrect) / Double(max(tokens, 1)) }
        public var lemmaAccuracy: Double { Double(lemmaCorrect) / Double(max(tokens, 1)) }
        public var unseenLemmaAccuracy: Double { Double(unseenLemmaCorrect) / Double(max(unseenTokens, 1)) }

        public func precisionRecallF1(_ type: NameType) -> (precision: Double, recall: Double, f1: Double) {
            let counts = names[type] ?? (0, 0, 0)
            let precision = Double(counts.found) / Double(max(counts.predicted, 1))
            let recall = Double(counts.found) / Double(max(counts.gold, 1))
            return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
        }

        public func report() -> String {
            var lines = ["UPOS accuracy \(format(universalAccuracy)) (\(universalCorrect)/\(tokens)); Penn accuracy \(format(pennAccuracy)) (\(pennCorrect)/\(tokens))",
                         "lemma accuracy \(format(lemmaAccuracy)) (\(lemmaCorrect)/\(tokens)); on words unseen in training \(format(unseenLemmaAccuracy)) (\(unseenLemmaCorrect)/\(unseenTokens))"]
            for type in NameType.allCases {
                let counts = names[type] ?? (0, 0, 0)
                let (p, r, f) = precisionRecallF1(type)
                lines.append("\(type): precision \(format(p)) recall \(format(r)) F1 \(format(f)) (\(counts.found) right of \(counts.predicted) found, \(counts.gold) gold)")
            }
            return lines.joined(separator: "\n")
        }

        func format(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            return "0." + String(String(thousandths + 1000).dropFirst())
        }
    }

    public static func score(_ sentences: [TreebankSentence], annotator: Annotator, showErrors: NameType? = nil) -> Score {
        var score = Score()
        for sentence in sentences {
            let (text, ranges) = sentence.text()
            var copy = text
            let annotated: AnnotatedText = copy.withUTF8 { bytes in
                let tokens = LanguageTrainer.tokens(of: sentence, ranges: ranges, in: bytes)
                return annotator.annotate(text, bytes: bytes, tokens: tokens, sentences: [0..<tokens.count])
            }
            let vocabulary = annotator.model.lemmatizer.vocabulary
            for (index, gold) in sentence.tags.enumerated() {
                score.tokens += 1
                if annotated.tags[index].universal == gold.universal { score.universalCorrect += 1 }
                if annotated.tags[index].penn == gold.penn { score.pennCorrect += 1 }
                let right = Lemmatizer.lowercased(annotated.lemma(of: index)) == Lemmatizer.lowercased(sentence.lemmas[index])
                if right { score.lemmaCorrect += 1 }
                if [.noun, .verb, .adj, .adv].contains(gold.universal),
                    vocabulary.value(FNV.lowerHash(Lemmatizer.lowercased(sentence.forms[index]))) == nil {
                    score.unseenTokens += 1
                    if right { score.unseenLemmaCorrect += 1 }
                }
            }
            let predicted = Set(annotated.names.map { "\($0.tokens)-\($0.type)" })
            for name in annotated.names { score.names[name.type, default: (0, 0, 0)].predicted += 1 }
            if let shown = showErrors {
                let gold = Set(sentence.names.filter { $0.type == shown }.map { "\($0.tokens)" })
                let found = Set(annotated.names.filter { $0.type == shown }.map { "\($0.tokens)" })
                if gold != found {
                    let words = sentence.forms
                    func show(_ spans: [Range<Int>]) -> String { spans.map { words[$0].joined(separator: " ") }.joined(separator: " | ") }
                    print("- " + words.joined(separator: " "))
                    print("  missed: " + show(sentence.names.filter { $0.type == shown && !found.contains("\($0.tokens)") }.map(\.tokens)))
                    print("  wrong:  " + annotated.names.filter { $0.type == shown && !gold.contains("\($0.tokens)") }
                        .map { span in words[span.tokens].joined(separator: " ") + " (" + (sentence.names.first(where: { n in n.tokens == span.tokens }).map { "\($0.type)" } ?? "none") + ")" }.joined(separator: " | "))
                }
            }
            for name in sentence.names {
                score.names[name.type, default: (0, 0, 0)].gold += 1
                if predicted.contains("\(name.tokens)-\(name.type)") { score.names[name.type, default: (0, 0, 0)].found += 1 }
            }
        }
        return score
    }
}
