import Language

/// What separates a word from the next one, as the recognizer reads it.
enum TokenGap: UInt8, Sendable {
    case space, hyphen, comma, sentenceEnd, possessive, slash, newline, other, end
}

/// A word of the language layer's stream as the place recognizer reads it: the punctuation
/// tokens after it folded into `gapAfter`, so `X, Y`, `Y's X` and `Su-34` read as patterns of
/// words and gaps. Byte and Unicode-scalar offsets are the stream's (half-open).
struct Token: Sendable {
    /// FNV-1a hash of the lower-cased letters and digits (periods and apostrophes skipped: `U.S.` is `us`).
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
    /// First word of a sentence or a line, or after `;` / `:`.
    var startsSentence: Bool
    /// Starts a sentence only because a dash came before it (`army – ELN`): no line, so no dateline.
    var startsAfterDash: Bool
    /// A word written with a final period (`Gov.`, `St.`, `U.S.`).
    var isAbbreviation: Bool
    /// Position of the word in the language layer's stream.
    var streamIndex: Int

    /// The words of an annotated stream, in order.
    static func words(of text: AnnotatedText, bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        let stream = text.tokens
        var words: [Token] = []
        words.reserveCapacity(stream.count)
        var sentenceStarts = Set<Int>()
        for sentence in text.sentences { sentenceStarts.insert(sentence.lowerBound) }
        var pending: (newline: Bool, end: Bool, comma: Bool, slash: Bool, hyphen: Bool, other: Bool, possessive: Bool, space: Bool)
            = (false, false, false, false, false, false, false, false)
        var startNext = true
        var startByDashOnly = false
        func close() {
            guard !words.isEmpty, words[words.count - 1].gapAfter == .end else { return }
            let gap: TokenGap = pending.newline ? .newline : pending.end ? .sentenceEnd : pending.comma ? .comma
                : pending.slash ? .slash : pending.possessive && !pending.other ? .possessive
                // A hyphen with a space beside it is a dash between phrases (`TBILISI - Riot police`), not a joint.
                : pending.other ? .other : pending.hyphen ? (pending.space ? .other : .hyphen) : .space
            words[words.count - 1].gapAfter = gap
        }
        for (index, token) in stream.enumerated() {
            if token.gapBefore == .line || token.gapBefore == .paragraph { pending.newline = true; startNext = true; startByDashOnly = false }
            if token.gapBefore != .none { pending.space = true }
            if sentenceStarts.contains(index) { startNext = true; startByDashOnly = false }
            let isWord = token.kind == .word || token.kind == .number
            guard isWord else {
                let first = bytes[token.utf8Start]
                switch token.kind {
                case .clitic:
                    if token.utf8Count >= 2, bytes[token.utf8End - 1] | 0x20 == 0x73 { pending.possessive = true } else { pending.other = true }
                case .punctuation where token.utf8Count == 1:
                    switch first {
                    case 0x2E, 0x21, 0x3F, 0x3B, 0x3A: pending.end = true; startNext = true; startByDashOnly = false
                    case 0x2C: pending.comma = true
                    case 0x2F, 0x5C, 0x7C: pending.slash = true
                    case 0x2D:
                        pending.hyphen = true
                        // A dash with a space before it opens what follows as a sentence does (`08:40 BST - In Kherson, ...`):
                        // its first word may be a capitalised common word.
                        if token.gapBefore != .none, !startNext { startNext = true; startByDashOnly = true }
                    default: pending.other = true
                    }
                case .punctuation where token.utf8Count == 3 && first == 0xE2 && bytes[token.utf8Start + 1] == 0x80:
                    switch bytes[token.utf8Start + 2] {
                    case 0x90, 0x91: pending.hyphen = true  // ‐ ‑
                    case 0x93, 0x94:  // – —
                        pending.other = true
                        if !startNext { startNext = true; startByDashOnly = true }
                    case 0xA6: pending.end = true; startNext = true; startByDashOnly = false  // …
                    default: pending.other = true
                    }
                case .punctuation:
                    if first == 0x2E || first == 0x21 || first == 0x3F { pending.end = true; startNext = true; startByDashOnly = false } else { pending.other = true }
                default:
                    pending.other = true
                }
                continue
            }
            close()
            pending = (false, false, false, false, false, false, false, false)
            var hash = FNV.offset
            var letters = 0
            var position = token.utf8Start
            while position < token.utf8End {
                let (value, length) = UTF8Scan.decode(bytes, at: position)
                if value < 0x80 {
                    let byte = UInt8(value)
                    if UTF8Scan.isLetter(value) || UTF8Scan.isDigit(value) {
                        if UTF8Scan.isLetter(value) { letters += 1 }
                        hash = FNV.add(hash, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    }
                } else if UTF8Scan.isLetter(value) {
                    letters += 1
                    hash = FNV.add(hash, UInt8(truncatingIfNeeded: value))
                }
                position += length
            }
            let hasPeriod = bytes[token.utf8End - 1] == 0x2E
            words.append(Token(
                wordHash: hash, storedByteStart: UInt32(token.utf8Start), storedByteEnd: UInt32(token.utf8End),
                storedScalarStart: UInt32(token.scalarsStart), storedScalarEnd: UInt32(token.scalarsEnd),
                storedLetterCount: UInt16(clamping: letters), isCapitalized: token.isCapitalized,
                isAllCaps: token.isAllCaps && letters >= 2, gapAfter: .end, startsSentence: startNext || words.isEmpty,
                startsAfterDash: startByDashOnly && !words.isEmpty, isAbbreviation: hasPeriod, streamIndex: index))
            // A period kept inside an abbreviation still reads as the space after it.
            if hasPeriod { pending.space = true }
            startNext = false
            startByDashOnly = false
        }
        close()
        return words
    }
}
