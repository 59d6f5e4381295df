/// The per-word values every feature template combines, computed once per token from its bytes.
///
/// `word` is the lower-cased form (numbers collapsed to their shape, so `1,200` and `3,400` are
/// one feature), `exact` the form as written (for the tag dictionary), `shape` the character
/// classes with runs shortened (`Kyiv` -> `Xxx`, `Su-34`'s `34` -> `dd`, `NATO` -> `XX`).
public struct WordFeatures: Hashable, Sendable {
    public var word: UInt64
    public var exact: UInt64
    public var prefix: UInt64
    public var suffix: UInt64
    public var shape: UInt64
    /// Begins with a lower-case letter, or has no letter or digit at all (a mark).
    public var startsLowerOrMark: Bool

    /// Stand-ins for positions before the first and after the last token of a sentence.
    public static let start = WordFeatures(word: 0x5354_4152_5431, exact: 0x5354_4152_5431, prefix: 11, suffix: 12, shape: 13)
    public static let end = WordFeatures(word: 0x454E_4431, exact: 0x454E_4431, prefix: 21, suffix: 22, shape: 23)

    public init(word: UInt64, exact: UInt64, prefix: UInt64, suffix: UInt64, shape: UInt64, startsLowerOrMark: Bool = true) {
        self.word = word
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.shape = shape
        self.startsLowerOrMark = startsLowerOrMark
    }

    /// Features of `token`, whose bytes are in `bytes` (one pass over its bytes, no allocation).
    public init(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) {
        let range = token.utf8
        var exact = FNV.offset, shapeHash = FNV.offset
        var lastClass: UInt8 = 0, run = 0, count = 0
        var first: UInt32 = 0
        // The last three scalars, lower-cased (ASCII), oldest first.
        var last1: UInt32 = 0, last2: UInt32 = 0, last3: UInt32 = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let (value, length) = UTF8Scan.decode(bytes, at: index)
            for offset in 0..<length { exact = FNV.add(exact, bytes[index + offset]) }
            let cls: UInt8 = UTF8Scan.isDigit(value) ? 100 : UTF8Scan.isUppercase(value) ? 88
                : UTF8Scan.isLetter(value) ? 120 : UTF8Scan.isApostrophe(value) ? 39 : UInt8(truncatingIfNeeded: min(value, 127))
            if cls == lastClass { run += 1 } else { run = 1; lastClass = cls }
            if run <= 2 { shapeHash = FNV.add(shapeHash, cls) }
            let lowered = value < 0x80 && value >= 0x41 && value <= 0x5A ? value | 0x20 : value
            if count == 0 { first = lowered }
            (last3, last2, last1) = (last2, last1, lowered)
            count += 1
            index += length
        }
        self.exact = exact
        shape = shapeHash
        if token.kind == .number {
            // Years and other numbers differ in use; their digits do not matter.
            word = FNV.hash(count == 4 && token.utf8Count == 4 ? "!YEAR" : "!NUM") ^ shapeHash
        } else {
            word = token.lowerHash
        }
        prefix = (((FNV.offset ^ 1) ^ UInt64(first)) &* FNV.prime)
        var suffixHash = FNV.offset ^ 2
        if count >= 3 { suffixHash = (suffixHash ^ UInt64(last3)) &* FNV.prime }
        if count >= 2 { suffixHash = (suffixHash ^ UInt64(last2)) &* FNV.prime }
        if count >= 1 { suffixHash = (suffixHash ^ UInt64(last1)) &* FNV.prime }
        suffix = suffixHash
        startsLowerOrMark = !(token.isCapitalized || token.hasDigit) && (token.hasLowercase || !token.hasLetter)
    }

    /// Features for every token, in order.
    public static func of(_ tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) -> [WordFeatures] {
        tokens.map { WordFeatures($0, in: bytes) }
    }
}
