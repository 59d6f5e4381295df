/// The time a clause speaks of, as its verb groups say it.
extension AnnotatedText {
    /// The tense of the finite verb group nearest to token `index` in its sentence: `future` for
    /// `will meet`, and for a present group governing an infinitive (`is expected to report`, `plans
    /// to meet`: the prospective); `past` for `met` and the present perfect (`has met`); nil when the
    /// sentence has no finite verb.
    public func clauseTense(near index: Int) -> Phrase.Tense? {
        guard let sentence = sentence(containing: index).map({ sentences[$0] }) else { return nil }
        var best: (distance: Int, tense: Phrase.Tense)?
        let groups = phrases.indices.filter { phrases[$0].kind == .verb && sentence.contains(phrases[$0].tokens.lowerBound) }
        for (position, phraseIndex) in groups.enumerated() {
            let phrase = phrases[phraseIndex]
            guard var tense = phrase.tense, tense != .nonFinite else { continue }
            if tense == .present, phrase.isPerfect { tense = .past }
            if tense == .present, position + 1 < groups.count {
                let next = phrases[groups[position + 1]]
                let between = phrase.tokens.upperBound..<next.tokens.lowerBound
                if next.tense == .nonFinite, between.count <= 1, between.allSatisfy({ tags[$0].penn == "TO" }) || tags[next.tokens.lowerBound].penn == "TO" {
                    tense = .future
                }
            }
            let distance = index < phrase.tokens.lowerBound ? phrase.tokens.lowerBound - index
                : index >= phrase.tokens.upperBound ? index - phrase.tokens.upperBound + 1 : 0
            if best == nil || distance < best!.distance { best = (distance, tense) }
        }
        return best?.tense
    }

    /// The token starting at or holding Unicode scalar offset `offset`, if any.
    public func token(atScalar offset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].scalarsEnd <= offset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count ? low : nil
    }
}
