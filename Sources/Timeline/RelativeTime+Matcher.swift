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

    private static let strongFutureCues: Set<String> = [
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

    /// Words no pattern starts with: everything but numbers, `'` (`'79`), words opening with a
    /// digit (`1990s`, `31st`) and the words below. Checked first, so that ordinary words cost one lookup.
    static let openingWords: Set<String> = {
        var words: Set<String> = [
            "overnight", "tonight", "today", "yesterday", "tomorrow", "this", "last", "next", "earlier", "early", "late",
            "mid", "on", "in", "recently", "noon", "midday", "midnight", "the", "a", "an", "every", "each", "once", "twice",
            "these", "those", "that", "fiscal", "calendar", "same", "current", "latest", "recent", "most", "year",
            // Not openers, but what may follow one (`the future`, `the full year`, `the weekend`).
            "future", "near", "distant", "full", "whole", "entire", "weekend", "period", "comparable", "corresponding",
            "morning", "afternoon", "evening", "night",
        ]
        words.formUnion(weekdayIndex.keys)
        words.formUnion(weekdayIndex.keys.map { $0 + "s" })
        words.formUnion(monthIndex.keys)
        words.formUnion(WordLists.cardinals.keys)
        words.formUnion(WordLists.ordinals.keys)
        words.formUnion(YearPart.seasons.keys)
        words.formUnion(DurationUnit.allCases.map(\.rawValue) + DurationUnit.allCases.map { $0.rawValue + "s" } + ["centuries"])
        words.formUnion(setAdverbs.keys)
        words.formUnion(referenceAdverbs.keys)
        words.formUnion(vagueCounts)
        words.formUnion(spanWords)
        return words
    }()

    /// Whether any pattern may start at word `index` (see ``openingWords``); the commonest
    /// openers (`the`, `a`, `in`, `on`, `that`, `this`) only before another word that may.
    func mayOpen(at index: Int) -> Bool {
        let word = words[index]
        switch word.kind {
        case .number: return true
        case .mark: return word.lower == "'" || word.lower == "’"
        case .word:
            if let first = word.lower.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") { return true }
            guard Self.openingWords.contains(word.lower) else { return false }
            if Self.leadingWords.contains(word.lower) { return index + 1 < words.count && mayOpen(at: index + 1) }
            return true
        }
    }

    /// Openers that make no expression alone (`a` does in `a year`, whose second word opens too).
    private static let leadingWords: Set<String> = ["the", "a", "an", "in", "on", "that", "this"]

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

    /// Whether the sentence around `index` speaks of the future; `near` limits the look to the
    /// five words before (a weekday or a clock belongs to its own clause, a month to its sentence).
    func futureCue(around index: Int, near: Bool = false) -> Bool {
        var start = index
        while start > 0, !isSentenceEnd(start - 1), !near || index - start < 5 { start -= 1 }
        var end = index
        while end < words.count, !isSentenceEnd(end), !near || end - index < 1 { end += 1 }
        for word in words[start..<end] where word.kind == .word {
            if Self.strongFutureCues.contains(word.lower) { return true }
        }
        // Beyond the words that say so, the sentence's grammar decides (the caller's tagger knows its verbs' tense).
        return tense == .future
    }

    /// The reading at word `index`: from its clause's tense when the caller gives clauses (future
    /// ahead, past back, present or none the nearer); else from the words around it.
    func reading(at index: Int, near: Bool = false) -> Reading {
        if let tenseAt {
            switch tenseAt(words[index].range.lowerBound) {
            case .future: return .future
            case .past: return .past
            case .present, nil: return .nearest
            }
        }
        return futureCue(around: index, near: near) ? .future : .past
    }

    /// Of dates before and after the anchor, the one `reading` picks (the earlier on a tie).
    ///
    /// In the past tense, a date up to `ahead` days after the anchor is still read ahead: news
    /// tells in the past what was set for a coming day (`declared a dividend payable Dec. 15`,
    /// `extended to Nov. 16`) far more often than it names without a year a day almost a year back.
    func pick(_ candidates: [CivilDate], _ reading: Reading, ahead: Int = 0) -> CivilDate? {
        switch reading {
        case .past:
            if ahead > 0, let next = candidates.filter({ $0 > today }).min(), next.daysSinceEpoch - today.daysSinceEpoch <= ahead {
                return next
            }
            return candidates.filter { $0 <= today }.max()
        case .future: return candidates.filter { $0 >= today }.min()
        case .nearest: return candidates.min { abs($0.daysSinceEpoch - today.daysSinceEpoch) < abs($1.daysSinceEpoch - today.daysSinceEpoch) }
        }
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

    /// The most recent `weekday` on or before the anchor's day, or the next on or after it.
    func date(ofWeekday weekday: Int, future: Bool, strictly: Bool = false) -> CivilDate {
        let difference = (today.weekday - weekday + 7) % 7
        if future {
            let ahead = (weekday - today.weekday + 7) % 7
            return today.adding(days: ahead == 0 && strictly ? 7 : ahead)
        }
        return today.adding(days: -(difference == 0 && strictly ? 7 : difference))
    }

    /// The `weekday` a reading picks: the most recent (the anchor's day included), the next, or the nearer.
    func weekdayDate(_ weekday: Int, _ reading: Reading) -> CivilDate {
        let back = date(ofWeekday: weekday, future: false)
        let ahead = date(ofWeekday: weekday, future: true)
        switch reading {
        case .past: return back
        case .future: return ahead
        case .nearest: return ahead.daysSinceEpoch - today.daysSinceEpoch < today.daysSinceEpoch - back.daysSinceEpoch ? ahead : back
        }
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
        if let match = matchSet(at: i) { return match }
        if let match = try matchYearPart(at: i) { return match }
        if let match = try matchDecade(at: i) { return match }
        if let match = try matchAnaphoric(at: i) { return match }
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
            if number(i + 1) != nil || dayOfMonth(i + 1) != nil || (i + 1 < words.count && words[i + 1].clock != nil) {
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
        let date = weekdayDate(weekday, reading(at: i, near: true))
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

    /// The year of a month written without one: the most recent, or the next in a sentence about
    /// the future; with no tense known, the nearer of the two (a month up to six months ahead is this year's).
    func pickYear(month: Int, at index: Int) -> Int {
        if tenseAt != nil {
            let candidates = (today.year - 1...today.year + 1).map { CivilDate(unchecked: $0, month, 1) }
            let reading = reading(at: index)
            // A month is under way through its last day: `in May` said on 20 May is this May.
            let middle = candidates.map { $0.adding(days: reading == .past ? 0 : 14) }
            return pick(middle, reading, ahead: 62)?.year ?? today.year
        }
        let afterAnchor = month > today.month
        if tense == nil, afterAnchor, !futureCue(around: index) {
            return month - today.month <= 6 ? today.year : today.year - 1
        }
        if futureCue(around: index) {
            return month >= today.month ? today.year : today.year + 1
        }
        return afterAnchor ? today.year - 1 : today.year
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
        if let year = number(i + 1), words[i + 1].lower.count == 4, (1900...2100).contains(year) {
            let start = CivilDate(unchecked: year, month, 1)
            var match = try days(first, i + 2, from: start, to: start.firstOfMonth(adding: 1), .month)
            match.timex.anchoring = .none
            return match
        }
        return nil
    }

    private func dated(year: Int?, month: Int, day: Int, first: Int, end: Int, at i: Int) throws(TimelineError) -> Match {
        var chosenYear = year ?? today.year
        if year == nil, tenseAt != nil {
            let candidates = (today.year - 1...today.year + 1).compactMap { CivilDate(year: $0, month: month, day: day) }
            chosenYear = pick(candidates, reading(at: i), ahead: 90)?.year ?? today.year
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

    /// `9 May 2023`, `4 a.m.`, `4:30 p.m.`, `three days ago`.
    private func matchNumber(at i: Int, first: Int? = nil) throws(TimelineError) -> Match? {
        let first = first ?? i
        if let (hour, minute) = words[i].clock { return try matchClock(hour, minute: minute, first: first, at: i) }
        if let day = dayOfMonth(i), words[i].kind == .word, let month = month(i + 1) {
            return try dated(year: number(i + 2).flatMap { words[i + 2].lower.count == 4 ? $0 : nil }, month: month, day: day,
                             first: first, end: i + (number(i + 2).map { _ in words[i + 2].lower.count == 4 ? 3 : 2 } ?? 2), at: i)
        }
        guard let value = number(i) else { return nil }
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

    /// A clock read from the words at `i`: `4 a.m.`, `4:30 p.m.`, `4pm`, `noon`, `midnight`, and
    /// a 24-hour `14:05` or `0830` when a zone follows; then the zone as written (`9 a.m. EST`),
    /// with the index after it.
    struct ClockReading {
        var second: Int
        var minutesWritten: Bool
        var end: Int
        var zone: ZoneDesignator? = nil
        var zoneText: String? = nil
    }

    func clockReading(at i: Int) throws(TimelineError) -> ClockReading? {
        guard i < words.count else { return nil }
        var reading: ClockReading
        if let word = lower(i), word == "noon" || word == "midday" || word == "midnight" {
            reading = ClockReading(second: word == "midnight" ? 86_400 : 12 * 3600, minutesWritten: false, end: i + 1)
        } else if number(i) == 12, let word = lower(i + 1), word == "noon" || word == "midnight" {
            reading = ClockReading(second: word == "midnight" ? 86_400 : 12 * 3600, minutesWritten: false, end: i + 2)
        } else {
            let written: (hour: Int, minute: Int?)
            if let (hour, minute) = words[i].clock { written = (hour, minute) } else if let value = number(i) { written = (value, nil) } else { return nil }
            if let half = lower(i + 1), ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].contains(half) {
                let minute = written.minute ?? 0
                guard (1...12).contains(written.hour), minute < 60 else {
                    throw TimelineError(.impossibleTime, "\(written.hour) is not an hour on a 12-hour clock", text: "")
                }
                let hour = written.hour % 12 + (half.hasPrefix("p") ? 12 : 0)
                reading = ClockReading(second: hour * 3600 + minute * 60, minutesWritten: written.minute != nil, end: i + 2)
            } else {
                // `14:05 GMT`, `0830 GMT`: a 24-hour clock is a time in running text only with its zone.
                var hour = written.hour, minute = written.minute ?? 0
                if written.minute == nil {
                    guard words[i].lower.count == 4 else { return nil }
                    (hour, minute) = (written.hour / 100, written.hour % 100)
                }
                // `at 14:05`: a clock with its colon after a preposition of time is one too.
                let afterPreposition = written.minute != nil && i > 0 && ["at", "by", "around", "until", "till", "from", "before", "after", "about"].contains(lower(i - 1) ?? "")
                guard hour < 24, minute < 60, afterPreposition || zoneWord(at: i + 1) != nil else { return nil }
                reading = ClockReading(second: hour * 3600 + minute * 60, minutesWritten: true, end: i + 1)
            }
        }
        if let zone = zoneWord(at: reading.end) {
            reading.zone = zone
            reading.zoneText = words[reading.end].lower.uppercased()
            reading.end += 1
        }
        return reading
    }

    /// A zone abbreviation written in capitals (`EST`, `GMT`); an ambiguous one takes its default reading.
    private func zoneWord(at i: Int) -> ZoneDesignator? {
        guard i < words.count, words[i].kind == .word, words[i].isCapitalized, (2...5).contains(words[i].lower.utf8.count) else { return nil }
        let written = words[i].lower.uppercased()
        return ZoneDesignator.abbreviations[written] ?? ZoneDesignator.ambiguousAbbreviations[written]?.readings.first
    }

    /// The clock reading on `date`, to the minute or the hour as written, in the zone written with
    /// it or else the anchor's; midnight is the end of the day (TimeML's `T24:00`).
    func timeOfDay(_ first: Int, _ end: Int, _ date: CivilDate, _ clock: ClockReading) throws(TimelineError) -> Match {
        let zone = clock.zone ?? anchor.zone
        let day = clock.second >= 86_400 ? date.adding(days: 1) : date
        let start = try zone.resolve(LocalDateTime(date: day, secondOfDay: clock.second % 86_400)).instant
        let length: Int64 = clock.minutesWritten ? 60 : 3600
        var match = result(first, end, UTCInterval(start: start, end: start.adding(seconds: length)), clock.minutesWritten ? .minute : .hour)
        if case .resolved(var time) = match.resolution, let zoneText = clock.zoneText {
            time.zoneText = zoneText
            time.zone = zone.identifier
            match.resolution = .resolved(time)
        }
        let hour = clock.second / 3600, minute = clock.second / 60 % 60
        match.timex.value = date.iso8601 + "T" + String(format2: hour) + ":" + String(format2: minute)
        return match
    }

    /// A clock in running text, on the anchor's day, or the day before if that is still to come;
    /// on the day written after it (`8 a.m. Thursday`, `5 p.m. EST, Nov. 9`, `noon on Friday`) when there is one.
    private func matchClock(_ hourValue: Int, minute written: Int?, first: Int, at i: Int) throws(TimelineError) -> Match? {
        guard let clock = try clockReading(at: i) else { return nil }
        let reading = reading(at: i, near: true)
        let future = reading == .future
        var dayStart = clock.end
        if isMark(dayStart, ",") { dayStart += 1 }
        if lower(dayStart) == "on" { dayStart += 1 }
        if let weekday = weekday(dayStart) {
            return try timeOfDay(first, dayStart + 1, weekdayDate(weekday, reading), clock)
        }
        if let month = month(dayStart), let day = dayOfMonth(dayStart + 1), words[dayStart + 1].lower.count <= 4 {
            // `7:26 a.m. ET, May 31, 2023`: the year when written, else as a date without one is read.
            let year = isMark(dayStart + 2, ",") ? writtenYear(at: dayStart + 3, wide: true) : nil
            let end = year == nil ? dayStart + 2 : dayStart + 4
            if case .resolved(let time)? = try? dated(year: year, month: month, day: day, first: first, end: end, at: dayStart).resolution {
                return try timeOfDay(first, end, anchor.localTime(of: time.start).date, clock)
            }
        }
        if let word = lower(dayStart), let shift = ["today": 0, "yesterday": -1, "tomorrow": 1][word] {
            return try timeOfDay(first, dayStart + 1, today.adding(days: shift), clock)
        }
        // `on Thursday, with polls opening at 7 a.m.`: the day named before it in its sentence.
        if let reference, reference.precision <= .day, reference.end <= i, !(reference.end..<i).contains(where: isSentenceEnd) {
            return try timeOfDay(first, clock.end, reference.start, clock)
        }
        var date = today
        if !future && clock.second > anchor.local.secondOfDay { date = today.adding(days: -1) }
        if future && clock.second < anchor.local.secondOfDay { date = today.adding(days: 1) }
        return try timeOfDay(first, clock.end, date, clock)
    }

    /// `3 days ago`, `two weeks ago`.
    func matchAgo(_ count: Int, first: Int, at i: Int) throws(TimelineError) -> Match? {
        guard let unit = lower(i), lower(i + 1) == "ago" else { return nil }
        switch unit {
        case "day", "days":
            return try day(first, i + 2, today.adding(days: -count))
        case "week", "weeks":
            let start = mondayOfWeek(today.adding(days: -7 * count))
            return try days(first, i + 2, from: start, to: start.adding(days: 7), .week)
        case "month", "months":
            let start = today.firstOfMonth(adding: -count)
            return try days(first, i + 2, from: start, to: start.firstOfMonth(adding: 1), .month)
        case "year", "years":
            return try days(first, i + 2, from: CivilDate(unchecked: today.year - count, 1, 1), to: CivilDate(unchecked: today.year - count + 1, 1, 1), .year)
        default:
            return nil
        }
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
