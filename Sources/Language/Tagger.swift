/// Part-of-speech tagging: a greedy left-to-right averaged perceptron over word and context features.
///
/// Frequent words that the training data always tags one way are read from a tag dictionary
/// (faster, and as accurate); the rest are scored.
public struct PartOfSpeechTagger: Sendable {
    let weights: PerceptronWeights
    let dictionary: HashTableLayout.Reader
    /// Every lower-cased word the training text tags with a closed class (a preposition, a
    /// determiner, a pronoun, a conjunction, an auxiliary or a particle).
    let closedClassWords: HashTableLayout.Reader
    public let tagset: Tagset
    /// Which classes of the tagset are closed: a word the training text never gave one cannot take it.
    let isClosed: [Bool]

    /// The universal classes no new word joins.
    static let closedClasses: Set<UniversalTag> = [.adp, .aux, .cconj, .det, .part, .pron, .sconj]

    init(weights: PerceptronWeights, dictionary: HashTableLayout.Reader, closedClassWords: HashTableLayout.Reader, tagset: Tagset) {
        self.weights = weights
        self.dictionary = dictionary
        self.closedClassWords = closedClassWords
        self.tagset = tagset
        isClosed = tagset.tags.map { Self.closedClasses.contains($0.universal) }
    }

    /// Tags tokens `range` (one sentence) into `tags` (class positions in the tagset).
    ///
    /// At run time two constraints apply (`unconstrained` false): a word written in lower case in a
    /// sentence of ordinary case is no proper noun (`forces struck Lotoshino`: `struck` is no name),
    /// and a word the training text never gave a closed class (a preposition, a determiner, a pronoun
    /// ...) takes none (`aircraft then bombed Bunia`: `bombed` is no preposition), as in spaCy's and
    /// most taggers' handling of unknown words. The name recognizer was trained on the tagger's
    /// unconstrained predictions (`LanguageTrainer.trainNames` passes true), which keeps the model's
    /// weights and measured better on news text than a model retrained on constrained tags (GUM test
    /// place F1 0.676 against 0.663; short reports 2,901 of 3,000 against 2,891).
    func tag(_ words: UnsafeBufferPointer<WordFeatures>, sentence range: Range<Int>, caseMode: CaseMode,
             unconstrained: Bool = false, into tags: UnsafeMutableBufferPointer<UInt8>) {
        let classCount = weights.classCount
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: classCount) { scores in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.featureCount) { features in
                for position in range {
                    if let known = dictionary.value(words[position].exact) {
                        tags[position] = UInt8(known)
                        continue
                    }
                    let previous = position > range.lowerBound ? Int(tags[position - 1]) : -1
                    let beforePrevious = position > range.lowerBound + 1 ? Int(tags[position - 2]) : -1
                    Self.features(words, at: position, sentence: range, previous: previous, beforePrevious: beforePrevious,
                                  caseMode: caseMode, into: features.baseAddress!)
                    scores.initialize(repeating: 0)
                    weights.accumulate(UnsafeBufferPointer(features), into: scores.baseAddress!)
                    // In a sentence of ordinary case a word written in lower case is no proper noun (`forces struck Lotoshino`).
                    let properAllowed = unconstrained || caseMode != .mixed || !words[position].startsLowerOrMark
                    let closedAllowed = unconstrained || closedClassWords.value(words[position].word) != nil
                    var best = -1
                    for cls in 0..<classCount where (properAllowed || tagset.tags[cls].universal != .propn) && (closedAllowed || !isClosed[cls]) {
                        if best < 0 || scores[cls] > scores[best] { best = cls }
                    }
                    tags[position] = UInt8(max(best, 0))
                }
            }
        }
    }

    static let featureCount = 17

    /// The feature hashes of position `i`, given the two tags before it (-1 for none).
    @inline(__always)
    static func features(_ words: UnsafeBufferPointer<WordFeatures>, at i: Int, sentence range: Range<Int>, previous: Int,
                         beforePrevious: Int, caseMode: CaseMode, into out: UnsafeMutablePointer<UInt64>) {
        @inline(__always) func word(_ offset: Int) -> WordFeatures {
            let position = i + offset
            if position < range.lowerBound { return .start }
            if position >= range.upperBound { return .end }
            return words[position]
        }
        let here = word(0), before = word(-1), after = word(1)
        let p1 = UInt64(bitPattern: Int64(previous)), p2 = UInt64(bitPattern: Int64(beforePrevious))
        let initial: UInt64 = i == range.lowerBound ? 1 : 0
        out[0] = hashMix(1, 0)
        out[1] = hashMix(2, here.word)
        out[2] = hashMix(3, here.suffix)
        out[3] = hashMix(4, here.prefix)
        out[4] = hashMix(5, here.shape)
        out[5] = hashMix(6, p1)
        out[6] = hashMix(7, p2)
        out[7] = hashMix(8, hashMix(p1, p2))
        out[8] = hashMix(9, hashMix(p1, here.word))
        out[9] = hashMix(10, before.word)
        out[10] = hashMix(11, before.suffix)
        out[11] = hashMix(12, word(-2).word)
        out[12] = hashMix(13, after.word)
        out[13] = hashMix(14, after.suffix)
        out[14] = hashMix(15, word(2).word)
        out[15] = hashMix(16, hashMix(initial | UInt64(caseMode.rawValue) << 1, here.shape))
        out[16] = hashMix(17, hashMix(here.shape, after.shape))
    }
}

/// How a sentence is written: mixed case (ordinary prose), all capitals, or all lower case.
///
/// Capitalisation is the strongest cue for names and proper nouns; in a headline in capitals or
/// a lower-case chat message it means nothing, and the models are told so.
public enum CaseMode: UInt8, Sendable {
    case mixed, upper, lower

    static func of(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> CaseMode {
        var upper = 0, lower = 0, capitalized = 0
        for position in range where tokens[position].hasLetter {
            let token = tokens[position]
            if token.isAllCaps { upper += 1 } else if token.isCapitalized { capitalized += 1 } else { lower += 1 }
        }
        let words = upper + lower + capitalized
        if words >= 3 && upper * 10 >= words * 8 { return .upper }
        if words >= 3 && lower == words { return .lower }
        return .mixed
    }
}
