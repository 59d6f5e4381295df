import Language

/// An event told as happening inside another (`traded fire with militants during a search raid in X`): the
/// other event frames it, in time and in place.
extension SentenceGrammar {
    /// Prepositions whose object is an event the clause before happened in (`during the raid`). Not `amid`, whose
    /// object is as often a state of affairs (`amid fighting in the east`) as the event itself.
    static let framingPrepositions: Set<String> = ["during"]

    /// The clause whose event frames clause `at`: the event noun a `during` phrase governs, after clause `at`'s
    /// trigger in its own clause (no verb and no clause break between). Its places are where clause `at`'s event was too,
    /// when no place of its own attaches to it.
    func framingClause(of at: Int, clauses: [EventClause]) -> Int? {
        let trigger = clauses[at].trigger
        guard trigger.upperBound < span.upperBound else { return nil }
        for token in trigger.upperBound..<span.upperBound {
            if tag(token).universal.isVerbal, let group = phrase(of: token), phrase(group).kind == .verb { return nil }
            guard Self.framingPrepositions.contains(lemma(token)), let group = phrase(of: token), phrase(group).kind == .prepositional,
                let object = phrase(group).object
            else { continue }
            if separated(trigger.lowerBound, token) { return nil }
            return clauses.indices.first { other in
                other != at && (clauses[other].phrase == object || phrase(object).tokens.contains(clauses[other].trigger.lowerBound))
            }
        }
        return nil
    }
}
