/// What counts from the expression before: `the next day`, `the previous Friday`, `that week`, `two days later`, `a year earlier`.
extension Matcher {
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

    /// `the next day`, `the following week`, `the previous year`, `the day before`, `that day`,
    /// `the same day`, `the same evening`, `that night`, `two days later`, `a year earlier`, `year-earlier`.
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
        // `the same evening`, `the following morning`, `the previous night`, `that afternoon`: a part of the day told
        // before, or of the day after or before it.
        if determiner == "the", let word = lower(cursor), let part = lower(cursor + 1).flatMap(DayPart.named) {
            let step: Int? = switch word {
            case "next", "following": 1
            case "previous", "preceding": -1
            case "same": 0
            default: nil
            }
            if let step {
                let (date, anchoring) = base
                var match = try day(i, cursor + 2, date.adding(days: step), part: part)
                match.timex.anchoring = anchoring
                return anaphoric(match)
            }
        }
        if determiner == "that", let part = lower(cursor).flatMap(DayPart.named) {
            let (date, anchoring) = base
            var match = try day(i, cursor + 1, date, part: part)
            match.timex.anchoring = anchoring
            return anaphoric(match)
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
