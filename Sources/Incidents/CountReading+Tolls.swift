/// Tolls: a figure given for the dead or hurt of an event as a whole, as it rises, is revised or is estimated by
/// another source.
extension CountReading {
    // MARK: tolls: `the death toll rose to 40`, `the number of injured reached 65`

    mutating func readTolls() {
        for index in tokens.indices {
            var field: CountField?
            var start = index + 1
            if tokens[index].lower == "toll" {
                var before = lower(index - 1)
                // `a provisional toll of 21`, `the official death toll`.
                if let word = before, word != "death", CountLexicon.tollAdjectives.contains(word) { before = lower(index - 2) }
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
            // `The group later raised the toll to 11`: the toll's verb before it.
            var raisedBefore = (max(0, index - 3)..<index).contains { CountLexicon.raisingVerbs.contains(tokens[$0].lower) }
            // `A statement later on Tuesday put the death toll at eight`: a figure given later is the update,
            // not another source's figure beside the first.
            if let verb = (max(0, index - 3)..<index).last(where: { CountLexicon.tollVerbs.contains(tokens[$0].lower) }),
                (max(0, verb - 6)..<verb).contains(where: { CountLexicon.updatingAdverbs.contains(tokens[$0].lower) }) {
                raisedBefore = true
            }
            if raisedBefore, field == .fatalities || field == .injured { counts.isRevision = true }
            // `killed at least 10 villagers, police said, although residents put the toll at 14`: another source's
            // estimate beside a figure the sentence gave is a conflicting report, of which the lower is kept (ACLED's rule).
            let estimate = !raisedBefore && (max(0, index - 3)..<index).contains { CountLexicon.estimateVerbs.contains(tokens[$0].lower) }
            var raised = false
            var verbSeen = false
            // `the toll from Monday's attack on three villages rose to 12`: a figure inside the toll's own phrase is not it.
            let modified = ["from", "in", "after", "on"].contains(lower(start) ?? "")
            // The toll's figure comes soon after it, or after its verb when a long `from ...` phrase stands between
            // (`the death toll from a gang attack on the town of X in the Y region has risen to at least 70`).
            for position in start..<min(tokens.count, start + Self.tollReach) {
                let word = tokens[position].lower
                if word == "." || word == ";" || word == "toll" { break }
                if CountLexicon.exceedingVerbs.contains(word) { raised = true }
                if CountLexicon.risingVerbs.contains(word) || CountLexicon.raisingVerbs.contains(word), field == .fatalities || field == .injured {
                    counts.isRevision = true
                }
                if CountLexicon.exceedingVerbs.contains(word) || CountLexicon.risingVerbs.contains(word) || CountLexicon.tollVerbs.contains(word) {
                    verbSeen = true
                }
                guard let span = spans.first(where: { $0.start == position }), verbSeen || (!modified && position < start + 10) else { continue }
                // `rose by 5`, `from 30 to 40`: not the toll itself.
                if let before = lower(position - 1), before == "by" || before == "from" { continue }
                var count = span.count
                if raised, count.qualifier == .exact { count.qualifier = .atLeast }
                if estimate, !counts.isRevision, let earlier = field == .fatalities ? counts.fatalities : field == .injured ? counts.injured : nil {
                    if field == .fatalities { counts.fatalities = Count.conservative(earlier, count) } else { counts.injured = Count.conservative(earlier, count) }
                    counts.isNamedToll = true
                    break
                }
                record(field, count)
                counts.isNamedToll = true
                break
            }
        }
    }

    /// How far after `toll` its figure may stand, in tokens (past the first ten, only after the toll's verb).
    static let tollReach = 40

    /// Marks the sentence's figures as an earlier toll the story has since replaced: `Early figures had given the death
    /// toll as five`, `Officials had previously counted 12 dead`, `Police had earlier put the toll at three`.
    mutating func readEarlierTolls() {
        counts.isEarlier = tokens.indices.contains { index in
            CountLexicon.earlierTollWords.contains(tokens[index].lower)
                || tokens[index].lower == "had" && (index + 1..<min(tokens.count, index + 3)).contains {
                    CountLexicon.tellingParticiples.contains(tokens[$0].lower)
                }
        }
    }
}
