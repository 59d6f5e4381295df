import Language
import Foundation

/// Reads a stamp such as `7:26 a.m. ET, May 31, 2023` or `Updated 0405 GMT (1205 HKT) June 1, 2023`.
///
/// The grammar is a set of pieces in any order: an optional lead-in (`Updated`, `Published on`),
/// a weekday, a date (`May 31, 2023`, `31 May 2023`, `2023-05-31`, `31.05.2023`), one clock
/// (`7:26 a.m.`, `14.05`, `0405`, `noon`) or two with the second in parentheses, each followed
/// by its zone (`ET`, `British Summer Time`, `Moscow time`, `+03:00`, `UTC+3`). The parser works
/// on UTF-8 bytes with its tokens on the stack, so it allocates nothing on the common path.
public enum StampParser {
    /// Parses `text`; stops quietly at a word that belongs to no stamp (`, Anna Chernova`),
    /// recording where in ``ParsedStamp/stoppedAt``.
    public static func parse(_ text: String) -> Result<ParsedStamp, TimelineError> {
        var utf8 = text
        return utf8.withUTF8 { parse(bytes: $0, text: text) }
    }

    static func parse(bytes: UnsafeBufferPointer<UInt8>, text: @autoclosure () -> String) -> Result<ParsedStamp, TimelineError> {
        guard bytes.count <= 160 else {
            return .failure(TimelineError(.notAStamp, "too long to be a stamp", text: text()))
        }
        return withUnsafeTemporaryAllocation(of: StampToken.self, capacity: 48) { buffer in
            guard let count = tokenizeStamp(bytes, into: buffer) else {
                return .failure(TimelineError(.notAStamp, "too many words to be a stamp", text: text()))
            }
            var reader = Reader(bytes: bytes, tokens: UnsafeBufferPointer(rebasing: buffer[0..<count]))
            return reader.read().mapError { TimelineError($0.kind, "\($0.message) in '\(text())'", text: text()) }
        }
    }
}

struct Failure: Error {
    var kind: TimelineError.Kind
    var message: String
}

struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<StampToken>
    var index = 0
    var stamp = ParsedStamp()
    var inParentheses = false

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<StampToken>) {
        self.bytes = bytes
        self.tokens = tokens
    }

    mutating func read() -> Result<ParsedStamp, Failure> {
        skipLeadIn()
        guard index < tokens.count else { return .failure(Failure(kind: .notAStamp, message: "no date or time")) }
        stamp.start = Int(tokens[index].start)
        do {
            while index < tokens.count {
                if try !readPiece() { break }
            }
        } catch {
            return .failure(error)
        }
        if index < tokens.count { stamp.stoppedAt = Int(tokens[index].start) }
        stamp.end = index > 0 ? Int(tokens[index - 1].end) : 0
        while stamp.end > stamp.start, let last = lastConsumed, last.kind == .punct, last.value != 0x29, last.value != 0x2E {
            // A trailing comma or dash is not part of the stamp.
            index -= 1
            stamp.end = index > 0 ? Int(tokens[index - 1].end) : 0
        }
        guard stamp.hasDate || !stamp.clocks.isEmpty else {
            return .failure(Failure(kind: .notAStamp, message: "no date or time"))
        }
        if stamp.clocks.isEmpty == false || stamp.day != nil {
            if let unknown = stamp.clocks.lazy.compactMap({ $0.zone }).first(where: { $0.meaning == .unknown }) {
                return .failure(Failure(kind: .unknownZone, message: "unknown time zone '\(unknown.text)'"))
            }
        }
        return .success(stamp)
    }

    private var lastConsumed: StampToken? { index > 0 ? tokens[index - 1] : nil }

    func text(_ token: StampToken) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
    }

    func text(from first: Int, through last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens[first].start)..<Int(tokens[last].end)]), as: UTF8.self)
    }

    func token(_ offset: Int = 0) -> StampToken? {
        let at = index + offset
        return at < tokens.count ? tokens[at] : nil
    }

    func isPunct(_ offset: Int, _ mark: UInt8) -> Bool {
        guard let token = token(offset) else { return false }
        return token.kind == .punct && token.value == Int32(mark)
    }

    mutating func skipLeadIn() {
        while let token = token() {
            if token.kind == .word, token.keyword == .filler || token.keyword == .of {
                index += 1
            } else if token.kind == .punct, token.value == 0x3A || token.value == 0x2D || token.value == 0x7C {
                index += 1  // `Updated:`, `Published - `
            } else {
                break
            }
        }
    }

    /// Reads one piece; false when the next token belongs to no stamp.
    mutating func readPiece() throws(Failure) -> Bool {
        guard let token = token() else { return false }
        switch token.kind {
        case .number:
            if try readISODate() { return true }
            if try readNumericDate() { return true }
            if try readClock() { return true }
            if try readDayMonth() { return true }
            return readYear()
        case .word:
            return try readWord(token)
        case .punct:
            return try readPunct(token)
        }
    }

    // MARK: words and marks

    mutating func readWord(_ token: StampToken) throws(Failure) -> Bool {
        switch token.keyword {
        case .month(let m):
            if try readMonthDay(month: m) { return true }
            return false
        case .weekday(let d):
            stamp.weekday = d
            index += 1
            if isPunct(0, 0x2E) { index += 1 }
            return true
        case .noon, .midnight:
            index += 1
            try addClock(ParsedStamp.Clock(hour: token.keyword == .noon ? 12 : 0, minute: 0, second: 0, minutesWritten: true, zone: nil, position: index - 1))
            return true
        case .filler:
            index += 1
            return true
        default:
            // A zone standing after the clock's meridiem was read (`7:26 a.m. ET`) is read by the
            // clock; here a zone before any clock, or a second zone, ends the stamp.
            if let last = stamp.clocks.indices.last, stamp.clocks[last].zone == nil, let zone = readZone() {
                stamp.clocks[last].zone = zone
                return true
            }
            return false
        }
    }

    mutating func readPunct(_ token: StampToken) throws(Failure) -> Bool {
        switch UInt8(truncatingIfNeeded: token.value) {
        case 0x28:  // (
            guard !inParentheses, !stamp.clocks.isEmpty else { return false }
            // `Oct 28, 2027 06:20 (IST)`: the clock's own zone, in parentheses.
            if let last = stamp.clocks.indices.last, stamp.clocks[last].zone == nil {
                let before = index
                index += 1
                if let zone = readZone(), let close = self.token(), close.kind == .punct, close.value == 0x29 {
                    stamp.clocks[last].zone = zone
                    index += 1
                    return true
                }
                index = before
            }
            inParentheses = true
            index += 1
            guard try readClock() else { return false }
            return true
        case 0x29:  // )
            guard inParentheses else { return false }
            inParentheses = false
            index += 1
            return true
        case 0x2C, 0x2D, 0x7C, 0x2F, 0x3A:  // , - | / :
            index += 1
            return true
        case 0x2E:
            index += 1
            return true
        case 0xC2 where bytes[Int(token.start) + 1] == 0xB7:  // middle dot
            index += 1
            return true
        case 0xE2:  // bullet and other three-byte marks
            index += 1
            return true
        default:
            return false
        }
    }
}

/// Short month names for messages (`May 31`), from the one month list.
let monthNames = WordLists.months.map { String($0.prefix(3)) }
