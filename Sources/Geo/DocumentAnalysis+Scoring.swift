import Foundation

/// Scoring: a record's prior, its score from the candidate's own cues and from the rest of the document, and their softmax.
extension DocumentAnalysis {
    /// Score per tenfold population: a city ten times larger needs that much more context to lose.
    static let populationWeight = 1.5

    /// Kind and size: countries above divisions above large towns above villages.
    func prior(_ record: Int) -> Double {
        switch gazetteer.kind(record) {
        case .country: return 9 + 0.2 * log10(Double(gazetteer.population(record)) + 10)
        case .firstOrderDivision: return 7
        case .secondOrderDivision: return 2
        case .capital: return Self.populationWeight * log10(Double(gazetteer.population(record)) + 10) + 2.5
        case .seat:
            let feature = gazetteer.featureCode(record)
            let bonus = feature == "PPLA" ? 1.2 : (feature == "PPLA2" ? 0.6 : 0.2)
            return Self.populationWeight * log10(Double(gazetteer.population(record)) + 10) + bonus
        case .populatedPlace: return Self.populationWeight * log10(Double(gazetteer.population(record)) + 10)
        // Continents, macro-regions and seas rank with countries: a town sharing their name is rarely meant.
        case .continent: return 9 + 0.2 * log10(Double(gazetteer.population(record)) + 10)
        case .macroRegion, .water: return 8
        case .island, .feature: return Self.populationWeight * log10(Double(gazetteer.population(record)) + 10) + 1
        }
    }

    /// The parts of a candidate that scoring reads (copied without the candidate's arrays).
    struct Cues {
        var division: DivisionTerms.Level?
        var featureCue: Bool
        var cityCue: Bool
        var keyHash: UInt64
        init(_ candidate: Candidate) {
            division = candidate.division
            featureCue = candidate.featureCue
            cityCue = candidate.cityCue
            keyHash = candidate.keyHash
        }
    }

    /// What does not depend on the rest of the document: kind, size, division and feature words, own name.
    func baseScore(_ record: Int, _ candidate: Cues, records: [Int], primary: [Int]) -> Double {
        var score = prior(record)
        let kind = gazetteer.kind(record)
        if let level = candidate.division {
            switch (level, kind) {
            case (.first, .firstOrderDivision), (.either, .firstOrderDivision): score += 6
            case (.second, .secondOrderDivision), (.either, .secondOrderDivision): score += 7
            case (.first, .secondOrderDivision): score += 1.5
            case (.second, .firstOrderDivision): score += 0.5
            case (_, .country): score -= 4
            default: score -= 2.5
            }
        }
        if candidate.featureCue { score += kind.isRegion ? -4 : 3 }
        // A bare name shared by a division and its seat (`Zaporizhzhia`, `Luhansk`) means the city in news.
        if candidate.division == nil, kind == .firstOrderDivision || kind == .secondOrderDivision,
           let seat = gazetteer.anchor(record), records.contains(seat) {
            score -= 2
        }
        // A match on the entry's own name beats one on a historical or foreign alternate (`Missouri` the state, not Bozeman).
        if candidate.division != nil && (kind == .firstOrderDivision || kind == .secondOrderDivision) {
            // `Moscow region` is Moscow Oblast, not the city-subject Moscow; `Kyiv Oblast` is not Kyiv City.
            if !primary.contains(record) { score += gazetteer.name(record).hasSuffix(" City") ? -1 : 1 }
        } else if primary.contains(record) {
            score += 1.5
            // A country or a state called by its own name is meant over a town that merely carries that
            // name among its alternates (`Mexico` the country, not Mexico City; `Egypt`, not a town in Ohio).
            // Where a town inside it bears the name as its own too (`Hong Kong`, `Singapore`, the city of
            // New York), the usual ranking decides.
            let inside: (Int) -> Int? = kind == .country ? { gazetteer.countryRecord($0) } : { gazetteer.admin1Record($0) }
            let townOfThatName = primary.contains { other in
                let otherKind = gazetteer.kind(other)
                return !otherKind.isRegion && !otherKind.isBeyondCountries && inside(other) == record
            }
            if !townOfThatName { if kind == .country { score += 4 } else if kind == .firstOrderDivision { score += 2 } }
        }
        return score
    }

    /// What the rest of the document adds: `X, Y` patterns and the countries and regions it settles on.
    func contextScore(_ record: Int, _ candidate: Cues, context: Context, container: Int?, contained: Int?) -> Double {
        var score = 0.0
        let kind = gazetteer.kind(record)
        if let container, container != record {
            score += contains(container, record) ? 8 : -3
        }
        if let contained, kind.isRegion, contains(record, contained) { score += 4 }
        // Towns of a region the story is about; or the region itself when its towns are named (`Victoria`, `Melbourne`).
        // Not a town too small to be the city the text names (`the southern city of Mykolaiv`, not Mykolaivka of
        // 14,000 in the Donetsk region the story also names).
        let tooSmallForCity = candidate.cityCue && !kind.isRegion && gazetteer.population(record) < Self.cityPopulation
        if kind != .country, !tooSmallForCity, context.mentions(admin1: gazetteer.admin1Record(record), except: candidate.keyHash) { score += 4 }
        if context.mentions(country: gazetteer.countryRecord(record), except: candidate.keyHash) { score += 3 }
        return score
    }

    /// Whether `inner` lies in `outer` (same country, admin1, admin2; or beside a place in the same admin1).
    func contains(_ outer: Int, _ inner: Int) -> Bool {
        switch gazetteer.kind(outer) {
        case .country: return gazetteer.countryRecord(inner) == outer
        case .firstOrderDivision: return gazetteer.admin1Record(inner) == outer
        case .secondOrderDivision: return gazetteer.admin2Record(inner) == outer || (gazetteer.admin2Record(inner) == nil && gazetteer.admin1Record(inner) == gazetteer.admin1Record(outer))
        case .populatedPlace, .seat, .capital:
            return gazetteer.admin1Record(outer) != nil && gazetteer.admin1Record(inner) == gazetteer.admin1Record(outer)
        // Nothing here says which countries a continent, region or sea holds or borders.
        case .continent, .macroRegion, .water, .island, .feature: return false
        }
    }

    /// The softmax probability of the best-ranked candidate, without building the whole vector.
    func topProbability(_ ranked: [(record: Int, score: Double)]) -> Double {
        guard let top = ranked.first?.score else { return 0 }
        var total = 0.0
        for entry in ranked { total += exp(entry.score - top) }
        return 1 / total
    }

    /// Softmax of raw scores: the probability of each ranked candidate.
    func probabilities(_ ranked: [(record: Int, score: Double)]) -> [Double] {
        guard let top = ranked.first?.score else { return [] }
        let weights = ranked.map { exp($0.score - top) }
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }
}
