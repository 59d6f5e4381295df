import Language

/// Deaths and damage with a natural or accidental cause (`heavy rain killed six`, `died battling a
/// blaze`, `were killed in the earthquake`) are no political violence: ACLED codes none of them.
extension SentenceGrammar {
    /// Whether the trigger's clause gives its harm a natural or accidental cause: the subject of an
    /// active verb (`The earthquake killed 11`), the object of `in`, `by`, `during` or `from` on it
    /// (`were killed in floods`), or the object of a verb of fighting a hazard (`battling a blaze`).
    /// A cause named with a weapon (`artillery fire killed three`) is no natural one.
    func hasNaturalCause(_ token: Int, phrase index: Int?, outcome: Bool) -> Bool {
        // `two people died after their car was swept off a flooded road`: a death told with no
        // weapon, no armed actor and no act of violence, in a sentence that names a hazard.
        if outcome, summary.weapons.isEmpty, !summary.hasCombatants,
            span.contains(where: { EventLexicon.naturalCauses.contains(lemma($0)) || EventLexicon.naturalCauses.contains(text($0).lowercased()) })
        {
            return true
        }
        guard let index, phrase(index).kind == .verb else { return false }
        let group = phrase(index)
        // A bare participle with an object is a past verb the tagger took for a participle (`rain killed six`).
        if group.voice == .active || takesObject(index), let subject = subjectPhrase(of: index), isNaturalCause(subject) { return true }
        // `died battling a blaze`: a verb of fighting a hazard in the trigger's group.
        if group.tokens.contains(where: { EventLexicon.hazardFightingVerbs.contains(lemma($0)) }), phrases.contains(index + 1), phrase(index + 1).kind == .noun,
            phrase(index + 1).tokens.lowerBound == group.tokens.upperBound, isNaturalCause(index + 1)
        {
            return true
        }
        for preposition in summary.prepositions[index] ?? [] where ["in", "by", "during", "from"].contains(lemma(phrase(preposition).head)) {
            if let object = phrase(preposition).object, isNaturalCause(object) { return true }
        }
        return false
    }

    /// The noun phrase right before a verb group, with nothing but its own prepositional phrases between.
    func subjectPhrase(of verb: Int) -> Int? {
        // `The earthquake killed 11 people and injured 412`: a verb joined to the one before shares its subject.
        let first = phrase(verb).tokens.lowerBound
        if first > span.lowerBound, tag(first - 1).universal == .cconj,
            let previous = (phrases.lowerBound..<verb).last(where: { phrase($0).kind == .verb && !isReporting($0) }),
            !separated(phrase(previous).head, first)
        {
            return subjectPhrase(of: previous)
        }
        var candidate = verb - 1
        // Past the subject's own prepositional phrases, each a preposition's phrase and its object's (`a crowd in X beat`).
        while phrases.contains(candidate), verb - candidate <= 4 {
            if phrase(candidate).kind == .prepositional {
                candidate -= 1
            } else if phrase(candidate).kind == .noun, phrases.contains(candidate - 1), phrase(candidate - 1).kind == .prepositional,
                phrase(candidate - 1).object == candidate, phrases.contains(candidate - 2), phrase(candidate - 2).kind == .noun
            {
                candidate -= 2
            } else {
                break
            }
        }
        guard phrases.contains(candidate), phrase(candidate).kind == .noun, !separated(phrase(candidate).tokens.lowerBound, phrase(verb).head)
        else { return nil }
        return candidate
    }

    /// Whether a noun phrase names a natural hazard or an accident, and no weapon.
    private func isNaturalCause(_ index: Int) -> Bool {
        let tokens = Array(phrase(index).tokens)
        return EventLexicon.naturalCauses.contains(lemma(phrase(index).head)) && weapon(in: tokens) == nil
    }
}
