import Language

/// Years, parts of years, decades and centuries, and what counts from the expression before
/// (`the next day`, `a year earlier`): the calendar periods beyond days and clocks.
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

    /// What the anaphoric expressions count from: the last date read, or the document's day.
    var base: (date: CivilDate, anchoring: Timex.Anchoring) {
        reference.map { ($0.start, .previous) } ?? (today, .document)
    }

    /// A match counted from the expression before, left unplaced when there was none and the
    /// caller reads sentence by sentence (the incident reader keeps the story's time itself).
    func anaphoric(_ match: Match) -> Match {
        guard reference == nil, !anchorsAnaphora else { return match }
        var unplaced = match
        unplaced.resolution = .unresolved("counts from a time told before it")
        return unplaced
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
        if let word = lower(cursor), let code = YearPart.seasons[word] {
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
                end = at + 1
            } else if let (spelled, after) = spelledYear(at: at) {
                year = spelled
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
            end += 1
        }
        if case .quarter = part, year == nil, relation == nil, yearAgo, let reference, case .quarter? = reference.part {
            part = reference.part!
            year = reference.start.year - 1
        }
        let chosen = year ?? self.year(of: part, relation: relation, at: i)
        var match = try partMatch(i, end, part, yearAgo && year == nil ? chosen - 1 : chosen)
        match.timex.modifier = modifier
        match.timex.anchoring = year != nil && relation == nil && !yearAgo ? .none : yearAgo ? .previous : .document
        match.setsReference = !yearAgo
        return match
    }

    /// `the 1990s`, `the '90s`, `the 1800s` (a century), `the 19th century`, `the nineteenth century`, `early 1990s`.
    func matchDecade(at i: Int) throws(TimelineError) -> Match? {
        var cursor = i
        if lower(cursor) == "the" { cursor += 1 }
        var modifier: Timex.Modifier?
        if let word = lower(cursor), ["early", "mid", "late"].contains(word) {
            modifier = Timex.Modifier(qualifier: word)
            cursor += isMark(cursor + 1, "-") ? 2 : 1
        }
        if isMark(cursor, "'") || isMark(cursor, "’") { cursor += 1 }
        guard let word = lower(cursor) ?? (cursor < words.count ? words[cursor].lower : nil) else { return nil }
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        var start: Int
        var length: Int
        var value: String
        var end = cursor + 1
        if word.count == digits.count + 1, word.hasSuffix("s"), digits.count == 4 || digits.count == 2, var first = Int(digits) {
            if digits.count == 2 { first += today.year / 100 * 100 - (first > today.year % 100 + 5 ? 100 : 0) }
            guard first % 10 == 0 else { return nil }
            if first % 100 == 0, digits.count == 4 {
                (start, length, value) = (first, 100, String(first / 100))
            } else {
                (start, length, value) = (first, 10, String(first / 10))
            }
        } else if lower(cursor + 1) == "century", let ordinal = WordLists.ordinals[word] ?? words[cursor].dayOfMonth.flatMap({ words[cursor].kind == .word ? $0 : nil }) {
            (start, length, value) = ((ordinal - 1) * 100, 100, String(format2: ordinal - 1))
            end = cursor + 2
        } else {
            return nil
        }
        guard start >= 0 else { return nil }
        var from = CivilDate(unchecked: start, 1, 1)
        var to = CivilDate(unchecked: start + length, 1, 1)
        if let modifier { (from, to) = third(modifier.qualifier, of: from, to: to) }
        var match = try days(i, end, from: from, to: to, .decade, modifier: modifier)
        match.timex.value = value
        // `the '90s` takes its century from the document's date; `the 1990s` and `the 19th century` say theirs.
        match.timex.anchoring = digits.count == 2 && end == cursor + 1 ? .document : .none
        return match
    }

    /// `2014`, `fiscal 1989`, `fiscal year 1990`, `the year 2000`, `'79`, `early 2014`, `mid-2016`.
    func matchYear(at i: Int) throws(TimelineError) -> Match? {
        var cursor = i
        var modifier: Timex.Modifier?
        if let word = lower(cursor), ["early", "mid", "late"].contains(word) {
            modifier = Timex.Modifier(qualifier: word)
            cursor += isMark(cursor + 1, "-") ? 2 : 1
        }
        if lower(cursor) == "the", lower(cursor + 1) == "year" { cursor += 2 }
        if lower(cursor) == "fiscal" { cursor += lower(cursor + 1) == "year" ? 2 : 1 }
        if isMark(cursor, "'") || isMark(cursor, "’"), let two = number(cursor + 1), words[cursor + 1].lower.count == 2, !words[cursor + 1].spaceBefore {
            let century = today.year / 100 * 100
            let year = century + two - (two > today.year % 100 + 5 ? 100 : 0)
            var match = try yearMatch(i, cursor + 2, year, modifier: modifier)
            match.timex.anchoring = .document
            return match
        }
        if let (year, end) = spelledYear(at: cursor) {
            var match = try yearMatch(i, end, year, modifier: modifier)
            match.timex.anchoring = .none
            return match
        }
        let previous = i > 0 ? words[i - 1].lower : ""
        guard let year = writtenYear(at: cursor, wide: ["in", "since", "of", "by", "until", "from", "to", "between", "and", "before", "after"].contains(previous)) else { return nil }
        // A figure, not a year: `$2000`, `2000 percent`.
        if ["$", "€", "£", "#"].contains(previous) || ["%", "percent", "per"].contains(lower(cursor + 1) ?? words[min(cursor + 1, words.count - 1)].lower) {
            return nil
        }
        var match = try yearMatch(i, cursor + 1, year, modifier: modifier)
        match.timex.anchoring = .none
        return match
    }

    /// A year said in words, as broadcast transcripts write it: `nineteen ninety-four`,
    /// `two thousand`, `two thousand and one`, `twenty twenty-two`; with the index after it.
    func spelledYear(at i: Int) -> (Int, Int)? {
        guard let first = lower(i), let hundreds = WordLists.cardinals[first] else { return nil }
        if first == "two", lower(i + 1) == "thousand" {
            var end = i + 2
            if lower(end) == "and" { end += 1 }
            if let (rest, after) = spelledBelowHundred(at: end) { return (2000 + rest, after) }
            return lower(i - 1) == "year" || lower(i - 1) == "in" ? (2000, i + 2) : nil
        }
        // `nineteen ninety-four`: a century (ten to twenty-one) and a tens word, not `ten ten`.
        guard (10...21).contains(hundreds), let next = lower(i + 1), let tens = WordLists.cardinals[next], tens >= 20, tens % 10 == 0,
              let (rest, after) = spelledBelowHundred(at: i + 1) else { return nil }
        return (hundreds * 100 + rest, after)
    }

    /// `ninety-four`, `ninety four`, `seventy`: a number below a hundred in words, with the index after it.
    private func spelledBelowHundred(at i: Int) -> (Int, Int)? {
        guard let word = lower(i), let value = WordLists.cardinals[word] else { return nil }
        if value >= 20, value % 10 == 0 {
            let next = isMark(i + 1, "-") ? i + 2 : i + 1
            if let ones = lower(next).flatMap({ WordLists.cardinals[$0] }), ones < 10 { return (value + ones, next + 1) }
        }
        return (value, i + 1)
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

    // MARK: counted from the expression before

    /// `the next day`, `the following week`, `the previous year`, `the day before`, `that day`,
    /// `the same day`, `two days later`, `a year earlier`, `year-earlier`.
    func matchAnaphoric(at i: Int) throws(TimelineError) -> Match? {
        // `a weekend attack`: the weekend as a modifier of the noun after it is the weekend the story is in, as `the
        // weekend` is (`a weekend of talks`, `a weekend away` are no day).
        if lower(i) == "a", lower(i + 1) == "weekend", let next = lower(i + 2), next.allSatisfy(\.isLetter),
           !["of", "in", "at", "on", "to", "for", "with", "away", "and", "or", "that", "when", "before", "after"].contains(next) {
            let saturday = weekdayDate(6, reading(at: i + 1, near: true))
            var match = try days(i, i + 2, from: saturday, to: saturday.adding(days: 2), .week)
            match.timex.value = TimexValue.week(saturday) + "-WE"
            return match
        }
        var cursor = i
        var determiner: String?
        if let word = lower(cursor), ["the", "that", "this"].contains(word) {
            determiner = word
            cursor += 1
        }
        if determiner == "the", let word = lower(cursor), let unit = lower(cursor + 1).flatMap(DurationUnit.named),
           !unit.isClock, !(lower(cursor + 1) ?? "").hasSuffix("s") {
            let step: Int? = switch word {
            case "next", "following", "subsequent": 1
            case "previous", "preceding", "prior": -1
            case "same": 0
            default: nil
            }
            if let step {
                let (date, anchoring) = base
                return anaphoric(try period(i, cursor + 2, holding: shifted(date, by: step, unit), unit, anchoring: anchoring))
            }
        }
        // `the previous Friday`, `the following Monday`, `this coming Sunday`: counted from the day before.
        if determiner == "the" || determiner == "this", let word = lower(cursor),
           let weekday = weekday(cursor + 1),
           ["previous", "following", "next", "coming"].contains(word), determiner == "the" || word == "coming" {
            let (date, anchoring) = word == "coming" ? (today, .document) : base
            let back = word == "previous"
            var day = date.adding(days: back ? -1 : 1)
            while day.weekday != weekday { day = day.adding(days: back ? -1 : 1) }
            let match = try period(i, cursor + 2, holding: day, .day, anchoring: anchoring)
            return word == "coming" ? match : anaphoric(match)
        }
        if determiner == "the", let unit = lower(cursor).flatMap(DurationUnit.named), [.day, .week, .month, .year].contains(unit),
           let word = lower(cursor + 1), word == "before" || word == "after",
           cursor + 2 >= words.count || words[cursor + 2].kind == .mark {
            let (date, anchoring) = base
            return anaphoric(try period(i, cursor + 2, holding: shifted(date, by: word == "before" ? -1 : 1, unit), unit, anchoring: anchoring))
        }
        // `the year`, `the current fiscal year`, `the full year`: the document's year.
        if determiner == "the" {
            var at = cursor
            while let word = lower(at), ["current", "full", "fiscal", "calendar", "whole", "entire"].contains(word) { at += 1 }
            if lower(at) == "year", !(lower(at + 1).map { ["before", "after", "earlier", "ago", "later"].contains($0) } ?? false), !isMark(at + 1, "-"),
               writtenYear(at: at + 1) == nil, spelledYear(at: at + 1) == nil {
                var match = try yearMatch(i, at + 1, today.year)
                match.timex.anchoring = .document
                return match
            }
            // `the end of the month`, `later in the week`: the document's month or week.
            if let word = lower(cursor), word == "month" || word == "week",
               !(lower(cursor + 1).map { ["before", "after", "earlier", "ago", "later"].contains($0) } ?? false), !isMark(cursor + 1, "-") {
                return try period(i, cursor + 1, holding: today, word == "month" ? .month : .week, anchoring: .document)
            }
            if lower(cursor) == "weekend" {
                let saturday = weekdayDate(6, reading(at: cursor, near: true))
                var match = try days(i, cursor + 1, from: saturday, to: saturday.adding(days: 2), .week)
                match.timex.value = TimexValue.week(saturday) + "-WE"
                return match
            }
        }
        if determiner == "that", let unit = lower(cursor).flatMap(DurationUnit.named), [.day, .week, .month, .year].contains(unit), lower(cursor)?.hasSuffix("s") == false {
            let (date, anchoring) = base
            return anaphoric(try period(i, cursor + 1, holding: date, unit, anchoring: anchoring))
        }
        guard determiner == nil else { return nil }
        // `two days later`, `a year earlier`, `year-earlier`.
        var counted: (value: Int, end: Int)?
        if lower(i) == "year", isMark(i + 1, "-") { counted = (1, i) } else { counted = count(at: i) }
        guard let (value, unitAt) = counted else { return nil }
        let unitIndex = isMark(unitAt, "-") ? unitAt + 1 : unitAt
        guard let unit = lower(unitIndex).flatMap(DurationUnit.named), !unit.isClock else { return nil }
        let directionAt = isMark(unitIndex + 1, "-") ? unitIndex + 2 : unitIndex + 1
        let quarterBefore: Bool = if case .quarter? = reference?.part { true } else { false }
        guard let direction = lower(directionAt),
              direction == "later" || direction == "earlier" || (direction == "ago" && unit == .year && (lower(i) == "year" || quarterBefore))
        else { return nil }
        let (date, anchoring) = base
        let step = direction == "later" ? value : -value
        // A year before a quarter is that quarter a year before (`sales rose from a year earlier`).
        var match: Match
        if unit == .year, let reference, case .quarter? = reference.part {
            match = try partMatch(i, directionAt + 1, reference.part!, reference.start.year + step)
            match.timex.anchoring = .previous
        } else if unit == .year, direction != "ago", let reference, reference.precision == .day || reference.precision == .month {
            // A year before a day or a month is that day or month a year before (`in May ... than a year earlier`).
            let grain: DurationUnit = reference.precision == .day ? .day : .month
            match = try period(i, directionAt + 1, holding: shifted(reference.start, by: step, .year), grain, anchoring: .previous)
        } else {
            match = try period(i, directionAt + 1, holding: shifted(date, by: step, unit), unit, anchoring: anchoring)
        }
        match.setsReference = direction == "later"
        return anaphoric(match)
    }

    func shifted(_ date: CivilDate, by count: Int, _ unit: DurationUnit) -> CivilDate {
        switch unit {
        case .day: date.adding(days: count)
        case .week: date.adding(days: 7 * count)
        case .month: date.firstOfMonth(adding: count)
        case .quarter: date.firstOfMonth(adding: 3 * count)
        case .year: CivilDate(unchecked: date.year + count, date.month, min(date.day, 28))
        case .decade: CivilDate(unchecked: date.year + 10 * count, 1, 1)
        case .century: CivilDate(unchecked: date.year + 100 * count, 1, 1)
        default: date
        }
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
