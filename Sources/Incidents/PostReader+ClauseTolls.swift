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

extension PostReader {
    /// A place's part of a toll several places share: its position among them and how many they are.
    struct TollShare: Hashable {
        var index: Int
        var count: Int
    }

    /// The share of one toll each placement takes, keyed by position in `placed`: `Gunmen raided the villages of A and B,
    /// killing 12` tells one toll for two places, which ACLED divides evenly among the events a summed toll covers.
    /// Only places named as one list (`A and B`, `A, B and C`) share, each of them a town or village (a region beside
    /// a town is where it lies, not another event); places with a clause of their own (`split`) share only with places
    /// of that clause.
    func sharedTollPositions(_ placed: [Placement], of eventPlaces: [Int], split: ClauseTolls?, in sentence: Range<Int>)
        -> [Int: TollShare]
    {
        var groups: [Int: [(position: Int, mention: Int)]] = [:]
        var seen: Set<String> = []
        for (position, placement) in placed.enumerated() {
            guard seen.insert(placement.text).inserted,
                let mention = eventPlaces.first(where: { mentions[$0].range.lowerBound == placement.mentionStart })
                    ?? eventPlaces.first(where: { mentions[$0].text == placement.text }),
                mentions[mention].place.map({ !$0.kind.isRegion }) ?? true
            else { continue }
            var group = 0
            if let split, let start = placement.mentionStart, sentence.contains(start) { group = split.clause(of: start) }
            groups[group, default: []].append((position, mention))
        }
        var shares: [Int: TollShare] = [:]
        for members in groups.values where members.count >= 2 {
            let ordered = members.sorted { mentionTokens[$0.mention].lowerBound < mentionTokens[$1.mention].lowerBound }
            guard zip(ordered, ordered.dropFirst()).allSatisfy({ isListed(mentionTokens[$0.mention], then: mentionTokens[$1.mention]) }) else { continue }
            for (index, member) in ordered.enumerated() { shares[member.position] = TollShare(index: index, count: ordered.count) }
        }
        return shares
    }

    /// Whether the words between two names only join them as one list (`A and B`, `A, B`, `A as well as B`).
    private func isListed(_ first: Range<Int>, then second: Range<Int>) -> Bool {
        guard first.upperBound <= second.lowerBound else { return false }
        let between = (first.upperBound..<second.lowerBound).map { annotated.text(of: $0).lowercased() }
        return !between.isEmpty && between.count <= 3
            && between.allSatisfy { [",", "and", "or", "as", "well"].contains($0) }
    }
}

extension CasualtyCounts {
    /// Part `index` of `count` equal parts of these tolls, the first parts taking what does not divide (10 over three
    /// places: 4, 3, 3); the whole is kept under `fatalities_total` and `injured_total` so the division is labelled. A toll
    /// smaller than the number of places is not divided: which place had none is not known.
    func share(_ index: Int, of count: Int) -> CasualtyCounts {
        guard count > 1 else { return self }
        var part = self
        func divided(_ whole: Count) -> Count {
            Count(whole.value / count + (index < whole.value % count ? 1 : 0), whole.qualifier)
        }
        if let fatalities, fatalities.value >= count {
            part.fatalities = divided(fatalities)
            part.other["fatalities_total"] = fatalities
        }
        if let injured, injured.value >= count {
            part.injured = divided(injured)
            part.other["injured_total"] = injured
        }
        return part
    }
}
