import Language

/// Years, decades and centuries: `2014`, `fiscal 1989`, `'79`, `mid-2016`, `the 1990s`, `the 19th century`, `nineteen ninety-four`.
extension Matcher {
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
}
