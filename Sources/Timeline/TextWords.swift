/// A word, number or mark of running text, with its place in Unicode scalars.
struct TextWord {
    enum Kind { case word, number, mark }
    var kind: Kind
    /// Lower-cased for words; the digits for numbers; the mark itself.
    var lower: String
    var range: Range<Int>
    var isCapitalized: Bool
    var value: Int { Int(lower) ?? -1 }
    /// Whether white space (or nothing: start of text) precedes it.
    var spaceBefore: Bool
}

/// Splits text into words, numbers and marks, counting offsets in Unicode scalars from `base`.
func textWords(_ text: String, base: Int = 0) -> [TextWord] {
    var words: [TextWord] = []
    var offset = base
    var current = ""
    var currentStart = 0
    var currentKind = TextWord.Kind.word
    var capitalized = false
    var space = true
    var spaceBeforeCurrent = true
    func flush() {
        if !current.isEmpty {
            words.append(TextWord(kind: currentKind, lower: current, range: currentStart..<offset, isCapitalized: capitalized, spaceBefore: spaceBeforeCurrent))
            current = ""
            space = false
        }
    }
    for scalar in text.unicodeScalars {
        let isDigit = scalar.value >= 0x30 && scalar.value <= 0x39
        let isLetter = !isDigit && scalar.properties.isAlphabetic
        if isDigit || isLetter {
            let kind: TextWord.Kind = isDigit ? .number : .word
            if !current.isEmpty && kind != currentKind { flush() }
            if current.isEmpty {
                currentStart = offset
                currentKind = kind
                capitalized = scalar.properties.isUppercase
                spaceBeforeCurrent = space
            }
            current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            flush()
            if scalar.properties.isWhitespace {
                space = true
            } else {
                words.append(TextWord(kind: .mark, lower: String(scalar), range: offset..<offset + 1, isCapitalized: false, spaceBefore: space))
                space = false
            }
        }
        offset += 1
    }
    flush()
    return words
}
