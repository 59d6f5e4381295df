/// Days and the periods named from the document's date: `Tuesday`, `yesterday`, `May 9`, `9 May 2023`, `last week`, `in March`.
extension Matcher {
    private static let numberWords = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "a": 1, "an": 1,
    ]

    /// Days, clocks and the periods named from the document's date (`Tuesday`, `May 9`, `4 a.m.`, `last week`).
    mutating func matchDay(at i: Int) throws(TimelineError) -> Match? {
        let word = words[i]
        if word.kind == .number { return try matchNumber(at: i) }
        if word.dayOfMonth != nil, month(i + 1) != nil { return try matchNumber(at: i) }  // `31st May`
        if word.dayOfMonth != nil, lower(i + 1) == "of", month(i + 2) != nil { return try matchNumber(at: i) }  // `31st of May`
        guard word.kind == .word else { return nil }
        if let weekday = weekday(i) { return try matchWeekday(weekday, first: i, at: i, qualifier: nil) }
        if let month = month(i), let match = try matchMonthDate(month, first: i, at: i) { return match }
        switch word.lower {
        case "overnight":
            var end = i + 1
            var date = today
            if lower(end) == "into" || lower(end) == "on", let weekday = weekday(end + 1) {
                date = self.date(ofWeekday: weekday, future: false)
                end += 2
            } else if let weekday = weekday(end) {
                date = self.date(ofWeekday: weekday, future: false)
                end += 1
            }
            return result(i, end, try anchor.interval(from: date.adding(days: -1), 22 * 3600, to: date, 6 * 3600), .partOfDay)
        case "tonight":
            return try day(i, i + 1, today, part: DayPart.night)
        case "today":
            return try day(i, i + 1, today)
        case "yesterday", "tomorrow":
            let date = today.adding(days: word.lower == "yesterday" ? -1 : 1)
            if let part = lower(i + 1).flatMap(DayPart.named) { return try day(i, i + 2, date, part: part) }
            return try day(i, i + 1, date)
        case "this", "last", "next", "earlier", "early", "late", "mid":
            return try matchQualified(at: i)
        case "on":
            if let weekday = weekday(i + 1) { return try matchWeekday(weekday, first: i, at: i + 1, qualifier: nil) }
            if let month = month(i + 1) { return try matchMonthDate(month, first: i, at: i + 1) }
            if number(i + 1) != nil || dayOfMonth(i + 1) != nil || (i + 1 < words.count && words[i + 1].clock != nil) || numericDate(at: i + 1) != nil {
                return try matchNumber(at: i + 1, first: i)
            }
            return nil
        case "in":
            return try matchIn(at: i)
        case "recently":
            return Match(first: i, end: i + 1, resolution: .unresolved("'recently' names no time"), timex: Timex(.date, "PAST_REF", anchoring: .document))
        case "noon", "midday", "midnight":
            return try matchClock(0, minute: nil, first: i, at: i)
        case "the":
            // `the 4 a.m. attack`
            if i + 1 < words.count, number(i + 1) != nil || words[i + 1].clock != nil,
               let match = try matchNumber(at: i + 1, first: i), case .resolved = match.resolution {
                return match
            }
            return nil
        default:
            if let count = Self.numberWords[word.lower], let match = try matchAgo(count, first: i, at: i + 1) { return match }
            return nil
        }
    }

    /// `Tuesday`, `Tuesday night`, `early on Wednesday`, `late Tuesday`.
    private func matchWeekday(_ weekday: Int, first: Int, at i: Int, qualifier: String?) throws(TimelineError) -> Match {
        var date = weekdayDate(weekday, reading(at: i, near: true))
        // `Friday morning 23rd of February 2024`, `Friday, 23 September`: the date written after it says which Friday.
        let partEnd = lower(i + 1).flatMap(DayPart.named) != nil ? i + 2 : i + 1
        if let written = dateWritten(at: isMark(partEnd, ",") ? partEnd + 1 : partEnd), written.weekday == weekday { date = written }
        // `Thursday 8 a.m.`, `Thursday at 8 a.m.`: the clock on that day.
        let clockStart = lower(i + 1) == "at" ? i + 2 : i + 1
        if let clock = try clockReading(at: clockStart) {
            return try timeOfDay(first, clock.end, date, clock)
        }
        if let partWord = lower(i + 1), let part = DayPart.named(partWord) {
            return try day(first, i + 2, date, part: part)
        }
        switch qualifier {
        case "early": return try day(first, i + 1, date, part: DayPart.early, modifier: .start)
        case "late": return try day(first, i + 1, date, part: DayPart.late, modifier: .end)
        default: return try day(first, i + 1, date)
        }
    }

    /// The day a date written at `index` names (`23rd of February 2024`, `February 23`, `23 Sept.`), if any.
    func dateWritten(at index: Int) -> CivilDate? {
        guard index < words.count else { return nil }
        let found: Match?
        if let month = month(index) { found = try? matchMonthDate(month, first: index, at: index) } else if dayOfMonth(index) != nil {
            found = try? matchNumber(at: index)
        } else {
            return nil
        }
        guard let found, case .resolved(let time) = found.resolution, time.precision == .day else { return nil }
        return anchor.localTime(of: time.start).date
    }

    /// `this morning`, `last night`, `last week`, `earlier this month`, `late last year`, `next Monday`.
    private func matchQualified(at i: Int) throws(TimelineError) -> Match? {
        var cursor = i
        var qualifier: String?
        if let q = lower(cursor), ["earlier", "early", "late", "mid"].contains(q) {
            qualifier = q
            cursor += 1
            if isMark(cursor, "-") { cursor += 1 }  // mid-May
            if lower(cursor) == "on", let weekday = weekday(cursor + 1) {
                return try matchWeekday(weekday, first: i, at: cursor + 1, qualifier: q)
            }
            if let weekday = weekday(cursor) { return try matchWeekday(weekday, first: i, at: cursor, qualifier: q) }
            if let month = month(cursor) {
                let year = number(cursor + 1).flatMap { (1900...2100).contains($0) ? $0 : nil }
                let start = CivilDate(unchecked: year ?? pickYear(month: month, at: cursor), month, 1)
                let (from, to) = third(q, of: start, to: start.firstOfMonth(adding: 1))
                var match = try days(i, cursor + (year == nil ? 1 : 2), from: from, to: to, .month, modifier: Timex.Modifier(qualifier: q))
                if year != nil { match.timex.anchoring = .none }
                return match
            }
            if q == "earlier", lower(cursor) == "today" { return try day(i, cursor + 1, today) }
        }
        guard let relation = lower(cursor), ["this", "last", "next"].contains(relation), let unitWord = lower(cursor + 1) else {
            return nil
        }
        let end = cursor + 2
        let step = relation == "last" ? -1 : relation == "next" ? 1 : 0
        if relation == "last", unitWord == "night" {
            return try day(i, end, today.adding(days: -1), part: DayPart.night)
        }
        if relation == "this", let part = DayPart.named(unitWord) { return try day(i, end, today, part: part) }
        if let weekday = weekday(cursor + 1) {
            let date = self.date(ofWeekday: weekday, future: step >= 0 && relation != "this" || step > 0, strictly: relation != "this")
            return try day(i, end, relation == "this" ? mondayOfWeek(today).adding(days: weekday - 1) : date)
        }
        var start: CivilDate
        var stop: CivilDate
        let precision: TimePrecision
        switch unitWord {
        case "week":
            start = mondayOfWeek(today).adding(days: 7 * step)
            stop = start.adding(days: 7)
            precision = .week
        case "weekend":
            start = mondayOfWeek(today).adding(days: 5 + 7 * step)
            stop = start.adding(days: 2)
            precision = .week
        case "month":
            start = today.firstOfMonth(adding: step)
            stop = start.firstOfMonth(adding: 1)
            precision = .month
        case "year":
            start = CivilDate(unchecked: today.year + step, 1, 1)
            stop = CivilDate(unchecked: today.year + step + 1, 1, 1)
            precision = .year
        default:
            return nil
        }
        if qualifier == "earlier" {
            // Earlier this week/month/year: from the start of the period up to the anchor's day.
            stop = min(stop, today.adding(days: 1))
        } else {
            (start, stop) = third(qualifier, of: start, to: stop)
        }
        var match = try days(i, end, from: start, to: stop, precision, modifier: qualifier.flatMap(Timex.Modifier.init(qualifier:)))
        if unitWord == "weekend" { match.timex.value = TimexValue.week(start) + "-WE" }
        return match
    }

    /// `in March`, `in June 2022`, `in 2019`, `in recent days`.
    private func matchIn(at i: Int) throws(TimelineError) -> Match? {
        if let month = month(i + 1) {
            guard let year = number(i + 2), (1900...2100).contains(year) else {
                return try matchMonth(month, first: i, at: i + 1, relation: nil)
            }
            let start = CivilDate(unchecked: year, month, 1)
            var match = try days(i, i + 3, from: start, to: start.firstOfMonth(adding: 1), .month)
            match.timex.anchoring = .none
            return match
        }
        if lower(i + 1) == "recent", let unit = lower(i + 2), ["days", "weeks", "months", "years"].contains(unit) {
            return Match(first: i, end: i + 3, resolution: .unresolved("'in recent \(unit)' names no time"), timex: Timex(.date, "PAST_REF", anchoring: .document))
        }
        return nil
    }

    /// `May 9`, `June 16, 2022`, `May 2022` (needs a day or a year; a bare month word is not a time).
    private func matchMonthDate(_ month: Int, first: Int, at i: Int) throws(TimelineError) -> Match? {
        if let day = dayOfMonth(i + 1) {
            let end = i + 2
            var year: Int?
            var last = end
            if isMark(end, ","), let y = number(end + 1), words[end + 1].lower.count == 4 {
                year = y
                last = end + 2
            } else if let y = number(end), words[end].lower.count == 4 {
                year = y
                last = end + 1
            }
            return try dated(year: year, month: month, day: day, first: first, end: last, at: i)
        }
        let written = number(i + 1).flatMap { words[i + 1].lower.count == 4 && (1900...2100).contains($0) ? ($0, i + 2) : nil }
        if let (year, end) = written ?? spelledYear(at: i + 1) {
            let start = CivilDate(unchecked: year, month, 1)
            var match = try days(first, end, from: start, to: start.firstOfMonth(adding: 1), .month)
            match.timex.anchoring = .none
            return match
        }
        return nil
    }

    func dated(year: Int?, month: Int, day: Int, first: Int, end: Int, at i: Int) throws(TimelineError) -> Match {
        var chosenYear = year ?? today.year
        if year == nil, tenseAt != nil {
            let candidates = (today.year - 1...today.year + 1).compactMap { CivilDate(year: $0, month: month, day: day) }
            chosenYear = pick(candidates, reading(at: i), ahead: 90, behind: 14)?.year ?? today.year
        } else if year == nil {
            let candidate = CivilDate(year: today.year, month: month, day: day)
            let future = futureCue(around: i)
            if let candidate, !future, candidate > today { chosenYear -= 1 }
            if let candidate, future, candidate < today { chosenYear += 1 }
        }
        guard let date = CivilDate(year: chosenYear, month: month, day: day) else {
            throw TimelineError(.impossibleDate, "\(monthNames[month - 1]) \(day) is not a date", text: "")
        }
        var match = try self.day(first, end, date)
        if year != nil { match.timex.anchoring = .none }
        return match
    }

    /// The first day of a range whose month is written once, after its last day (`4-7 March 2025`,
    /// `from 3 to 5 March`, `between 9 and 12 May`): that day of the month and year the last day is read in.
    /// TimeML marks the two ends as two expressions; the last is read when the matcher reaches it.
    func matchRangeStart(_ value: Int, first: Int, at i: Int) throws(TimelineError) -> Match? {
        guard (1...31).contains(value), words[i].lower.count <= 2, i + 2 < words.count else { return nil }
        let joiner = words[i + 1].lower
        let joins = ["-", "–", "to", "through"].contains(joiner) || (joiner == "and" && lower(i - 1) == "between")
        guard joins, let last = dayOfMonth(i + 2), words[i + 2].lower.count <= 2, value < last, month(i + 3) != nil,
              let end = try matchNumber(at: i + 2), case .resolved(let time) = end.resolution, time.precision == .day
        else { return nil }
        let lastDate = anchor.localTime(of: time.start).date
        guard let date = CivilDate(year: lastDate.year, month: lastDate.month, day: value) else { return nil }
        var match = try day(first, i + 1, date)
        match.timex.anchoring = end.timex.anchoring
        return match
    }

    /// `9 May 2023`, `4 a.m.`, `4:30 p.m.`, `three days ago`.
    func matchNumber(at i: Int, first: Int? = nil) throws(TimelineError) -> Match? {
        let first = first ?? i
        if let match = try matchNumericDate(at: i, first: first) { return match }
        if let (hour, minute) = words[i].clock { return try matchClock(hour, minute: minute, first: first, at: i) }
        // `12th of April 2019`, `the 4th of March`.
        if let day = dayOfMonth(i), words[i].kind == .word, lower(i + 1) == "of", let month = month(i + 2) {
            let year = number(i + 3).flatMap { words[i + 3].lower.count == 4 ? $0 : nil }
            return try dated(year: year, month: month, day: day, first: first, end: i + (year == nil ? 3 : 4), at: i)
        }
        if let day = dayOfMonth(i), words[i].kind == .word, let month = month(i + 1) {
            return try dated(year: number(i + 2).flatMap { words[i + 2].lower.count == 4 ? $0 : nil }, month: month, day: day,
                             first: first, end: i + (number(i + 2).map { _ in words[i + 2].lower.count == 4 ? 3 : 2 } ?? 2), at: i)
        }
        guard let value = number(i) else { return nil }
        if let match = try matchRangeStart(value, first: first, at: i) { return match }
        if let month = month(i + 1), words[i].lower.count <= 2 {
            var end = i + 2
            var year: Int?
            if isMark(end, ",") && number(end + 1) != nil { end += 1 }
            if let y = number(end), words[end].lower.count == 4 {
                year = y
                end += 1
            }
            return try dated(year: year, month: month, day: value, first: first, end: end, at: i)
        }
        if let match = try matchClock(value, minute: nil, first: first, at: i) { return match }
        return try matchAgo(value, first: first, at: i + 1)
    }
}
