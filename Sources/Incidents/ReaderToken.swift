import Language

/// A word, number or mark as the readers in this module see it: a view over the language
/// layer's tokens, not a tokenizer of its own.
///
/// The tokenizer splits `Su-34`, `7-year-old's` and `Krasnodar's` apart (Universal Dependencies
/// style), but the readers' rules were written for them whole, so a model number or an age never
/// reads as a bare number: tokens written together through a hyphen, an apostrophe or a period,
/// and a clitic with its word, make one reader token. A period the tokenizer kept on an
/// abbreviation (`Gov.`, `a.m.`) reads as a mark of its own, as a sentence stop does (`a.m` `.`),
/// because the readers decide for themselves where a clause ends.
struct ReaderToken: Sendable {
    enum Kind: Sendable { case word, number, mark }
    var kind: Kind
    /// Lower-cased, with typographic apostrophes and hyphens folded (`krasnodar's`).
    var lower: String
    /// As written: a slice of the text the view was built over, so a run of tokens can be quoted.
    var text: Substring
    /// Half-open Unicode-scalar offsets in the input.
    var range: Range<Int>
    var isCapitalized: Bool
    /// Whether it is an acronym in capitals (`WHO`, `RIA`), which is a name even where the word is not.
    var isAcronym: Bool = false

    /// Where a view puts an `'s` clitic (`Krasnodar's`, `it's`).
    enum Possessive {
        /// With its word, as the count, attribution, actor and verification readers read it (`krasnodar's`).
        case joined
        /// As a word of its own (`krasnodar` `'s`), as the place rules count their distances in words.
        case apart
    }

    /// The text of `tokens[range]` as written, with the spacing between them.
    static func quote(_ tokens: [ReaderToken], _ range: Range<Int>) -> Substring {
        let first = tokens[range.lowerBound].text, last = tokens[range.upperBound - 1].text
        return first.base[first.startIndex..<last.endIndex]
    }

    /// The reader tokens of `text`, read by the language layer's tokenizer (one run, no sentences).
    static func tokens(of text: String) -> [ReaderToken] {
        view(Tokenizer.tokenize(text)[...], in: text, offset: 0)
    }

    /// The reader tokens over `tokens`, a run of the language layer's stream over `text`;
    /// `offset` moves the stream's scalar offsets to the input's.
    static func view(_ tokens: ArraySlice<Token>, in text: String, offset: Int, possessive: Possessive = .joined) -> [ReaderToken] {
        var copy = text
        return copy.withUTF8 { bytes in
            var view: [ReaderToken] = []
            view.reserveCapacity(tokens.count)
            var index = tokens.startIndex
            while index < tokens.endIndex {
                let token = tokens[index]
                guard isWordLike(token) else {
                    view.append(mark(token, in: text, offset: offset))
                    index += 1
                    continue
                }
                var end = index + 1
                while end < tokens.endIndex, !endsWithPeriod(tokens[end - 1], bytes) {
                    let next = tokens[end]
                    guard next.gapBefore == .none else { break }
                    if next.kind == .clitic {
                        if possessive == .apart, isPossessive(next, bytes) { break }
                        end += 1  // `Krasnodar` `'s`, `do` `n't`
                    } else if end + 1 < tokens.endIndex, tokens[end + 1].gapBefore == .none,
                        joins(next, tokens[end - 1], tokens[end + 1], bytes)
                    {
                        end += 2  // `Su` `-` `34`
                    } else {
                        break
                    }
                }
                view += group(tokens[index..<end], in: text, bytes: bytes, offset: offset)
                index = end
            }
            return view
        }
    }

    /// Words, numbers, clitics, and symbols with letters or digits (`#Kyiv`, a URL) start a reader word.
    private static func isWordLike(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .number, .clitic: true
        case .symbol: token.hasLetter || token.hasDigit
        case .punctuation: false
        }
    }

    /// An `'s` clitic (possessive, or `is`).
    private static func isPossessive(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.kind == .clitic && token.utf8Count >= 2 && bytes[token.utf8End - 1] | 0x20 == 0x73
    }

    /// A word the tokenizer wrote with its final period (`Gov.`, `U.S.`, `a.m.`).
    private static func endsWithPeriod(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.kind == .word && token.utf8Count > 1 && bytes[token.utf8End - 1] == 0x2E
    }

    /// Whether the one-mark token `mark` joins the tokens on either side into one reader token: a
    /// hyphen or apostrophe between words or numbers, a period between words (`example.com`).
    private static func joins(_ mark: Token, _ before: Token, _ after: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mark.kind == .punctuation, mark.scalars.count == 1 else { return false }
        let isAlphanumeric = { (token: Token) in token.kind == .word || token.kind == .number || token.kind == .clitic }
        guard isAlphanumeric(before), after.kind == .word || after.kind == .number else { return false }
        let value = UTF8Scan.decode(bytes, at: mark.utf8Start).value
        if UTF8Scan.isHyphen(value) || UTF8Scan.isApostrophe(value) { return true }
        return value == 0x2E && before.kind == .word && after.kind == .word
    }

    private static func substring(_ text: String, _ utf8: Range<Int>) -> Substring {
        let view = text.utf8
        return Substring(view[view.index(view.startIndex, offsetBy: utf8.lowerBound)..<view.index(view.startIndex, offsetBy: utf8.upperBound)])
    }

    private static func mark(_ token: Token, in text: String, offset: Int) -> ReaderToken {
        let written = substring(text, token.utf8)
        return ReaderToken(kind: .mark, lower: String(written), text: written,
                           range: (token.scalarsStart + offset)..<(token.scalarsEnd + offset), isCapitalized: false)
    }

    /// One reader word over `tokens`, and the mark of a period kept on its last token.
    private static func group(_ tokens: ArraySlice<Token>, in text: String, bytes: UnsafeBufferPointer<UInt8>,
                              offset: Int) -> [ReaderToken] {
        let first = tokens[tokens.startIndex], last = tokens[tokens.endIndex - 1]
        let period = endsWithPeriod(last, bytes)
        let utf8 = first.utf8Start..<(last.utf8End - (period ? 1 : 0))
        let scalars = (first.scalarsStart + offset)..<(last.scalarsEnd - (period ? 1 : 0) + offset)
        let written = substring(text, utf8)
        var lower = written.lowercased()
        if tokens.contains(where: \.hasNonASCII) { lower = folded(lower) }
        let hasLetter = tokens.contains(where: \.hasLetter)
        // A name starts with a capital letter; `7-Eleven` starts with a digit.
        let isCapitalized = first.isCapitalized && !UTF8Scan.isDigit(UInt32(bytes[first.utf8Start]))
        var word = ReaderToken(kind: hasLetter ? .word : .number, lower: lower, text: written, range: scalars,
                               isCapitalized: isCapitalized)
        word.isAcronym = hasLetter && !tokens.contains(where: \.hasLowercase) && letterCount(utf8, bytes) >= 2
        guard period else { return [word] }
        let stop = ReaderToken(kind: .mark, lower: ".", text: substring(text, (last.utf8End - 1)..<last.utf8End),
                               range: (scalars.upperBound)..<(scalars.upperBound + 1), isCapitalized: false)
        return [word, stop]
    }

    /// Typographic apostrophes and hyphens written as ASCII (`krasnodar’s` is `krasnodar's`).
    private static func folded(_ lower: String) -> String {
        var result = ""
        result.reserveCapacity(lower.utf8.count)
        for character in lower {
            switch character {
            case "\u{2019}", "\u{2018}", "\u{02BC}": result.append("'")
            case "\u{2010}", "\u{2011}": result.append("-")
            default: result.append(character)
            }
        }
        return result
    }

    /// Letters in `utf8` (only asked of words in capitals, to tell `RIA` from `M23`).
    private static func letterCount(_ utf8: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var position = utf8.lowerBound
        while position < utf8.upperBound {
            let (value, length) = UTF8Scan.decode(bytes, at: position)
            if UTF8Scan.isLetter(value) { count += 1 }
            position += length
        }
        return count
    }
}
