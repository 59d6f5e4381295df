import Language

/// Months and parts of years (seasons, quarters, halves) and the builders of calendar periods; years, decades
/// and centuries are in `RelativeTime+Years.swift`, what counts from the expression before in `RelativeTime+Anaphora.swift`.
extension Matcher {
    /// A count written at `i`: digits (`48`), words (`five`, `twenty-four`, `twenty four`) or
    /// `a`/`an`, with the index after it.
    func count(at i: Int) -> (value: Int, end: Int)? {
        if let value = number(i), words[i].lower.count <= 3 { return (value, i + 1) }
        guard let word = lower(i) else { return nil }
        if word == "a" || word == "an" { return (1, i + 1) }
        guard let value = WordLists.cardinals[word] else { return nil }
        if value >= 20, value % 10 == 0 {
            let next = isMark(i + 1, "-") ? i + 2 : i + 1
            if let ones = lower(next).flatMap({ WordLists.cardinals[$0] }), ones < 10 { return (value + ones, next + 1) }
        }
        return (value, i + 1)
    }

    /// A year written as four digits (`1998`), with the index after it.
    func writtenYear(at i: Int, wide: Bool = false) -> Int? {
        guard let value = number(i), words[i].lower.count == 4 else { return nil }
        return (wide ? 1000...2199 : 1900...2099).contains(value) ? value : nil
    }

    // MARK: periods

    /// The stretch of calendar of `unit` holding `date`, as a match with its TimeML value.
    func period(_ first: Int, _ end: Int, holding date: CivilDate, _ unit: DurationUnit, anchoring: Timex.Anchoring) throws(TimelineError) -> Match {
        var match: Match
        switch unit {
        case .week:
            let monday = mondayOfWeek(date)
            match = try days(first, end, from: monday, to: monday.adding(days: 7), .week)
        case .month:
            match = try days(first, end, from: date.firstOfMonth, to: date.firstOfMonth(adding: 1), .month)
        case .year, .decade, .century:
            match = try yearMatch(first, end, date.year)
        case .quarter:
            let part = YearPart.quarter((date.month - 1) / 3 + 1)
            match = try partMatch(first, end, part, date.year)
        default:
            match = try day(first, end, date)
        }
        match.timex.anchoring = anchoring
        return match
    }

    func yearMatch(_ first: Int, _ end: Int, _ year: Int, modifier: Timex.Modifier? = nil) throws(TimelineError) -> Match {
        var start = CivilDate(unchecked: year, 1, 1)
        var stop = CivilDate(unchecked: year + 1, 1, 1)
        if let modifier { (start, stop) = third(modifier.qualifier, of: start, to: stop) }
        return try days(first, end, from: start, to: stop, .year, modifier: modifier)
    }

    func partMatch(_ first: Int, _ end: Int, _ part: YearPart, _ year: Int) throws(TimelineError) -> Match {
        let (start, stop) = part.interval(in: year)
        var match = try days(first, end, from: start, to: stop, .season)
        match.timex.value = TimexValue.part(year, part.code)
        return match
    }

    /// The year of a part of a year said without one: `last` the most recent one over, `this`
    /// the one under way (or this year's), `next` the first to come; otherwise the most recent
    /// to have begun, or the next in a sentence about the future.
    func year(of part: YearPart, relation: String?, at index: Int) -> Int {
        let candidates = (today.year - 2...today.year + 2).map { ($0, part.interval(in: $0)) }
        switch relation {
        case "last", "past", "previous":
            return candidates.last { $0.1.1 <= today }?.0 ?? today.year - 1
        case "this", "current":
            return candidates.first { $0.1.0 <= today && today < $0.1.1 }?.0 ?? today.year
        case "next", "coming":
            return candidates.first { $0.1.0 > today }?.0 ?? today.year + 1
        default:
            switch reading(at: index) {
            case .future: return candidates.first { $0.1.1 > today }?.0 ?? today.year
            case .past: return candidates.last { $0.1.0 <= today }?.0 ?? today.year
            case .nearest:
                // The one under way, else the one whose nearer end is closer to the anchor.
                func gap(_ range: (CivilDate, CivilDate)) -> Int {
                    today < range.0 ? range.0.daysSinceEpoch - today.daysSinceEpoch : today < range.1 ? 0 : today.daysSinceEpoch - range.1.daysSinceEpoch + 1
                }
                return candidates.min { gap($0.1) < gap($1.1) }?.0 ?? today.year
            }
        }
    }

    /// `the third quarter`, `third-quarter`, `the fiscal first quarter of 1998`, `this year's second
    /// half`, `last fall`, `the summer of 2016`, `spring 2000`, `the quarter`, `the year-ago quarter`.
    func matchYearPart(at i: Int) throws(TimelineError) -> Match? {
        var cursor = i
        var determined = false
        var relation: String?
        var year: Int?
        var yearAgo = false
        /// Whether the year is written out (`1998`), not said from the document's (`this year's`, `of the year`).
        var yearWritten = false
        var modifier: Timex.Modifier?
        if lower(cursor) == "the" {
            cursor += 1
            determined = true
        }
        // What may stand before the part: `fiscal`, `this year's`, `1998's`, `the 1998`, `current`, `year-ago`.
        while let word = lower(cursor) ?? (number(cursor) != nil ? words[cursor].lower : nil) {
            if word == "fiscal" || word == "calendar" || word == "same" {
                cursor += 1
            } else if ["this", "last", "next"].contains(word), lower(cursor + 1) == "year", lower(cursor + 2) == "s" || lower(cursor + 2) == "'s" {
                year = today.year + (word == "last" ? -1 : word == "next" ? 1 : 0)
                cursor += 3
            } else if let written = writtenYear(at: cursor) {
                year = written
                yearWritten = true
                cursor += lower(cursor + 1) == "s" || lower(cursor + 1) == "'s" ? 2 : 1
            } else if ["this", "last", "next", "current", "latest", "past", "previous", "coming", "recent"].contains(word) {
                relation = word
                cursor += 1
            } else if word == "most", lower(cursor + 1) == "recent" {
                relation = "latest"
                cursor += 2
            } else if word == "year", isMark(cursor + 1, "-"), let after = lower(cursor + 2), after == "ago" || after == "earlier" {
                yearAgo = true
                cursor += 3
            } else if let q = Timex.Modifier(qualifier: word), ["early", "mid", "late"].contains(word) {
                modifier = q
                cursor += isMark(cursor + 1, "-") ? 2 : 1
            } else {
                break
            }
        }
        var part: YearPart?
        var end = cursor + 1
        // `the last half of 1989`, `the latter half of the year`, `the first two quarters of 1990`: halves
        // said another way, taken only with the year they divide (`the last two quarters` alone is a span).
        var needsYear = false
        let halves: (half: Int, end: Int)? = switch (relation, lower(cursor), lower(cursor + 1), lower(cursor + 2)) {
        case ("last", "half", _, _): (2, cursor + 1)
        case (nil, "latter", "half", _): (2, cursor + 2)
        case ("last", "two", "quarters", _): (2, cursor + 2)
        case (nil, "first", "two", "quarters"): (1, cursor + 3)
        default: nil
        }
        if let halves {
            part = .half(halves.half)
            relation = nil
            end = halves.end
            needsYear = true
        } else if let word = lower(cursor), let code = YearPart.seasons[word] {
            part = .season(code)
        } else if let word = lower(cursor), let ordinal = WordLists.ordinals[word] ?? words[cursor].dayOfMonth.flatMap({ words[cursor].kind == .word ? $0 : nil }) {
            let unitAt = isMark(cursor + 1, "-") ? cursor + 2 : cursor + 1
            switch lower(unitAt) {
            case "quarter" where (1...4).contains(ordinal): part = .quarter(ordinal)
            case "half" where (1...2).contains(ordinal): part = .half(ordinal)
            default: return nil
            }
            end = unitAt + 1
        } else if let word = lower(cursor), word == "quarter" || word == "period" {
            // `the quarter`, `the latest period`: the quarter last spoken of, else the last one over.
            guard determined || relation != nil || year != nil || yearAgo, word == "quarter" || relation != nil || year != nil || yearAgo else { return nil }
            if case .quarter? = reference?.part, let reference, relation != "this", relation != "current", relation != "next" {
                let shift = yearAgo ? 1 : 0
                part = reference.part
                year = (year ?? reference.start.year) - shift
            } else {
                let current = (today.month - 1) / 3 + 1
                let step = relation == "this" || relation == "current" ? 0 : relation == "next" ? 1 : -1
                let index = today.year * 4 + current - 1 + step - (yearAgo ? 4 : 0)
                part = .quarter(index.floorModulo(4) + 1)
                year = year ?? index.floorDivided(by: 4)
            }
        } else {
            return nil
        }
        guard var part else { return nil }
        // A season word needs a determiner, a relation, a year or a preposition (`fall` alone is a verb).
        if case .season = part, !determined, relation == nil, year == nil, modifier == nil {
            let before = i > 0 ? lower(i - 1) : nil
            let yearAt = lower(end) == "of" ? end + 1 : end
            let after = writtenYear(at: yearAt) ?? spelledYear(at: yearAt)?.0
            guard after != nil || ["in", "during", "since", "until", "by", "through", "this", "last", "next", "every", "each"].contains(before ?? "") else { return nil }
        }
        // After it: `of 1998`, `of fiscal 1998`, `of this year`, `1998`.
        if lower(end) == "of" {
            let at = lower(end + 1) == "fiscal" ? end + 2 : end + 1
            if let written = writtenYear(at: at) {
                year = written
                yearWritten = true
                end = at + 1
            } else if let (spelled, after) = spelledYear(at: at) {
                year = spelled
                yearWritten = true
                end = after
            } else if let word = lower(at), ["this", "last", "next"].contains(word), lower(at + 1) == "year" {
                year = today.year + (word == "last" ? -1 : word == "next" ? 1 : 0)
                end = at + 2
            } else if lower(at) == "the", lower(at + 1) == "year" {
                year = year ?? today.year
                end = at + 2
            } else if case .season = part {
                // `the fall of the 16th Division`, `the spring of revolt`: of anything but a year, no season.
                return nil
            }
        } else if let written = writtenYear(at: end) {
            year = written
            yearWritten = true
            end += 1
        }
        if needsYear, year == nil { return nil }
        if case .quarter = part, year == nil, relation == nil, yearAgo, let reference, case .quarter? = reference.part {
            part = reference.part!
            year = reference.start.year - 1
        }
        let chosen = year ?? self.year(of: part, relation: relation, at: i)
        var match = try partMatch(i, end, part, yearAgo && year == nil ? chosen - 1 : chosen)
        match.timex.modifier = modifier
        match.timex.anchoring = yearWritten && relation == nil && !yearAgo ? .none : yearAgo ? .previous : .document
        match.setsReference = !yearAgo
        return match
    }

    /// A month named alone (`in October`, `last March`, `January this year`, `March of last year`).
    func matchMonth(_ month: Int, first: Int, at i: Int, relation: String?) throws(TimelineError) -> Match? {
        // A capitalised month word opening a sentence and followed by no date is taken for a word
        // (`May I ...`, `March organisers said`).
        let opensSentence = i == 0 || isSentenceEnd(i - 1) || words[i - 1].kind == .mark && words[i - 1].lower != ","
        if opensSentence, relation == nil, first == i { return nil }
        var end = i + 1
        var year: Int?
        let at = lower(end) == "of" ? end + 1 : end
        if let word = lower(at), ["this", "last", "next"].contains(word), lower(at + 1) == "year" {
            year = today.year + (word == "last" ? -1 : word == "next" ? 1 : 0)
            end = at + 2
        }
        // `last Oct. 23`, `next March 3`: the day, the last or next of its name.
        if let relation, relation != "this", let day = dayOfMonth(end), !(isMark(end + 1, ",") && number(end + 2) != nil) {
            let candidates = (today.year - 1...today.year + 1).compactMap { CivilDate(year: $0, month: month, day: day) }
            if let date = pick(candidates, relation == "last" ? .past : .future) {
                return try self.day(first, end + 1, date)
            }
        }
        let chosen: Int
        switch relation {
        case "last": chosen = month < today.month ? today.year : today.year - 1
        case "next": chosen = month > today.month ? today.year : today.year + 1
        case "this": chosen = today.year
        default: chosen = year ?? pickYear(month: month, at: i)
        }
        let start = CivilDate(unchecked: year ?? chosen, month, 1)
        return try days(first, end, from: start, to: start.firstOfMonth(adding: 1), .month)
    }
}

extension Timex.Modifier {
    /// The word ``Matcher/third(_:of:to:)`` reads.
    var qualifier: String? {
        switch self {
        case .start: "early"
        case .mid: "mid"
        case .end: "late"
        default: nil
        }
    }
}

extension String {
    /// Two digits at least (`08`, `19`).
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
