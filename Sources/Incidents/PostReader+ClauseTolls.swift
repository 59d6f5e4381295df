import Language

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
            } else if tokens[position].lower == ",", EventLexicon.contrastOpeners.contains(next.lower) {
                starts.append(next.range.lowerBound)
            } else if tokens[position].lower == ",", next.lower == "and",
                // A verb of its own within a few words, its subject perhaps before it (`, and an FPV drone set fire to`).
                let verb = tokens[(position + 2)..<min(tokens.count, position + 8)].firstIndex(where: { token in
                    token.kind == .mark || isFiniteVerb(startingAt: token.range.lowerBound, in: sentence)
                }), tokens[verb].kind != .mark
            {
                starts.append(next.range.lowerBound)
            } else if tokens[position].lower == "," || tokens[position].lower == "and",
                opensCountedClause(at: position + 1, in: sentence, articles: tokens[position].lower == "and"),
                // After a clause, not after a fronted phrase (`In X, three soldiers were wounded`: one clause).
                hasFiniteVerb(in: clauseOpening(before: position, starts: starts, in: sentence)..<position, of: sentence)
            {
                // `Three died when a missile struck A, two were killed when a drone hit B and a man died in shelling of C`:
                // a figure (after `and`, an article too) opening a subject whose own verb follows. Not an article after a
                // comma: `Late Sunday, in the capital, X, a grenade was thrown into ...` is one clause after its fronted phrases.
                starts.append(next.range.lowerBound)
            }
        }
        return starts
    }

    /// The token the clause holding token `position` opens with: the last clause start before it, else the sentence's first.
    private func clauseOpening(before position: Int, starts: [Int], in sentence: Sentence) -> Int {
        guard let start = starts.last else { return 0 }
        return sentence.tokens.firstIndex { $0.range.lowerBound >= start } ?? 0
    }

    /// Whether tokens `range` of the sentence hold a verb in the past or present tense.
    private func hasFiniteVerb(in range: Range<Int>, of sentence: Sentence) -> Bool {
        range.contains { isFiniteVerb(startingAt: sentence.tokens[$0].range.lowerBound, in: sentence) }
    }

    /// Whether token `position` of the sentence opens a clause of its own that counts people: a figure (`two`), or with
    /// `articles` an article (`a man`), then a verb in the past or present within three words, with no mark between.
    private func opensCountedClause(at position: Int, in sentence: Sentence, articles: Bool) -> Bool {
        let tokens = sentence.tokens
        let first = tokens[position]
        guard first.kind == .number || CountLexicon.smallNumber(first.lower) != nil || (articles && ["a", "an"].contains(first.lower)) else {
            return false
        }
        for token in tokens[(position + 1)..<min(tokens.count, position + 4)] {
            if token.kind == .mark { return false }
            if isFiniteVerb(startingAt: token.range.lowerBound, in: sentence) { return true }
        }
        return false
    }

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

    /// Whether the words between two names only join them as one list (`A and B`, `A, B`, `A as well as B`), each place maybe
    /// with its own locative words (`in A's old quarter and in the northern city of B`): no verb, number or other noun.
    private func isListed(_ first: Range<Int>, then second: Range<Int>) -> Bool {
        guard first.upperBound <= second.lowerBound else { return false }
        let between = (first.upperBound..<second.lowerBound).map { annotated.text(of: $0).lowercased() }
        if !between.isEmpty && between.count <= 3 && between.allSatisfy({ [",", "and", "or", "as", "well"].contains($0) }) { return true }
        guard between.count <= 12, between.contains("and") || between.contains("or") else { return false }
        return (first.upperBound..<second.lowerBound).allSatisfy { token in
            let word = annotated.lemma(of: token).lowercased()
            switch annotated.tags[token].universal {
            case .adp: return SentenceGrammar.locativePrepositions.contains(word)
            // Names and owners (`A's old quarter`): a place's own words.
            case .det, .adj, .cconj, .propn: return true
            case .part: return annotated.tags[token].penn == "POS"
            case .punct: return word == ","
            case .noun: return WordLists.placeIntroducers.contains(word) || EventLexicon.groundNouns.contains(word)
            default: return false
            }
        }
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

extension PostReader {
    /// The incident an earlier sentence coded at a region for the events a list of places now names: `Gunmen killed 12
    /// civilians in three villages of X department` ... `The attackers struck A, B and C`. That report summed the
    /// list's events (as a lede does), so its toll is the list's to divide; nil when no such report is known.
    /// Only a list that shares one toll (``sharedTollPositions(_:of:split:in:)``, every place in it) and a report of the
    /// same family, at a region holding every place of the list, that may be one event with each.
    mutating func listSummary(of report: Report, placed: [Placement], shares: [Int: TollShare]) -> Int? {
        guard placed.count >= 2, shares.count == placed.count, shares.values.allSatisfy({ $0.count == placed.count }) else { return nil }
        var members: [Incident] = []
        for placement in placed {
            guard let member = incident(report, at: placement) else { return nil }
            members.append(member)
        }
        return incidents.indices.last { index in
            let summary = incidents[index]
            return summary.kind?.family == report.kind.family && summary.locationPrecision.isRegion && summary.isLocationResolved
                && (summary.fatalities != nil || summary.injured != nil)
                && !summary.evidence.contains { $0.post == report.evidence.post && $0.range.overlaps(report.evidence.range) }
                && members.allSatisfy { IncidentMerger.canMerge(summary, $0, inOneDocument: true) }
        }
    }

    /// The tolls a list divides when an earlier report summed its events: the summary's where the list's sentence
    /// gives none, the lower where both give one (sources that disagree, as ACLED codes them), the list's where it
    /// tells a revised toll (`the toll has risen to 15`).
    func listTolls(_ counts: CasualtyCounts, summedBy summary: Incident) -> CasualtyCounts {
        var combined = counts
        guard !counts.isRevision else { return combined }
        func lower(_ own: Count?, _ summed: Int?) -> Count? {
            guard let summed else { return own }
            guard let own else { return Count(summed) }
            return Count.conservative(own, Count(summed))
        }
        combined.fatalities = lower(counts.fatalities, summary.fatalities)
        combined.injured = lower(counts.injured, summary.injured)
        return combined
    }

    /// Puts the first event of a list in place of the report that summed the list (index `summary`), with that
    /// report's sources, actors, evidence and time where finer (``IncidentMerger/absorb(_:into:)``) but not its figures,
    /// which the list has divided: the summary was of these events, not another.
    mutating func replaceSummary(_ summary: Int, with report: Report, at placement: Placement) {
        guard var first = incident(report, at: placement) else { return }
        var summed = incidents[summary]
        (summed.fatalities, summed.injured, summed.counts) = (nil, nil, [:])
        IncidentMerger.absorb(summed, into: &first)
        incidents[summary] = first
        incidentParagraphs[summary] = max(incidentParagraphs[summary], sentences[report.sentence].paragraph)
    }
}
