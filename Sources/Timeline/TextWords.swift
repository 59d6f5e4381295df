import Language

/// A token of the language layer's stream as the relative-time matcher reads it, with its place in Unicode scalars.
struct TextWord {
    enum Kind { case word, number, mark }
    var kind: Kind
    /// Lower-cased for words (a final period of an abbreviation dropped: `Sept.` is `sept`); the number as written; the mark itself.
    var lower: String
    var range: Range<Int>
    var isCapitalized: Bool
    /// Whether white space (or nothing: start of text) precedes it.
    var spaceBefore: Bool
    /// Whether it opens a line: the start of the text scanned (a sentence's first word where sentences are scanned one by
    /// one), or the first word after a line break.
    var opensLine: Bool

    /// A plain number's value (`2023`, `1,200`); -1 for a clock (`4:30`) or anything else.
    var value: Int = -1

    /// A clock written as one number (`4:30`, `16:05`): hour and minute.
    var clock: (hour: Int, minute: Int)? = nil

    /// A day of the month as a number (`9`) or an ordinal (`31st`, `2nd`).
    var dayOfMonth: Int? {
        if kind == .number { return lower.count <= 2 ? Int(lower) : nil }
        guard kind == .word, lower.count >= 3, lower.count <= 4 else { return nil }
        let digits = lower.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, ["st", "nd", "rd", "th"].contains(lower.dropFirst(digits.count)) else { return nil }
        return Int(digits)
    }
}

/// The stream's tokens of `text`, offsets counted in Unicode scalars from `base`.
func textWords(_ text: String, base: Int = 0) -> [TextWord] {
    var copy = text
    return copy.withUTF8 { bytes in
        Tokenizer.tokenize(bytes).map { token in
            let slice = UnsafeBufferPointer(rebasing: bytes[token.utf8])
            let kind: TextWord.Kind = switch token.kind {
            case .number: .number
            case .word, .clitic: .word
            case .punctuation, .symbol: .mark
            }
            let lower = kind == .word ? lowered(slice) : String(decoding: slice, as: UTF8.self)
            var word = TextWord(kind: kind, lower: lower, range: base + token.scalarsStart..<base + token.scalarsEnd,
                                isCapitalized: token.isCapitalized, spaceBefore: token.gapBefore != .none,
                                opensLine: token.scalarsStart == 0 || token.gapBefore == .line || token.gapBefore == .paragraph)
            if kind == .number { (word.value, word.clock) = readNumber(slice) }
            return word
        }
    }
}

/// A word in lower case, a final period of an abbreviation dropped (`Sept.` is `sept`); ASCII is
/// lowered byte by byte, which is most of news text and far cheaper than `lowercased()`.
private func lowered(_ word: UnsafeBufferPointer<UInt8>) -> String {
    var count = word.count
    // Only a single final period goes (`Sept.`), not one of several (`a.m.`).
    if count > 1, word[count - 1] == UInt8(ascii: "."), !word[0..<count - 1].contains(UInt8(ascii: ".")) { count -= 1 }
    guard word[0..<count].allSatisfy({ $0 < 0x80 }) else {
        return String(decoding: UnsafeBufferPointer(rebasing: word[0..<count]), as: UTF8.self).lowercased()
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
        for index in 0..<count {
            let byte = word[index]
            buffer[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        }
        return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
    }
}

/// A number token read once: its value (`2023`, `1,200`), or its clock (`4:30`, `16:05`).
private func readNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: Int, clock: (hour: Int, minute: Int)?) {
    var value = 0, digits = 0
    var colon: Int?
    for (index, byte) in bytes.enumerated() {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard digits < 18 else { return (-1, nil) }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        case UInt8(ascii: ","): continue
        case UInt8(ascii: ":"):
            guard colon == nil else { return (-1, nil) }
            colon = index
        default: return (-1, nil)
        }
    }
    guard digits > 0 else { return (-1, nil) }
    guard let colon else { return (value, nil) }
    // `4:30`: two digits after the colon, one or two before, no commas.
    guard bytes.count - colon - 1 == 2, colon >= 1, colon <= 2, digits == bytes.count - 1 else { return (-1, nil) }
    return (-1, (value / 100, value % 100))
}
