import Language

/// One recognised expression: words `first..<end` and what they mean.
struct Match {
    var first: Int
    var end: Int
    var resolution: TimeMention.Resolution
    /// Its meaning in TimeML's terms; set from the interval when a pattern does not say.
    var timex: Timex
    /// The first word of the TimeML span: after a leading `on`, `in` or `at`.
    var coreFirst: Int
    /// Whether later anaphoric expressions count from it: not a comparison back (`a year earlier`,
    /// `the year-ago quarter`), which leaves the story's time where it was.
    var setsReference = true

    init(first: Int, end: Int, resolution: TimeMention.Resolution, timex: Timex) {
        self.first = first
        self.end = end
        self.resolution = resolution
        self.timex = timex
        self.coreFirst = first
    }
}

/// Recognises time expressions word by word and anchors them (rules in ``RelativeTime``).
struct Matcher {
    let words: [TextWord]
    let anchor: TimeAnchor
    /// What the caller's grammar says of the sentence (its verb groups' tense), if it knows.
    var tense: RelativeTime.SentenceTense? = nil
    /// The tense of the clause at a scalar offset, when the caller reads each clause's verb groups.
    var tenseAt: ((Int) -> RelativeTime.SentenceTense?)? = nil
    /// Whether `the next day` with no date before it counts from the anchor (a whole text) or is
    /// left unplaced (a sentence read alone, whose story's time the caller keeps).
    var anchorsAnaphora = true

    /// Which way an expression without a year or week is read from the anchor.
    enum Reading { case past, future, nearest }

    static let strongFutureCues: Set<String> = [
        "will", "shall", "scheduled", "upcoming", "next", "due", "planned", "plans", "expected", "forthcoming", "later",
    ]
    private static let numberWords = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "a": 1, "an": 1,
    ]

    /// The last date or time read, which anaphoric expressions (`the next day`, `a year earlier`) count from.
    var reference: Reference?

    struct Reference {
        var start: CivilDate
        var precision: TimePrecision
        var part: YearPart?
        /// The word after it: a clock later in the same sentence is on its day.
        var end: Int
    }

    mutating func match(at index: Int) -> Match? {
        guard mayOpen(at: index) else { return nil }
        var found: Match?
        do {
            found = try matchWords(at: index)
        } catch {
            found = Match(first: index, end: index + 1, resolution: .unresolved(error.message), timex: Timex(.date, "XXXX", anchoring: .none))
        }
        guard var match = found else { return nil }
        if match.end - match.first > 1, let word = lower(match.first), ["on", "in", "at", "during"].contains(word) {
            match.coreFirst = match.first + 1
        }
        return match
    }

    /// Keeps a dated match as the reference for the anaphoric expressions after it.
    mutating func remember(_ match: Match) {
        guard case .resolved(let time) = match.resolution, match.timex.kind != .duration, match.timex.kind != .set, match.setsReference else { return }
        let start = anchor.localTime(of: time.start).date
        reference = Reference(start: start, precision: time.precision, part: yearPart(match.timex.value), end: match.end)
    }

    /// The quarter, half or season a value names (`1998-Q3`), if any.
    private func yearPart(_ value: String) -> YearPart? {
        guard value.count == 7, value.dropFirst(4).first == "-" else { return nil }
        let code = String(value.suffix(2))
        if code.first == "Q", let number = Int(code.dropFirst()) { return .quarter(number) }
        if code.first == "H", let number = Int(code.dropFirst()) { return .half(number) }
        return YearPart.seasons.values.contains(code) ? .season(code) : nil
    }

    // MARK: words

    func lower(_ index: Int) -> String? {
        index >= 0 && index < words.count && words[index].kind == .word ? words[index].lower : nil
    }

    func weekday(_ index: Int) -> Int? {
        guard let word = lower(index), words[index].isCapitalized, let day = weekdayIndex[word], !isNamePart(index, month: false) else { return nil }
        return day
    }

    func month(_ index: Int) -> Int? {
        guard let word = lower(index), words[index].isCapitalized, let month = monthIndex[word], !isNamePart(index, month: true) else { return nil }
        return month
    }

    /// Whether a capitalised weekday or month word belongs to a name: after `the` and before another
    /// capitalised word (`the Sunday Times`); for a month also after a capitalised word inside the
    /// sentence (`Theresa May`, `Danny March`) or before one with no preposition of time before it
    /// (`Jan Kavan`), unless a day or a year follows (`Washington May 3`).
    private func isNamePart(_ index: Int, month: Bool) -> Bool {
        func isCapitalizedWord(_ at: Int) -> Bool {
            at >= 0 && at < words.count && words[at].kind == .word && words[at].isCapitalized
                && weekdayIndex[words[at].lower] == nil && monthIndex[words[at].lower] == nil
        }
        let before = index > 0 ? lower(index - 1) : nil
        if before == "the", isCapitalizedWord(index + 1) { return true }
        guard month, number(index + 1) == nil, dayOfMonth(index + 1) == nil else { return false }
        let opensSentence = index - 1 == 0 || index - 1 > 0 && (words[index - 2].kind == .mark && words[index - 2].lower != ",")
        if isCapitalizedWord(index - 1), !opensSentence, zoneWord(at: index - 1) == nil { return true }
        let timePrepositions: Set<String> = ["in", "on", "by", "since", "until", "till", "from", "of", "last", "next", "this", "early", "late", "mid", "during", "through", "before", "after"]
        if isCapitalizedWord(index + 1), !timePrepositions.contains(before ?? "") { return true }
        return false
    }

    func number(_ index: Int) -> Int? {
        guard index >= 0, index < words.count, words[index].kind == .number, words[index].value >= 0 else { return nil }
        return words[index].value
    }

    func dayOfMonth(_ index: Int) -> Int? {
        index >= 0 && index < words.count ? words[index].dayOfMonth : nil
    }

    func isMark(_ index: Int, _ mark: String) -> Bool {
        index >= 0 && index < words.count && words[index].kind == .mark && words[index].lower == mark
    }

    func isSentenceEnd(_ index: Int) -> Bool {
        guard words[index].kind == .mark else { return false }
        let mark = words[index].lower
        return mark == "." && !(index > 0 && words[index - 1].lower.count == 1) || mark == "!" || mark == "?" || mark == ";"
    }

    // MARK: results

    var today: CivilDate { anchor.date }

    func result(_ first: Int, _ end: Int, _ interval: UTCInterval, _ precision: TimePrecision, timex: Timex? = nil) -> Match {
        Match(first: first, end: end, resolution: .resolved(NormalizedTime(
            interval: interval, precision: precision, text: "", zoneText: nil, zone: anchor.zone.identifier)),
              timex: timex ?? derivedTimex(interval, precision))
    }

    /// The TimeML value of a calendar interval read relative to the document date.
    private func derivedTimex(_ interval: UTCInterval, _ precision: TimePrecision) -> Timex {
        let start = anchor.localTime(of: interval.start)
        switch precision {
        case .minute, .hour: return Timex(.time, TimexValue.clock(start.date, secondOfDay: start.secondOfDay), anchoring: .document)
        case .partOfDay: return Timex(.time, TimexValue.day(start.date) + "T" + DayPart.code(startingAt: start.secondOfDay, length: interval.durationSeconds), anchoring: .document)
        case .day: return Timex(.date, TimexValue.day(start.date), anchoring: .document)
        case .week: return Timex(.date, TimexValue.week(start.date), anchoring: .document)
        case .month, .season: return Timex(.date, TimexValue.month(start.date), anchoring: .document)
        case .year, .decade: return Timex(.date, TimexValue.year(start.date.year), anchoring: .document)
        }
    }

    func day(_ first: Int, _ end: Int, _ date: CivilDate, part: (Int, Int)? = nil, modifier: Timex.Modifier? = nil) throws(TimelineError) -> Match {
        if let part {
            var match = result(first, end, try anchor.interval(from: date, part.0, to: date, part.1), .partOfDay)
            // `early Tuesday`, `late Tuesday` are parts of the day TimeML gives as the day with a modifier.
            if let modifier { match.timex = Timex(.date, TimexValue.day(date), modifier: modifier, anchoring: .document) }
            return match
        }
        return result(first, end, try anchor.interval(from: date, to: date.adding(days: 1)), .day)
    }

    func days(_ first: Int, _ end: Int, from start: CivilDate, to stop: CivilDate, _ precision: TimePrecision, modifier: Timex.Modifier? = nil) throws(TimelineError) -> Match {
        // `earlier next week`: words that name no stretch of time are reported, not placed.
        guard start < stop else { throw TimelineError(.unanchored, "names no stretch of time", text: "") }
        var match = result(first, end, try anchor.interval(from: start, to: stop), precision)
        match.timex.modifier = modifier
        return match
    }

    func mondayOfWeek(_ date: CivilDate) -> CivilDate { date.adding(days: -(date.weekday - 1)) }

    /// A part of a period: early, mid or late thirds, or the whole.
    func third(_ qualifier: String?, of start: CivilDate, to end: CivilDate) -> (CivilDate, CivilDate) {
        let length = end.daysSinceEpoch - start.daysSinceEpoch
        switch qualifier {
        case "early": return (start, start.adding(days: length / 3))
        case "mid": return (start.adding(days: length / 3), start.adding(days: 2 * length / 3))
        case "late": return (start.adding(days: 2 * length / 3), end)
        default: return (start, end)
        }
    }

    // MARK: patterns

    /// The patterns in order: sets, parts of years, decades and what counts from the expression
    /// before come first (`every Friday` is not `Friday`, `this year's third quarter` not `this
    /// year`); then days, clocks and named periods; then durations, years, months and references.
    private mutating func matchWords(at i: Int) throws(TimelineError) -> Match? {
        guard i < words.count else { return nil }
        if let match = try matchISO(at: i) { return match }
        if let match = matchSet(at: i) { return match }
        if let match = try matchYearPart(at: i) { return match }
        if let match = try matchDecade(at: i) { return match }
        if let match = try matchAnaphoric(at: i) { return match }
        if let match = try matchHoliday(at: i) { return match }
        if let match = try matchDay(at: i) { return match }
        if let match = matchDuration(at: i) { return match }
        if let match = try matchYear(at: i) { return match }
        if let month = month(i) { return try matchMonth(month, first: i, at: i, relation: nil) }
        if let relation = lower(i), ["this", "last", "next"].contains(relation), let month = month(i + 1) {
            return try matchMonth(month, first: i, at: i + 1, relation: relation)
        }
        return matchReference(at: i)
    }

    /// Days, clocks and the periods named from the document's date (`Tuesday`, `May 9`, `4 a.m.`, `last week`).
    private mutating func matchDay(at i: Int) throws(TimelineError) -> Match? {
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

let weekdayIndex: [String: Int] = {
    var table: [String: Int] = [:]
    for (index, name) in weekdayNames.enumerated() { table[name.lowercased()] = index + 1 }
    return table
}()

let monthIndex: [String: Int] = {
    var table: [String: Int] = [:]
    for (index, name) in WordLists.months.enumerated() {
        for form in [name.lowercased()] + WordLists.monthAbbreviations[index] { table[form] = index + 1 }
    }
    return table
}()
