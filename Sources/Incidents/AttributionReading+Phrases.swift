import Language

/// Who speaks: the speaker of a speech verb, and the phrase after a cue (`according to`, `citing`).
extension AttributionReading {
    // MARK: speaker of a speech verb

    /// The source of the speech verb at `verb`: the phrase before it, or after it (`said Mykola Hrytsenko`).
    func speaker(of verb: Int) -> AttributionPiece? {
        // Passives and nouns: `were reported`, `the reported downing`, `reports emerged`, `claims could not be verified`.
        if let previous = lower(verb - 1), AttributionLexicon.passiveMarkers.contains(previous) { return nil }
        if let next = lower(verb + 1), AttributionLexicon.nounFollowers.contains(next) || AttributionLexicon.speechVerbs.contains(next) {
            return nil
        }
        var lowerBound = segmentStart(before: verb)
        var upperBound = verb
        // `…, said Zabihullah Mujahid, the Taliban spokesman`: the speaker follows the verb.
        if lowerBound == verb, verb > 1, tokens[verb - 1].lower == ",", let after = invertedSpeaker(of: verb) {
            return piece(source: after, verb: verb)
        }
        // `Leonid Pasechnik, acting head of …, said`: the comma closing an aside stands before the verb.
        if lowerBound == verb, verb > 1, tokens[verb - 1].lower == "," {
            let asideStart = segmentStart(before: verb - 1)
            if asideStart < verb - 1, isNounPhrase(asideStart..<verb - 1) {
                lowerBound = asideStart
                upperBound = verb - 1
            }
        }
        let phraseEnd = upperBound
        var strippedConjunction = false
        // Drop trailing adverbs and perfect auxiliaries: `Gladkov also said`, `Peskov on Wednesday said`.
        while upperBound > lowerBound {
            let word = tokens[upperBound - 1].lower
            if AttributionLexicon.trailingAdverbs.contains(word) || AttributionLexicon.dayWords.contains(word) {
                upperBound -= 1
            } else if word == "on", upperBound < phraseEnd {
                upperBound -= 1
            } else if AttributionLexicon.conjunctions.contains(word) {
                upperBound -= 1
                strippedConjunction = true
            } else {
                break
            }
        }
        while lowerBound < upperBound, AttributionLexicon.conjunctions.contains(tokens[lowerBound].lower) {
            lowerBound += 1
            strippedConjunction = true
        }
        if lowerBound == upperBound {
            if strippedConjunction {
                // `Ukraine did not confirm …, but said`: the speaker is the subject of the sentence.
                return leadingSubject(of: firstClauseStart(), before: verb).map { piece(source: $0, verb: verb) }
            }
            // `“…,” said Mykola Hrytsenko`.
            return invertedSpeaker(of: verb).map { piece(source: $0, verb: verb) }
        }
        var range = lowerBound..<upperBound
        if !isNounPhrase(range) {
            guard strippedConjunction, let subject = leadingSubject(of: range.lowerBound, before: verb) else { return nil }
            return piece(source: subject, verb: verb)
        }
        if range.count == 1, !tokens[range.lowerBound].isAcronym, AttributionLexicon.pronouns.contains(tokens[range.lowerBound].lower) {
            return nil
        }
        // `the statement added`: a document speaks for someone named elsewhere.
        let content = tokens[range].filter { !AttributionLexicon.articles.contains($0.lower) }
        if content.count == 1, AttributionLexicon.documentNouns.contains(content[0].lower) { return nil }
        // `OneWhale's statement said`: the owner speaks.
        if range.count >= 2, AttributionLexicon.documentNouns.contains(tokens[range.upperBound - 1].lower),
            tokens[range.upperBound - 2].lower.hasSuffix("'s")
        {
            let owner = text(range.lowerBound..<range.upperBound - 1)
            return piece(source: String(owner.dropLast(2)), verb: verb)
        }
        // `Leonid Pasechnik, acting head of …, said`: the name before the aside speaks.
        if let name = nameBeforeAside(range) { range = name }
        guard let source = clean(range) else { return nil }
        return piece(source: source, verb: verb)
    }

    /// The speaker named right after the verb: `said Mykola Hrytsenko`, `said the Taliban spokesman`.
    func invertedSpeaker(of verb: Int) -> String? {
        guard AttributionLexicon.invertingVerbs.contains(tokens[verb].lower), verb + 1 < tokens.count,
            tokens[verb + 1].kind == .word, tokens[verb + 1].isCapitalized || tokens[verb + 1].lower == "the"
        else { return nil }
        return phrase(from: verb + 1)
    }

    /// A piece for `source`, with the medium named after the verb (`said on Telegram`, `told Reuters`)
    /// or in an opening phrase (`In a statement on Telegram, …`).
    func piece(source: String, verb: Int) -> AttributionPiece {
        var result = AttributionPiece(source: source, link: .plain)
        let first = verb + 1
        if tokens[verb].lower == "told" || tokens[verb].lower == "tells", first < tokens.count,
            tokens[first].isCapitalized || tokens[first].lower == "the", let outlet = phrase(from: first),
            outlet.first?.isUppercase == true
        {
            result.medium = outlet
            result.mediumIsOutlet = true
            return result
        }
        result.medium = platform(in: first..<min(tokens.count, verb + 13), stopAtBoundary: true)
        let speakerStart = segmentStart(before: verb)
        if result.medium == nil, speakerStart > 1, tokens[speakerStart - 1].lower == "," {
            let opening = segmentStart(before: speakerStart - 1)
            if let word = lower(opening), AttributionLexicon.openingWords.contains(word) {
                result.medium = platform(in: opening..<(speakerStart - 1), stopAtBoundary: false)
            }
        }
        return result
    }

    /// The start of the first segment that is not an opening phrase (`In a statement, …`).
    func firstClauseStart() -> Int {
        var start = 0
        while let word = lower(start), AttributionLexicon.prepositions.contains(word),
            let comma = tokens.indices.first(where: { $0 > start && isBoundary($0) })
        {
            start = comma + 1
        }
        return start
    }

    /// The first platform named in `range` (`on Telegram`, `on messaging app Telegram`, `on X`).
    func platform(in range: Range<Int>, stopAtBoundary: Bool) -> String? {
        for index in range {
            if stopAtBoundary, isBoundary(index) || tokens[index].lower == "that" { return nil }
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized else { continue }
            // `on Telegram`, `in a Telegram post`, `messaging app Telegram`; not `said Russia blocked Telegram`.
            let introduced = AttributionLexicon.platformIntroducers.contains(lower(index - 1) ?? "")
                || AttributionLexicon.documentNouns.contains(lower(index + 1) ?? "")
                || AttributionLexicon.platformPlaces.contains(lower(index + 1) ?? "")
            guard introduced else { continue }
            if token.lower == "x" {
                if lower(index - 1) == "on" { return "X" }
                continue
            }
            // Names of two words first (`Truth Social`), then of one.
            if let next = lower(index + 1), let name = AttributionLexicon.platforms[token.lower + " " + next] { return name }
            if let name = AttributionLexicon.platforms[token.lower] { return name }
        }
        return nil
    }

    /// Whether the tokens read as a noun phrase rather than a clause (`RIA did not report any damage`).
    func isNounPhrase(_ range: Range<Int>) -> Bool {
        guard range.count <= 14 else { return false }
        guard let first = tokens[range].first(where: { $0.kind == .word }) else { return false }
        if AttributionLexicon.prepositions.contains(first.lower) { return false }
        for index in range {
            let word = tokens[index].lower
            if tokens[index].isAcronym { continue }
            if AttributionLexicon.clauseWords.contains(word) || word.hasSuffix("n't") { return false }
            if AttributionLexicon.speechVerbs.contains(word), !tokens[index].isCapitalized { return false }
            if tokens[index].kind == .mark, word != ".", word != "'", word != "-", word != "&" { return false }
        }
        return true
    }

    /// The subject that opens the segment at `start`: its words up to the first verb-like word (`RIA`).
    func leadingSubject(of start: Int, before end: Int) -> String? {
        var stop = start
        while stop < end, tokens[stop].kind != .mark || tokens[stop].lower == ".",
            tokens[stop].isAcronym || !AttributionLexicon.clauseWords.contains(tokens[stop].lower), !tokens[stop].lower.hasSuffix("n't"),
            tokens[stop].isCapitalized || !AttributionLexicon.speechVerbs.contains(tokens[stop].lower)
        {
            stop += 1
        }
        guard stop > start, stop - start <= 6, tokens[start].isCapitalized,
            !AttributionLexicon.prepositions.contains(tokens[start].lower)
        else { return nil }
        return clean(start..<stop)
    }

    /// `Leonid Pasechnik, acting head of the self-declared Luhansk People's Republic`: the name, when
    /// the phrase before the verb is a lower-case aside after a name that opens the clause.
    func nameBeforeAside(_ range: Range<Int>) -> Range<Int>? {
        guard let first = tokens[range].first, !first.isCapitalized, range.lowerBound >= 2,
            tokens[range.lowerBound - 1].lower == ","
        else { return nil }
        let nameEnd = range.lowerBound - 1
        let nameStart = segmentStart(before: nameEnd)
        guard nameStart < nameEnd, nameEnd - nameStart <= 7 else { return nil }
        // `Syrian Observatory for Human Rights`: a name may hold lower-case connectors, but not start with one.
        let isName = tokens[nameStart].isCapitalized && (nameStart..<nameEnd).allSatisfy {
            tokens[$0].isCapitalized || tokens[$0].lower == "." || ActorLexicon.nameConnectors.contains(tokens[$0].lower)
        }
        return isName ? nameStart..<nameEnd : nil
    }

    // MARK: phrases after a cue

    /// The noun phrase starting at `start`, up to a boundary, a time word, a relative word or a medium.
    func phrase(from start: Int) -> String? {
        var end = start
        while end < tokens.count, !isBoundary(end), !quoted[end] || quoted[start] {
            let word = tokens[end].lower
            if tokens[end].isAcronym {
                end += 1
                continue
            }
            if AttributionLexicon.phraseEnders.contains(word) || AttributionLexicon.dayWords.contains(word) { break }
            if AttributionLexicon.speechVerbs.contains(word), end > start, !tokens[end].isCapitalized { break }
            // `on Wednesday`, `on Telegram`, `in a statement`: the phrase is over.
            if word == "on" || word == "in" || word == "at",
                let next = lower(end + 1),
                AttributionLexicon.dayWords.contains(next) || AttributionLexicon.platforms[next] != nil
                    || next == "a" || next == "an" || next == "its" || next == "his" || next == "her" || next == "their"
                    || tokens[end + 1].kind == .number || CountLexicon.months.contains(next)
            {
                break
            }
            end += 1
            if end - start > 16 { return nil }
        }
        guard end > start else { return nil }
        return clean(start..<end)
    }

    /// The source a cue names: `a statement released by the Russian government` names the government,
    /// and a bare `the statement` (said elsewhere) names no one.
    func owner(from start: Int) -> String? {
        var head = start
        while let word = lower(head), AttributionLexicon.articles.contains(word) || word == "latest" || word == "new" { head += 1 }
        guard let noun = lower(head), AttributionLexicon.documentNouns.contains(noun) else { return phrase(from: start) }
        var index = head + 1
        while index < tokens.count, index < head + 6, !isBoundary(index) {
            if tokens[index].lower == "by" || tokens[index].lower == "from" { return phrase(from: index + 1) }
            index += 1
        }
        return nil
    }

    /// The phrase as written, without a leading `the`, trailing punctuation or a media descriptor
    /// (`state news agency RIA Novosti` is `RIA Novosti`).
    func clean(_ range: Range<Int>) -> String? {
        var lowerBound = range.lowerBound
        var upperBound = range.upperBound
        while upperBound > lowerBound, tokens[upperBound - 1].kind == .mark, tokens[upperBound - 1].lower != "." || !isAbbreviationDot(upperBound - 1) {
            upperBound -= 1
        }
        if lowerBound < upperBound, tokens[lowerBound].lower == "the" { lowerBound += 1 }
        guard lowerBound < upperBound else { return nil }
        // `the dissident Freedom for Russia Legion`: a group's name without the words describing it.
        if !tokens[lowerBound].isCapitalized,
            let group = ActorReader.namedGroups(Array(tokens[lowerBound..<upperBound])).last,
            group.upperBound == upperBound - lowerBound
        {
            lowerBound += group.lowerBound
        }
        // `state news agency RIA Novosti`, `the militant group Hamas`: the name after a descriptor.
        if let descriptor = (lowerBound..<upperBound).last(where: { AttributionLexicon.descriptorNouns.contains(tokens[$0].lower) && !tokens[$0].isCapitalized }) {
            let after = descriptor + 1..<upperBound
            if !after.isEmpty, tokens[after.lowerBound].isCapitalized {
                lowerBound = after.lowerBound
            } else if after.isEmpty {
                // `the state-run Xinhua news agency`: the name before the descriptor.
                var nameEnd = descriptor
                while nameEnd > lowerBound, AttributionLexicon.descriptorNouns.contains(tokens[nameEnd - 1].lower) { nameEnd -= 1 }
                var nameStart = nameEnd
                while nameStart > lowerBound, tokens[nameStart - 1].isCapitalized { nameStart -= 1 }
                // `the Russian news agency` names no agency.
                if nameStart < nameEnd, nameEnd - nameStart <= 3, !(nameStart..<nameEnd).allSatisfy({ ActorLexicon.isDemonym(tokens[$0].lower) }) {
                    lowerBound = nameStart
                    upperBound = nameEnd
                }
            }
        }
        return text(lowerBound..<upperBound)
    }

    func isAbbreviationDot(_ index: Int) -> Bool {
        index > 0 && WordLists.titleAbbreviations.contains(tokens[index - 1].lower)
    }
}
