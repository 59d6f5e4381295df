import Foundation
import Language

/// How many were killed, injured or otherwise counted in a sentence.
public struct CasualtyCounts: Hashable, Sendable {
    /// Nil means the sentence gives no figure (or only a vague one); 0 means it says none.
    public var fatalities: Count?
    public var injured: Count?
    /// Other counts worth a column, keyed by plural noun (`drones`, `missiles`, `arrested`).
    public var other: [String: Count]

    public init(fatalities: Count? = nil, injured: Count? = nil, other: [String: Count] = [:]) {
        self.fatalities = fatalities
        self.injured = injured
        self.other = other
    }
}

/// Reads casualty figures and other counts from an English news sentence.
///
/// A number counts only when it is tied to what it counts: the subject of a casualty verb
/// (`Five people were killed`), the object of one (`killing 12`), a toll (`the death toll rose to 40`)
/// or a counted noun (`About 10 drones`). Anything else (years, times, ages, distances, model
/// numbers, subsets such as `two of those injured`) is left alone, and vague quantities
/// (`dozens`, `hundreds`, `several`) give no figure rather than a guess.
public enum CountReader {
    /// The counts stated in one sentence.
    public static func read(_ sentence: String) -> CasualtyCounts {
        read(ReaderToken.tokens(of: sentence))
    }

    /// The counts stated in one sentence's words.
    static func read(_ tokens: [ReaderToken]) -> CasualtyCounts {
        var reading = CountReading(tokens: tokens)
        reading.run()
        return reading.counts
    }
}

/// What a figure counts.
enum CountField: Hashable {
    case fatalities, injured
    case other(String)

    init(key: String) {
        switch key {
        case "fatalities": self = .fatalities
        case "injured": self = .injured
        default: self = .other(key)
        }
    }
}

/// A number phrase with its qualifier (`at least 7`, `a dozen`, `1,200`), in token indices.
struct NumberSpan {
    /// First token, including the qualifier.
    var start: Int
    /// First token of the number itself.
    var numberStart: Int
    /// One past the last token.
    var end: Int
    var count: Count
}

/// One pass over a sentence's tokens.
struct CountReading {
    let tokens: [ReaderToken]
    private(set) var counts = CasualtyCounts()
    private var spans: [NumberSpan] = []
    /// Verbs already used as the event of a subject count, so they do not count again as an object's verb.
    private var usedVerbs: Set<Int> = []

    init(tokens: [ReaderToken]) {
        self.tokens = tokens
    }

    mutating func run() {
        spans = numberSpans()
        for span in spans { readSubject(span) }
        readObjects()
        readSingulars()
        readTolls()
        readZeroStatements()
    }

    // MARK: recording

    /// Keeps the largest figure for a field: later updates in a sentence raise a toll, and the
    /// readers never add up figures from separate clauses.
    private mutating func record(_ field: CountField, _ count: Count) {
        switch field {
        case .fatalities: if count.value > counts.fatalities?.value ?? -1 { counts.fatalities = count }
        case .injured: if count.value > counts.injured?.value ?? -1 { counts.injured = count }
        case .other(let key): if count.value > counts.other[key]?.value ?? -1 { counts.other[key] = count }
        }
    }

    /// A statement of none fills a field only when no figure was given for it.
    private mutating func recordZero(_ field: CountField) {
        switch field {
        case .fatalities: if counts.fatalities == nil { counts.fatalities = Count(0) }
        case .injured: if counts.injured == nil { counts.injured = Count(0) }
        case .other(let key): if counts.other[key] == nil { counts.other[key] = Count(0) }
        }
    }

    // MARK: token helpers

    private func lower(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].lower : nil
    }

    private func matches(_ words: [String], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[index + offset].lower != word { return false }
        return true
    }

    private func spanStarting(at index: Int) -> NumberSpan? {
        spans.first { $0.start == index }
    }

    // MARK: numbers

    /// Every number phrase that could be a count, left to right, without overlaps.
    private func numberSpans() -> [NumberSpan] {
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
    private func parseNumber(at index: Int) -> (value: Int, end: Int, approximate: Bool)? {
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
    private func isExcluded(_ start: Int, _ end: Int, isDigits: Bool, value: Int) -> Bool {
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

    // MARK: subjects: `Five people were killed`, `12 killed`, `19 others injured`

    /// Reads a count that is the subject of a casualty word, or the count of a counted noun.
    private mutating func readSubject(_ span: NumberSpan) {
        // Subsets and parts of another count: `two of those injured`, `including three children`.
        if lower(span.end) == "of" { return }
        if let before = lower(span.start - 1), CountLexicon.subsetWords.contains(before) { return }
        if lower(span.start - 1) == "them", lower(span.start - 2) == "among" { return }

        var total = span.count
        var index = span.end
        var words = 0
        var phraseWords: [Int] = []
        var sawAuxiliary = false
        scan: while index < tokens.count {
            let token = tokens[index]
            if let field = eventField(at: index) {
                if isWeaponPhrase(phraseWords) { return }
                if field.needsFollowerCheck, !sawAuxiliary, !isPassiveFollower(index + field.length) { break scan }
                record(field.field, total)
                usedVerbs.insert(index)
                return
            }
            // `34 US troops suffered traumatic brain injuries`: what is suffered may be described at length.
            if token.lower == "suffered" || token.lower == "sustained",
                let noun = (index + 1..<min(tokens.count, index + 6)).first(where: { CountLexicon.injuryNouns.contains(tokens[$0].lower) }),
                (index + 1..<noun).allSatisfy({ tokens[$0].kind == .word && !CountLexicon.phraseStops.contains(tokens[$0].lower) })
            {
                if isWeaponPhrase(phraseWords) { return }
                record(.injured, total)
                return
            }
            if CountLexicon.auxiliaries.contains(token.lower) {
                sawAuxiliary = true
                index += 1
                continue
            }
            if sawAuxiliary { break scan }
            // `two soldiers and four attackers were killed`: a short list adds up.
            if token.lower == "and", words <= 2, let next = spanStarting(at: index + 1), lower(next.end) != "of" {
                total = Count(total.value + next.count.value, Self.combined(total.qualifier, next.count.qualifier))
                index = next.end
                words = 0
                continue
            }
            // `Ten people, including three children, were killed`: skip the aside.
            if token.lower == ",", let next = lower(index + 1),
                CountLexicon.asideOpeners.contains(next) || spanStarting(at: index + 1).map({ lower($0.end) == "of" }) == true,
                let close = (index + 2..<min(tokens.count, index + 14)).first(where: { tokens[$0].lower == "," })
            {
                index = close + 1
                continue
            }
            if token.kind == .word, words < 7, !CountLexicon.phraseStops.contains(token.lower) {
                phraseWords.append(index)
                words += 1
                index += 1
                continue
            }
            break scan
        }
        guard let key = countedNoun(after: span) else { return }
        // `wounding 30 protesters` counts the wounded, not the protest.
        if CountLexicon.personKeys.contains(key), let verb = lower(span.start - 1), CountLexicon.activeVerbs[verb] != nil { return }
        record(.other(key), span.count)
    }

    /// A casualty word (or phrase) at `index`, with the field it fills.
    private func eventField(at index: Int) -> (field: CountField, length: Int, needsFollowerCheck: Bool)? {
        guard index < tokens.count else { return nil }
        let word = tokens[index].lower
        if let key = CountLexicon.passiveEvents[word] {
            return (CountField(key: key), 1, CountLexicon.transitiveEvents.contains(word))
        }
        if matches(["lost", "their", "lives"], at: index) || matches(["shot", "and", "killed"], at: index) { return (.fatalities, 3, false) }
        if matches(["shot", "dead"], at: index) || matches(["gunned", "down"], at: index) { return (.fatalities, 2, false) }
        // `beaten to death`, `stabbed to death`.
        if matches(["to", "death"], at: index + 1), CountLexicon.killingManners.contains(word) { return (.fatalities, 3, false) }
        return nil
    }

    /// Whether what follows a bare participle shows it is passive (`12 killed in`, `12 killed.`)
    /// rather than active with an object (`4 gunmen killed villagers`).
    private func isPassiveFollower(_ index: Int) -> Bool {
        guard index < tokens.count else { return true }
        let token = tokens[index]
        if token.kind == .mark { return true }
        if token.kind == .number { return false }
        if token.isCapitalized { return true }
        return CountLexicon.passiveFollowers.contains(token.lower)
    }

    /// Weapons and things are never casualties (`3 rockets killed 5 people` counts the people).
    private func isWeaponPhrase(_ indices: [Int]) -> Bool {
        indices.contains { CountLexicon.nonPersonNouns.contains(tokens[$0].lower) }
    }

    /// The counted noun right after a number (`10 drones`, `29 Ukrainian drones`, `300 anti-war protesters`).
    private func countedNoun(after span: NumberSpan) -> String? {
        var index = span.end
        var modifiers = 0
        while index < tokens.count, modifiers <= 3 {
            let token = tokens[index]
            guard token.kind == .word else { return nil }
            if let key = CountLexicon.countedNouns[token.lower] { return key }
            if span.count.value == 1, let key = CountLexicon.singularCountedNouns[token.lower] {
                // `one drone`, but not `one drone attack`.
                return isPassiveFollower(index + 1) || CountLexicon.auxiliaries.contains(lower(index + 1) ?? "") ? key : nil
            }
            let isModifier = token.isCapitalized || token.lower.contains("-") || CountLexicon.nounModifiers.contains(token.lower)
            guard isModifier, !CountLexicon.phraseStops.contains(token.lower) else { return nil }
            modifiers += 1
            index += 1
        }
        return nil
    }

    /// An object list's total: `killing two soldiers and four civilians` is 6.
    private func listTotal(from span: NumberSpan) -> Count {
        var total = span.count
        var index = span.end
        var words = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.lower == "and", let next = spanStarting(at: index + 1), lower(next.end) != "of",
                !startsClause(after: next)
            {
                total = Count(total.value + next.count.value, Self.combined(total.qualifier, next.count.qualifier))
                index = next.end
                words = 0
                continue
            }
            guard token.kind == .word, words < 2, !CountLexicon.phraseStops.contains(token.lower),
                CountLexicon.passiveEvents[token.lower] == nil
            else { break }
            words += 1
            index += 1
        }
        return total
    }

    /// Whether a count is the subject of its own clause (`killing 12 and 5 injured`), not part of a list.
    private func startsClause(after span: NumberSpan) -> Bool {
        for index in span.end..<min(tokens.count, span.end + 3) {
            let word = tokens[index].lower
            if CountLexicon.passiveEvents[word] != nil || CountLexicon.auxiliaries.contains(word) { return true }
            if tokens[index].kind != .word { return false }
        }
        return false
    }

    /// The looser of two qualifiers, for a sum.
    static func combined(_ a: Count.Qualifier, _ b: Count.Qualifier) -> Count.Qualifier {
        if a == b { return a }
        if a == .exact { return b }
        if b == .exact { return a }
        return .about
    }

    // MARK: objects: `killing 12`, `kills 5`, `police arrested 25 people`

    private mutating func readObjects() {
        for span in spans {
            let verb = span.start - 1
            guard verb >= 0, !usedVerbs.contains(verb), let key = CountLexicon.activeVerbs[tokens[verb].lower] else { continue }
            // `killed 2 hours later` is excluded as a unit already; `the injured 3` has no verb.
            if lower(verb - 1) == "the" { continue }
            if let key = countedNoun(after: span), !CountLexicon.personKeys.contains(key) { continue }
            record(CountField(key: key), listTotal(from: span))
        }
        // `claimed the lives of 12 people`, `the lives of 12`.
        for span in spans where lower(span.start - 1) == "of" && lower(span.start - 2) == "lives" {
            record(.fatalities, span.count)
        }
        // `claimed 12 lives`, `cost 40 lives`.
        for span in spans where lower(span.end) == "lives" {
            if let verb = lower(span.start - 1), CountLexicon.lifeTakingVerbs.contains(verb) { record(.fatalities, span.count) }
        }
    }

    // MARK: one, without a number: `A soldier was killed`, `killing a 45-year-old man`

    private mutating func readSingulars() {
        for index in tokens.indices where tokens[index].lower == "a" || tokens[index].lower == "an" || tokens[index].lower == "another" {
            if spans.contains(where: { $0.start <= index && index < $0.end }) { continue }
            var position = index + 1
            var words: [Int] = []
            while position < tokens.count, words.count < 4, tokens[position].kind == .word {
                let word = tokens[position].lower
                if CountLexicon.phraseStops.contains(word) || CountLexicon.passiveEvents[word] != nil || CountLexicon.auxiliaries.contains(word) {
                    break
                }
                words.append(position)
                position += 1
            }
            // `a number of`, `a family of five`, `a drone`: not one person.
            // `another was wounded` needs no noun.
            guard !words.isEmpty || tokens[index].lower == "another", !words.contains(where: {
                CountLexicon.collectiveNouns.contains(tokens[$0].lower) || CountLexicon.nonPersonNouns.contains(tokens[$0].lower)
            }) else { continue }
            if let verb = lower(index - 1), let key = CountLexicon.activeVerbs[verb], key == "fatalities" || key == "injured" {
                record(CountField(key: key), Count(1))
                continue
            }
            // A singular subject: `was` or `has been`, then the casualty word, or `died` alone.
            if let word = lower(position), word == "died" || word == "perished" {
                record(.fatalities, Count(1))
                continue
            }
            guard lower(position) == "was" || lower(position) == "has" || lower(position) == "had" else { continue }
            while let word = lower(position), CountLexicon.auxiliaries.contains(word) { position += 1 }
            if let field = eventField(at: position) { record(field.field, Count(1)) }
        }
    }

    // MARK: tolls: `the death toll rose to 40`, `the number of injured reached 65`

    private mutating func readTolls() {
        for index in tokens.indices {
            var field: CountField?
            var start = index + 1
            if tokens[index].lower == "toll" {
                let before = lower(index - 1)
                if before == "death" || before == "the" || before == "a" { field = .fatalities }
            } else if matches(["number", "of"], at: index), let noun = lower(index + 2) {
                start = index + 3
                var head = noun
                if CountLexicon.tollQualifiers.contains(noun), let next = lower(index + 3) {
                    head = next
                    start = index + 4
                }
                field = CountLexicon.tollNouns[head].map(CountField.init(key:))
            }
            guard let field else { continue }
            var raised = false
            for position in start..<min(tokens.count, start + 10) {
                let word = tokens[position].lower
                if word == "." || word == ";" || word == "toll" { break }
                if CountLexicon.exceedingVerbs.contains(word) { raised = true }
                guard let span = spans.first(where: { $0.start == position }) else { continue }
                // `rose by 5`, `from 30 to 40`: not the toll itself.
                if let before = lower(position - 1), before == "by" || before == "from" { continue }
                var count = span.count
                if raised, count.qualifier == .exact { count.qualifier = .atLeast }
                record(field, count)
                break
            }
        }
    }

    // MARK: none: `no casualties were reported`, `no one was killed`, `nobody was hurt`

    private mutating func readZeroStatements() {
        for index in tokens.indices {
            let word = tokens[index].lower
            if word == "no" || word == "without" {
                // `no (immediate) (reports of) casualties`
                var position = index + 1
                var skipped = 0
                while let next = lower(position), CountLexicon.zeroFillers.contains(next), skipped < 4 {
                    position += 1
                    skipped += 1
                }
                if let noun = lower(position), let fields = CountLexicon.zeroNouns[noun] {
                    fields.forEach { recordZero(CountField(key: $0)) }
                    continue
                }
            }
            // `no one was killed or injured`, `nobody was hurt`, `none were killed`.
            let subjectEnd: Int?
            if word == "nobody" || word == "none" || word == "noone" || word == "no-one" {
                subjectEnd = index + 1
            } else if word == "no", let next = lower(index + 1), next == "one" || next == "people" {
                subjectEnd = index + 2
            } else {
                subjectEnd = nil
            }
            if var position = subjectEnd {
                while let next = lower(position), CountLexicon.auxiliaries.contains(next) || next == "immediately" { position += 1 }
                while let next = lower(position) {
                    if let keys = CountLexicon.zeroVerbs[next] {
                        keys.forEach { recordZero(CountField(key: $0)) }
                        position += 1
                    } else if next == "or" || next == "and" || next == "," {
                        position += 1
                    } else {
                        break
                    }
                }
            }
            // `did not report any casualties`, `didn't cause any injuries`.
            if word == "any", let noun = lower(index + 1), let fields = CountLexicon.zeroNouns[noun] {
                let window = max(0, index - 4)..<index
                if window.contains(where: { CountLexicon.negations.contains(tokens[$0].lower) || tokens[$0].lower.hasSuffix("n't") }) {
                    fields.forEach { recordZero(CountField(key: $0)) }
                }
            }
        }
    }
}

/// Words the count reader knows.
enum CountLexicon {
    static let qualifiers: [(words: [String], qualifier: Count.Qualifier)] = [
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["not", "less", "than"], .atLeast),
        (["in", "excess", "of"], .atLeast), (["at", "least"], .atLeast), (["more", "than"], .atLeast),
        (["upwards", "of"], .atLeast), (["over"], .atLeast), (["as", "many", "as"], .upTo), (["up", "to"], .upTo),
        (["at", "most"], .upTo), (["fewer", "than"], .upTo), (["less", "than"], .upTo), (["under"], .upTo),
        (["close", "to"], .about), (["an", "estimated"], .about), (["estimated"], .about), (["about"], .about),
        (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["some"], .about),
        (["nearly"], .about), (["almost"], .about), (["approx"], .about),
        // Words that add nothing to the figure.
        (["a", "total", "of"], .exact), (["another"], .exact), (["an", "additional"], .exact), (["a", "further"], .exact),
    ]

    /// The qualifiers by first word, longest first, so a token needs one look-up.
    static let qualifiersByFirstWord: [String: [(words: [String], qualifier: Count.Qualifier)]] = {
        var byFirst: [String: [(words: [String], qualifier: Count.Qualifier)]] = [:]
        for entry in qualifiers { byFirst[entry.words[0], default: []].append(entry) }
        return byFirst.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    static let multipliers: [String: Int] = ["hundred": 100, "thousand": 1000, "million": 1_000_000]

    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// One to ninety-nine in words, including `twenty-five`.
    static func smallNumber(_ word: String) -> Int? {
        if let value = numberWords[word] { return value }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = numberWords[String(parts[0])], let ones = numberWords[String(parts[1])],
            tens >= 20, tens % 10 == 0, ones < 10
        else { return nil }
        return tens + ones
    }

    /// Month names and their abbreviations (`May`, `Sept`).
    static let months: Set<String> = WordLists.months.union(WordLists.monthAbbreviations)
    static let ageWords: Set<String> = ["aged", "age", "ages"]
    static let moneyMarks: Set<String> = ["$", "€", "£", "¥", "₴", "₽", "#", "№", "no", "number", "route", "highway", "article", "resolution"]
    /// Words after a number that make it a measure, not a count of people or things.
    static let units: Set<String> = [
        "km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "meters", "metres", "meter",
        "metre", "m", "feet", "ft", "yards", "cm", "mm", "kg", "kilograms", "tons", "tonnes", "pounds", "hours", "hour",
        "minutes", "minute", "seconds", "days", "day", "weeks", "week", "months", "month", "years", "year", "decades",
        "times", "degrees", "percent", "per", "%", "dollars", "euros", "rubles", "roubles", "hryvnias", "hryvnia",
        "square", "acres", "hectares", "mph", "kph", "calibre", "caliber", "storey", "story", "floor", "floors",
    ]
    static let timeMarks: Set<String> = ["a.m", "p.m", "am", "pm", "gmt", "utc", "et", "bst", "cet", "hrs", "h", "o'clock"]
    static let oneDeterminers: Set<String> = ["the", "this", "that", "any", "no", "every", "each", "which", "someone"]
    static let yearPrepositions: Set<String> = ["in", "since", "until", "till", "by", "from", "of", "year", "before", "after", "during", "early", "late", "mid", "between"]

    /// A count right after these is part of another count.
    static let subsetWords: Set<String> = ["including", "incl", "among", "included", "includes", "excluding", "besides"]
    /// Words that open an aside inside a subject (`Ten people, including three children, were killed`).
    static let asideOpeners: Set<String> = ["including", "among", "mostly", "most", "many", "all", "both", "mainly"]

    /// Casualty words after a subject, keyed to their field.
    static let passiveEvents: [String: String] = [
        "killed": "fatalities", "dead": "fatalities", "died": "fatalities", "slain": "fatalities", "perished": "fatalities",
        "martyred": "fatalities", "deaths": "fatalities", "fatalities": "fatalities",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "hospitalized": "injured",
        "hospitalised": "injured", "injuries": "injured", "wounds": "injured", "burns": "injured",
        "arrested": "arrested", "detained": "arrested", "arrests": "arrested", "detentions": "arrested",
        "evacuated": "evacuated", "evacuees": "evacuated",
        "abducted": "abducted", "kidnapped": "abducted", "abductions": "abducted", "kidnappings": "abducted",
    ]
    /// Participles that are also active past tenses: bare after a subject, they need a passive follower.
    static let transitiveEvents: Set<String> = [
        "killed", "injured", "wounded", "hurt", "arrested", "detained", "evacuated", "abducted", "kidnapped", "slain",
    ]
    /// Verbs whose object is the count (`killing 12`).
    static let activeVerbs: [String: String] = [
        "killing": "fatalities", "killed": "fatalities", "kills": "fatalities", "kill": "fatalities",
        "wounding": "injured", "wounded": "injured", "wounds": "injured", "injuring": "injured", "injured": "injured",
        "injures": "injured", "hurting": "injured",
        "arrested": "arrested", "arresting": "arrested", "arrests": "arrested", "arrest": "arrested",
        "detained": "arrested", "detaining": "arrested", "detains": "arrested", "detain": "arrested",
        "evacuated": "evacuated", "evacuating": "evacuated", "evacuates": "evacuated", "evacuate": "evacuated",
        "abducted": "abducted", "abducting": "abducted", "abducts": "abducted", "kidnapped": "abducted",
        "kidnapping": "abducted", "kidnaps": "abducted",
    ]
    /// Keys that count people, so `killing 12 protesters` still counts fatalities.
    static let personKeys: Set<String> = ["protesters"]
    static let injuryNouns: Set<String> = ["injuries", "injury", "wounds", "burns", "fractures", "concussions"]
    static let killingManners: Set<String> = ["beaten", "stabbed", "burned", "burnt", "hacked", "crushed", "stoned", "tortured", "shot", "starved", "trampled"]
    static let lifeTakingVerbs: Set<String> = ["claimed", "claiming", "claims", "cost", "costing", "took", "taking", "lost"]

    /// Between a subject and its casualty word: `were`, `have been`, `are feared`, `were seriously`.
    static let auxiliaries: Set<String> = [
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "reportedly", "also", "later", "all",
        "both", "each", "confirmed", "reported", "believed", "feared", "thought", "said", "known", "to", "got",
        "seriously", "critically", "severely", "badly", "lightly", "slightly", "fatally", "mortally", "gravely",
        "allegedly", "initially", "subsequently", "now", "already", "apparently", "likely", "probably", "presumed",
        "suffered", "sustained", "minor", "serious", "severe", "light", "critical", "life-threatening", "multiple",
        "shrapnel", "gunshot", "moderate", "officially", "either", "may", "might", "could", "will", "would",
    ]
    /// Words that may follow a passive participle with no auxiliary (`12 killed in`, `5 injured as`).
    static let passiveFollowers: Set<String> = [
        "in", "on", "at", "and", "or", "as", "when", "after", "during", "by", "while", "since", "near", "across",
        "over", "overnight", "yesterday", "today", "tonight", "this", "last", "early", "late", "earlier", "following",
        "amid", "outside", "inside", "along", "from", "so", "including", "with", "were", "was", "are", "is",
        "before", "throughout", "around", "within", "among", "there", "here", "recently", "because",
        "but", "according", "officials", "police", "authorities", "say", "says", "said", "reported", "per",
    ]
    /// Nouns that are never casualties in a subject (`3 rockets killed 5 people`).
    static let nonPersonNouns: Set<String> = [
        "drones", "missiles", "rockets", "shells", "strikes", "airstrikes", "bombs", "attacks", "explosions",
        "blasts", "shots", "rounds", "projectiles", "grenades", "mines", "tanks", "vehicles", "buildings", "homes",
        "houses", "drone", "missile", "rocket", "shell", "strike", "airstrike", "bomb", "attack", "explosion", "blast",
    ]
    /// Words that end a subject phrase before any casualty word.
    static let phraseStops: Set<String> = [
        "which", "who", "whom", "whose", "that", "when", "where", "while", "after", "before", "as", "because", "but",
        "said", "says", "say", "told", "according", "if", "than", "then", "so", "since", "until", "to", "by", "of",
        "with", "without", "for", "not", "no", "into", "via", "against", "the", "a", "an", "and", "or",
    ]

    /// Nouns counted in a column of their own, keyed by plural.
    static let countedNouns: [String: String] = [
        "drones": "drones", "uavs": "drones", "missiles": "missiles", "rockets": "rockets", "shells": "shells",
        "protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
    ]
    static let singularCountedNouns: [String: String] = [
        "drone": "drones", "uav": "drones", "missile": "missiles", "rocket": "rockets", "protester": "protesters",
        "protestor": "protesters", "demonstrator": "protesters",
    ]
    /// Lower-case words that may stand between a number and a counted noun (`10 attack drones`).
    static let nounModifiers: Set<String> = [
        "attack", "kamikaze", "combat", "cruise", "ballistic", "guided", "artillery", "mortar", "tank", "unmanned",
        "enemy", "hostile", "explosive", "hypersonic", "air", "surface", "incoming", "suicide", "loitering", "naval",
        "sea", "aerial", "unidentified", "armed", "more", "other", "additional", "further", "peaceful",
        "student", "opposition", "government", "anti", "military", "heavy", "long", "range", "short",
        "strike", "reconnaissance", "fpv", "small", "large", "rocket", "shahed", "interceptor", "anti-aircraft",
    ]

    /// Nouns after `a` that stand for more than one (`a number of`, `a family of five`).
    static let collectiveNouns: Set<String> = [
        "number", "few", "handful", "lot", "host", "dozen", "hundred", "thousand", "score", "couple", "family",
        "group", "crowd", "series", "total", "wave", "convoy", "busload", "string", "majority", "minority", "third",
        "quarter", "half", "fraction", "percentage", "range", "variety", "unit", "team", "squad", "platoon",
    ]

    /// `the number of dead`, `the number of people injured`.
    static let tollNouns: [String: String] = [
        "dead": "fatalities", "deaths": "fatalities", "fatalities": "fatalities", "killed": "fatalities",
        "victims": "fatalities", "injured": "injured", "wounded": "injured", "injuries": "injured",
    ]
    static let tollQualifiers: Set<String> = ["people", "those", "civilians", "persons"]
    static let exceedingVerbs: Set<String> = [
        "surpassed", "surpasses", "surpassing", "exceeded", "exceeds", "exceeding", "passed", "passes", "topped",
        "tops", "crossed", "crosses", "over",
    ]

    /// `no (immediate) (reports of) casualties`.
    static let zeroFillers: Set<String> = [
        "immediate", "immediately", "reported", "further", "other", "civilian", "serious", "major", "any", "known",
        "confirmed", "reports", "report", "of", "human", "initial", "new",
    ]
    static let zeroNouns: [String: [String]] = [
        "casualties": ["fatalities", "injured"], "victims": ["fatalities", "injured"],
        "deaths": ["fatalities"], "fatalities": ["fatalities"], "dead": ["fatalities"],
        "injuries": ["injured"], "injured": ["injured"], "wounded": ["injured"],
    ]
    /// What `no one was …` says: being hurt or harmed covers death too.
    static let zeroVerbs: [String: [String]] = [
        "killed": ["fatalities"], "died": ["fatalities"], "dead": ["fatalities"],
        "injured": ["injured"], "wounded": ["injured"],
        "hurt": ["fatalities", "injured"], "harmed": ["fatalities", "injured"],
    ]
    static let negations: Set<String> = ["not", "no", "without", "never", "cannot"]
}
