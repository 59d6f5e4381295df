/// Splits text into tokens on UTF-8 bytes, counting Unicode scalars as it goes: the project's one tokenizer.
///
/// The conventions are those of the Universal Dependencies English treebanks the tagger learns
/// from: punctuation and hyphens are tokens of their own (`Su`, `-`, `34`), clitics are split
/// (`do` `n't`, `Kyiv` `'s`), numbers keep their separators (`1,200`, `10:30`), and dotted
/// abbreviations, initials and title abbreviations keep their period (`U.S.`, `J.`, `Gov.`).
public enum Tokenizer {
    static let urlPrefixes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("www.".utf8)]

    /// Every token of `text`.
    public static func tokenize(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokenize($0) }
    }

    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var scalar = 0
        var tokens: [Token] = []
        var gap: TokenGap = .paragraph

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            tokens.reserveCapacity(bytes.count / 5 + 1)
        }

        @inline(__always) func peek(_ at: Int) -> (value: UInt32, length: Int)? {
            at < bytes.count ? UTF8Scan.decode(bytes, at: at) : nil
        }

        mutating func run() -> [Token] {
            var lineBreaks = 0
            gap = .none
            var first = true
            while index < bytes.count {
                let (value, length) = UTF8Scan.decode(bytes, at: index)
                if UTF8Scan.isSpace(value) {
                    if UTF8Scan.isLineBreak(value) { lineBreaks += 1 }
                    index += length
                    scalar += 1
                    gap = lineBreaks >= 2 ? .paragraph : lineBreaks == 1 ? .line : .space
                    continue
                }
                if first { gap = .paragraph; first = false }
                scanToken(startValue: value)
                lineBreaks = 0
                gap = .none
            }
            return tokens
        }

        mutating func emit(from start: Int, scalarStart: Int, kind: TokenKind) {
            tokens.append(Tokenizer.token(bytes, start..<index, scalars: scalarStart..<scalar, kind: kind, gapBefore: gap))
            gap = .none
        }

    }

    /// A token over `range` of `bytes`, its flags and hash read from its bytes (the tokenizer's and
    /// the trainer's one constructor: treebank tokens are made the same way as the tokenizer's).
    public static func token(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scalars: Range<Int>, kind: TokenKind,
                             gapBefore: TokenGap) -> Token {
            let start = range.lowerBound, index = range.upperBound
            var flags: UInt8 = 0
            var sawLetter = false
            var position = start
            while position < index {
                let (value, length) = UTF8Scan.decode(bytes, at: position)
                if length > 1 { flags |= Token.nonASCIIFlag }
                if UTF8Scan.isDigit(value) { flags |= Token.hasDigitFlag }
                else if UTF8Scan.isLetter(value) {
                    if !sawLetter && UTF8Scan.isUppercase(value) { flags |= Token.capitalizedFlag }
                    if UTF8Scan.isLowercase(value) { flags |= Token.hasLowerFlag }
                    sawLetter = true
                }
                position += length
            }
            if sawLetter {
                flags |= Token.hasLetterFlag
                if flags & Token.hasLowerFlag == 0 { flags |= Token.allCapsFlag }
            }
            return Token(utf8: range, scalars: scalars, kind: kind, gapBefore: gapBefore, flags: flags,
                         lowerHash: FNV.lowerHash(bytes, range))
    }

}

extension Tokenizer.Scanner {

        @inline(__always) mutating func advance(_ length: Int) {
            index += length
            scalar += 1
        }

        mutating func scanToken(startValue value: UInt32) {
            let start = index, scalarStart = scalar
            if UTF8Scan.isLetter(value) || UTF8Scan.isDigit(value) {
                if let end = urlEnd() {
                    while index < end { advance(UTF8Scan.decode(bytes, at: index).length) }
                    emit(from: start, scalarStart: scalarStart, kind: .symbol)
                    return
                }
                scanWord(start: start, scalarStart: scalarStart)
                return
            }
            let length = UTF8Scan.decode(bytes, at: index).length
            // A clitic written after a space or at a token boundary (`Kyiv 's` is rare; `'s` after a quote is not).
            if UTF8Scan.isApostrophe(value), gap == .none, tokens.last?.kind == .word || tokens.last?.kind == .number,
               let end = cliticEnd(afterApostropheAt: index) {
                while index < end { advance(UTF8Scan.decode(bytes, at: index).length) }
                emit(from: start, scalarStart: scalarStart, kind: .clitic)
                return
            }
            // Handles and hashtags.
            if value == 0x40 || value == 0x23, let (next, _) = peek(index + 1), UTF8Scan.isLetter(next) || UTF8Scan.isDigit(next) {
                advance(1)
                while let (next, nextLength) = peek(index), UTF8Scan.isLetter(next) || UTF8Scan.isDigit(next) || next == 0x5F {
                    advance(nextLength)
                }
                emit(from: start, scalarStart: scalarStart, kind: .symbol)
                return
            }
            advance(length)
            // Runs of the same mark are one token (`...`, `--`, `!!`).
            if value == 0x2E || value == 0x2D || value == 0x21 || value == 0x3F || value == 0x2A || value == 0x3D {
                while let (next, nextLength) = peek(index), next == value { advance(nextLength) }
            }
            emit(from: start, scalarStart: scalarStart, kind: isPunctuation(value) ? .punctuation : .symbol)
        }

        func isPunctuation(_ value: UInt32) -> Bool {
            if value < 0x80 {
                return (0x21...0x2F).contains(value) || (0x3A...0x3F).contains(value) || (0x5B...0x60).contains(value)
                    || (0x7B...0x7E).contains(value)
            }
            return (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || value == 0xAB || value == 0xBB
                || value == 0xBF || value == 0xA1 || value == 0xB7 || (0x3000...0x303F).contains(value)
        }

        /// The end of a URL starting here (`https://...`, `www....`), which is one token.
        func urlEnd() -> Int? {
            let lead = bytes[index] | 0x20
            guard lead == 0x68 || lead == 0x77 else { return nil }  // h, w
            for prefix in Tokenizer.urlPrefixes where index + prefix.count < bytes.count {
                var matches = true
                for (offset, byte) in prefix.enumerated() where bytes[index + offset] | 0x20 != byte | 0x20 {
                    matches = false
                    break
                }
                guard matches else { continue }
                var end = index + prefix.count
                while end < bytes.count {
                    let (value, length) = UTF8Scan.decode(bytes, at: end)
                    if UTF8Scan.isSpace(value) || value == 0x22 || value == 0x3C || value == 0x3E || value == 0x201D { break }
                    end += length
                }
                // Sentence punctuation after a URL is not part of it.
                while end > index + prefix.count, [0x2E, 0x2C, 0x29, 0x3B, 0x3A, 0x21, 0x3F].contains(bytes[end - 1]) { end -= 1 }
                return end
            }
            return nil
        }

        /// Where a clitic (`'s`, `'re`, `’ll`) that starts with the apostrophe at `at` ends, if it is one.
        func cliticEnd(afterApostropheAt at: Int) -> Int? {
            var position = at + UTF8Scan.decode(bytes, at: at).length
            var letters: [UInt8] = []
            while position < bytes.count, letters.count <= 2 {
                let (value, length) = UTF8Scan.decode(bytes, at: position)
                guard value < 0x80, UTF8Scan.isLetter(value) else { break }
                letters.append(UInt8(value) | 0x20)
                position += length
            }
            guard !letters.isEmpty, letters.count <= 2 else { return nil }
            if let (next, _) = peek(position), UTF8Scan.isLetter(next) || UTF8Scan.isDigit(next) { return nil }
            return WordLists.clitics.contains(String(decoding: letters, as: UTF8.self)) ? position : nil
        }

        mutating func scanWord(start: Int, scalarStart: Int) {
            var allDigits = true
            var letterCount = 0
            var dottedLetters = true  // U.S., a.m.: single letters each followed by a period
            var lettersSinceDot = 0
            while let (value, length) = peek(index) {
                if UTF8Scan.isLetter(value) {
                    allDigits = false
                    letterCount += 1
                    lettersSinceDot += 1
                    if lettersSinceDot > 1 { dottedLetters = false }
                    advance(length)
                    continue
                }
                if UTF8Scan.isDigit(value) {
                    if letterCount > 0 { dottedLetters = false }
                    advance(length)
                    continue
                }
                guard let (next, _) = peek(index + length) else { break }
                // Separators inside numbers.
                if allDigits, value == 0x2C || value == 0x2E || value == 0x3A || value == 0x2F, UTF8Scan.isDigit(next) {
                    advance(length)
                    continue
                }
                // Dotted abbreviations: a letter, a period, a letter.
                if value == 0x2E, dottedLetters, lettersSinceDot == 1, UTF8Scan.isLetter(next) {
                    advance(length)
                    lettersSinceDot = 0
                    continue
                }
                if UTF8Scan.isApostrophe(value), UTF8Scan.isLetter(next) {
                    // n't belongs to the clitic: `don't` -> `do` `n't`.
                    if next == 0x74 || next == 0x54, index > start, bytes[index - 1] | 0x20 == 0x6E,
                       peek(index + length + 1).map({ !UTF8Scan.isLetter($0.value) }) ?? true {
                        splitNegation(start: start, scalarStart: scalarStart, apostropheLength: length)
                        return
                    }
                    if cliticEnd(afterApostropheAt: index) != nil { break }
                    advance(length)  // O'Brien, Il'skiy
                    continue
                }
                break
            }
            // A dotted abbreviation (`U.S.`), an initial (`J.`) or a title (`Gov.`) keeps its period.
            if let (value, length) = peek(index), value == 0x2E, !allDigits {
                let hash = FNV.lowerHash(bytes, start..<index)
                let isDotted = dottedLetters && lettersSinceDot == 1 && letterCount >= 2
                let isInitial = letterCount == 1 && index - start == 1 && UTF8Scan.isUppercase(UInt32(bytes[start]))
                if isDotted || isInitial || WordLists.titleHashes.contains(hash) || WordLists.otherHashes.contains(hash) {
                    // Not when the period is the start of an ellipsis.
                    if peek(index + length)?.value != 0x2E { advance(length) }
                }
            }
            emit(from: start, scalarStart: scalarStart, kind: allDigits ? .number : .word)
        }

        /// Emits `do` and `n't` from `don't` (index is at the apostrophe).
        mutating func splitNegation(start: Int, scalarStart: Int, apostropheLength: Int) {
            let nStart = index - 1, nScalar = scalar - 1
            let savedIndex = index, savedScalar = scalar
            index = nStart
            scalar = nScalar
            if nStart > start { emit(from: start, scalarStart: scalarStart, kind: .word) }
            index = savedIndex
            scalar = savedScalar
            advance(apostropheLength)
            advance(1)  // t
            emit(from: nStart, scalarStart: nScalar, kind: .clitic)
        }
    }
