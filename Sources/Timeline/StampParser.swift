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

private struct Failure: Error {
    var kind: TimelineError.Kind
    var message: String
}

private struct Reader {
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

    private func text(_ token: StampToken) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), as: UTF8.self)
    }

    private func text(from first: Int, through last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens[first].start)..<Int(tokens[last].end)]), as: UTF8.self)
    }

    private func token(_ offset: Int = 0) -> StampToken? {
        let at = index + offset
        return at < tokens.count ? tokens[at] : nil
    }

    private func isPunct(_ offset: Int, _ mark: UInt8) -> Bool {
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

    // MARK: dates

    /// `2023-05-31`, optionally followed by `T` and a clock.
    mutating func readISODate() throws(Failure) -> Bool {
        guard let year = token(), year.length == 4, isPunct(1, 0x2D), let month = token(2), month.kind == .number,
            month.length == 2, isPunct(3, 0x2D), let day = token(4), day.kind == .number, day.length == 2,
            !tokens[index + 1].spaceBefore
        else { return false }
        try setDate(year: Int(year.value), month: Int(month.value), day: Int(day.value), at: index)
        index += 5
        if let t = token(), t.kind == .word, !t.spaceBefore, t.length == 1, bytes[Int(t.start)] | 0x20 == 0x74 {
            index += 1  // the `T` of `2023-05-31T11:26:00Z`
        }
        return true
    }

    /// `31.05.2023` or `31/05/2023`: day first, as everywhere but the US; month-first only
    /// when the first number cannot be a month.
    mutating func readNumericDate() throws(Failure) -> Bool {
        guard let first = token(), first.length <= 2, let sep = token(1), sep.kind == .punct,
            sep.value == 0x2E || sep.value == 0x2F, let second = token(2), second.kind == .number, second.length <= 2,
            isPunct(3, UInt8(sep.value)), let year = token(4), year.kind == .number, year.length == 4,
            !sep.spaceBefore, !second.spaceBefore
        else { return false }
        var day = Int(first.value)
        var month = Int(second.value)
        if month > 12 && day <= 12 { swap(&day, &month) }
        try setDate(year: Int(year.value), month: month, day: day, at: index)
        index += 5
        return true
    }

    /// `31 May 2023`, `31st May`, `31 May, 2023`.
    mutating func readDayMonth() throws(Failure) -> Bool {
        guard let day = token(), day.length <= 2, stamp.day == nil else { return false }
        var cursor = 1
        if let suffix = token(cursor), suffix.kind == .word, suffix.keyword == .ordinal, !suffix.spaceBefore { cursor += 1 }
        if let of = token(cursor), of.keyword == .of { cursor += 1 }
        guard let month = token(cursor), case .month(let m) = month.keyword else { return false }
        cursor += 1
        if isPunct(cursor, 0x2E) { cursor += 1 }
        var year: Int?
        var yearCursor = cursor
        if isPunct(yearCursor, 0x2C) { yearCursor += 1 }
        if let y = token(yearCursor), y.kind == .number, y.length == 4, !isClockAhead(yearCursor) {
            year = Int(y.value)
            cursor = yearCursor + 1
        }
        try setDate(year: year, month: m, day: Int(day.value), at: index)
        index += cursor
        return true
    }

    /// `May 31, 2023`, `May 31st`, `Sept. 4`, `June 2023`.
    mutating func readMonthDay(month m: Int) throws(Failure) -> Bool {
        var cursor = 1
        if isPunct(cursor, 0x2E) { cursor += 1 }
        var day: Int?
        if let d = token(cursor), d.kind == .number, d.length <= 2, d.value >= 1 {
            day = Int(d.value)
            cursor += 1
            if let suffix = token(cursor), suffix.keyword == .ordinal, !suffix.spaceBefore { cursor += 1 }
        }
        var year: Int?
        var yearCursor = cursor
        if isPunct(yearCursor, 0x2C) { yearCursor += 1 }
        if let y = token(yearCursor), y.kind == .number, y.length == 4, !isClockAhead(yearCursor) {
            year = Int(y.value)
            cursor = yearCursor + 1
        }
        if day == nil && year == nil { return false }
        if let day {
            try setDate(year: year, month: m, day: day, at: index)
        } else {
            guard stamp.month == nil else { throw Failure(kind: .notAStamp, message: "two dates") }
            stamp.year = year
            stamp.month = m
            stamp.datePosition = index
        }
        index += cursor
        return true
    }

    /// A lone four-digit year after a day and month without one (`31 May, 2023`).
    mutating func readYear() -> Bool {
        guard let y = token(), y.length == 4, stamp.month != nil, stamp.year == nil, !isClockAhead(0) else { return false }
        stamp.year = Int(y.value)
        index += 1
        return true
    }

    /// Whether the four digits at `offset` are a 24-hour clock (`1419 GMT`) rather than a year:
    /// a valid hhmm followed by a zone, a parenthesis, or a `... time` phrase.
    func isClockAhead(_ offset: Int) -> Bool {
        guard let t = token(offset), t.kind == .number, t.length == 4, t.value / 100 <= 23, t.value % 100 <= 59,
            let next = token(offset + 1)
        else { return false }
        // With a clock already read, a plausible year is a year (`8:30pm, 31 May, 2023 HKT`).
        if !stamp.clocks.isEmpty, !inParentheses, (1900...2100).contains(t.value) { return false }
        if next.kind == .punct { return next.value == 0x28 }
        guard next.kind == .word else { return false }
        if next.isUppercase && next.length <= 5 { return true }
        var cursor = offset + 1
        while let word = token(cursor), word.kind == .word, cursor - offset <= 5 {
            if word.keyword == .time { return true }
            cursor += 1
        }
        return false
    }

    mutating func setDate(year: Int?, month: Int, day: Int, at position: Int) throws(Failure) {
        guard stamp.day == nil else { throw Failure(kind: .notAStamp, message: "two dates") }
        guard (1...12).contains(month) else {
            throw Failure(kind: .impossibleDate, message: "month \(month) does not exist")
        }
        let maxDay = year.map { CivilDate.daysIn(month: month, year: $0) } ?? (month == 2 ? 29 : CivilDate.daysIn(month: month, year: 2000))
        guard day >= 1, day <= maxDay else {
            let name = monthNames[month - 1]
            throw Failure(kind: .impossibleDate, message: "\(name) \(day)\(year.map { ", \($0)" } ?? "") is not a date")
        }
        stamp.year = year
        stamp.month = month
        stamp.day = day
        stamp.datePosition = position
    }

    // MARK: clocks

    /// `7:26 a.m.`, `14:05`, `14.05`, `11:26:00`, `6 a.m.`, `0405` (before a zone), `12 noon`.
    mutating func readClock() throws(Failure) -> Bool {
        guard let first = token() else { return false }
        var hour = Int(first.value)
        var minute = 0
        var second = 0
        var minutesWritten = false
        var cursor = 1
        if first.length <= 2, let sep = token(1), sep.kind == .punct, sep.value == 0x3A || sep.value == 0x2E,
            !sep.spaceBefore, let m = token(2), m.kind == .number, m.length == 2, !m.spaceBefore
        {
            minute = Int(m.value)
            minutesWritten = true
            cursor = 3
            if isPunct(3, 0x3A), let s = token(4), s.kind == .number, s.length == 2, !s.spaceBefore {
                second = Int(s.value)
                cursor = 5
                if isPunct(5, 0x2E), let fraction = token(6), fraction.kind == .number, !fraction.spaceBefore { cursor = 7 }
            }
        } else if first.length == 4, isClockAhead(0) || hasMeridiem(at: 1) {
            hour = Int(first.value) / 100
            minute = Int(first.value) % 100
            minutesWritten = true
        } else if first.length <= 2, hasMeridiem(at: 1) || token(1)?.keyword == .noon || token(1)?.keyword == .midnight {
            // `6 a.m.`, `12 noon`
        } else {
            return false
        }
        index += cursor
        if let meridiem = readMeridiem() {
            guard (1...12).contains(hour) else {
                throw Failure(kind: .impossibleTime, message: "\(hour) is not an hour on a 12-hour clock")
            }
            hour = hour % 12 + (meridiem == .pm ? 12 : 0)
        } else if let word = token(), word.keyword == .noon || word.keyword == .midnight {
            guard hour == 12 else { throw Failure(kind: .impossibleTime, message: "\(hour) \(text(word)) is not a time") }
            hour = word.keyword == .noon ? 12 : 0
            index += 1
        }
        guard hour <= 23 else { throw Failure(kind: .impossibleTime, message: "hour \(hour) does not exist") }
        guard minute <= 59, second <= 60 else {
            throw Failure(kind: .impossibleTime, message: "minute \(minute) does not exist")
        }
        try addClock(ParsedStamp.Clock(hour: hour, minute: minute, second: min(second, 59), minutesWritten: minutesWritten, zone: nil, position: index - 1))
        return true
    }

    mutating func addClock(_ clock: ParsedStamp.Clock) throws(Failure) {
        guard stamp.clocks.count < 2 else { throw Failure(kind: .notAStamp, message: "more than two clock times") }
        if !stamp.clocks.isEmpty && !inParentheses {
            throw Failure(kind: .notAStamp, message: "two clock times (a second one belongs in parentheses)")
        }
        stamp.clocks.append(clock)
        readZoneAfterClock()
    }

    private func hasMeridiem(at offset: Int) -> Bool {
        guard let t = token(offset), t.kind == .word else { return false }
        if t.keyword == .am || t.keyword == .pm { return true }
        return t.length == 1 && (bytes[Int(t.start)] | 0x20 == 0x61 || bytes[Int(t.start)] | 0x20 == 0x70)
            && isPunct(offset + 1, 0x2E) && token(offset + 2).map { $0.length == 1 && bytes[Int($0.start)] | 0x20 == 0x6D } == true
    }

    /// `a.m.`, `am`, `AM`, `p.m`, `pm`.
    mutating func readMeridiem() -> StampKeyword? {
        guard let t = token(), t.kind == .word else { return nil }
        if t.keyword == .am || t.keyword == .pm {
            index += 1
            if isPunct(0, 0x2E), !(token(0)?.spaceBefore ?? true) { index += 1 }
            return t.keyword
        }
        guard hasMeridiem(at: 0) else { return nil }
        let meridiem: StampKeyword = bytes[Int(t.start)] | 0x20 == 0x61 ? .am : .pm
        index += 3
        if isPunct(0, 0x2E), !(token(0)?.spaceBefore ?? true) { index += 1 }
        return meridiem
    }

    // MARK: zones

    /// Reads the zone written right after a clock, if any, and gives it to that clock.
    mutating func readZoneAfterClock() {
        let clock = stamp.clocks.count - 1
        if let zone = readZone() { stamp.clocks[clock].zone = zone }
    }

    mutating func readZone() -> ParsedStamp.WrittenZone? {
        guard let t = token() else { return nil }
        let startByte = Int(t.start)
        // A numeric offset straight after the clock: `+03:00`, `-0400`, `Z`.
        if t.kind == .punct, t.value == 0x2B || t.value == 0x2D, let seconds = readOffset(at: 0) {
            return written(.zone(.offset(seconds: seconds.value)), from: startByte, tokens: seconds.tokens)
        }
        guard t.kind == .word else { return nil }
        if t.isUppercase, let key = WordKey(bytes, from: Int(t.start), to: Int(t.end), fold: false) {
            if var zone = StampLexicon.abbreviations[key] {
                var used = 1
                // `GMT+3`, `UTC-04:00`
                if zone.fixedOffset == 0, let next = token(1), next.kind == .punct, !next.spaceBefore,
                    next.value == 0x2B || next.value == 0x2D, let offset = readOffset(at: 1)
                {
                    zone = .offset(seconds: offset.value)
                    used += offset.tokens
                }
                // `UK time`, `GMT time`: the word `time` after a zone's name belongs to it.
                if let next = token(used), next.kind == .word, next.keyword == .time { used += 1 }
                return written(.zone(zone), from: startByte, tokens: used)
            }
            if let entry = StampLexicon.ambiguous[key] {
                return written(.ambiguous(entry), from: startByte, tokens: 1)
            }
        }
        if let phrase = readZonePhrase() { return phrase }
        // An unknown run of 2 to 5 capitals where a zone stands (`XT`, `QST`).
        if t.isUppercase, (2...5).contains(t.length), t.keyword == .none {
            return written(.unknown, from: startByte, tokens: 1)
        }
        return nil
    }

    private mutating func written(_ meaning: ParsedStamp.WrittenZone.Meaning, from start: Int, tokens used: Int) -> ParsedStamp.WrittenZone {
        let end = Int(tokens[index + used - 1].end)
        index += used
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return ParsedStamp.WrittenZone(meaning: meaning, bytes: start..<end, text: text)
    }

    /// `British Summer Time`, `Eastern Time`, `Moscow time`, `local time`: up to five words ending in `time`.
    mutating func readZonePhrase() -> ParsedStamp.WrittenZone? {
        var last = index
        while last < tokens.count, last - index < 5, tokens[last].kind == .word, tokens[last].keyword != .time { last += 1 }
        guard last < tokens.count, tokens[last].keyword == .time, last > index else { return nil }
        if last == index + 1, tokens[index].keyword == .local {
            return written(.local, from: Int(tokens[index].start), tokens: 2)
        }
        let phrase = text(from: index, through: last).lowercased().folding(options: .diacriticInsensitive, locale: nil)
        if let zone = ZoneDesignator.writtenNames[phrase] {
            return written(.zone(zone), from: Int(tokens[index].start), tokens: last - index + 1)
        }
        // A capitalised name followed by `time` that no table knows (`Timbuktu time`).
        if tokens[index].isUppercase || bytes[Int(tokens[index].start)] < 0x5B {
            return written(.unknown, from: Int(tokens[index].start), tokens: last - index + 1)
        }
        return nil
    }

    /// A signed offset at `offset`: `+3`, `+03`, `+0300`, `+03:00`, `-4`.
    func readOffset(at offset: Int) -> (value: Int, tokens: Int)? {
        guard let sign = token(offset), let digits = token(offset + 1), digits.kind == .number, !digits.spaceBefore else { return nil }
        var hours = Int(digits.value)
        var minutes = 0
        var used = 2
        switch digits.length {
        case 1, 2:
            if isPunct(offset + 2, 0x3A), let m = token(offset + 3), m.kind == .number, m.length == 2 {
                minutes = Int(m.value)
                used = 4
            }
        case 4:
            hours = Int(digits.value) / 100
            minutes = Int(digits.value) % 100
        default:
            return nil
        }
        guard hours <= 14, minutes < 60 else { return nil }
        let magnitude = hours * 3600 + minutes * 60
        return (sign.value == 0x2D ? -magnitude : magnitude, used)
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
