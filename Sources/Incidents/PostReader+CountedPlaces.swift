import Language

/// Tolls told of a number of places named before (`nine died across the two villages`).
extension PostReader {
    /// Divides a toll told of places counted by number (`in the two towns`, `in both villages`, `across the three districts`)
    /// among those places' events, as ACLED divides one toll over several places: the event of sentence `index` that took
    /// the toll whole, and the last events of its family before it in its paragraph or the one before, with no figure yet.
    mutating func shareTollOverCountedPlaces(of index: Int) {
        guard let count = countedPlaces(in: index) else { return }
        let sentence = sentences[index]
        let counts = casualties(in: index)
        guard counts.fatalities != nil || counts.injured != nil else { return }
        // The one event the sentence told of that holds its whole toll (another it only referred to, `The violence spread
        // to ...`, may be one of the places).
        let told = incidents.indices.filter { position in
            incidents[position].evidence.contains { $0.range == sentence.range }
                && (incidents[position].fatalities != nil || incidents[position].injured != nil)
        }
        guard told.count == 1, let holder = told.first, let family = incidents[holder].kind?.family,
              counts.fatalities.map({ $0.value == incidents[holder].fatalities }) ?? true,
              counts.injured.map({ $0.value == incidents[holder].injured }) ?? true
        else { return }
        var earlier: [Int] = []
        for candidate in incidents.indices[..<holder].reversed() where earlier.count < count - 1 {
            guard incidentParagraphs[candidate] >= sentence.paragraph - 1 else { break }
            let event = incidents[candidate]
            guard event.kind?.family == family, event.fatalities == nil, event.injured == nil else { continue }
            earlier.append(candidate)
        }
        // A toll smaller than the number of places is not divided (which place had none is not known).
        guard earlier.count == count - 1, counts.share(0, of: count).other.keys.contains(where: { $0.hasSuffix("_total") }) else { return }
        let evidence = Evidence(post: post.index, range: sentence.range, excerpt: sentence.text)
        for (position, target) in (earlier.reversed() + [holder]).enumerated() {
            let share = counts.share(position, of: count)
            if let whole = share.other["fatalities_total"] {
                incidents[target].fatalities = share.fatalities?.value
                incidents[target].counts["fatalities_total"] = whole
            }
            if let whole = share.other["injured_total"] {
                incidents[target].injured = share.injured?.value
                incidents[target].counts["injured_total"] = whole
            }
            if !incidents[target].evidence.contains(evidence) { incidents[target].evidence.append(evidence) }
        }
    }

    /// How many places sentence `index` counts its toll over: `in the two towns`, `in both villages`, `across the three
    /// villages` (a preposition of place, a number or `both`, a plural place noun); nil for none or fewer than two.
    func countedPlaces(in index: Int) -> Int? {
        let span = sentences[index].tokenSpan
        let lower = { (token: Int) in self.annotated.text(of: token).lowercased() }
        for token in span where Self.countingPrepositions.contains(lower(token)) {
            var at = token + 1
            if at < span.upperBound, lower(at) == "the" { at += 1 }
            guard at + 1 < span.upperBound else { continue }
            let number = lower(at) == "both" ? 2 : Int(lower(at)) ?? CountLexicon.smallNumber(lower(at))
            guard let number, number >= 2, number <= 12, annotated.tags[at + 1].penn == "NNS",
                  CountLexicon.countedPlaceNouns.contains(annotated.lemma(of: at + 1).lowercased())
            else { continue }
            return number
        }
        return nil
    }

    /// Prepositions before places counted by number (`in the two towns`, `across both villages`).
    static let countingPrepositions: Set<String> = ["in", "at", "across", "from"]
}
