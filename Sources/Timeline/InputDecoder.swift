import Foundation

/// Turns the bytes of an input file into text, or refuses it with the reason and the place.
///
/// Policy (README, "Guarantees"): UTF-8, with or without a byte-order mark, and UTF-16 with one
/// are read; an empty input, binary data (a NUL byte) and invalid UTF-8 are refused, naming the
/// byte offset and line, because a guess at the encoding would put wrong names and numbers in the
/// record. A page larger than `maximumPageBytes` is refused too: live-blog pages are kilobytes, and
/// many articles belong in JSON Lines, which is read a document at a time.
public enum InputDecoder {
    public static let maximumPageBytes = 64 << 20

    public static func decode(_ data: Data, name: String, isPage: Bool = true) throws(TimelineError) -> String {
        func fail(_ message: String, line: Int? = nil) -> TimelineError {
            TimelineError(.unreadableInput, message, text: name, file: name, line: line)
        }
        if data.isEmpty { throw fail("empty input") }
        if isPage && data.count > maximumPageBytes {
            throw fail("\(data.count >> 20) MB is too large for one page (the limit is \(maximumPageBytes >> 20) MB); put many articles in JSON Lines")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw fail("not valid UTF-16 despite its byte-order mark") }
            return try checked(text, name: name)
        }
        if let nul = data.firstIndex(of: 0) {
            let offset = nul - data.startIndex
            throw fail("binary data (a NUL byte at byte offset \(offset)), not a text page", line: line(of: offset, in: data))
        }
        if let text = String(validating: data, as: UTF8.self) {
            return try checked(text, name: name)
        }
        let offset = firstInvalidUTF8(data)
        let context = String(decoding: data[data.index(data.startIndex, offsetBy: max(0, offset - 30))..<data.index(data.startIndex, offsetBy: offset)], as: UTF8.self)
        throw fail("invalid UTF-8 at byte offset \(offset) (after '\(context)'); re-save the page as UTF-8", line: line(of: offset, in: data))
    }

    private static func checked(_ text: String, name: String) throws(TimelineError) -> String {
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw TimelineError(.unreadableInput, "empty input (only white space)", text: name, file: name)
        }
        return text
    }

    private static func line(of offset: Int, in data: Data) -> Int {
        data.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The byte offset of the first byte that does not start or continue a valid UTF-8 sequence.
    public static func firstInvalidUTF8(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<max(1, length) where bytes[index + next] & 0xC0 != 0x80 { return index }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil { return index }
            index += length
        }
        return bytes.count
    }
}
