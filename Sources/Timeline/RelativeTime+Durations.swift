import Language

/// Durations (`five years`), sets (`every Friday`, `daily`) and references (`now`, `recently`):
/// the TimeML types that are not a stretch of the calendar.
extension Matcher {
    static let setAdverbs: [String: DurationUnit] = [
        "hourly": .hour, "daily": .day, "nightly": .day, "weekly": .week, "monthly": .month, "quarterly": .quarter,
        "yearly": .year, "annually": .year,
    ]
    static let referenceAdverbs: [String: String] = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "presently": "PRESENT_REF",
        "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
        "soon": "FUTURE_REF",
    ]
    private static let dayPartCodes = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]
    private static let dayPartPluralCodes = ["mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"]
    private static let boundaries: [String: Timex.Modifier] = ["end": .end, "beginning": .start, "start": .start, "middle": .mid, "turn": .start]
    private static let hedges: [[String]: Timex.Modifier] = [
        ["about"]: .approximate, ["around"]: .approximate, ["nearly"]: .approximate, ["almost"]: .approximate,
        ["approximately"]: .approximate, ["roughly"]: .approximate, ["some"]: .approximate,
        ["more", "than"]: .moreThan, ["over"]: .moreThan, ["at", "least"]: .equalOrMore,
        ["less", "than"]: .lessThan, ["under"]: .lessThan, ["no", "more", "than"]: .equalOrLess,
        ["up", "to"]: .equalOrLess, ["at", "most"]: .equalOrLess,
    ]
    static let vagueCounts: Set<String> = ["several", "few", "many", "some", "couple", "numerous"]
    static let spanWords: Set<String> = ["first", "last", "past", "next", "coming", "previous", "final", "initial", "latest", "following"]
    private static let durationPrepositions: Set<String> = ["for", "over", "within", "in", "after", "during", "of"]

    func unmatched(_ first: Int, _ end: Int, _ timex: Timex, _ reason: String) -> Match {
        Match(first: first, end: end, resolution: .unresolved(reason), timex: timex)
    }

    /// `five years`, `48 hours`, `a two-year term`, `the first nine months`, `the past year`,
    /// `several weeks`, `a few days`, `for years`.
    func matchDuration(at i: Int) -> Match? {
        var cursor = i
        var determined = false
        var spanWord: String?
        if let word = lower(cursor), word == "the" || word == "these" || word == "those" {
            determined = true
            cursor += 1
        }
        if let word = lower(cursor), Self.spanWords.contains(word) {
            spanWord = word
            cursor += 1
        }
        var value: Int?
        var vague = false
        if lower(cursor) == "a", let word = lower(cursor + 1), word == "few" || word == "couple" {
            vague = true
            cursor += lower(cursor + 2) == "of" ? 3 : 2
        } else if let word = lower(cursor), Self.vagueCounts.contains(word) {
            vague = true
            cursor += 1
        } else if let counted = count(at: cursor) {
            value = counted.value
            cursor = counted.end
        }
        let hyphenated = isMark(cursor, "-")
        if hyphenated { cursor += 1 }
        guard let unitWord = lower(cursor), let unit = DurationUnit.named(unitWord) else { return nil }
        let plural = unitWord.hasSuffix("s")
        if value == nil, !vague {
            // `the past year`, `the last week`: a span of one; `for years`: a span of some.
            if determined, spanWord != nil, !plural {
                value = 1
            } else if plural, i > 0, let before = lower(i - 1), Self.durationPrepositions.contains(before), cursor == i {
                vague = true
            } else {
                return nil
            }
        }
        // Counted from a time (`two days later`, `three years ago`) is a date, read elsewhere.
        let after = isMark(cursor + 1, "-") ? cursor + 2 : cursor + 1
        if let word = lower(after), ["ago", "later", "earlier", "before", "after", "since", "old", "olds"].contains(word) {
            if word != "before" && word != "after" || after >= words.count - 1 { return nil }
        }
        if value == 1, lower(i) == "a" || lower(i) == "an", !determined, after < words.count, lower(after) == "ago" { return nil }
        // `a 10-year-old`, `two-thirds`: ages and fractions are no durations.
        if isMark(cursor + 1, "-"), lower(cursor + 2) == "old" { return nil }
        let written = TimexValue.duration(value, unit)
        var match = unmatched(i, cursor + 1, Timex(.duration, written, anchoring: .none), "a duration is no point in time")
        match.span = TimeSpan(count: value, unit: unit)
        return match
    }

    /// `daily`, `every Friday`, `each week`, `every other month`, `twice a week`, `three times a year`, `Tuesday nights`.
    func matchSet(at i: Int) -> Match? {
        guard let word = lower(i) else { return nil }
        if let unit = Self.setAdverbs[word], !words[i].isCapitalized || i == 0 || isSentenceEnd(i - 1) {
            return unmatched(i, i + 1, Timex(.set, TimexValue.duration(1, unit), anchoring: .none), "a set of times")
        }
        var cursor = i
        if word == "once" || word == "twice" {
            cursor += 1
        } else if count(at: i) != nil, word != "a", word != "an", let counted = count(at: i), lower(counted.end) == "times" {
            cursor = counted.end + 1
        }
        let frequency = cursor > i
        guard let every = lower(cursor), every == "every" || every == "each" || (frequency && (every == "a" || every == "per")) else {
            return matchPluralWeekday(at: i)
        }
        cursor += 1
        var step = 1
        if lower(cursor) == "other" {
            step = 2
            cursor += 1
        } else if let counted = count(at: cursor), counted.value > 1 {
            step = counted.value
            cursor = counted.end
        }
        if let day = weekday(cursor) ?? lower(cursor).flatMap({ weekdayIndex[$0] }) {
            var end = cursor + 1
            var value = "XXXX-WXX-\(day)"
            if let part = lower(end), let code = Self.dayPartCodes[part] {
                value += "T" + code
                end += 1
            }
            return unmatched(i, end, Timex(.set, value, anchoring: .none), "a set of times")
        }
        if let month = month(cursor) {
            return unmatched(i, cursor + 1, Timex(.set, "XXXX-" + String(format2: month), anchoring: .none), "a set of times")
        }
        if let word = lower(cursor), let code = YearPart.seasons[word] {
            return unmatched(i, cursor + 1, Timex(.set, "XXXX-" + code, anchoring: .none), "a set of times")
        }
        guard let unitWord = lower(cursor), let unit = DurationUnit.named(unitWord) else { return nil }
        if !frequency, every == "each", unitWord.hasSuffix("s") { return nil }
        return unmatched(i, cursor + 1, Timex(.set, TimexValue.duration(step, unit), anchoring: .none), "a set of times")
    }

    /// `Tuesdays`, `Tuesday nights`: a weekday in the plural is every such day.
    private func matchPluralWeekday(at i: Int) -> Match? {
        guard let word = lower(i), words[i].isCapitalized else { return nil }
        if word.hasSuffix("s"), let day = weekdayIndex[String(word.dropLast())] {
            return unmatched(i, i + 1, Timex(.set, "XXXX-WXX-\(day)", anchoring: .none), "a set of times")
        }
        if let day = weekdayIndex[word], let part = lower(i + 1), let code = Self.dayPartPluralCodes[part] {
            return unmatched(i, i + 2, Timex(.set, "XXXX-WXX-\(day)T\(code)", anchoring: .none), "a set of times")
        }
        return nil
    }

    /// `now`, `currently`, `recently`, `the past`, `the future`, `soon`, `in recent years`.
    func matchReference(at i: Int) -> Match? {
        guard let word = lower(i) else { return nil }
        if let value = Self.referenceAdverbs[word] {
            // `now-defunct`, `soon-to-be`: part of a compound word, not a time.
            if isMark(i + 1, "-"), !(i + 2 < words.count && words[i + 2].spaceBefore) { return nil }
            // `as soon as`, `as recently as`: a conjunction or a degree, not a reference to a time.
            if lower(i - 1) == "as", lower(i + 1) == "as" { return nil }
            return unmatched(i, i + 1, Timex(.date, value, anchoring: .document), "'\(words[i].lower)' names no point in time")
        }
        if word == "the", let next = lower(i + 1) {
            var end = i + 2
            var value: String?
            if next == "past" { value = "PAST_REF" }
            if next == "future" { value = "FUTURE_REF" }
            if next == "near" || next == "distant", lower(i + 2) == "future" || lower(i + 2) == "past" {
                value = lower(i + 2) == "future" ? "FUTURE_REF" : "PAST_REF"
                end = i + 3
            }
            if let value { return unmatched(i, end, Timex(.date, value, anchoring: .document), "'the \(next)' names no point in time") }
        }
        if word == "recent", let unit = lower(i + 1), unit.hasSuffix("s"), let named = DurationUnit.named(unit), !named.isClock {
            return unmatched(i, i + 2, Timex(.date, "PAST_REF", anchoring: .document), "'recent \(unit)' names no point in time")
        }
        if word == "these", lower(i + 1) == "days" {
            return unmatched(i, i + 2, Timex(.date, "PRESENT_REF", anchoring: .document), "'these days' names no point in time")
        }
        return nil
    }

    /// A match widened over the words before it that bound or hedge it, as TimeML spans include
    /// them: `the end of 1990` (END), `the middle of October` (MID), `about two years` (APPROX),
    /// `more than four months` (MORE_THAN), `no more than sixty days` (EQUAL_OR_LESS), `later this
    /// afternoon`; never back over an earlier match (`previousEnd`).
    func widen(_ match: Match, after previousEnd: Int) -> Match {
        var match = match
        let first = match.coreFirst
        func words(_ count: Int) -> [String]? {
            guard first - count >= previousEnd else { return nil }
            let found = (first - count..<first).compactMap { lower($0) }
            return found.count == count ? found : nil
        }
        let boundaries = Self.boundaries, hedges = Self.hedges
        // `the end of 1990`, `end of next year`, `the middle of the year`.
        if let of = words(1), of == ["of"] {
            let named = words(3).flatMap { $0[0] == "the" ? boundaries[$0[1]] : nil }
            let bare = words(2).flatMap { boundaries[$0[0]] }
            if let modifier = named ?? bare, match.timex.kind == .date || match.timex.kind == .time {
                match.timex.modifier = modifier
                match.coreFirst = first - (named != nil ? 3 : 2)
                match.first = min(match.first, match.coreFirst)
                return match
            }
        }
        if let before = words(1), before == ["later"] || before == ["earlier"], match.timex.kind != .duration {
            match.coreFirst = first - 1
            match.first = min(match.first, match.coreFirst)
            return match
        }
        for length in [3, 2, 1] {
            guard let before = words(length), let modifier = hedges[before] else { continue }
            // `over` and `under` hedge amounts only: `over the weekend` is a date.
            if (before == ["over"] || before == ["under"] || before == ["some"]) && match.timex.kind != .duration { continue }
            match.timex.modifier = modifier
            match.coreFirst = first - length
            match.first = min(match.first, match.coreFirst)
            return match
        }
        return match
    }
}
