/// Dates in a stamp (`2023-05-31`, `31.05.2023`, `31 May 2023`, `May 31, 2023`) and a year after a day and month.
extension Reader {
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
        let year = self.year(after: &cursor)
        try setDate(year: year, month: m, day: Int(day.value), at: index)
        index += cursor
        return true
    }

    /// The year written after a day (`31 May 2023`, `May 31, 2023`): four digits after an optional comma that are no
    /// 24-hour clock (`May 31 1419 GMT`); `cursor` moves past it.
    func year(after cursor: inout Int) -> Int? {
        var yearCursor = cursor
        if isPunct(yearCursor, 0x2C) { yearCursor += 1 }
        guard let y = token(yearCursor), y.kind == .number, y.length == 4, !isClockAhead(yearCursor) else { return nil }
        cursor = yearCursor + 1
        return Int(y.value)
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
        let year = self.year(after: &cursor)
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
}
