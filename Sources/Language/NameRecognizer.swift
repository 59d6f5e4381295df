/// What kind of thing a name names.
public enum NameType: UInt8, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case place, person, organization, other

    public var description: String {
        switch self {
        case .place: "place"
        case .person: "person"
        case .organization: "organization"
        case .other: "other"
        }
    }
}

/// A name found in the text: tokens `tokens`, its type, and how sure the recognizer is.
public struct NameSpan: Hashable, Sendable {
    /// Token positions (half-open) in the annotated stream.
    public var tokens: Range<Int>
    public var type: NameType
    /// 0...1: the mean, over the name's tokens, of the logistic of the margin between the chosen
    /// label and the best other one. A ranking, not a calibrated probability.
    public var confidence: Double

    public init(tokens: Range<Int>, type: NameType, confidence: Double) {
        self.tokens = tokens
        self.type = type
        self.confidence = confidence
    }
}

/// What a gazetteer says about a token: whether a known place name begins or continues there, and how prominent it is.
///
/// The recognizer uses it as one feature among many: `Anna` is a town, but `Anna Chernova said`
/// is a person; `Novoselivka, Donetsk region` is a place although no gazetteer lists it.
public struct PlaceHint: Hashable, Sendable {
    public enum Rank: UInt8, Sendable, CaseIterable {
        case country = 1, firstLevelDivision, otherDivision, largeCity, city, town, minorPlace
    }

    public let raw: UInt8
    public static let none = PlaceHint(raw: 0)

    public init(raw: UInt8) { self.raw = raw }

    /// `begins`: the name starts at this token; `primary`: the text is the place's own name, not one of its alternates.
    public init(begins: Bool, rank: Rank, primary: Bool) {
        raw = rank.rawValue << 2 | (primary ? 2 : 0) | (begins ? 1 : 0)
    }

    public var rank: Rank? { Rank(rawValue: raw >> 2) }
    public var begins: Bool { raw & 1 == 1 }
    public var isPrimaryName: Bool { raw & 2 == 2 }
}

/// Supplies gazetteer hints for a token stream (Geo implements it; the language layer knows no gazetteer).
public protocol PlaceLexicon: Sendable {
    func hints(for tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) -> [PlaceHint]
}

/// Name labels in BIO form: `O`, then `B-` and `I-` for each name type.
public enum NameLabel {
    public static let count = 1 + 2 * NameType.allCases.count
    public static func begin(_ type: NameType) -> Int { 1 + 2 * Int(type.rawValue) }
    public static func inside(_ type: NameType) -> Int { 2 + 2 * Int(type.rawValue) }
    public static func type(of label: Int) -> NameType? { label == 0 ? nil : NameType(rawValue: UInt8((label - 1) / 2)) }
    public static func isBegin(_ label: Int) -> Bool { label != 0 && label % 2 == 1 }

    /// `O`, `B-place`, `I-person`, ...
    public static func name(_ label: Int) -> String {
        guard let type = type(of: label) else { return "O" }
        return (isBegin(label) ? "B-" : "I-") + type.description
    }
}

/// Name recognition: a greedy left-to-right averaged perceptron over BIO labels.
public struct NameRecognizer: Sendable {
    let weights: PerceptronWeights

    static let featureCount = 33
    /// Divides the weight margin before the logistic, so confidences spread over (0.5, 1) instead of saturating.
    static let temperature = 4.0

    /// Labels tokens `range` (one sentence), reading their tags and hints; returns the names found.
    func recognize(_ words: UnsafeBufferPointer<WordFeatures>, tags: UnsafeBufferPointer<UInt8>,
                   hints: UnsafeBufferPointer<PlaceHint>, common: (Int) -> Bool, sentence range: Range<Int>,
                   caseMode: CaseMode, labels: UnsafeMutableBufferPointer<UInt8>) -> [NameSpan] {
        var names: [NameSpan] = []
        var open: (start: Int, type: NameType, margins: Double)?
        func close(at end: Int) {
            if let current = open {
                names.append(NameSpan(tokens: current.start..<end, type: current.type,
                                      confidence: current.margins / Double(end - current.start)))
            }
            open = nil
        }
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: NameLabel.count) { scores in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.featureCount) { features in
                for position in range {
                    let previous = position > range.lowerBound ? Int(labels[position - 1]) : -1
                    if Self.cannotStartName(words[position], previous: previous, caseMode: caseMode) {
                        labels[position] = 0
                        close(at: position)
                        continue
                    }
                    Self.features(words, tags: tags, hints: hints, common: common, labels2: { Int(labels[$0]) }, at: position,
                                  sentence: range, previous: previous,
                                  caseMode: caseMode, into: features.baseAddress!)
                    scores.initialize(repeating: 0)
                    weights.accumulate(UnsafeBufferPointer(features), into: scores.baseAddress!)
                    // An inside label only continues a name of its type.
                    var best = 0, bestScore = Int32.min, second = Int32.min
                    for label in 0..<NameLabel.count {
                        if label != 0, !NameLabel.isBegin(label),
                           previous <= 0 || NameLabel.type(of: previous) != NameLabel.type(of: label) { continue }
                        let score = scores[label]
                        if score > bestScore { second = bestScore; bestScore = score; best = label }
                        else if score > second { second = score }
                    }
                    // A name begun right after a name of its type, with nothing between (`Abu Salim`, read `B-place B-place`),
                    // goes on with it: prose puts a comma or a word between two names.
                    if NameLabel.isBegin(best), previous > 0, NameLabel.type(of: previous) == NameLabel.type(of: best) {
                        best += 1
                    }
                    labels[position] = UInt8(best)
                    let margin = Double(bestScore) - Double(second == Int32.min ? bestScore : second)
                    let sure = 1 / (1 + Self.exp(-margin / Double(weights.scale) / Self.temperature))
                    if NameLabel.isBegin(best) {
                        close(at: position)
                        open = (position, NameLabel.type(of: best)!, sure)
                    } else if best == 0 {
                        close(at: position)
                    } else {
                        open?.margins += sure
                    }
                }
            }
        }
        close(at: range.upperBound)
        return names
    }

    static func exp(_ x: Double) -> Double {
        // Foundation-free exponential for the confidence (accurate to ~1e-12 in the range used).
        let clamped = min(max(x, -40), 40)
        let n = (clamped / 0.6931471805599453).rounded()
        let r = clamped - n * 0.6931471805599453
        var term = 1.0, sum = 1.0
        for k in 1...16 { term *= r / Double(k); sum += term }
        return sum * Double(sign: .plus, exponent: Int(n), significand: 1)
    }

    /// Whether a token outside a name can only be outside one: in ordinary prose a name starts with
    /// a capital letter or a digit (`7th Army`), so a word in lower case or a punctuation mark after
    /// no name is labelled `O` without scoring (the trainer skips the same tokens).
    @inline(__always)
    static func cannotStartName(_ word: WordFeatures, previous: Int, caseMode: CaseMode) -> Bool {
        previous <= 0 && caseMode == .mixed && word.startsLowerOrMark
    }

    @inline(__always)
    static func features(_ words: UnsafeBufferPointer<WordFeatures>, tags: UnsafeBufferPointer<UInt8>,
                         hints: UnsafeBufferPointer<PlaceHint>, common: (Int) -> Bool, labels2: (Int) -> Int, at i: Int,
                         sentence range: Range<Int>, previous: Int,
                         caseMode: CaseMode, into out: UnsafeMutablePointer<UInt64>) {
        @inline(__always) func word(_ offset: Int) -> WordFeatures {
            let position = i + offset
            if position < range.lowerBound { return .start }
            if position >= range.upperBound { return .end }
            return words[position]
        }
        @inline(__always) func tag(_ offset: Int) -> UInt64 {
            let position = i + offset
            return range.contains(position) ? UInt64(tags[position]) : 0xFF
        }
        @inline(__always) func hint(_ offset: Int) -> UInt64 {
            let position = i + offset
            return range.contains(position) ? UInt64(hints[position].raw) : 0xFF
        }
        let here = word(0), before = word(-1), after = word(1)
        let label = UInt64(bitPattern: Int64(previous))
        let initial: UInt64 = i == range.lowerBound ? 1 : 0
        let mode = UInt64(caseMode.rawValue)
        out[0] = hashMix(101, 0)
        out[1] = hashMix(102, here.word)
        out[2] = hashMix(103, hashMix(here.shape, mode))
        out[3] = hashMix(104, here.suffix)
        out[4] = hashMix(105, tag(0))
        out[5] = hashMix(106, tag(-1))
        out[6] = hashMix(107, tag(1))
        out[7] = hashMix(108, before.word)
        out[8] = hashMix(109, after.word)
        out[9] = hashMix(110, word(-2).word)
        out[10] = hashMix(111, word(2).word)
        out[11] = hashMix(112, label)
        out[12] = hashMix(113, hashMix(label, tag(0)))
        out[13] = hashMix(114, hashMix(label, hashMix(here.shape, mode)))
        out[14] = hashMix(115, hint(0))
        out[15] = hashMix(116, hashMix(hint(-1), hint(0)))
        out[16] = hashMix(117, hashMix(hint(0), hint(1)))
        out[17] = hashMix(118, hashMix(before.word, here.shape))
        out[18] = hashMix(119, hashMix(here.shape, after.word))
        out[19] = hashMix(120, hashMix(initial | mode << 1, here.shape))
        out[20] = hashMix(121, hashMix(tag(0), hashMix(here.shape, mode)))
        out[21] = hashMix(122, hashMix(label, here.word))
        out[22] = hashMix(123, hashMix(hint(0), after.shape))
        out[23] = hashMix(124, hashMix(before.word, hint(0)))
        out[24] = hashMix(125, hashMix(before.word, here.word))
        out[25] = hashMix(126, hashMix(here.word, after.word))
        out[26] = hashMix(127, hashMix(tag(-1), hashMix(tag(0), tag(1))))
        // A capitalised word whose lower-case form is an ordinary word (`Bay`, `Lake`, `Senator`, `Harrow`?).
        let isCommon: UInt64 = common(i) ? 1 : 0
        out[27] = hashMix(128, hashMix(isCommon, hashMix(here.shape, mode)))
        out[28] = hashMix(129, hashMix(isCommon, hashMix(hint(0), initial)))
        out[29] = hashMix(130, hashMix(isCommon, label))
        // Coordination: in `X, Y and Z` the items share a type, so the label before a comma or
        // `and` and the shape beyond it speak for this word.
        let twoBack = i - 2 >= range.lowerBound ? UInt64(labels2(i - 2)) : 0xFF
        out[30] = hashMix(131, hashMix(before.word, hashMix(twoBack, here.shape)))
        out[31] = hashMix(132, hashMix(before.word, word(-2).shape))
        out[32] = hashMix(133, hashMix(after.word, word(2).shape))
    }
}
