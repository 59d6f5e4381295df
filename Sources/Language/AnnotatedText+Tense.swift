/// The time a clause speaks of, as its verb groups say it.
extension AnnotatedText {
    /// The tense of the verb group nearest to token `index` in its sentence: `future` for `will
    /// meet`, for a `to`-infinitive and for a present group governing one (`is expected to report`,
    /// `set to resume`: the prospective); `past` for `met` and the present perfect (`has met`);
    /// nil when the sentence has no such group.
    public func clauseTense(near index: Int) -> Phrase.Tense? {
        guard let sentence = sentence(containing: index).map({ sentences[$0] }) else { return nil }
        var best: (distance: Int, tense: Phrase.Tense)?
        // Phrases are in text order: find the sentence's first by bisection, not a walk over the text.
        var low = 0, high = phrases.count
        while low < high {
            let middle = (low + high) / 2
            if phrases[middle].tokens.lowerBound < sentence.lowerBound { low = middle + 1 } else { high = middle }
        }
        var groups: [Int] = []
        while low < phrases.count, phrases[low].tokens.lowerBound < sentence.upperBound {
            if phrases[low].kind == .verb { groups.append(low) }
            low += 1
        }
        for (position, phraseIndex) in groups.enumerated() {
            let phrase = phrases[phraseIndex]
            guard var tense = phrase.tense else { continue }
            if tense == .nonFinite {
                // A `to`-infinitive looks ahead from its clause (`set to resume Monday`, `until noon to sign`).
                let start = phrase.tokens.lowerBound
                let isInfinitive = tags[start].penn == "TO" || (start > sentence.lowerBound && tags[start - 1].penn == "TO")
                // Only one the expression stands in or after: `passed a bill on Tuesday to avert` is past.
                guard isInfinitive, tags[phrase.head].penn == "VB", start < index else { continue }
                tense = .future
            }
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
