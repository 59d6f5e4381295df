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
