import Language

/// Statements that nobody was killed or hurt: `no casualties were reported`, `no one was killed`, `without causing
/// casualties`, `the passengers were reported safe`.
extension CountReading {
    /// Records a zero for each field a statement of none covers.
    mutating func readZeroStatements() {
        for index in tokens.indices {
            let word = tokens[index].lower
            if word == "no" || word == "without" {
                // `no (immediate) (reports of) casualties`; `without causing casualties`: `without` may take a verb that
                // causes them (not one that tells them: `without reporting casualties` says nothing of how many).
                var position = index + 1
                var skipped = 0
                if word == "without", let next = lower(position), CountLexicon.causingGerunds.contains(next) {
                    position += next == "resulting" && lower(position + 1) == "in" ? 2 : 1
                }
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
            // `civilians remained unharmed`, `all passengers escaped unhurt`.
            if CountLexicon.unharmedWords.contains(word), let verb = lower(index - 1), CountLexicon.stateVerbs.contains(verb) {
                recordZero(CountField(key: "fatalities"))
                recordZero(CountField(key: "injured"))
            }
            // `The passengers were reported safe`, `all passengers are safe`: people said to be safe were neither killed nor hurt.
            if word == "safe", isSafeStatement(at: index) {
                recordZero(CountField(key: "fatalities"))
                recordZero(CountField(key: "injured"))
            }
            // `did not report any casualties`, `didn't cause any injuries`.
            if word == "any", let noun = lower(index + 1), let fields = CountLexicon.zeroNouns[noun] {
                let window = max(0, index - 4)..<index
                // `gave no details of any casualties` says nothing of how many: what is denied is the telling.
                if window.contains(where: { CountLexicon.negations.contains(tokens[$0].lower) || tokens[$0].lower.hasSuffix("n't") }),
                    !window.contains(where: { CountLexicon.informationNouns.contains(tokens[$0].lower) })
                {
                    fields.forEach { recordZero(CountField(key: $0)) }
                }
            }
        }
    }

    /// Whether `safe` at `index` says people are safe: a person noun, a `be`-like verb (`were`, `remained`, `were
    /// reported`) and `safe` (`The driver was reported safe`); not a place or a return (`it was safe to go back`).
    private func isSafeStatement(at index: Int) -> Bool {
        var position = index - 1
        if lower(position) == "reported" { position -= 1 }
        guard let verb = lower(position), CountLexicon.stateVerbs.contains(verb), let subject = lower(position - 1) else { return false }
        if lower(index + 1) == "to" { return false }
        return CountLexicon.isPersonNoun(subject) || EventLexicon.captives.contains(CountLexicon.singular(subject))
    }
}
