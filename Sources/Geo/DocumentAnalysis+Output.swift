import Language

/// Turning accepted candidates into `PlaceMention`s.
extension DocumentAnalysis {
    static let maxAlternatives = 5

    mutating func mentions() -> [PlaceMention] {
        var result: [PlaceMention] = []
        for candidate in candidates where candidate.accepted {
            result.append(mention(for: candidate))
        }
        // Which tokens a gazetteer candidate spans, marked once: asking every name and place noun of a long document
        // whether it overlaps one of thousands of candidates was quadratic in its length.
        var covered = [Bool](repeating: false, count: tokens.count)
        for index in candidates.indices where candidates[index].spanFirst <= candidates[index].spanLast {
            for token in candidates[index].spanFirst...min(candidates[index].spanLast, tokens.count - 1) { covered[token] = true }
        }
        let overlapsCandidate = { (first: Int, last: Int) -> Bool in first <= last && (first...last).contains { covered[$0] } }
        // Place names the recognizer found where no gazetteer name was: kept, unresolved.
        var unknown: [(first: Int, last: Int, confidence: Double)] = []
        // A name in `the town of X` is a place whatever type the recognizer gave it (`the town of Petit Mbelleko`).
        // So is a name an apposition describes as one (`X, a village in Y`).
        // And a name of no known type, or an unsure place, before a lower-case division word (`the Lower Shabelle region`, `Khunti district`,
        // `North Kivu's Masisi territory`); a word of either level (`department`, `territory`) only after a place's `'s`.
        for name in names where (name.name.type == .place && name.name.confidence >= Geoparser.minimumUnresolvedConfidence)
            || (name.name.type != .other && (introducedAsPlace(name.first) || containerStart(after: name.last) != nil))
            || ((name.name.type == .other || name.name.type == .place) && namedAsDivision(name.first, name.last)) {
            guard !overlapsCandidate(name.first, name.last) else { continue }
            // `the Kurdish town of X`, `the Shia city of X`: a name before a place noun and `of` describes the place after them.
            if name.last + 3 < tokens.count, joined(name.last), word(name.last + 1, in: WordSets.settlementNouns), introducedAsPlace(name.last + 3),
                tokens[name.last + 3].isCapitalized { continue }
            // A name the gazetteer knows had its chance: the recognition rules above decided it is no place here.
            // Seats of power, months and the like are never places (`WordSets.blockedKeys`).
            guard let hash = spanHash(name.first, name.last), !gazetteer.containsKey(hash: hash),
                  !parser.demonymKeys.contains(hash), !WordSets.blockedKeys.contains(hash) else { continue }
            // A division word alone (`Republic`, `Region`) names nothing.
            guard name.first < name.last || divisionLevel(name.first) == nil else { continue }
            unknown.append((name.first, name.last, name.name.confidence))
        }
        // `the village of al-Sadiwa`: a name after a place noun that the recognizer did not mark at all.
        for start in tokens.indices where introducedAsPlace(start) {
            guard let (first, last) = nameAfterPlaceNoun(start),
                  !unknown.contains(where: { $0.first <= last && $0.last >= first }),
                  !names.contains(where: { $0.first <= last && $0.last >= first }),
                  !overlapsCandidate(first, last),
                  let hash = spanHash(first, last), !gazetteer.containsKey(hash: hash), !WordSets.blockedKeys.contains(hash)
            else { continue }
            unknown.append((first, last, Geoparser.minimumUnresolvedConfidence))
        }
        // `the Kfar Dalim area`: a name before a place noun, which the recognizer did not mark at all.
        for noun in tokens.indices where word(noun, in: WordSets.placeNounsAfterName) && !tokens[noun].isCapitalized {
            // The recognizer's unsure reading of another type (`Tel` as `other` at 0.55) does not outweigh the noun.
            // `the Kurdish town of X`: the place noun introduces the name after `of`; the word before it describes that place.
            if noun + 2 < tokens.count, word(noun, in: WordSets.settlementNouns), introducedAsPlace(noun + 2), tokens[noun + 2].isCapitalized { continue }
            guard let (first, last) = nameBeforePlaceNoun(noun),
                  !unknown.contains(where: { $0.first <= last && $0.last >= first }),
                  !names.contains(where: { $0.first <= last && $0.last >= first && $0.name.type != .place && $0.name.confidence >= 0.8 }),
                  !overlapsCandidate(first, last),
                  let hash = spanHash(first, last), !gazetteer.containsKey(hash: hash), !WordSets.blockedKeys.contains(hash),
                  !parser.demonymKeys.contains(hash)
            else { continue }
            unknown.append((first, last, Geoparser.minimumUnresolvedConfidence))
        }
        var kept = unknown.map { placeShaped($0.first, $0.last) }
        // Coordination: in `the villages of Kalynove, Lysivka and Promin` every item is what the
        // first is; an unknown name listed beside a place (known, or kept) is kept too. Only names ending or starting one
        // or two words away can be listed with a name, so spans are looked up by their ends (a long document has thousands).
        var spansEnding: [Int: [(first: Int, last: Int, confidence: Double)]] = [:]
        var spansStarting: [Int: [(first: Int, last: Int, confidence: Double)]] = [:]
        for index in candidates.indices where candidates[index].accepted && !candidates[index].isDemonym {
            let span = (first: candidates[index].spanFirst, last: candidates[index].spanLast, confidence: 0.0)
            spansEnding[span.last, default: []].append(span)
            spansStarting[span.first, default: []].append(span)
        }
        var unknownEnding: [Int: [Int]] = [:], unknownStarting: [Int: [Int]] = [:]
        for (index, name) in unknown.enumerated() {
            unknownEnding[name.last, default: []].append(index)
            unknownStarting[name.first, default: []].append(index)
        }
        var changed = true
        while changed {
            changed = false
            for (index, name) in unknown.enumerated() where !kept[index] && !describedAsOther(name.last) {
                let before = [name.first - 1, name.first - 2], after = [name.last + 1, name.last + 2]
                let others = before.flatMap { unknownEnding[$0] ?? [] } + after.flatMap { unknownStarting[$0] ?? [] }
                let places = before.flatMap { spansEnding[$0] ?? [] } + after.flatMap { spansStarting[$0] ?? [] }
                let listed = others.contains { other in kept[other] && coordinated(unknown[other], name) }
                    || places.contains { coordinated($0, name) }
                if listed { kept[index] = true; changed = true }
            }
        }
        // Names without a place, by where they stand in `result`: one may hold another (`X village in Y West`).
        var unknownMentions: [(index: Int, first: Int, last: Int)] = []
        // A town named inside a region that does not hold it: a place the gazetteer lacks, in that region;
        // a village whose namesake lies in another region than the story's: one it lacks, where the story is.
        for candidate in candidates where !candidate.accepted
            && (outsideItsContainer(candidate) || candidate.namesakeElsewhere || candidate.namesakeAbroad || candidate.sameAsRefused != nil) {
            let outer = (candidate.sameAsRefused.map { candidates[$0] } ?? candidate).container
                .flatMap { candidates[$0].accepted ? candidates[$0].best : nil }
            guard outer != nil || candidate.namesakeElsewhere || candidate.namesakeAbroad else { continue }
            let coarseness = Self.coarseness(of: candidate.division ?? writtenDivision(candidate.first, candidate.last))
            var mention = PlaceMention(
                range: tokens[candidate.first].scalarStart..<tokens[candidate.last].scalarEnd, text: spanText(candidate.first, candidate.last),
                role: .location, place: nil, precision: coarseness, score: 0.5, alternatives: [], container: outer.map(place),
                unresolvedReason: candidate.namesakeElsewhere ? .namesakeElsewhere
                    : candidate.namesakeAbroad ? .namesakeAbroad : .outsideItsContainer)
            mention.isPartOfContainer = outer != nil && candidate.sameAsRefused == nil && candidate.containerIsTown
            if outer == nil { unknownMentions.append((result.count, candidate.first, candidate.last)) }
            result.append(mention)
        }
        // The story's country, where a division the gazetteer spells otherwise is looked for.
        lazy var storyCountry = storyCountryCode()
        for (index, name) in unknown.enumerated() where kept[index] {
            // `the Lower Shabelle region`, `western Oromia`: a name in another romanization of a first-order division of the
            // story's country (GeoNames' Lower Shabeelle, Oromiya) is that division, named as one or not.
            if let code = storyCountry,
               let variant = gazetteer.romanizedFirstOrderDivision(of: spanText(name.first, name.last), countryCode: code) {
                // Only first-order divisions: a second-order one is often a town's district (`the Khor Maksar district`
                // of Aden), which would then stand beside its town as a second place.
                result.append(PlaceMention(
                    range: tokens[name.first].scalarStart..<tokens[name.last].scalarEnd, text: spanText(name.first, name.last),
                    role: .location, place: variant, precision: .firstOrderDivision, score: name.confidence, alternatives: []))
                continue
            }
            // `the city's Shevchenkivskyi district`, a name the gazetteer lacks: a part of the town named before it.
            let after = container(after: name.last)
            let town = after == nil ? townContainer(before: name.first) : nil
            // `Lamu West`, `North Bawku`: a part of a division named with a compass word lies in that division.
            let quarter = after == nil && town == nil ? quarterContainer(name.first, name.last, country: storyCountry) : nil
            var mention = PlaceMention(
                range: tokens[name.first].scalarStart..<tokens[name.last].scalarEnd, text: spanText(name.first, name.last),
                role: .location, place: nil,
                precision: quarter != nil ? .secondOrderDivision : Self.coarseness(of: writtenDivision(name.first, name.last)),
                score: name.confidence, alternatives: [], container: (after ?? town).map(place) ?? quarter)
            mention.isPartOfContainer = town != nil
            unknownMentions.append((result.count, name.first, name.last))
            result.append(mention)
        }
        // `Salama village in Lamu West`: a name held by another name the gazetteer lacks is where that one is.
        for (index, _, last) in unknownMentions where result[index].container == nil {
            guard let next = containerPosition(after: last),
                  let outer = unknownMentions.first(where: { $0.first == next && result[$0.index].container != nil }) else { continue }
            result[index].container = result[outer.index].container
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The division an unknown name made of a known name and a compass word names a part of (`Lamu West`, a
    /// sub-county of Lamu County; `East Mamprusi`): first- or second-order, in the story's country when it has one.
    func quarterContainer(_ first: Int, _ last: Int, country: String?) -> Place? {
        guard last > first else { return nil }
        let base: String
        if WordLists.compassPoints.contains(spanText(last, last).lowercased()) {
            base = spanText(first, last - 1)
        } else if WordLists.compassPoints.contains(spanText(first, first).lowercased()) {
            base = spanText(first + 1, last)
        } else {
            return nil
        }
        guard let country else { return nil }
        return gazetteer.region(base, countryCode: country).candidates.first { $0.kind.isRegion && $0.kind != .country }
    }

    /// The country most accepted names (and demonyms) of the document are in, as a code.
    func storyCountryCode() -> String? {
        var counts: [Int: Int] = [:]
        for candidate in candidates where candidate.accepted {
            guard let country = candidate.demonymCountry ?? candidate.best.flatMap({ gazetteer.countryRecord($0) }) else { continue }
            counts[country, default: 0] += 1
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }.map { place($0.key).countryCode }
    }

    /// The division word written with an unknown name (`Seno province`, `the province of Soum`), if any.
    func writtenDivision(_ first: Int, _ last: Int) -> DivisionTerms.Level? {
        if let level = divisionLevel(last) { return level }
        if joined(last), let level = divisionLevel(last + 1) { return level }
        // `the province of X`, not `the Neuhof district of X` (the word is Neuhof's).
        guard first >= 2, tokens[first - 1].wordHash == WordSets.hash("of"), joined(first - 2) else { return nil }
        if first >= 3, joined(first - 3), tokens[first - 3].isCapitalized { return nil }
        return divisionLevel(first - 2)
    }

    /// How coarse a name the gazetteer lacks is by its division word: a division's name (`in Bam province`) is coarser
    /// than a village named before it (`near X, in Bam province`), which stays the event's place.
    static func coarseness(of division: DivisionTerms.Level?) -> LocationPrecision {
        switch division {
        case .first?: return .firstOrderDivision
        case .second?, .either?: return .secondOrderDivision
        case nil: return .exactPlace
        }
    }

    /// The known place named right after an unknown name as its container: `X, Donetsk region`,
    /// `X in Kaduna`, `X, in Macomia district` (a resolved, accepted mention, not a demonym).
    func container(after last: Int) -> Int? {
        guard let next = containerPosition(after: last), let found = candidates.first(where: { ($0.spanFirst == next || $0.first == next) && $0.accepted && !$0.isDemonym }) else {
            return nil
        }
        // `X, a rural commune in Burkina Faso's eastern Tapoa province`: the possessor holds the container it owns.
        let start = found.spanLast + 1
        if tokens[found.spanLast].gapAfter == .possessive, start < tokens.count,
            let owned = candidates.first(where: { ($0.spanFirst == start || $0.first == start || $0.first == start + 1) && $0.accepted && !$0.isDemonym }),
            owned.first == start || word(start, in: WordSets.directions)
        {
            return owned.best
        }
        return found.best
    }

    /// Where the name of the place holding a name that ends at `last` starts, if the words after it name one.
    func containerPosition(after last: Int) -> Int? {
        let after = last + 1
        guard after < tokens.count else { return nil }
        if let start = containerStart(after: last) {
            // `X, a village in Y`, `X village in the Y region`.
            return start
        } else if joined(last) || tokens[last].gapAfter == .comma, tokens[after].wordHash == WordSets.in {
            // `X in the Y region`, `X, in Y province`.
            return nameStart(afterIn: after)
        } else if tokens[last].gapAfter == .comma {
            return after
        }
        return nil
    }

    /// Whether the words around an unknown name say it is a place: a known place or a division
    /// word after it (`Novoselivka, Donetsk region`, `Kuriga in Kaduna`, `Kuriga district`), or a
    /// locative word before it (`near Kuriga`, `the village of Kuriga`). An unknown name without
    /// either (`the Libyan Red Crescent said`) is left to the recognizer's other types.
    func placeShaped(_ first: Int, _ last: Int) -> Bool {
        let after = last + 1
        // `Tuareg-led`, `Moscow-installed`: an adjective, as for known names.
        if tokens[last].gapAfter == .hyphen, after < tokens.count, !tokens[after].isCapitalized { return false }
        // `a Somali National Army base`, `the Republican Palace in Khartoum`: the tail of a longer name (an army's,
        // a building's) whose head was read as something else is no place of its own.
        if first >= 1, joined(first - 1), tokens[first - 1].isCapitalized, !word(first - 1, in: WordSets.functionWords),
           divisionLevel(first - 1) == nil {
            return false
        }
        if divisionLevel(after) != nil || word(after, in: WordSets.placeNounsAfterName), joined(last) { return true }
        if nounModifier(after), word(after + 1, in: WordSets.placeNounsAfterName), joined(last) { return true }
        if container(after: last) != nil { return true }
        // `X, a village in ...`: an apposition that says what X is.
        if containerStart(after: last) != nil { return true }
        // A name before a plural noun names whose they are (`M23 rebels`, `Fano militiamen`), not a place.
        if joined(last), !tokens[after].isCapitalized, partOfSpeech(tokens[after].streamIndex)?.penn == "NNS",
           !word(after, in: WordSets.featureNouns) { return false }
        var before = first - 1
        guard before >= 0, tokens[before].gapAfter == .space else { return false }
        // `in neighbouring X`, `in nearby X`: a modifier between the preposition and the name.
        if before >= 1, !tokens[before].isCapitalized, tokens[before - 1].gapAfter == .space,
            let tag = partOfSpeech(tokens[before].streamIndex), ["JJ", "VBG", "VBN"].contains(tag.penn),
            word(before - 1, in: WordSets.locativePrepositions)
        {
            before -= 1
        }
        if word(before, in: WordSets.nearWords) || introducesPlace(before) { return true }
        if tokens[before].wordHash == WordSets.hash("of"), before >= 1, introducesPlace(before - 1) { return true }
        return word(before, in: WordSets.locativePrepositions) && !word(before, in: WordSets.coordinators)
            && tokens[before].wordHash != WordSets.hash("of")
    }

    /// Whether two names are neighbouring items of a list: `A, B` or `A and B` (either order).
    func coordinated(_ a: (first: Int, last: Int, confidence: Double), _ b: (first: Int, last: Int, confidence: Double)) -> Bool {
        let (left, right) = a.last < b.first ? (a, b) : (b, a)
        if tokens[left.last].gapAfter == .comma, right.first == left.last + 1 { return true }
        return right.first == left.last + 2 && joined(left.last) && word(left.last + 1, in: WordSets.coordinators)
            && tokens[left.last + 1].gapAfter == .space
    }

    /// Whether an apposition after the name says it is something other than a place (`In Rangpur, Abu Sayed, a student at
    /// ..., died`): a comma, `a` or `an`, a lower-case word, and no place noun with `in` after it (`X, a village in Y`).
    /// Such a name is not one of a list of places, whatever stands before it.
    func describedAsOther(_ last: Int) -> Bool {
        guard tokens[last].gapAfter == .comma, last + 2 < tokens.count, word(last + 1, in: WordSets.indefiniteArticles),
              !tokens[last + 2].isCapitalized, !word(last + 2, in: WordSets.featureNouns) else { return false }
        return containerStart(after: last) == nil
    }

    func place(_ record: Int) -> Place {
        parser.placeCache.place(record, in: gazetteer)
    }

    mutating func mention(for candidate: Candidate) -> PlaceMention {
        if let country = candidate.demonymCountry {
            let place = place(country)
            return PlaceMention(
                range: tokens[candidate.spanFirst].scalarStart..<tokens[candidate.spanLast].scalarEnd,
                text: spanText(candidate.spanFirst, candidate.spanLast),
                role: candidate.waterCue ? .location : .demonym, place: place,
                precision: candidate.waterCue ? .water : .country, score: 1, alternatives: [])
        }
        let probabilities = probabilities(candidate.ranked)
        let best = candidate.ranked[0].record
        let kind = gazetteer.kind(best)
        let first = candidate.spanFirst
        var alternatives: [ScoredPlace] = []
        for (ranked, probability) in zip(candidate.ranked.dropFirst(), probabilities.dropFirst()).prefix(Self.maxAlternatives)
        where probability >= 0.001 {
            alternatives.append(ScoredPlace(place: place(ranked.record), score: probability))
        }
        return PlaceMention(
            range: tokens[first].scalarStart..<tokens[candidate.spanLast].scalarEnd,
            text: spanText(first, candidate.spanLast), role: .location, place: place(best),
            precision: precision(candidate, kind: kind), score: probabilities[0], alternatives: alternatives)
    }

    func precision(_ candidate: Candidate, kind: PlaceKind) -> LocationPrecision {
        switch kind {
        case .country: return candidate.waterCue ? .water : .country
        case .firstOrderDivision: return .firstOrderDivision
        case .secondOrderDivision: return .secondOrderDivision
        case .continent, .macroRegion: return .country
        case .water: return .water
        case .island, .feature: return candidate.nearCue ? .nearPlace : .exactPlace
        case .populatedPlace, .seat, .capital:
            // A district named after its seat but missing from the gazetteer resolves through the seat.
            switch candidate.division {
            case .second?, .either?: return .secondOrderDivision
            case .first?: return .firstOrderDivision
            case nil: return candidate.nearCue ? .nearPlace : .exactPlace
            }
        }
    }

    func spanText(_ first: Int, _ last: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].byteStart..<tokens[last].byteEnd]), as: UTF8.self)
    }

    /// Whether the words `first...last` of no known type are followed by a lower-case division word: one of a first- or
    /// second-order division, or one of either level when a place's possessive stands before them.
    func namedAsDivision(_ first: Int, _ last: Int) -> Bool {
        guard joined(last), !tokens[last + 1].isCapitalized, let level = divisionLevel(last + 1) else { return false }
        guard level == .either else { return true }
        return first >= 1 && tokens[first - 1].gapAfter == .possessive
            && candidates.contains { $0.spanLast == first - 1 && !$0.isDemonym }
    }
}
