import Language

/// The clauses a count is read from: a count as subject of a casualty word (objects are in `CountReading+Objects.swift`), one
/// person without a number, a toll, and statements of none.
extension CountReading {
    // MARK: subjects: `Five people were killed`, `12 killed`, `19 others injured`

    /// Reads a count that is the subject of a casualty word, or the count of a counted noun.
    mutating func readSubject(_ span: NumberSpan) {
        var index = span.end
        var partitive = false
        // `Seventeen of the assailants were killed`: a part of the attackers, whom news rarely counts whole, is counted as
        // they are; so is a part of any other group of people (`uncountedGroup(after:)`).
        if lower(span.end) == "of", lower(span.end + 1) == "the", let noun = lower(span.end + 2), CombatSide.of(noun) == .armedGroup,
            CountLexicon.passiveEvents[noun] == nil
        {
            index = span.end + 3
        } else if let group = uncountedGroup(after: span) {
            index = group
            partitive = true
        // Subsets and parts of another count: `two of those injured`, `one among those killed`, `including three children`.
        } else if lower(span.end) == "of" || lower(span.end) == "among" { return }
        if let before = lower(span.start - 1), CountLexicon.subsetWords.contains(before) { return }
        if lower(span.start - 1) == "them", lower(span.start - 2) == "among" { return }

        var total = span.count
        // `Two soldiers and four attackers were killed`, `six children, two women and a man were killed`:
        // a list as the subject adds up (`countedList`).
        if let list = countedList(from: span.start, asSubject: true), list.items > 1 {
            total = list.total
            index = pastComplement(from: list.end)
        }
        // `Six wounded people were evacuated`, `three dead soldiers`: a casualty word before the counted person.
        // Right after the figure only: in `4 gunmen killed villagers` the participle is the gunmen's verb.
        if index == span.end, let field = eventField(at: index), field.length == 1, let noun = lower(index + 1), CountLexicon.isPersonNoun(noun) {
            record(field.field, total)
            return
        }
        var words = 0
        var phraseWords: [Int] = []
        var sawAuxiliary = false
        scan: while index < tokens.count {
            let token = tokens[index]
            // `were "neutralised"`: a word quoted is still the verb.
            if CountLexicon.doubleQuoteMarks.contains(token.lower) {
                index += 1
                continue
            }
            if let field = eventField(at: index) {
                if isWeaponPhrase(phraseWords) { return }
                if field.needsFollowerCheck, !sawAuxiliary, !isPassiveFollower(index + field.length) { break scan }
                if partitive { counts.isPart = true }
                if field.field == .fatalities {
                    recordDead(total, side: side(of: span.end..<index), adds: addsToEarlier(span, verb: index))
                } else {
                    record(field.field, total, adds: addsToEarlier(span, verb: index))
                }
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
            // `Four soldiers of the 5th Brigade were killed`: a noun's `of` complement before the verb.
            if token.lower == "of", words > 0, !sawAuxiliary {
                let verb = pastComplement(from: index)
                if verb > index {
                    index = verb
                    continue
                }
            }
            if CountLexicon.auxiliaries.contains(token.lower) {
                sawAuxiliary = true
                index += 1
                continue
            }
            if sawAuxiliary { break scan }
            // `a suspected New People's Army (NPA) rebel were killed`: a bracketed abbreviation inside the subject.
            if token.lower == "(", let close = (index + 1..<min(tokens.count, index + 4)).first(where: { tokens[$0].lower == ")" }),
                (index + 1..<close).allSatisfy({ tokens[$0].kind == .word })
            {
                index = close + 1
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
            // `At least 22 soldiers and members of the VDP were killed`: people joined to the counted ones are of the count.
            if token.lower == "and", words > 0, !sawAuxiliary, let next = lower(index + 1), next.hasSuffix("s"),
               CountLexicon.isPersonNoun(next) || lower(index + 2) == "of" {
                index += 1
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

    /// The token after the group a figure is a part of (`two of its soldiers`, `three of the passengers`, `two of them`):
    /// news counts the part that was hurt, not the whole. A figure the sentence gave the whole before stands (a sentence
    /// keeps its highest figure), and told after a toll the part is marked as one (`CasualtyCounts.isPart`). Not a part of
    /// those already counted as casualties (`two of the dead`, `one of the wounded`).
    func uncountedGroup(after span: NumberSpan) -> Int? {
        guard lower(span.end) == "of" else { return nil }
        if lower(span.end + 1) == "them" { return span.end + 2 }
        guard let determiner = lower(span.end + 1), CountLexicon.definiteDeterminers.contains(determiner) else { return nil }
        // The group's noun, after at most two words describing it (`two of its elite soldiers`); a casualty word or a verb
        // before it ends the search (`two of the dead were soldiers`).
        for noun in span.end + 2..<min(tokens.count, span.end + 5) {
            guard tokens[noun].kind == .word, let word = lower(noun), !CountLexicon.phraseStops.contains(word),
                CountLexicon.passiveEvents[word] == nil, CountLexicon.tollNouns[word] == nil, !CountLexicon.auxiliaries.contains(word)
            else { return nil }
            if CountLexicon.isPersonNoun(word) || CombatSide.of(word) != nil { return noun + 1 }
        }
        return nil
    }

    /// A casualty word (or phrase) at `index`, with the field it fills.
    func eventField(at index: Int) -> (field: CountField, length: Int, needsFollowerCheck: Bool)? {
        guard index < tokens.count else { return nil }
        let word = tokens[index].lower
        if let key = CountLexicon.passiveEvents[word] {
            return (CountField(key: key), 1, CountLexicon.transitiveEvents.contains(word))
        }
        // Like a transitive verb: `Two assailants shot dead a teacher` counts the teacher, not the assailants.
        if matches(["shot", "dead"], at: index) || matches(["gunned", "down"], at: index) { return (.fatalities, 2, true) }
        // `beaten to death`, `stabbed to death`.
        if matches(["to", "death"], at: index + 1), CountLexicon.killingManners.contains(word) { return (.fatalities, 3, false) }
        if let length = hospitalPhrase(at: index) ?? survivalWithInjury(at: index) { return (.injured, length, false) }
        return nil
    }

    /// The length of `taken to hospital`, `rushed to a local clinic`, `admitted to Mandera County Referral Hospital`:
    /// the living brought in for care, that is the wounded.
    func hospitalPhrase(at index: Int) -> Int? {
        verbPhrase(at: index, verbs: CountLexicon.conveyingVerbs, preposition: "to", endingIn: CountLexicon.careNouns)
    }

    /// The length of `survived with gunshot wounds`, `escaped with minor injuries`: hurt, not killed.
    func survivalWithInjury(at index: Int) -> Int? {
        verbPhrase(at: index, verbs: CountLexicon.survivalVerbs, preposition: "with", endingIn: CountLexicon.injuryNouns)
    }

    /// The length of a verb of `verbs` at `index`, then `preposition`, then a few words (a determiner first, no other
    /// function word) ending in a noun of `nouns`; nil when the words do not run so.
    private func verbPhrase(at index: Int, verbs: Set<String>, preposition: String, endingIn nouns: Set<String>) -> Int? {
        guard let verb = lower(index), verbs.contains(verb), lower(index + 1) == preposition else { return nil }
        for position in (index + 2)..<min(tokens.count, index + 7) {
            guard tokens[position].kind == .word else { return nil }
            if nouns.contains(tokens[position].lower) { return position - index + 1 }
            if CountLexicon.phraseStops.contains(tokens[position].lower), position > index + 2 { return nil }
        }
        return nil
    }

    /// Whether what follows a bare participle shows it is passive (`12 killed in`, `12 killed.`)
    /// rather than active with an object (`4 gunmen killed villagers`).
    func isPassiveFollower(_ index: Int) -> Bool {
        guard index < tokens.count else { return true }
        let token = tokens[index]
        if token.kind == .mark { return true }
        if token.kind == .number { return false }
        if token.isCapitalized { return true }
        return CountLexicon.passiveFollowers.contains(token.lower)
    }

    /// Weapons and things are never casualties (`3 rockets killed 5 people` counts the people).
    func isWeaponPhrase(_ indices: [Int]) -> Bool {
        indices.contains { CountLexicon.nonPersonNouns.contains(tokens[$0].lower) }
    }

    /// The counted noun right after a number (`10 drones`, `29 Ukrainian drones`, `300 anti-war protesters`).
    func countedNoun(after span: NumberSpan) -> String? {
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

    /// An object list's total: `killing two soldiers and four civilians` is 6, `killing six children,
    /// two women and a man` is 9.
    func listTotal(from span: NumberSpan) -> Count {
        countedList(from: span.start, asSubject: false)?.total ?? span.count
    }

    /// Whether a count is the subject of its own clause (`killing 12 and 5 injured`), not part of a list.
    func startsClause(after span: NumberSpan) -> Bool {
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

    // MARK: one, without a number: `A soldier was killed`, `killing a 45-year-old man`

    mutating func readSingulars() {
        // `killing the driver`, `wounding his wife`: one person named by a definite or possessive word right
        // after a casualty verb (a number after the word, `killing the two men`, is read as a number).
        for index in tokens.indices where CountLexicon.definiteDeterminers.contains(tokens[index].lower) {
            guard let verb = lower(index - 1), let key = CountLexicon.activeVerbs[verb], key == "fatalities" || key == "injured",
                !spans.contains(where: { $0.start <= index + 1 && index + 1 < $0.end })
            else { continue }
            // The person may follow an adjective (`its elderly driver`); a list adds up (`killing the driver and two passengers`).
            guard knownPerson(at: index) != nil else { continue }
            record(CountField(key: key), countedList(from: index, asSubject: false)?.total ?? Count(1))
        }
        // `The bomber also died`, `the driver was killed`, `their driver and two passengers were wounded`: the known
        // person as the subject of a casualty word.
        for index in tokens.indices where CountLexicon.definiteDeterminers.contains(tokens[index].lower) {
            guard let head = knownPerson(at: index), CountLexicon.activeVerbs[lower(index - 1) ?? ""] == nil,
                !spans.contains(where: { $0.start <= index + 1 && index + 1 < $0.end }),
                // `the toll rose to 19, including the bomber, and 42 people were treated`: one of an earlier count, no subject.
                !CountLexicon.subsetWords.contains(lower(index - 1) ?? "")
            else { continue }
            let list = countedList(from: index, asSubject: true)
            var position = pastComplement(from: list?.end ?? head + 1)
            while let word = lower(position), CountLexicon.auxiliaries.contains(word) { position += 1 }
            let field: CountField
            var length = 1
            if let word = lower(position), word == "died" || word == "perished" {
                field = .fatalities
            } else if let event = eventField(at: position), position > (list?.end ?? head + 1) || !event.needsFollowerCheck {
                field = event.field
                length = event.length
            } else {
                continue
            }
            record(field, list?.total ?? Count(1), adds: addsToEarlier(index..<(position + length)))
        }
        for index in tokens.indices where tokens[index].lower == "a" || tokens[index].lower == "an" || tokens[index].lower == "another" {
            if spans.contains(where: { $0.start <= index && index < $0.end }) { continue }
            var position = index + 1
            var words: [Int] = []
            while position < tokens.count, words.count < 4, tokens[position].kind == .word {
                let word = tokens[position].lower
                if CountLexicon.phraseStops.contains(word) || CountLexicon.passiveEvents[word] != nil || CountLexicon.auxiliaries.contains(word)
                    || survivalWithInjury(at: position) != nil
                {
                    break
                }
                words.append(position)
                position += 1
            }
            // `A civilian was killed and another injured`: the verb left out after `and another`.
            if tokens[index].lower == "another", lower(index - 1) == "and", let word = lower(index + 1),
               let key = CountLexicon.passiveEvents[word], key == "fatalities" || key == "injured"
            {
                record(CountField(key: key), Count(1))
                continue
            }
            // `a number of`, `a family of five`, `a drone`: not one person.
            // `another was wounded` needs no noun.
            // `killing a married couple`, `an elderly couple was killed`: two people (not `a couple of`, a few).
            if let last = words.first(where: { tokens[$0].lower == "couple" }), lower(last + 1) != "of" {
                let verb = index >= 2 ? CountLexicon.activePhrases[[tokens[index - 2].lower, tokens[index - 1].lower]]
                    ?? lower(index - 1).flatMap({ CountLexicon.activeVerbs[$0] }) : lower(index - 1).flatMap({ CountLexicon.activeVerbs[$0] })
                var after = last + 1
                while let word = lower(after), CountLexicon.auxiliaries.contains(word) { after += 1 }
                if let key = verb, key == "fatalities" || key == "injured" {
                    record(CountField(key: key), Count(2))
                } else if after > last + 1, let field = eventField(at: after) {
                    record(field.field, Count(2))
                }
                continue
            }
            // `wounding a third`, `a fifth passenger survived`: one more of the people counted, unless a part of them
            // (`a third of the victims`).
            let isOrdinalOne = words.first.map { (WordLists.ordinals[tokens[$0].lower] ?? 0) >= 2 && lower($0 + 1) != "of" } ?? false
            guard !words.isEmpty || tokens[index].lower == "another", !words.contains(where: {
                (CountLexicon.collectiveNouns.contains(tokens[$0].lower) && !isOrdinalOne) || CountLexicon.nonPersonNouns.contains(tokens[$0].lower)
            }) else { continue }
            // `killed a village chief and four farmers`: the object list adds up.
            // `shot dead a judge`, `gunned down a policeman`: a two-word verb before the person.
            let phraseKey = index >= 2 ? CountLexicon.activePhrases[[tokens[index - 2].lower, tokens[index - 1].lower]] : nil
            if let key = phraseKey ?? lower(index - 1).flatMap({ CountLexicon.activeVerbs[$0] }), key == "fatalities" || key == "injured" {
                record(CountField(key: key), countedList(from: index, asSubject: false)?.total ?? Count(1))
                continue
            }
            // `A man and his three daughters were killed`.
            if let list = countedList(from: index, asSubject: true), list.items > 1 {
                let verb = pastComplement(from: list.end)
                var after = verb
                while let word = lower(after), CountLexicon.auxiliaries.contains(word) { after += 1 }
                if after > verb, let field = eventField(at: after) {
                    record(field.field, list.total)
                    continue
                }
            }
            // `a top commander of the Lashkar-e-Taiba was killed`: past a name in an `of` complement.
            position = pastComplement(from: position)
            // A singular subject: `was` or `has been`, then the casualty word, or `died` alone.
            let adds = tokens[index].lower == "another"
            if let word = lower(position), word == "died" || word == "perished" {
                record(.fatalities, Count(1), adds: adds)
                continue
            }
            if survivalWithInjury(at: position) != nil {
                record(.injured, Count(1), adds: adds)
                continue
            }
            guard lower(position) == "was" || lower(position) == "has" || lower(position) == "had" else { continue }
            let subjectEnd = position
            while let word = lower(position), CountLexicon.auxiliaries.contains(word) { position += 1 }
            if let field = eventField(at: position) { record(field.field, Count(1), adds: adds || addsToEarlier(subjectEnd..<position)) }
        }
    }

    // MARK: `documented the deaths of seven civilians`, `the killing of two farmers`

    mutating func readDeathsOf() {
        for index in tokens.indices.dropLast(2) where CountLexicon.deathNouns.contains(tokens[index].lower) && tokens[index + 1].lower == "of" {
            // The figure right after `of`, counting people (`the deaths of seven civilians`, not `the death of a policeman`).
            guard let span = spans.first(where: { $0.start == index + 2 }), span.end < tokens.count,
                  CountLexicon.isPersonNoun(tokens[span.end].lower)
            else { continue }
            record(.fatalities, span.count)
        }
    }
}
