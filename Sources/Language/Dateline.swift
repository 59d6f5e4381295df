/// A wire story's dateline: the place (and agency, date) written before a dash that opens the story
/// (`KYIV, Ukraine (AP) — Warplanes struck ...`, `DHAKA, Oct 28 (Reuters) - Police ...`).
///
/// It is no part of the first sentence's grammar: the word after its dash opens a clause, and is
/// read as a sentence's first word is (`Warplanes` there is a plural noun, not a name).
public enum Dateline {
    /// How far into a sentence a dateline's dash may stand, in tokens.
    static let reach = 14

    /// The first token after the dateline sentence `sentence` opens with, or nil when it opens with none.
    /// A dateline starts with a word in capitals (three letters or more: `US forces` opens no dateline) and holds only capitalised words, numbers, commas, slashes
    /// and brackets before a dash that stands apart (`north-east` has a hyphen, no dash).
    public static func storyStart(in sentence: Range<Int>, tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = sentence.first, tokens[first].kind == .word, tokens[first].isAllCaps, tokens[first].utf8Count >= 3
        else { return nil }
        guard sentence.count >= 3 else { return nil }
        func text(_ index: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].utf8]), as: UTF8.self) }
        for index in (first + 1)..<min(sentence.upperBound - 1, first + reach) {
            let token = tokens[index]
            switch token.kind {
            case .word where token.isCapitalized, .number:
                continue
            case .punctuation:
                let mark = text(index)
                if ["—", "–", "--"].contains(mark) || (mark == "-" && token.gapBefore != .none) { return index + 1 }
                if [",", "/", "(", ")", "."].contains(mark) { continue }
                return nil
            default:
                return nil
            }
        }
        return nil
    }
}
