/// Cues: the words around a recognized name that say what kind of place it is and how it is named.
extension DocumentAnalysis {
    /// Division, feature, water, near, preposition, direction and speech cues around a name.
    mutating func readCues(_ candidate: inout Candidate) {
        let after = candidate.spanLast + 1
        if joined(candidate.spanLast), !tokens[after].isCapitalized {
            if candidate.isDemonym {
                if word(after, in: WordSets.waters) { candidate.waterCue = true; candidate.spanLast = after }
            } else if candidate.division == nil, let term = divisionTerm(at: after),
                      // `Kani township in the Sagaing region`: a lower-case word that is also a feature noun stays one.
                      !word(after, in: WordSets.featureNouns) {
                candidate.division = term.level
                if !word(after + term.length - 1, in: DivisionTerms.pluralHashes) {
                    candidate.spanLast = after + term.length - 1
                    // `Bui division`, where GeoNames writes the division word into the name (`Bui Division`) and the bare
                    // name keys none: the whole span names it.
                    if let whole = spanHash(candidate.first, candidate.spanLast), gazetteer.containsKey(hash: whole) {
                        for entry in gazetteer.entries(forHash: whole)
                        where gazetteer.kind(entry.record).isRegion && !candidate.records.contains(entry.record) {
                            candidate.records.append(entry.record)
                            if entry.isPrimaryName { candidate.primaryRecords.append(entry.record) }
                        }
                    }
                }
            } else if word(after, in: WordSets.featureNouns)
                        || (joined(after) && !tokens[after + 1].isCapitalized && word(after + 1, in: WordSets.featureNouns)) {
                candidate.featureCue = true
            }
            if word(after, in: WordSets.smallSettlementNouns) { candidate.smallSettlementCue = true }
            // Not `the Baghdad neighbourhood of X`: there the name is the town the quarter lies in.
            if word(after, in: WordSets.quarterNouns), !(joined(after) && tokens[after + 1].wordHash == WordSets.of) { candidate.quarterCue = true }
            if tokens[after].wordHash == WordSets.hash("city") { candidate.cityCue = true }
            if candidate.first == candidate.last, word(after, in: WordSets.speechVerbs) { candidate.personCue = true }
        }
        // `US and British warplanes`, `US officials`: an abbreviation before a noun is an adjective.
        if tokens[candidate.first].isAllCaps, !candidate.isDemonym, candidate.first == candidate.spanLast,
           joined(candidate.spanLast) || (after < tokens.count && tokens[candidate.spanLast].gapAfter == .space) {
            let nextWord = after
            // `US and British warplanes`: coordinated with a demonym, still an adjective.
            let coordinatedAdjective = (word(nextWord, in: WordSets.coordinators) && joined(nextWord)
                && spanHash(nextWord + 1, nextWord + 1).map { parser.demonyms[$0] != nil } == true)
            if nextWord < tokens.count, !tokens[nextWord].isCapitalized, !word(nextWord, in: WordSets.speechVerbs),
               !word(nextWord, in: WordSets.functionWords) || coordinatedAdjective {
                if let country = candidate.records.first(where: { gazetteer.kind($0) == .country }) {
                    candidate.demonymCountry = country
                }
            }
        }
        let before = candidate.first - 1
        guard before >= 0, tokens[before].gapAfter == .space || tokens[before].gapAfter == .hyphen else { return }
        if word(before, in: WordSets.nearWords) { candidate.nearCue = true }
        if word(before, in: WordSets.locativePrepositions) { candidate.prepositionCue = true }
        if !tokens[before].isCapitalized, word(before, in: WordSets.directions) { candidate.directionToken = before }
        if candidate.prepositionCue { candidate.personCue = false }
        // `ten kilometres from X`, `20 km north-west of X`: a distance measured from X puts the place near X.
        if tokens[before].wordHash == WordSets.hash("from") || tokens[before].wordHash == WordSets.hash("of") {
            var at = before - 1
            while at >= 0, at >= before - 4, joined(at), !tokens[at].isCapitalized, word(at, in: WordSets.directions) || tokens[at].letterCount == 0 {
                at -= 1
            }
            if at >= 0, joined(at), word(at, in: WordSets.lengthUnits) { candidate.nearCue = true }
        }
        if tokens[before].wordHash == WordSets.hash("of"), before >= 1, joined(before - 1) {
            if word(before - 1, in: WordSets.placeIntroducers) { candidate.featureCue = true }
            if word(before - 1, in: WordSets.smallSettlementNouns) { candidate.smallSettlementCue = true }
            if tokens[before - 1].wordHash == WordSets.hash("city") { candidate.cityCue = true }
            if word(before - 1, in: WordSets.nearWords) { candidate.nearCue = true }
            // `near the town of X`: the nearness is X's.
            if word(before - 1, in: WordSets.placeIntroducers) {
                var at = before - 2
                if at >= 0, joined(at), [WordSets.hash("the"), WordSets.hash("a")].contains(tokens[at].wordHash) { at -= 1 }
                if at >= 0, joined(at), word(at, in: WordSets.nearWords) { candidate.nearCue = true }
            }
            // `the district of X` makes X a district; in `the Neuhof district of Strasbourg` the word is Neuhof's.
            let wordIsAnothers = before >= 2 && joined(before - 2) && tokens[before - 2].isCapitalized
            if candidate.division == nil, !wordIsAnothers, let level = divisionLevel(before - 1) { candidate.division = level }
        }
    }
}
