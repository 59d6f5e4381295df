/// Turning accepted candidates into `PlaceMention`s.
extension DocumentAnalysis {
    static let maxAlternatives = 5

    mutating func mentions() -> [PlaceMention] {
        var result: [PlaceMention] = []
        for candidate in candidates where candidate.accepted {
            result.append(mention(for: candidate))
        }
        return result
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
}
