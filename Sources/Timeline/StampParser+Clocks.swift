import Foundation

/// Clocks in a stamp (`7:26 a.m.`, `14:05`, `0405`, `12 noon`) and the zones written after them (`ET`, `Moscow time`, `+03:00`).
extension Reader {
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
}
