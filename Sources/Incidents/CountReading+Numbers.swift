import Foundation

/// Numbers: every figure a sentence writes (`at least 7`, `a dozen`, `1,200`, `twenty-one`) and which of them count no one.
extension CountReading {
    /// Every number phrase that could be a count, left to right, without overlaps.
    func numberSpans() -> [NumberSpan] {
        var found: [NumberSpan] = []
        var index = 0
        while index < tokens.count {
            var qualifier = Count.Qualifier.exact
            var numberStart = index
            if let candidates = CountLexicon.qualifiersByFirstWord[tokens[index].lower],
                let (words, value) = candidates.first(where: { matches($0.words, at: index) })
            {
                qualifier = value
                numberStart = index + words.count
            }
            if numberStart != index, parseNumber(at: numberStart) == nil {
                // `some of`, `over the city`: not a qualifier after all.
                qualifier = .exact
                numberStart = index
            }
            if let number = parseNumber(at: numberStart),
                !isExcluded(numberStart, number.end, isDigits: tokens[numberStart].kind == .number, value: number.value)
            {
                var end = number.end
                var finalQualifier = qualifier == .exact ? (number.approximate ? .about : .exact) : qualifier
                // `10 or more`, `20 or so`.
                if matches(["or", "more"], at: end) {
                    finalQualifier = .atLeast
                    end += 2
                } else if matches(["or", "so"], at: end) {
                    finalQualifier = .about
                    end += 2
                }
                found.append(NumberSpan(start: index, numberStart: numberStart, end: end, count: Count(number.value, finalQualifier)))
                index = end
                continue
            }
            index += 1
        }
        return found
    }

    /// A number at `index`: digits (`1,200`, `2.5 million`) or words (`two hundred`, `twenty-five`, `a dozen`).
    func parseNumber(at index: Int) -> (value: Int, end: Int, approximate: Bool)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            let digits = token.lower.replacingOccurrences(of: ",", with: "")
            var end = index + 1
            var value: Double
            if digits.contains(".") {
                // A decimal is a count only as `2.5 million`.
                guard let decimal = Double(digits), let multiplier = lower(end).flatMap({ CountLexicon.multipliers[$0] }) else { return nil }
                value = decimal * Double(multiplier)
                end += 1
            } else {
                guard let integer = Int(digits) else { return nil }
                value = Double(integer)
                if let multiplier = lower(end).flatMap({ CountLexicon.multipliers[$0] }) {
                    value *= Double(multiplier)
                    end += 1
                }
            }
            if lower(end) == "dozen" { return (Int(value) * 12, end + 1, true) }
            guard value < 1e12 else { return nil }
            return (Int(value), end, false)
        }
        guard token.kind == .word else { return nil }
        // `a dozen`, `half a dozen`, `a hundred`: round figures, read as approximate.
        if token.lower == "a" || token.lower == "an" {
            if lower(index + 1) == "dozen" { return (12, index + 2, true) }
            if let multiplier = lower(index + 1).flatMap({ CountLexicon.multipliers[$0] }) { return (multiplier, index + 2, true) }
            return nil
        }
        if token.lower == "half", matches(["a", "dozen"], at: index + 1) { return (6, index + 3, true) }
        // `killing both men`, `both were wounded`: two (not `both the army and the rebels`, `both of them`).
        if token.lower == "both", !["the", "of", "a", "an", "his", "her", "their", "sides", "parties"].contains(lower(index + 1) ?? "") {
            return (2, index + 1, false)
        }
        guard let first = CountLexicon.smallNumber(token.lower) else { return nil }
        var total = 0
        var current = first
        var end = index + 1
        var approximate = false
        var lastWasTens = first >= 20 && first % 10 == 0 && first < 100
        var afterHundred = false
        while end < tokens.count {
            let word = tokens[end].lower
            if word == "dozen" {
                current *= 12
                approximate = true
                end += 1
                break
            }
            if let multiplier = CountLexicon.multipliers[word] {
                if multiplier == 100 {
                    current *= 100
                    afterHundred = true
                } else {
                    total += current * multiplier
                    current = 0
                    afterHundred = true
                }
                lastWasTens = false
                end += 1
                continue
            }
            if word == "and", afterHundred, let next = lower(end + 1), let value = CountLexicon.smallNumber(next), value < 100 {
                current += value
                end += 2
                afterHundred = false
                lastWasTens = value >= 20 && value % 10 == 0
                continue
            }
            if let value = CountLexicon.smallNumber(word), value < 100,
                (lastWasTens && value < 10) || (afterHundred && current % 100 == 0)
            {
                // `twenty five` written apart; `two hundred fifty`.
                current += value
                lastWasTens = value >= 20 && value % 10 == 0
                afterHundred = false
                end += 1
                continue
            }
            break
        }
        return (total + current, end, approximate)
    }

    /// Numbers that are not counts of anything: years, dates, times, ages, sizes, money, `no one`.
    func isExcluded(_ start: Int, _ end: Int, isDigits: Bool, value: Int) -> Bool {
        let before = lower(start - 1)
        let after = lower(end)
        if let before {
            if CountLexicon.months.contains(before), tokens[start - 1].isCapitalized { return true }
            if CountLexicon.ageWords.contains(before) { return true }
            if CountLexicon.moneyMarks.contains(before) { return true }
        }
        if let after {
            // News capitalises months, which keeps `may` and `march` the verbs apart.
            if CountLexicon.months.contains(after), tokens[end].isCapitalized { return true }
            if CountLexicon.units.contains(after) || CountLexicon.timeMarks.contains(after) { return true }
            if CountLexicon.countedPlacePlurals.contains(after) { return true }
            // `04:30`.
            if after == ":" || after == "/" { return true }
        }
        if tokens[start].lower == "one", let before, CountLexicon.oneDeterminers.contains(before) { return true }
        if isDigits, end == start + 1, tokens[start].lower.count == 4, (1800...2100).contains(value) {
            // A bare four-digit number after `in`, `since` and the like is a year.
            if let before, CountLexicon.yearPrepositions.contains(before) { return true }
            if after == nil || after == "," || after == "." || after == ")" { return true }
        }
        return false
    }
}
