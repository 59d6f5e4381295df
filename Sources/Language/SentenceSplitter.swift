/// Sentence boundaries over tokens: the project's one sentence splitter.
///
/// A sentence ends at `.`, `!`, `?` or `...` (with the closing quotes and brackets after it),
/// at a blank line, and at a line break unless the next line continues in lower case or the
/// line ends mid-phrase (a comma, a hyphen, a conjunction). A period kept inside an
/// abbreviation (`U.S.`, `Inc.`) ends the sentence only when a line break follows or the next
/// word is one the tagger knows as a function word (`The`, `He`, `In`): `the U.S. Embassy` goes on,
/// `in the U.S. The` does not. Title abbreviations (`Gov.`, `St.`) never end one. A colon ends a label of
/// up to three capitalised words before a capitalised word (`SYRIA: Clashes erupted`, `Lahore: Police fired`).
public enum SentenceSplitter {
    /// The tokens of `text` and its sentences, without tagging: for callers that need sentence
    /// boundaries alone (a one-line summary). `model` tells function words apart (`in the U.S. The`);
    /// without one, a period kept on an abbreviation ends a sentence only before a line break.
    public static func split(_ text: String, model: LanguageModel?) -> (tokens: [Token], sentences: [Range<Int>]) {
        var copy = text
        return copy.withUTF8 { bytes in
            let tokens = Tokenizer.tokenize(bytes)
            let sentences = split(tokens, in: bytes) { token in
                model.map { Annotator.isFunctionWord(token, in: bytes, model: $0) } ?? false
            }
            return (tokens, sentences)
        }
    }

    /// Sentences as token ranges, covering every token in order.
    public static func split(_ tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>,
                             isFunctionWord: (Token) -> Bool) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            var end: Int?
            if index > start, token.gapBefore == .paragraph || (token.gapBefore == .line && lineBreakEnds(tokens, before: index, in: bytes)) {
                sentences.append(start..<index)
                start = index
            }
            if token.kind == .punctuation, token.utf8Count == 1, bytes[token.utf8Start] == 0x3A, endsLabel(tokens, start..<index, colon: index) {
                // `SYRIA: Clashes erupted ...`, `Lahore: Police fired ...`: a label of capitalised words before a colon
                // heads what follows; the word after it starts a sentence.
                end = index + 1
            } else if token.kind == .punctuation, isTerminal(token, in: bytes) {
                var last = index
                while last + 1 < tokens.count, tokens[last + 1].gapBefore == .none, tokens[last + 1].kind == .punctuation,
                      isClosing(tokens[last + 1], in: bytes) || isTerminal(tokens[last + 1], in: bytes) {
                    last += 1
                }
                end = last + 1
            } else if token.kind == .word, bytes[token.utf8End - 1] == 0x2E, index + 1 < tokens.count {
                let next = tokens[index + 1]
                let isTitle = WordLists.titleHashes.contains(FNV.lowerHash(bytes, token.utf8Start..<token.utf8End - 1))
                if !isTitle && (next.startsLine || (next.isCapitalized && isFunctionWord(next))) { end = index + 1 }
            }
            if let end {
                sentences.append(start..<end)
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    /// Whether the colon at `colon` ends a label: one to three capitalised words opening the sentence (after a
    /// list's bullet), with a capitalised word after the colon.
    static func endsLabel(_ tokens: [Token], _ label: Range<Int>, colon: Int) -> Bool {
        guard colon + 1 < tokens.count, tokens[colon + 1].gapBefore != .none, tokens[colon + 1].isCapitalized || tokens[colon + 1].isAllCaps else {
            return false
        }
        let words = label.drop { tokens[$0].kind == .punctuation }
        return (1...3).contains(words.count) && words.allSatisfy { tokens[$0].kind == .word && (tokens[$0].isCapitalized || tokens[$0].isAllCaps) }
    }

    static func isTerminal(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[token.utf8Start]
        if first == 0x2E || first == 0x21 || first == 0x3F { return true }
        return token.utf8Count == 3 && first == 0xE2 && bytes[token.utf8Start + 1] == 0x80 && bytes[token.utf8Start + 2] == 0xA6  // …
    }

    static func isClosing(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = bytes[token.utf8Start]
        if token.utf8Count == 1 { return first == 0x22 || first == 0x27 || first == 0x29 || first == 0x5D }
        // ” ’ »
        return token.utf8Count >= 2 && ((first == 0xE2 && bytes[token.utf8Start + 1] == 0x80
            && (bytes[token.utf8Start + 2] == 0x9D || bytes[token.utf8Start + 2] == 0x99)) || (first == 0xC2 && bytes[token.utf8Start + 1] == 0xBB))
    }

    /// Whether the line break before `index` ends the sentence.
    static func lineBreakEnds(_ tokens: [Token], before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = tokens[index], previous = tokens[index - 1]
        // A wrapped line goes on in lower case, or after a mark that cannot end a phrase.
        if next.hasLetter && !next.isCapitalized && !next.isAllCaps { return false }
        if previous.kind == .punctuation && previous.utf8Count == 1 {
            let mark = bytes[previous.utf8Start]
            if mark == 0x2C || mark == 0x2D || mark == 0x28 || mark == 0x3B { return false }
        }
        return true
    }
}
