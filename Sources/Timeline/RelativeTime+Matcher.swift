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
    /// For a duration, its length as written.
    var span: TimeSpan?

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

    /// The last date or time read, which anaphoric expressions (`the next day`, `a year earlier`) count from.
    var reference: Reference?

    struct Reference {
        var start: CivilDate
        var precision: TimePrecision
        var part: YearPart?
        /// The word after it: a clock later in the same sentence is on its day.
        var end: Int
        /// The last day a part of a day reaches when it runs past midnight (`overnight`), else nil.
        var lastDay: CivilDate? = nil
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
