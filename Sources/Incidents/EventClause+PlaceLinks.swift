import Language

/// What a place's phrase hangs on beyond its own link: the event an event noun's verb tells of, the away phrase over it,
/// a border named as a landmark, and the nearest event clause.
extension SentenceGrammar {
    /// The clause whose trigger heads the subject of verb phrase `verb`, read through a relative pronoun
    /// (`the blast hit a market`, `the attack, which hit two villages`): the verb tells where that event struck.
    func eventSubject(ofVerb verb: Int, clauses: [EventClause]) -> Int? {
        var before = phrase(verb).tokens.lowerBound - 1
        if before >= span.lowerBound, tag(before).penn == "WDT" || ["which", "that"].contains(text(before).lowercased()) {
            before -= 1
            if before >= span.lowerBound, text(before) == "," { before -= 1 }
        }
        guard before >= span.lowerBound, let subject = phrase(of: before), phrase(subject).kind == .noun else { return nil }
        return clauses.firstIndex { $0.phrase == subject && !$0.isOutcome }
    }

    /// The away phrase (`from Punjab`, `with army troops`) whose object is noun phrase `index`: its preposition and what it hangs on.
    /// A part or a number of people (`a column of soldiers`, `dozens of gunmen`) stands where its whole stands.
    func awayPhrase(of index: Int) -> (preposition: String, governor: Int)? {
        var current = index
        for _ in 0..<4 {
            // `with Malian troops and their Russian allies`: a later item of a list hangs where the first does.
            if case .listed(let previous)? = link(of: current) {
                current = previous
                continue
            }
            guard case .preposition(let preposition, let governor?)? = link(of: current) else { return nil }
            if Self.awayPrepositions.contains(preposition) { return (preposition, governor) }
            guard preposition == "of", phrase(governor).kind == .noun else { return nil }
            current = governor
        }
        return nil
    }

    /// Whether noun phrase `index` names a border that serves as a landmark: it is headed by a border noun after the
    /// name (`the Niger border`), or is the object of `with` on one (`the border with Niger`), and that border is the
    /// object of `near` (or `close to`, `next to`).
    func isLandmarkBorder(around index: Int) -> Bool {
        var border = index
        if !(WordLists.borderNouns.contains(lemma(phrase(index).head).lowercased()) && phrase(index).head > phrase(index).tokens.lowerBound) {
            guard case .preposition("with", let governor?)? = link(of: index), phrase(governor).kind == .noun,
                WordLists.borderNouns.contains(lemma(phrase(governor).head).lowercased())
            else { return false }
            border = governor
        }
        guard case .preposition("near", _)? = link(of: border) else { return false }
        return true
    }

    /// The event of the clause holding `token`: the nearest trigger not across a clause break or a
    /// statement (`..., officials said`).
    func clauseRole(near token: Int, clauses: [EventClause], forward: Bool = false) -> PlaceRole {
        var best: (distance: Int, index: Int)?
        for (index, clause) in clauses.enumerated() {
            let trigger = clause.trigger.lowerBound
            if forward && trigger < token { continue }
            let (low, high) = trigger < token ? (trigger, token) : (token, trigger)
            if separated(low, high) || count(summary.reportingBefore, low, high) > 0 { continue }
            let distance = high - low
            if best == nil || distance < best!.distance { best = (distance, index) }
        }
        return best.map { .event($0.index) } ?? .unattached
    }
}
