/// The time a clause speaks of, as its verb groups say it.
extension AnnotatedText {
    /// The tense of the verb group nearest to token `index` in its sentence: `future` for `will
    /// meet`, for a `to`-infinitive and for a present group governing one (`is expected to report`,
    /// `set to resume`, `is to resume`: the prospective); `past` for `met` and the present perfect
    /// (`has met`), but `future` for a time after `until` under it (`has given them until Tuesday`);
    /// nil when the sentence has no such group.
    ///
    /// An infinitive under a past verb looks ahead from a past time (`planned to remove him on
    /// Thursday`, `ordered them to hand him over by Jan. 14`, `extended their offers to buy it
    /// Friday`): the day may lie before or after the story's, so it reads as `present`, the nearer.
    public func clauseTense(near index: Int) -> Phrase.Tense? {
        guard let sentence = sentence(containing: index).map({ sentences[$0] }) else { return nil }
        var best: (separated: Int, distance: Int, tense: Phrase.Tense)?
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
        /// The tense of the last finite group before the one read: what an infinitive hangs from.
        var governing: Phrase.Tense?
        for (position, phraseIndex) in groups.enumerated() {
            let phrase = phrases[phraseIndex]
            guard var tense = phrase.tense else { continue }
            if tense == .nonFinite {
                // A `to`-infinitive looks ahead from its clause (`set to resume Monday`, `until noon to sign`).
                let start = phrase.tokens.lowerBound
                let isInfinitive = isInfinitiveMarker(start) || (start > sentence.lowerBound && isInfinitiveMarker(start - 1))
                // Only one the expression stands in or after: `passed a bill on Tuesday to avert` is past.
                guard isInfinitive, tags[phrase.head].penn == "VB", start < index else { continue }
                tense = governing == .past ? .present : .future
            } else {
                if tense == .present, phrase.isPerfect {
                    // A state that holds now lasts until a time still to come (`has given them until Tuesday to
                    // sign`, `has been extended until Friday`); otherwise the perfect tells of the past.
                    let deadline = phrase.tokens.upperBound <= index && index > sentence.lowerBound
                        && ["until", "till"].contains(text(of: index - 1).lowercased())
                    tense = deadline ? .future : .past
                }
                let finite = tense
                // `be` with its infinitive (`is to resume`, `was to resume`) or a group governing the
                // next (`is scheduled to close`) is prospective; `is continuing to try` is not.
                let first = phrase.tokens.lowerBound
                var prospective = phrase.tokens.count > 2 && isInfinitiveMarker(first + 1) && lemma(of: first) == "be"
                if !prospective, position + 1 < groups.count {
                    let next = phrases[groups[position + 1]]
                    let between = phrase.tokens.upperBound..<next.tokens.lowerBound
                    prospective = next.tense == .nonFinite && between.count <= 1
                        && (between.allSatisfy { isInfinitiveMarker($0) } || isInfinitiveMarker(next.tokens.lowerBound))
                }
                if prospective, finite == .present { tense = .future }
                if prospective, finite == .past { tense = .present }
                // A past verb with its infinitive in one group (`planned to move`) looks ahead from
                // a past time, as when they are two groups.
                if finite == .past, phrase.tokens.dropFirst().contains(where: { isInfinitiveMarker($0) }) { tense = .present }
                governing = finite
            }
            let distance = index < phrase.tokens.lowerBound ? phrase.tokens.lowerBound - index
                : index >= phrase.tokens.upperBound ? index - phrase.tokens.upperBound + 1 : 0
            // A group across a comma is another clause's (`would leave as soon as Tuesday, Castro said`): one on
            // the expression's side of every comma is nearer, whatever the count of words.
            let between = index < phrase.tokens.lowerBound ? index..<phrase.tokens.lowerBound
                : index >= phrase.tokens.upperBound ? phrase.tokens.upperBound..<index : index..<index
            let separated = between.contains { text(of: $0) == "," } ? 1 : 0
            if best == nil || (separated, distance) < (best!.separated, best!.distance) { best = (separated, distance, tense) }
        }
        return best?.tense
    }

    /// Whether token `index` is the infinitive's `to` (tagged `TO`, or `to` read as a preposition
    /// right before a bare verb: `is scheduled to close`).
    private func isInfinitiveMarker(_ index: Int) -> Bool {
        guard index >= 0, index < tags.count else { return false }
        if tags[index].penn == "TO" { return true }
        return text(of: index).lowercased() == "to" && index + 1 < tags.count && tags[index + 1].penn == "VB"
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
