/// Counts that are the object of a casualty verb: `killing 12`, `kills 5`, `police arrested 25 people`,
/// `stabbed two men to death`, `shot dead three farmers`.
extension CountReading {
    mutating func readObjects() {
        for span in spans {
            // `killing "around 10" soldiers`: a figure quoted from a source is still the verb's object.
            let verb = span.start - (CountLexicon.quoteMarks.contains(lower(span.start - 1) ?? "") ? 2 : 1)
            guard verb >= 0, !usedVerbs.contains(verb), let key = CountLexicon.activeVerbs[tokens[verb].lower] else { continue }
            // `killed 2 hours later` is excluded as a unit already; `the injured 3` has no verb.
            if lower(verb - 1) == "the" { continue }
            if let key = countedNoun(after: span), !CountLexicon.personKeys.contains(key) { continue }
            if CountField(key: key) == .fatalities {
                recordDead(listTotal(from: span), side: side(of: span.end..<min(tokens.count, span.end + 4)), adds: false)
            } else {
                record(CountField(key: key), listTotal(from: span))
            }
        }
        // `lynched and burned two men`: the object of two coordinated verbs is the casualty verb's too (not when the
        // second is one itself: `killed and wounded 30` is read by that one).
        for span in spans where span.start >= 3 && lower(span.start - 2) == "and" {
            let verb = span.start - 3
            guard !usedVerbs.contains(verb), CountLexicon.activeVerbs[tokens[span.start - 1].lower] == nil, tokens[span.start - 1].kind == .word,
                let key = CountLexicon.activeVerbs[tokens[verb].lower], key == "fatalities" || key == "injured" || key == "abducted"
            else { continue }
            if let noun = countedNoun(after: span), !CountLexicon.personKeys.contains(noun) { continue }
            record(CountField(key: key), listTotal(from: span))
        }
        // `stabbed two men to death`, `beat three villagers to death`: the dead between the manner and `to death`.
        for span in spans where span.start >= 1 && CountLexicon.killingManners.contains(tokens[span.start - 1].lower) {
            guard let to = (span.end..<min(tokens.count, span.end + 4)).first(where: { matches(["to", "death"], at: $0) }),
                  !(span.end..<to).contains(where: { tokens[$0].kind != .word })
            else { continue }
            if let noun = countedNoun(after: span), !CountLexicon.personKeys.contains(noun) { continue }
            recordDead(listTotal(from: span), side: side(of: span.end..<to), adds: false)
        }
        // `police shot dead three farmers`, `hacked to death 18 civilians`.
        for span in spans where span.start >= 2 {
            let pair = [tokens[span.start - 2].lower, tokens[span.start - 1].lower]
            let toDeath = span.start >= 3 && pair == ["to", "death"] && CountLexicon.killingManners.contains(tokens[span.start - 3].lower)
            guard let key = toDeath ? "fatalities" : CountLexicon.activePhrases[pair] else { continue }
            if let noun = countedNoun(after: span), !CountLexicon.personKeys.contains(noun) { continue }
            record(CountField(key: key), listTotal(from: span))
        }
        // `found the bodies of five militants`, `recovered 12 bodies`, `two more bodies were pulled out`: the dead.
        for span in spans {
            let bodiesBefore = lower(span.start - 1) == "of" && ["bodies", "remains"].contains(lower(span.start - 2) ?? "")
            let bodiesAfter = (span.end..<min(tokens.count, span.end + 3)).first { tokens[$0].kind != .word || tokens[$0].lower == "bodies" }
                .map { tokens[$0].lower == "bodies" } ?? false
            guard bodiesBefore || bodiesAfter else { continue }
            record(.fatalities, bodiesBefore ? listTotal(from: span) : span.count, adds: addsToEarlier(span, verb: span.end + 1))
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
}
