import Language

/// Words and clauses the place walk reads around a place: measures, years, bearings, clause openers, coordinated verbs,
/// actors' words and objects.
extension SentenceGrammar {
    /// Whether noun phrase `index` measures a distance (`about 20 km north-west`, `30 miles`): a number and a unit of length.
    /// The phrase's words and up to four before it count: the tagger may split the measure (`20 km` read as a verb, `north-west`).
    func isDistance(_ index: Int) -> Bool {
        let phrase = phrase(index).tokens
        let tokens = max(span.lowerBound, phrase.lowerBound - 4)..<phrase.upperBound
        return tokens.contains { tag($0).universal == .num } && tokens.contains { WordLists.lengthUnits.contains(text($0).lowercased()) }
    }

    /// Whether token `token` is a year written in four digits (`1990`, `2014`).
    func isYear(_ token: Int) -> Bool {
        let written = text(token)
        return written.count == 4 && Int(written).map { (1900...2099).contains($0) } == true
    }

    /// Whether noun phrase `index` is a bearing (`north`, `north-east`): compass points only, hyphenated or not. With
    /// an article it names a part (`in the north of X` is in X), no bearing.
    func isBearing(_ index: Int) -> Bool {
        let words = phrase(index).tokens.filter { text($0) != "-" }
        return !words.isEmpty && words.allSatisfy { WordLists.compassPoints.contains(text($0).lowercased()) }
    }

    /// The subordinating word opening the clause whose verb group starts at `start` (`after` in `hours after the body
    /// was found`): the nearest `after`, `before` or `until` before it, with no comma or other verb group between.
    func temporalOpener(before start: Int) -> Int? {
        var token = start - 1
        while token >= span.lowerBound, start - token <= 10 {
            if text(token) == "," { return nil }
            if let index = phrase(of: token), phrase(index).kind == .verb { return nil }
            if ["after", "before", "until"].contains(lemma(token)), [.adp, .sconj].contains(tag(token).universal) { return token }
            token -= 1
        }
        return nil
    }

    /// Whether verb phrase `verb` is in a clause opened by `as` or `while` with its subject (`as he rode`, `while the
    /// family travelled`): a time the same as the main clause's.
    func isSimultaneous(_ verb: Int) -> Bool {
        var token = phrase(verb).tokens.lowerBound - 1
        while token >= span.lowerBound, phrase(verb).tokens.lowerBound - token <= 4 {
            if text(token) == "," || phrase(of: token).map({ phrase($0).kind == .verb }) == true { return false }
            if ["as", "while"].contains(lemma(token).lowercased()), [.adp, .sconj].contains(tag(token).universal) {
                return token + 1 < phrase(verb).tokens.lowerBound
            }
            token -= 1
        }
        return false
    }

    /// The clause of a verb coordinated right after verb phrase `verb` (`beat and burned`), if it is a trigger's.
    func coordinatedClause(after verb: Int, in clauses: [EventClause]) -> Int? {
        let next = verb + 1
        guard phrases.contains(next), phrase(next).kind == .verb, phrase(next).tokens.lowerBound > 0,
              ["and", "or"].contains(text(phrase(next).tokens.lowerBound - 1).lowercased()) else { return nil }
        return clauses.firstIndex { $0.phrase == next }
    }

    /// Whether noun phrase `index` names who acts (a force, a group, an institution) by its head word.
    func namesActor(_ index: Int) -> Bool {
        let head = phrase(index).head
        return [lemma(head).lowercased(), text(head).lowercased()].contains { word in
            ActorLexicon.forceNouns.contains(word) || ActorLexicon.genericNouns.contains(word)
                || ActorLexicon.institutionNouns.contains(word) || ActorLexicon.groupWords.contains(word)
        }
    }

    /// A bare participle with an object right after it is active (`Gunmen killed 10 people`), whatever the tag says.
    func takesObject(_ verb: Int) -> Bool {
        let group = phrase(verb)
        guard group.tokens.count == 1, phrases.contains(verb + 1) else { return false }
        let next = phrase(verb + 1)
        guard next.tokens.lowerBound == group.tokens.upperBound else { return false }
        if next.kind == .noun { return true }
        // `killed at least 18 people`, `wounded up to 20`: a quantifier the chunker read as a preposition.
        if next.kind == .prepositional, ["at", "up"].contains(lemma(next.head)), let object = next.object {
            return phrase(object).tokens.contains { tag($0).universal == .num }
        }
        return false
    }
}
