import Foundation

/// How many were killed, injured or otherwise counted in a sentence.
public struct CasualtyCounts: Hashable, Sendable {
    /// Nil means the sentence gives no figure (or only a vague one); 0 means it says none.
    public var fatalities: Count?
    public var injured: Count?
    /// Other counts worth a column, keyed by plural noun (`drones`, `missiles`, `arrested`).
    public var other: [String: Count]
    /// The figures are a toll that has grown since it was first told (`the death toll had risen to 11`):
    /// they replace an earlier figure for the same event rather than stand beside it.
    public var isRevision = false
    /// The figures are an earlier toll the story has since replaced (`Early figures had given the death toll as five`):
    /// no report beside the current figure, so they fill only a figure not told.
    public var isEarlier = false
    /// The figures were given as a toll (`the death toll rose to 40`, `the number of dead reached 12`), not as the outcome
    /// of a verb the sentence tells.
    public var isNamedToll = false
    /// The figures count part of a group (`three of the passengers died`): a part of whatever toll was told, never
    /// another source's lower report of it.
    public var isPart = false
    /// The figures are of more people than a figure told before for the same event (`The bomber also died`,
    /// `two more bodies were found`): they add to it rather than stand beside it as another report.
    public var addsFatalities = false
    public var addsInjured = false
    /// The side of an armed clash the dead belong to, when the sentence's figure for the dead counts one side only
    /// (`Four soldiers were killed`, `killing at least 12 attackers`): a later sentence's dead of the other side add to it.
    public var killedSide: CombatSide?

    public init(fatalities: Count? = nil, injured: Count? = nil, other: [String: Count] = [:]) {
        self.fatalities = fatalities
        self.injured = injured
        self.other = other
    }
}

/// The two sides of an armed clash, as the nouns for their dead name them.
public enum CombatSide: Hashable, Sendable {
    /// A state's forces: soldiers, police, troops.
    case stateForces
    /// Armed groups that are no state's: militants, rebels, attackers.
    case armedGroup

    /// The side a person noun (singular or plural) names, if it names one.
    static func of(_ word: String) -> CombatSide? {
        let singular = CountLexicon.singular(word)
        if EventLexicon.forces.contains(singular) || EventLexicon.forces.contains(word) { return .stateForces }
        if EventLexicon.nonStateForces.contains(singular) || CountLexicon.perpetrators.contains(singular) { return .armedGroup }
        return nil
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
    ///
    /// A figure of the main clause is the event's: a temporal clause after it (`a day after seven
    /// civilians died in a similar blast`, `two years after a massacre in the area left about 100 dead`) tells of another event,
    /// and its figures count only where the main clause gives none.
    static func read(_ tokens: [ReaderToken]) -> CasualtyCounts {
        // Quotation marks carry no count (`killing "about twenty" of its members`).
        let tokens = tokens.contains(where: { quotationMarks.contains($0.lower) }) ? tokens.filter { !quotationMarks.contains($0.lower) } : tokens
        var whole = reading(tokens)
        if let cut = tokens.indices.dropFirst().first(where: { temporalOpeners.contains(tokens[$0].lower) }) {
            let main = reading(Array(tokens[..<cut]))
            if let fatalities = main.fatalities { whole.fatalities = fatalities }
            if let injured = main.injured { whole.injured = injured }
        }
        // Sources that disagree (`killed 12 people, a police spokeswoman said, though a local chief said he had counted 17
        // bodies`): the lower figure is kept, as ACLED keeps it. A contrast clause after a comma, or a clause after a semicolon,
        // counts as another source's figure when its own speech verb comes before its first number; `while three died in B,
        // officials said` is no disagreement. (A toll put at another figure, `although residents put the toll at 14`, is read
        // with the toll: `readTolls`.) Each such clause is weighed against all that comes before it.
        let cuts = tokens.indices.dropFirst().filter {
            (tokens[$0 - 1].lower == "," && contrastOpeners.contains(tokens[$0].lower)) || tokens[$0 - 1].lower == ";"
        }
        for (position, cut) in cuts.enumerated() {
            let end = position + 1 < cuts.count ? cuts[position + 1] : tokens.count
            guard let number = tokens[cut..<end].firstIndex(where: { $0.kind == .number || CountLexicon.numberWords[$0.lower] != nil }),
                tokens[cut..<number].contains(where: { AttributionLexicon.speechVerbs.contains($0.lower) }),
                !isUpdate(tokens, clause: cut, firstNumber: number)
            else { continue }
            let main = reading(Array(tokens[..<cut])), other = reading(Array(tokens[cut..<end]))
            if let first = main.fatalities, let second = other.fatalities { whole.fatalities = Count.conservative(first, second) }
            if let first = main.injured, let second = other.injured { whole.injured = Count.conservative(first, second) }
        }
        return whole
    }

    /// Whether the clause starting at `clause` gives a figure that replaces the one before it rather than disagreeing with it:
    /// `but officials later said 20 had died`, `but the toll rose to nine`, `by Sunday it said 14 had been killed`, or after
    /// a first figure told as a first one (`initially reported 11 dead`).
    static func isUpdate(_ tokens: [ReaderToken], clause: Int, firstNumber: Int) -> Bool {
        if tokens[clause..<firstNumber].contains(where: {
            CountLexicon.updatingAdverbs.contains($0.lower) || CountLexicon.risingVerbs.contains($0.lower) || CountLexicon.raisingVerbs.contains($0.lower)
        }) {
            return true
        }
        if tokens[clause].lower == "by", clause + 1 < tokens.count, CountLexicon.updatingTimes.contains(tokens[clause + 1].lower) { return true }
        return tokens[..<clause].contains { CountLexicon.firstFigureAdverbs.contains($0.lower) }
    }

    /// Words opening, after a comma, a clause that may give another source's figure.
    static let contrastOpeners: Set<String> = ["though", "although", "but", "while", "whereas"]

    static let quotationMarks: Set<String> = ["\"", "“", "”", "‘", "’", "«", "»"]

    /// Words opening a clause of another time than the main clause's.
    static let temporalOpeners: Set<String> = ["after", "before", "since"]

    /// The side of a clash the sentence's dead (`killed` of them) belong to, when its words count them on one side only.
    static func side(ofDead killed: Int?, in tokens: [ReaderToken]) -> CombatSide? {
        guard let killed, killed > 0 else { return nil }
        return CountReading(tokens: tokens).side(ofDead: killed)
    }

    private static func reading(_ tokens: [ReaderToken]) -> CasualtyCounts {
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
    var counts = CasualtyCounts()
    var spans: [NumberSpan] = []
    /// Verbs already used as the event of a subject count, so they do not count again as an object's verb.
    var usedVerbs: Set<Int> = []
    /// The sides whose dead a figure of this sentence counted.
    var deadSides: Set<CombatSide> = []

    init(tokens: [ReaderToken]) {
        self.tokens = tokens
    }

    mutating func run() {
        spans = numberSpans()
        for span in spans { readSubject(span) }
        readObjects()
        readSingulars()
        readTolls()
        readDeathsOf()
        // `the toll rose to four as rescuers found two more bodies`: the grown toll already holds the added dead.
        if counts.isRevision { (counts.addsFatalities, counts.addsInjured) = (false, false) }
        readZeroStatements()
        readEarlierTolls()
    }

    /// The one side a figure for the dead counts (`value`): the person noun after each figure in the words equal to it.
    func side(ofDead value: Int) -> CombatSide? {
        let sides = Set(numberSpans().filter { $0.count.value == value }.compactMap { span -> CombatSide? in
            // The noun of the figure's own phrase (`18 soldiers`, `two of the attackers`), not one past a conjunction or a
            // verb (`gave a toll of 11 and said soldiers had gone after`).
            let noun = (span.end..<min(tokens.count, span.end + 4))
                .prefix { tokens[$0].kind == .word && (!CountLexicon.phraseStops.contains(tokens[$0].lower) || ["of", "the"].contains(tokens[$0].lower)) }
                // A force's words count too (`two officers`, `one member of the security forces`), which are no person nouns of
                // the tolls' own; only a figure equal to the dead is looked at, so `two police stations` is seldom one.
                .first { CountLexicon.isPersonNoun(tokens[$0].lower) || CombatSide.of(tokens[$0].lower) == .stateForces }
            return noun.flatMap { CombatSide.of(tokens[$0].lower) }
        })
        return sides.count == 1 ? sides.first : nil
    }

    // MARK: recording

    /// Keeps the largest figure for a field: later updates in a sentence raise a toll, and the
    /// readers never add up figures from separate clauses.
    /// Records a figure that adds to one told before (see ``CasualtyCounts/addsFatalities``) when `adds`.
    /// In one sentence an addition sums with the figure already read (`killing five policemen; the bomber also
    /// died` is six); alone, it is marked to add to the event's earlier figure.
    /// Records a figure for the dead of `side`: the dead of the other side told in the same sentence add to it
    /// (`Two constables were killed, while three attackers were killed`: five), as ACLED sums both sides.
    mutating func recordDead(_ count: Count, side: CombatSide?, adds: Bool) {
        let otherSide = side.map { !deadSides.isEmpty && !deadSides.contains($0) } ?? false
        record(.fatalities, count, adds: adds || otherSide)
        if let side { deadSides.insert(side) }
    }

    /// The one side the person nouns of tokens `range` name (`constables`, `three attackers`), if they name one.
    func side(of range: Range<Int>) -> CombatSide? {
        let sides = Set(range.clamped(to: 0..<tokens.count).compactMap { CombatSide.of(tokens[$0].lower) })
        return sides.count == 1 ? sides.first : nil
    }

    mutating func record(_ field: CountField, _ count: Count, adds: Bool) {
        guard adds else { return record(field, count) }
        switch field {
        case .fatalities: add(count, to: \.fatalities, marking: \.addsFatalities)
        case .injured: add(count, to: \.injured, marking: \.addsInjured)
        case .other: record(field, count)
        }
    }

    private mutating func add(_ count: Count, to figure: WritableKeyPath<CasualtyCounts, Count?>, marking flag: WritableKeyPath<CasualtyCounts, Bool>) {
        if let earlier = counts[keyPath: figure] {
            counts[keyPath: figure] = Count(earlier.value + count.value, Self.combined(earlier.qualifier, count.qualifier))
        } else {
            counts[keyPath: figure] = count
            counts[keyPath: flag] = true
        }
    }

    /// Whether words in `range` say their figure is of more people than one told before: `also`, `more`,
    /// `further`, `another` (`four rebels were also killed`, `two more bodies`, `a further three died`).
    func addsToEarlier(_ range: Range<Int>) -> Bool {
        range.clamped(to: 0..<tokens.count).contains { CountLexicon.additionWords.contains(tokens[$0].lower) }
    }

    /// Whether the figure `span`, with its casualty word at `verb`, adds to an earlier one: an addition word
    /// between them or right before the figure (not a qualifier's `more`, as in `more than 20`).
    func addsToEarlier(_ span: NumberSpan, verb: Int) -> Bool {
        if let before = lower(span.start - 1), CountLexicon.additionWords.contains(before), before != "more" { return true }
        return addsToEarlier(span.end..<verb)
    }

    mutating func record(_ field: CountField, _ count: Count) {
        switch field {
        case .fatalities: if count.value > counts.fatalities?.value ?? -1 { counts.fatalities = count }
        case .injured: if count.value > counts.injured?.value ?? -1 { counts.injured = count }
        case .other(let key): if count.value > counts.other[key]?.value ?? -1 { counts.other[key] = count }
        }
    }

    /// A statement of none fills a field only when no figure was given for it.
    mutating func recordZero(_ field: CountField) {
        switch field {
        case .fatalities: if counts.fatalities == nil { counts.fatalities = Count(0) }
        case .injured: if counts.injured == nil { counts.injured = Count(0) }
        case .other(let key): if counts.other[key] == nil { counts.other[key] = Count(0) }
        }
    }

    // MARK: token helpers

    func lower(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].lower : nil
    }

    func matches(_ words: [String], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[index + offset].lower != word { return false }
        return true
    }

    func spanStarting(at index: Int) -> NumberSpan? {
        spans.first { $0.start == index }
    }
}
