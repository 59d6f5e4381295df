/// What separates a token from the next one.
enum TokenGap: UInt8, Sendable {
    case space, hyphen, comma, sentenceEnd, possessive, slash, newline, other, end
}

/// A word of the input, with byte and Unicode-scalar offsets (half-open).
struct Token: Sendable {
    /// FNV-1a hash of the lower-cased ASCII letters (cheap word identity without allocation).
    var wordHash: UInt64
    private var storedByteStart: UInt32
    private var storedByteEnd: UInt32
    private var storedScalarStart: UInt32
    private var storedScalarEnd: UInt32
    var byteStart: Int { Int(storedByteStart) }
    var byteEnd: Int { Int(storedByteEnd) }
    var scalarStart: Int { Int(storedScalarStart) }
    var scalarEnd: Int { Int(storedScalarEnd) }
    var letterCount: Int { Int(storedLetterCount) }
    private var storedLetterCount: UInt16
    var isCapitalized: Bool
    var isAllCaps: Bool
    var gapAfter: TokenGap
    /// First token of a sentence, a line or a quotation.
    var startsSentence: Bool
    /// A title abbreviation followed by a period (`Gov.`, `Mr.`, `St.`).
    var isAbbreviation: Bool

    /// Offsets are stored in 32 bits: inputs are limited to 4 GiB.
    init(byteStart: Int, byteEnd: Int, scalarStart: Int, scalarEnd: Int, wordHash: UInt64, isCapitalized: Bool,
         isAllCaps: Bool, letterCount: Int, gapAfter: TokenGap, startsSentence: Bool, isAbbreviation: Bool) {
        self.wordHash = wordHash
        storedByteStart = UInt32(truncatingIfNeeded: byteStart)
        storedByteEnd = UInt32(truncatingIfNeeded: byteEnd)
        storedScalarStart = UInt32(truncatingIfNeeded: scalarStart)
        storedScalarEnd = UInt32(truncatingIfNeeded: scalarEnd)
        storedLetterCount = UInt16(clamping: letterCount)
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
        self.gapAfter = gapAfter
        self.startsSentence = startsSentence
        self.isAbbreviation = isAbbreviation
    }
}

/// Splits English text into tokens, on UTF-8 bytes, counting Unicode scalars as it goes.
enum Tokenizer {
    static let abbreviations = WordSets.hashes([
        "st", "mt", "ft", "gov", "sen", "rep", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "sgt",
        "prof", "rev", "adm", "maj", "cpl", "pvt", "jr", "sr", "pres", "gens",
    ])

    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0, scalar = 0
        let count = bytes.count
        var sentenceStart = true
        var gapHasNewline = false, gapHasComma = false, gapHasSentenceEnd = false, gapHasSlash = false
        var gapHasOther = false, gapHasHyphen = false, gapHasSpace = false

        func closeGap(_ tokens: inout [Token]) {
            guard !tokens.isEmpty else { return }
            let gap: TokenGap
            if gapHasNewline { gap = .newline }
            else if gapHasSentenceEnd { gap = .sentenceEnd }
            else if gapHasComma { gap = .comma }
            else if gapHasSlash { gap = .slash }
            else if gapHasOther { gap = .other }
            else if gapHasHyphen && !gapHasSpace { gap = .hyphen }
            else { gap = .space }
            if tokens[tokens.count - 1].gapAfter == .end { tokens[tokens.count - 1].gapAfter = gap }
        }

        while index < count {
            let byte = bytes[index]
            let (value, length) = decode(bytes, at: index)
            if let dotted = dottedAbbreviation(bytes, at: index) {
                // `U.S.`, `U.K.`: one all-capital token whose periods belong to it.
                closeGap(&tokens)
                gapHasNewline = false; gapHasComma = false; gapHasSentenceEnd = false; gapHasSlash = false
                gapHasOther = false; gapHasHyphen = false; gapHasSpace = true
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for offset in stride(from: 0, to: dotted, by: 2) {
                    hash ^= UInt64(bytes[index + offset] | 0x20); hash = hash &* 0x0000_0100_0000_01b3
                }
                tokens.append(Token(byteStart: index, byteEnd: index + dotted, scalarStart: scalar, scalarEnd: scalar + dotted,
                                    wordHash: hash, isCapitalized: true, isAllCaps: true, letterCount: dotted / 2,
                                    gapAfter: .end, startsSentence: sentenceStart || tokens.isEmpty, isAbbreviation: true))
                sentenceStart = false
                index += dotted; scalar += dotted
                continue
            }
            if isWordScalar(value) {
                closeGap(&tokens)
                let startsSentence = sentenceStart || tokens.isEmpty
                gapHasNewline = false; gapHasComma = false; gapHasSentenceEnd = false; gapHasSlash = false
                gapHasOther = false; gapHasHyphen = false; gapHasSpace = false
                sentenceStart = false
                // Read one word: letters, digits and apostrophes between letters (Il'skiy, O'Brien).
                let start = index, scalarStart = scalar
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                var letters = 0, uppers = 0
                var firstUpper = false
                var possessive = false
                while index < count {
                    let (v, l) = decode(bytes, at: index)
                    if isWordScalar(v) {
                        if v < 0x80 {
                            let b = UInt8(v)
                            let isUpper = b >= 65 && b <= 90
                            if isUpper { uppers += 1 }
                            if letters == 0 && index == start { firstUpper = isUpper }
                            if (b >= 65 && b <= 90) || (b >= 97 && b <= 122) { letters += 1 }
                            hash ^= UInt64(b | (isUpper ? 0x20 : 0)); hash = hash &* 0x0000_0100_0000_01b3
                        } else {
                            let scalarValue = Unicode.Scalar(v)!
                            let isUpper = scalarValue.properties.isUppercase
                            if isUpper { uppers += 1 }
                            if index == start { firstUpper = isUpper }
                            letters += 1
                            hash ^= UInt64(v & 0xFF); hash = hash &* 0x0000_0100_0000_01b3
                        }
                        index += l; scalar += 1
                    } else if (v == 0x27 || v == 0x2019) && index + l < count {
                        let (next, nextLength) = decode(bytes, at: index + l)
                        guard isWordScalar(next) else { break }
                        // `'s` then a non-letter is a possessive, not part of the name.
                        if (next == 0x73 || next == 0x53) {
                            let after = index + l + nextLength
                            let (afterValue, _) = after < count ? decode(bytes, at: after) : (0x20, 1)
                            if !isWordScalar(afterValue) { possessive = true; break }
                        }
                        index += l; scalar += 1
                    } else {
                        break
                    }
                }
                var token = Token(byteStart: start, byteEnd: index, scalarStart: scalarStart, scalarEnd: scalar,
                                  wordHash: hash, isCapitalized: firstUpper, isAllCaps: letters > 0 && uppers == letters && letters >= 2,
                                  letterCount: letters, gapAfter: .end, startsSentence: startsSentence, isAbbreviation: false)
                if possessive {
                    // Skip the apostrophe and the s.
                    let (_, l1) = decode(bytes, at: index)
                    index += l1 + 1; scalar += 2
                    token.gapAfter = .possessive
                } else if index < count && bytes[index] == UInt8(ascii: ".") && abbreviations.contains(hash) && firstUpper {
                    token.isAbbreviation = true
                    index += 1; scalar += 1
                    gapHasSpace = true
                }
                tokens.append(token)
                continue
            }
            // Between words: remember what kind of gap this is.
            switch value {
            case 0x0A, 0x0D, 0x2028, 0x2029: gapHasNewline = true; sentenceStart = true
            case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x2026: gapHasSentenceEnd = true; sentenceStart = true
            case 0x2C: gapHasComma = true
            case 0x2F, 0x5C, 0x7C: gapHasSlash = true
            case 0x20, 0x09, 0xA0: gapHasSpace = true
            case 0x2D, 0x2010, 0x2011: gapHasHyphen = true
            case 0x22, 0x201C, 0x201D, 0x2018, 0x2019, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x2013, 0x2014:
                gapHasOther = true
                if value == 0x22 || value == 0x201C || value == 0x28 { if tokens.last?.gapAfter == .end && gapHasSentenceEnd { sentenceStart = true } }
            default: gapHasOther = true
            }
            _ = byte
            index += length; scalar += 1
        }
        closeGap(&tokens)
        return tokens
    }

    /// The byte length of a dotted capital abbreviation (`U.S.` is 4) starting at `index`, if any.
    static func dottedAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        func isCapital(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 65 && bytes[i] <= 90 }
        func isDot(_ i: Int) -> Bool { i < bytes.count && bytes[i] == 0x2E }
        guard isCapital(index), isDot(index + 1), isCapital(index + 2), isDot(index + 3) else { return nil }
        if index > 0, isWordScalar(UInt32(bytes[index - 1])) { return nil }
        var length = 4
        if isCapital(index + 4), isDot(index + 5) { length = 6 }
        if index + length < bytes.count, isWordScalar(UInt32(bytes[index + length])) { return nil }
        return length
    }

    @inline(__always)
    static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        if value < 0xC0 { return false }
        if value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic
    }

    /// Decodes the UTF-8 scalar at `index` (invalid bytes count as one U+FFFD each).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let b0 = bytes[index]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let count = bytes.count
        if b0 & 0xE0 == 0xC0, index + 1 < count {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, index + 2 < count {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, index + 3 < count {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                    | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}
