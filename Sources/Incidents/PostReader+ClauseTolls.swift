/// Tolls of a sentence that tells events at several places in clauses of their own: each place takes the figures of
/// its clause (`Two women and a child were killed in Ariha; in Kafr Nubl, shells damaged a bakery but caused no
/// casualties`), not the sentence's.
extension PostReader {
    /// A sentence cut into clauses, with each clause's figures.
    struct ClauseTolls {
        /// Where each clause after the first begins (input scalars).
        var starts: [Int]
        var counts: [CasualtyCounts]

        /// The clause that holds input offset `offset`.
        func clause(of offset: Int) -> Int { starts.lastIndex { $0 <= offset }.map { $0 + 1 } ?? 0 }
    }

    /// The sentence's clauses and their figures, when its event places (`placeStarts`, input scalars) stand in two or more
    /// clauses and every figure lies in a clause with one of them; nil when the sentence's figures are its events' alike
    /// (`Forces shelled A and B; five were killed`).
    func clauseTolls(in index: Int, placeStarts: [Int]) -> ClauseTolls? {
        let tokens = sentences[index].tokens
        let starts = clauseStarts(in: index)
        guard !starts.isEmpty else { return nil }
        var counts: [CasualtyCounts] = []
        var lower = 0
        for bound in starts.map({ start in tokens.firstIndex { $0.range.lowerBound >= start } ?? tokens.count }) + [tokens.count] {
            counts.append(CountReader.read(Array(tokens[lower..<bound])))
            lower = bound
        }
        let split = ClauseTolls(starts: starts, counts: counts)
        let placed = Set(placeStarts.map(split.clause(of:)))
        let counted = counts.indices.filter { counts[$0].fatalities != nil || counts[$0].injured != nil }
        guard placed.count >= 2, !counted.isEmpty, counted.allSatisfy(placed.contains) else { return nil }
        return split
    }

    /// Where the sentence's clauses after the first begin (input scalars): after `;`, at `while`, `whereas` or `but` after
    /// a comma, and at `and` after a comma when a verb in the past or present follows within a few words (`..., and torched
    /// houses in X`, `..., and a drone set fire to Y`).
    private func clauseStarts(in index: Int) -> [Int] {
        let sentence = sentences[index]
        let tokens = sentence.tokens
        var starts: [Int] = []
        for position in tokens.indices.dropFirst().dropLast() {
            let next = tokens[position + 1]
            if tokens[position].lower == ";" {
                starts.append(next.range.lowerBound)
            } else if tokens[position].lower == ",", Self.clauseOpeners.contains(next.lower) {
                starts.append(next.range.lowerBound)
            } else if tokens[position].lower == ",", next.lower == "and",
                // A verb of its own within a few words, its subject perhaps before it (`, and an FPV drone set fire to`).
                let verb = tokens[(position + 2)..<min(tokens.count, position + 8)].firstIndex(where: { token in
                    token.kind == .mark || isFiniteVerb(startingAt: token.range.lowerBound, in: sentence)
                }), tokens[verb].kind != .mark
            {
                starts.append(next.range.lowerBound)
            }
        }
        return starts
    }

    /// Words that open a clause of its own after a comma.
    private static let clauseOpeners: Set<String> = ["while", "whereas", "but"]

    /// Whether the annotated token starting at input offset `offset` is a verb in the past or present tense (or a participle
    /// right after a noun, its subject: `an FPV drone set fire`, where the tagger reads `set` as a participle).
    private func isFiniteVerb(startingAt offset: Int, in sentence: Sentence) -> Bool {
        guard let token = sentence.tokenSpan.first(where: { annotated.tokens[$0].scalarsStart + sentence.shift == offset }) else { return false }
        let tag = annotated.tags[token].penn
        return ["VBD", "VBZ", "VBP"].contains(tag)
            || (tag == "VBN" && token > sentence.tokenSpan.lowerBound && annotated.tags[token - 1].universal == .noun)
    }
}
