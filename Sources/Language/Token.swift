/// What a token is made of, decided by the tokenizer from its characters alone.
public enum TokenKind: UInt8, Hashable, Sendable {
    /// Letters, possibly with digits, apostrophes or periods inside (`Kyiv`, `U.S.`, `O'Brien`, `F-16` splits).
    case word
    /// Digits, possibly with separators inside (`1,200`, `2.5`, `10:30`, `31/05/2023`).
    case number
    /// A clitic split off a word (`'s`, `n't`, `'re`).
    case clitic
    /// Punctuation (`.`, `,`, `"`, `(`, `-`, `...`).
    case punctuation
    /// Anything else: symbols, emoji, URLs, handles (`@user`, `#tag`).
    case symbol
}

/// What lies between a token and the one before it.
public enum TokenGap: UInt8, Hashable, Sendable {
    /// The token follows the previous one directly (`Kyiv` `'s`, `word` `.`).
    case none
    /// Spaces or tabs.
    case space
    /// One line break.
    case line
    /// A blank line or more: a new paragraph.
    case paragraph
}

/// One token of the input, with half-open ranges in UTF-8 bytes and in Unicode scalars.
///
/// Offsets are stored in 32 bits (inputs are limited to 4 GiB); `scalars` is the project's
/// public convention, `utf8` the one hot paths use.
public struct Token: Hashable, Sendable {
    private var byteStart: UInt32
    private var byteEnd: UInt32
    private var scalarStart: UInt32
    private var scalarEnd: UInt32
    public var kind: TokenKind
    /// What separates this token from the previous one.
    public var gapBefore: TokenGap
    private var flags: UInt8
    /// FNV-1a hash of the token's bytes with ASCII letters lower-cased: word identity without allocation.
    public var lowerHash: UInt64

    static let capitalizedFlag: UInt8 = 1, allCapsFlag: UInt8 = 2, hasDigitFlag: UInt8 = 4, hasLetterFlag: UInt8 = 8
    static let nonASCIIFlag: UInt8 = 16, hasLowerFlag: UInt8 = 32

    init(utf8: Range<Int>, scalars: Range<Int>, kind: TokenKind, gapBefore: TokenGap, flags: UInt8, lowerHash: UInt64) {
        byteStart = UInt32(truncatingIfNeeded: utf8.lowerBound)
        byteEnd = UInt32(truncatingIfNeeded: utf8.upperBound)
        scalarStart = UInt32(truncatingIfNeeded: scalars.lowerBound)
        scalarEnd = UInt32(truncatingIfNeeded: scalars.upperBound)
        self.kind = kind
        self.gapBefore = gapBefore
        self.flags = flags
        self.lowerHash = lowerHash
    }

    /// Half-open UTF-8 byte offsets into the annotated text.
    @inlinable public var utf8: Range<Int> { utf8Start..<utf8End }
    /// Half-open Unicode-scalar offsets into the annotated text (the project's public convention).
    @inlinable public var scalars: Range<Int> { scalarsStart..<scalarsEnd }
    public var utf8Start: Int { Int(byteStart) }
    public var utf8End: Int { Int(byteEnd) }
    public var scalarsStart: Int { Int(scalarStart) }
    public var scalarsEnd: Int { Int(scalarEnd) }
    public var utf8Count: Int { Int(byteEnd &- byteStart) }

    /// The first letter is upper-case (`Kyiv`, `NATO`, `McDonald`).
    public var isCapitalized: Bool { flags & Self.capitalizedFlag != 0 }
    /// Has letters, and none of them lower-case (`NATO`, `U.S.`, `A`).
    public var isAllCaps: Bool { flags & Self.allCapsFlag != 0 }
    /// Has at least one lower-case letter.
    public var hasLowercase: Bool { flags & Self.hasLowerFlag != 0 }
    public var hasDigit: Bool { flags & Self.hasDigitFlag != 0 }
    public var hasLetter: Bool { flags & Self.hasLetterFlag != 0 }
    /// Holds a byte outside ASCII (Cyrillic, accented letters, typographic quotes).
    public var hasNonASCII: Bool { flags & Self.nonASCIIFlag != 0 }
    /// Starts a line (the first token, or one after a line break).
    public var startsLine: Bool { gapBefore == .line || gapBefore == .paragraph }
}
