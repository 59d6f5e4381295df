/// A sentence of a post, with its place in the input and its words.
struct Sentence {
    var text: String
    /// Half-open Unicode-scalar offsets in the input.
    var range: Range<Int>
    /// Which paragraph of the post (0 is the headline when there is one).
    var paragraph: Int
    var words: [Word]
}

/// A word or mark of a sentence, lower-cased, with its input range.
struct Word {
    enum Kind { case word, number, mark }
    var kind: Kind
    var lower: String
    var original: Substring.UnicodeScalarView
    var range: Range<Int>

    var isCapitalized: Bool { original.first?.properties.isUppercase == true }
}

public enum SentenceSplitter {
    /// The first sentence of a paragraph, for one-line summaries.
    public static func firstSentence(of text: String) -> String {
        split(text, base: 0, paragraph: 0).first?.text ?? text
    }

    /// Abbreviations a sentence does not end at (`Gov. Vyacheslav Gladkov`).
    static let abbreviations: Set<String> = [
        "gov", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt", "dr", "mr", "mrs", "ms", "st", "mt", "no", "vs",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec", "prof", "pres", "adm", "cmdr", "rev", "jr", "sr", "u.s", "u.k",
        "u.n", "a.m", "p.m",
    ]

    /// Splits a paragraph into sentences; `base` is the paragraph's scalar offset in the input.
    static func split(_ text: String, base: Int, paragraph: Int) -> [Sentence] {
        let scalars = Array(text.unicodeScalars)
        var sentences: [Sentence] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let atEnd = index + 1 == scalars.count
            if scalar == "." || scalar == "!" || scalar == "?" {
                var end = index + 1
                // Closing quotes and brackets stay with their sentence.
                while end < scalars.count, "\"”’')]".unicodeScalars.contains(scalars[end]) { end += 1 }
                let followedBySpace = end == scalars.count || scalars[end].properties.isWhitespace
                if followedBySpace, scalar != "." || !isAbbreviation(scalars, before: index) {
                    sentences.append(make(scalars, start, end, base: base, paragraph: paragraph))
                    start = end
                    while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
                    index = start
                    continue
                }
            }
            if atEnd { break }
            index += 1
        }
        if start < scalars.count {
            sentences.append(make(scalars, start, scalars.count, base: base, paragraph: paragraph))
        }
        return sentences.filter { !$0.words.isEmpty }
    }

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int) -> Bool {
        var start = dot
        while start > 0, !scalars[start - 1].properties.isWhitespace, scalars[start - 1] != "(" { start -= 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<dot])).lowercased()
        if word.count == 1, word.first?.isLetter == true { return true }  // an initial
        return abbreviations.contains(word)
    }

    private static func make(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, base: Int, paragraph: Int) -> Sentence {
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        return Sentence(text: text, range: (base + start)..<(base + end), paragraph: paragraph, words: words(text, base: base + start))
    }

    /// Words (letters, digits, apostrophes and hyphens inside a word) and single marks.
    static func words(_ text: String, base: Int) -> [Word] {
        let scalars = Array(text.unicodeScalars)
        var words: [Word] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                let digits = scalar.properties.numericType != nil
                while index < scalars.count {
                    let current = scalars[index]
                    if isWordScalar(current) && (current.properties.numericType != nil) == digits {
                        index += 1
                    } else if digits, current == ",", isThousandsSeparator(scalars, index) {
                        index += 1  // 1,200
                    } else if !digits, current == "-" || current == "'" || current == "’", index + 1 < scalars.count,
                        scalars[index + 1].properties.isAlphabetic, !(current != "-" && isPossessiveEnd(scalars, index))
                    {
                        index += 1
                    } else {
                        break
                    }
                }
                let view = String.UnicodeScalarView(scalars[start..<index])
                let original = Substring(String(view)).unicodeScalars
                words.append(Word(kind: digits ? .number : .word, lower: String(view).lowercased(), original: original, range: (base + start)..<(base + index)))
            } else {
                index += 1
                let mark = String(scalar)
                words.append(Word(kind: .mark, lower: mark, original: Substring(mark).unicodeScalars, range: (base + start)..<(base + index)))
            }
        }
        return words
    }

    private static func isThousandsSeparator(_ scalars: [Unicode.Scalar], _ comma: Int) -> Bool {
        guard comma + 3 < scalars.count else { return false }
        let group = (comma + 1...comma + 3).allSatisfy { scalars[$0].properties.numericType != nil }
        return group && (comma + 4 == scalars.count || scalars[comma + 4].properties.numericType == nil)
    }

    /// `Russia's`: the apostrophe starts a possessive, split off as its own word.
    private static func isPossessiveEnd(_ scalars: [Unicode.Scalar], _ apostrophe: Int) -> Bool {
        guard apostrophe + 1 < scalars.count, scalars[apostrophe + 1] == "s" || scalars[apostrophe + 1] == "S" else { return false }
        return apostrophe + 2 == scalars.count || !scalars[apostrophe + 2].properties.isAlphabetic
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
