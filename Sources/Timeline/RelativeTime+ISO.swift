/// Dates and times written in numbers: ISO 8601, as data tables and pages' machine-readable stamps give them, and day-month-year dates.
extension Matcher {
    /// `2023-05-31`, `2023-05-31T07:26:00-04:00`, `2023-05-31T11:26:00.000Z`: a date, or an instant
    /// in the zone or offset it writes (the anchor's zone when it writes none).
    func matchISO(at i: Int) throws(TimelineError) -> Match? {
        guard number(i) != nil, words[i].lower.count == 4, isMark(i + 1, "-"), !words[i + 1].spaceBefore else { return nil }
        // The run of tokens written with no space between them, less a closing mark of the sentence.
        var end = i + 1
        while end < words.count, !words[end].spaceBefore { end += 1 }
        while end > i + 1, words[end - 1].kind == .mark, [".", ",", ";", ")", "]"].contains(words[end - 1].lower) { end -= 1 }
        let written = words[i..<end].map(\.lower).joined().uppercased()
        let bytes = Array(written.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, bytes[range].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return Int(String(decoding: bytes[range], as: UTF8.self))
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10), (1...12).contains(month)
        else { return nil }
        if bytes.count == 10 {
            guard let date = CivilDate(year: year, month: month, day: day) else {
                throw TimelineError(.impossibleDate, "\(written) is not a date", text: written)
            }
            var match = try self.day(i, end, date)
            match.timex.anchoring = .none
            return match
        }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), let hour = digits(11..<13), let minute = digits(14..<16),
            bytes.count >= 16, bytes[13] == UInt8(ascii: ":")
        else { return nil }
        var context = StampContext(defaultZone: anchor.zone)
        context.defaultDate = today
        var time = try NormalizedTime(stamp: written, context: context)
        time.text = ""
        var match = Match(first: i, end: end, resolution: .resolved(time), timex: Timex(.time, "", anchoring: .none))
        // TimeML writes the time as the text does, in its own zone.
        match.timex.value = String(decoding: bytes[0..<10], as: UTF8.self) + "T" + String(format2: hour) + ":" + String(format2: minute)
        return match
    }
}

/// Dates written all in numbers the way police notes, press releases and much of the world write them.
extension Matcher {
    /// A date written in numbers at `i` (`16-11-2024`, `14.06.2024`, `3/4/2024`), with the index after it.
    ///
    /// Day and month are told apart by their values where one exceeds 12. Otherwise a date written with
    /// hyphens or dots is read day first, as the countries that write them so do; one written with slashes,
    /// which American usage writes month first, is read as whichever of the two dates is nearest the
    /// document's day without being after it (the reading is a guess, and its nearest-past rule is the
    /// one a news story supports: it tells of what has happened).
    func numericDate(at i: Int) -> (date: CivilDate, end: Int)? {
        guard i < words.count, words[i].kind == .number else { return nil }
        var end = i + 1
        while end < words.count, !words[end].spaceBefore { end += 1 }
        while end > i + 1, words[end - 1].kind == .mark { end -= 1 }
        let written = words[i..<end].map(\.lower).joined()
        guard let separator = written.first(where: { !$0.isASCII || !$0.isNumber }), "-./".contains(separator) else { return nil }
        let parts = written.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        let dayFirst = CivilDate(year: year, month: second, day: first)
        let monthFirst = CivilDate(year: year, month: first, day: second)
        switch (dayFirst, monthFirst) {
        case (let date?, nil), (nil, let date?): return (date, end)
        case (let a?, let b?):
            if a == b || separator != "/" { return (a, end) }
            let past = [a, b].filter { $0 <= today }
            let nearest = (past.isEmpty ? [a, b] : past).min { abs($0.daysSinceEpoch - today.daysSinceEpoch) < abs($1.daysSinceEpoch - today.daysSinceEpoch) }
            return nearest.map { ($0, end) }
        case (nil, nil): return nil
        }
    }

    /// A date written in numbers (see ``numericDate(at:)``), from `first` (`on 16-11-2024`).
    func matchNumericDate(at i: Int, first: Int) throws(TimelineError) -> Match? {
        guard let (date, end) = numericDate(at: i) else { return nil }
        var match = try day(first, end, date)
        match.timex.anchoring = .none
        return match
    }
}
