import Language

/// A token of a stamp: a run of digits, a run of letters, or one punctuation mark.
struct StampToken {
    enum Kind: UInt8 { case number, word, punct }

    var kind: Kind
    /// Byte offsets in the UTF-8 text, half-open.
    var start: Int32
    var end: Int32
    /// A number's value, or a punctuation mark's byte (0x2D for every dash).
    var value: Int32 = 0
    /// Whether white space precedes the token.
    var spaceBefore: Bool
    /// A word's meaning as a stamp keyword.
    var keyword: StampKeyword = .none
    /// A word written in capitals (`ET`, `AM`): only those can be zone abbreviations.
    var isUppercase: Bool = false

    var length: Int { Int(end - start) }
}

/// Words that mean something in a stamp.
enum StampKeyword: Equatable {
    case none
    case month(Int)
    case weekday(Int)
    case am, pm, noon, midnight
    /// Words before or inside a stamp that carry no time (`Updated`, `published`, `at`, `on`).
    case filler
    /// `st`, `nd`, `rd`, `th` after a day number.
    case ordinal
    case time, local, of
}

/// Up to 16 ASCII letters packed into two words, for keyword look-up without making a String.
struct WordKey: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init(_ text: String) {
        var key = WordKey()
        for (index, byte) in text.utf8.enumerated() { key.set(byte, at: index) }
        self = key
    }

    init() {}

    /// The key of `bytes`, folded to lower case when `fold` is set; nil past 16 bytes.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, fold: Bool) {
        guard end - start <= 16 else { return nil }
        for index in start..<end {
            var byte = bytes[index]
            if fold, byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            set(byte, at: index - start)
        }
    }

    @inline(__always)
    private mutating func set(_ byte: UInt8, at index: Int) {
        if index < 8 { low |= UInt64(byte) << (8 * UInt64(index)) } else { high |= UInt64(byte) << (8 * UInt64(index - 8)) }
    }
}

enum StampLexicon {
    static let keywords: [WordKey: StampKeyword] = {
        var table: [WordKey: StampKeyword] = [:]
        for (index, name) in WordLists.months.enumerated() {
            for form in [name.lowercased()] + WordLists.monthAbbreviations[index] { table[WordKey(form)] = .month(index + 1) }
        }
        for (index, name) in WordLists.weekdays.enumerated() {
            for form in [name.lowercased()] + WordLists.weekdayAbbreviations[index] { table[WordKey(form)] = .weekday(index + 1) }
        }
        for word in ["am"] { table[WordKey(word)] = .am }
        for word in ["pm"] { table[WordKey(word)] = .pm }
        table[WordKey("noon")] = .noon
        table[WordKey("midday")] = .noon
        table[WordKey("midnight")] = .midnight
        for word in ["updated", "update", "published", "posted", "last", "modified", "edited", "on", "at",
                     "created", "first", "as", "date", "dated", "filed", "hrs"] {
            table[WordKey(word)] = .filler
        }
        // The same words in the languages of Europe's live pages: `03:25 Uhr`, `um 14:05`, `godz. 07:12`,
        // `à 14:05`, `alle ore 18:22`, `om 10.30 uur`, `kl. 14.05`.
        for word in ["uhr", "um", "godz", "godzina", "à", "alle", "ore", "om", "uur", "kl", "klockan"] {
            table[WordKey(word)] = .filler
        }
        for word in ["st", "nd", "rd", "th"] { table[WordKey(word)] = .ordinal }
        table[WordKey("time")] = .time
        table[WordKey("local")] = .local
        table[WordKey("of")] = .of
        return table
    }()

    /// Zone abbreviations keyed by their capitals as written.
    static let abbreviations: [WordKey: ZoneDesignator] = {
        var table: [WordKey: ZoneDesignator] = [:]
        for (name, zone) in ZoneDesignator.abbreviations { table[WordKey(name)] = zone }
        return table
    }()

    static let ambiguous: [WordKey: AmbiguousAbbreviation] = {
        var table: [WordKey: AmbiguousAbbreviation] = [:]
        for (name, entry) in ZoneDesignator.ambiguousAbbreviations { table[WordKey(name)] = entry }
        return table
    }()
}

/// Splits UTF-8 text into stamp tokens; gives up (returns nil) past `capacity` tokens.
@inline(__always)
func tokenizeStamp(
    _ bytes: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutableBufferPointer<StampToken>
) -> Int? {
    var count = 0
    var index = 0
    var space = true
    let n = bytes.count
    while index < n {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            space = true
            index += 1
            continue
        }
        // No-break space (C2 A0) and narrow no-break space (E2 80 AF) are white space in stamps.
        if byte == 0xC2, index + 1 < n, bytes[index + 1] == 0xA0 {
            space = true
            index += 2
            continue
        }
        if byte == 0xE2, index + 2 < n, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF || bytes[index + 2] == 0x89 {
            space = true
            index += 3
            continue
        }
        guard count < tokens.count else { return nil }
        let start = index
        if byte >= 0x30 && byte <= 0x39 {
            var value: Int32 = 0
            while index < n, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                if index - start < 9 { value = value * 10 + Int32(bytes[index] - 0x30) }
                index += 1
            }
            tokens[count] = StampToken(kind: .number, start: Int32(start), end: Int32(index), value: value, spaceBefore: space)
        } else if isLetter(byte) {
            var upper = true
            while index < n, isLetter(bytes[index]) {
                let b = bytes[index]
                if b >= 0x61 && b <= 0x7A || b >= 0x80 { upper = false }
                index += 1
                // A UTF-8 continuation byte belongs to the letter before it.
                while index < n, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            var token = StampToken(kind: .word, start: Int32(start), end: Int32(index), spaceBefore: space)
            token.isUppercase = upper
            if let key = WordKey(bytes, from: start, to: index, fold: true) {
                token.keyword = StampLexicon.keywords[key] ?? .none
            }
            tokens[count] = token
        } else {
            var mark = Int32(byte)
            index += 1
            if byte == 0xE2, index + 1 < n, bytes[index] == 0x80 {
                // En dash, em dash and minus read as a hyphen; other marks keep their first byte.
                let third = bytes[index + 1]
                if third == 0x93 || third == 0x94 || third == 0x92 { mark = 0x2D }
                index += 2
            } else if byte >= 0x80 {
                while index < n, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            tokens[count] = StampToken(kind: .punct, start: Int32(start), end: Int32(index), value: mark, spaceBefore: space)
        }
        count += 1
        space = false
    }
    return count
}

@inline(__always)
private func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0xC3 && byte <= 0xDF
}
