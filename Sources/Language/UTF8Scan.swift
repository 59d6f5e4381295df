/// Character classes and decoding on UTF-8 bytes, shared by the tokenizer and the feature extractor.
public enum UTF8Scan {
    /// The scalar at `index` and its length in bytes; an invalid sequence reads as U+FFFD, one byte long.
    @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let count = bytes.count
        if lead & 0xE0 == 0xC0, index + 1 < count {
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead & 0xF0 == 0xE0, index + 2 < count {
            return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if lead & 0xF8 == 0xF0, index + 3 < count {
            let value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)
    }

    @inline(__always) public static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0B || value == 0x0C
            || value == 0xA0 || (0x2000...0x200B).contains(value) || value == 0x2028 || value == 0x2029
            || value == 0x202F || value == 0x205F || value == 0x3000 || value == 0xFEFF || value == 0x1680
    }

    @inline(__always) public static func isLineBreak(_ value: UInt32) -> Bool {
        value == 0x0A || value == 0x2028 || value == 0x2029 || value == 0x0B || value == 0x0C
    }

    /// A letter of any script, or a combining mark that continues one.
    @inline(__always) public static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        guard let scalar = Unicode.Scalar(value) else { return false }
        if scalar.properties.isAlphabetic { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    @inline(__always) public static func isDigit(_ value: UInt32) -> Bool { value >= 0x30 && value <= 0x39 }

    @inline(__always) public static func isUppercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    @inline(__always) public static func isLowercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return Unicode.Scalar(value)?.properties.isLowercase ?? false
    }

    /// Apostrophes as news text writes them: `'`, `’`, `ʼ`, `‘`.
    @inline(__always) public static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x27 || value == 0x2019 || value == 0x02BC || value == 0x2018
    }

    /// Hyphens that join words (`Su-34`, `Ivano-Frankivsk`), not dashes.
    @inline(__always) public static func isHyphen(_ value: UInt32) -> Bool {
        value == 0x2D || value == 0x2010 || value == 0x2011
    }
}

/// FNV-1a, the project's cheap hash of words and names.
public enum FNV {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always) public static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    public static func hash(_ text: some StringProtocol) -> UInt64 {
        var hash = offset
        for byte in text.utf8 { hash = add(hash, byte) }
        return hash
    }

    /// The hash `Token.lowerHash` gives a word written `text` (ASCII lower-cased, apostrophes as `'`).
    public static func lowerHash(_ text: some StringProtocol) -> UInt64 {
        var copy = String(text)
        return copy.withUTF8 { bytes in lowerHash(bytes, 0..<bytes.count) }
    }

    /// ASCII letters lower-cased and typographic apostrophes folded to `'`, over `range` of `bytes`.
    @inline(__always)
    public static func lowerHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = offset
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte < 0x80 {
                hash = add(hash, byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                index += 1
            } else if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80,
                      bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98 {
                hash = add(hash, 0x27)  // ’ and ‘
                index += 3
            } else {
                hash = add(hash, byte)
                index += 1
            }
        }
        return hash
    }
}

/// A 64-bit mix of two hashes (feature templates and their values).
@inline(__always) public func hashMix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var x = (a ^ 0x9E37_79B9_7F4A_7C15) &+ b &* 0xBF58_476D_1CE4_E5B9
    x ^= x >> 31
    x = x &* 0x94D0_49BB_1331_11EB
    x ^= x >> 29
    return x
}
