import Foundation
import Language

/// The folded form under which names are indexed and looked up.
///
/// Folding lower-cases, strips diacritics, drops apostrophes and periods (`Il'skiy`, `St.`),
/// turns hyphens and other separators into single spaces, makes `northern` `north` (and so on), and evens out the transliteration
/// variants news and GeoNames disagree on: a word-final `iy`, `yy`, `ij` or `ii` becomes `y`
/// (Klimovskiy and Klimovsky meet), `saint`/`sankt` become `st`, `mount` becomes `mt`.
/// Builder and parser use the same function, so the folding only has to be consistent.
enum NameKey {
    /// Folds a name; nil when it holds a letter outside the Latin script.
    static func fold(_ text: some StringProtocol) -> [UInt8]? {
        var copy = String(text)
        return copy.withUTF8 { fold(utf8: $0) }
    }

    /// Folds UTF-8 bytes in one pass, applying the word rules at each word's end.
    static func fold(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var wordStart = 0
        var index = 0
        while index < bytes.count {
            let (value, length) = UTF8Scan.decode(bytes, at: index)
            index += length
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    appendLetter(byte | 0x20, to: &out, pendingSpace: &pendingSpace, wordStart: &wordStart)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    appendLetter(byte, to: &out, pendingSpace: &pendingSpace, wordStart: &wordStart)
                case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "`"):
                    continue
                default:
                    endWord(&out, from: &wordStart)
                    pendingSpace = !out.isEmpty
                }
            } else if isApostrophe(value) {
                continue
            } else if isSeparator(value) {
                endWord(&out, from: &wordStart)
                pendingSpace = !out.isEmpty
            } else if let folded = LatinFolding.table[value] {
                for byte in folded { appendLetter(byte, to: &out, pendingSpace: &pendingSpace, wordStart: &wordStart) }
            } else {
                return nil
            }
        }
        endWord(&out, from: &wordStart)
        return out
    }

    /// Applies the word rules to the word at the end of `out` (`saint` -> `st`, final `iy` -> `y`).
    @inline(__always)
    private static func endWord(_ out: inout [UInt8], from wordStart: inout Int) {
        let start = wordStart
        let count = out.count - start
        guard count > 0 else { return }
        defer { wordStart = out.count }
        if count == 5 || count == 6 {
            let word = out[start...]
            if word.elementsEqual("saint".utf8) || word.elementsEqual("sankt".utf8) || word.elementsEqual("sainte".utf8) {
                out.removeSubrange((start + 2)...)
                out[start] = UInt8(ascii: "s"); out[start + 1] = UInt8(ascii: "t")
                return
            }
            if word.elementsEqual("mount".utf8) {
                out.removeSubrange((start + 2)...)
                out[start] = UInt8(ascii: "m"); out[start + 1] = UInt8(ascii: "t")
                return
            }
        }
        if count == 7 || count == 8 {
            // `North Darfur` and `Northern Darfur` are the same division.
            let word = out[start...]
            for (long, short) in Self.compassAdjectives where word.elementsEqual(long.utf8) {
                out.removeSubrange((start + short.utf8.count)...)
                for (offset, byte) in short.utf8.enumerated() { out[start + offset] = byte }
                return
            }
        }
        if count > 3 {
            let a = out[out.count - 2], b = out[out.count - 1]
            let y = UInt8(ascii: "y"), i = UInt8(ascii: "i"), j = UInt8(ascii: "j")
            if (a == i && (b == y || b == j || b == i)) || (a == y && b == y) {
                out.removeLast()
                out[out.count - 1] = y
            }
        }
    }

    @inline(__always)
    private static func appendLetter(_ byte: UInt8, to out: inout [UInt8], pendingSpace: inout Bool, wordStart: inout Int) {
        if pendingSpace { out.append(32); pendingSpace = false; wordStart = out.count }
        out.append(byte)
    }

    /// A 64-bit FNV-1a hash of a folded key.
    static func hash(_ key: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static let compassAdjectives = [("northern", "north"), ("southern", "south"), ("eastern", "east"), ("western", "west")]

    static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x2019 || value == 0x2018 || value == 0x02BC || value == 0x02BB || value == 0x00B4
            || value == 0x02B9 || value == 0x02BE || value == 0x02BF
    }

    static func isSeparator(_ value: UInt32) -> Bool {
        (0x2010...0x2015).contains(value) || value == 0x00A0 || value == 0x2212 || value == 0x3000
            || (0x2000...0x200B).contains(value)
    }
}

/// Lower-case ASCII spellings of Latin letters with diacritics (U+00C0 to U+024F, U+1E00 to U+1EFF).
enum LatinFolding {
    static let table: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        let special: [UInt32: String] = [
            0x00DF: "ss", 0x00C6: "ae", 0x00E6: "ae", 0x00D8: "o", 0x00F8: "o", 0x0141: "l", 0x0142: "l",
            0x0110: "d", 0x0111: "d", 0x0131: "i", 0x0152: "oe", 0x0153: "oe", 0x00DE: "th", 0x00FE: "th",
            0x00D0: "d", 0x00F0: "d", 0x0126: "h", 0x0127: "h", 0x0166: "t", 0x0167: "t", 0x0138: "k",
            0x014A: "n", 0x014B: "n", 0x0189: "d", 0x0256: "d", 0x01B7: "z", 0x0292: "z", 0x0259: "e",
            0x018F: "e", 0x0254: "o", 0x0186: "o", 0x025B: "e", 0x0190: "e",
        ]
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if let text = special[value] {
                    table[value] = Array(text.utf8)
                    continue
                }
                let folded = String(Character(scalar))
                    .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                let bytes = Array(folded.utf8).filter { $0 < 0x80 }
                let letters = bytes.filter { ($0 >= 97 && $0 <= 122) || ($0 >= 65 && $0 <= 90) }
                if !letters.isEmpty { table[value] = letters.map { $0 | 0x20 } }
            }
        }
        return table
    }()
}
