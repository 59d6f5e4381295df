
/// Resolution: score each candidate record, let the document's settled countries and regions vote.
extension DocumentAnalysis {
    /// Countries and first-order divisions the document talks about, with the name keys that put them there.
    struct Context {
        /// Up to two distinct name keys that put a country or region in the story: enough to tell
        /// whether anything other than the name being resolved vouches for it.
        struct Keys {
            var first: UInt64
            var second: UInt64?

            mutating func insert(_ key: UInt64) {
                if key != first && second == nil { second = key }
            }

            func contains(otherThan key: UInt64) -> Bool {
                first != key || (second != nil && second != key)
            }

            /// Whether a name other than both `key` and `other` puts it in the story.
            func contains(otherThan key: UInt64, and other: UInt64) -> Bool {
                (first != key && first != other) || (second.map { $0 != key && $0 != other } ?? false)
            }

            /// Whether two names other than `key` put it in the story.
            func containsTwo(otherThan key: UInt64) -> Bool {
                first != key && second != nil && second != key
            }
        }

        var countries: [Int: Keys] = [:]
        var admin1s: [Int: Keys] = [:]

        func mentions(country: Int?, except key: UInt64) -> Bool {
            guard let country, let keys = countries[country] else { return false }
            return keys.contains(otherThan: key)
        }

        func mentions(admin1: Int?, except key: UInt64) -> Bool {
            guard let admin1, let keys = admin1s[admin1] else { return false }
            return keys.contains(otherThan: key)
        }

        mutating func add(country: Int, key: UInt64) {
            if countries[country] == nil { countries[country] = Keys(first: key) } else { countries[country]!.insert(key) }
        }

        mutating func add(admin1: Int, key: UInt64) {
            if admin1s[admin1] == nil { admin1s[admin1] = Keys(first: key) } else { admin1s[admin1]!.insert(key) }
        }
    }

    static let maxPasses = 6

    mutating func resolve() {
        var context = Context()
        var containedBy = [Int: Int]()
        for (index, candidate) in candidates.enumerated() {
            if let container = candidate.container, containedBy[container] == nil { containedBy[container] = index }
        }
        // Resolutions and the document's context settle each other: iterate until no choice changes.
        for pass in 0..<Self.maxPasses {
            var changed = false
            for index in candidates.indices where !candidates[index].isDemonym {
                let before = candidates[index].best
                rank(index, context: context, useContainer: pass > 0, contained: containedBy[index])
                if candidates[index].best != before { changed = true }
            }
            context = buildContext()
            // Pass 0 has no context and no `X, Y` links; once a pass with both changes nothing, it is settled.
            if pass >= 1 && !changed { break }
        }
        // A name refused as a place vouches for nothing (`Nasir`, a village the gazetteer lacks, is not its Sudanese
        // namesake, and does not set a South Sudan story in Sudan): once settled, the names kept make the context.
        for index in candidates.indices {
            candidates[index].accepted = accept(candidates[index], context: context)
        }
        let kept = buildContext(keptOnly: true)
        if Set(kept.countries.keys) != Set(context.countries.keys) || Set(kept.admin1s.keys) != Set(context.admin1s.keys) {
            context = kept
            for index in candidates.indices where !candidates[index].isDemonym {
                rank(index, context: context, useContainer: true, contained: containedBy[index])
            }
        }
        for index in candidates.indices {
            candidates[index].accepted = accept(candidates[index], context: context)
            if !candidates[index].accepted { settleOnTown(index, context: context) }
            // Kept as a place only where the words around it say it is one (`in X village`, not `the X rallies`).
            let candidate = candidates[index]
            let placeShaped = candidate.featureCue || candidate.nearCue || candidate.division != nil
                || (recognizedAsPlace(candidate) && !attributive(candidate))
            candidates[index].namesakeElsewhere = !candidate.accepted && !candidate.personCue && placeShaped
                && inAnotherRegion(candidate, context: context)
            candidates[index].namesakeAbroad = !candidate.accepted && !candidate.personCue && placeShaped
                && (farAbroad(candidate, context: context) || divisionAbroad(candidate, context: context)
                    || farCountryAsLandmark(candidate, context: context))
        }
        // One name, one place: where the text puts a name in a place that does not hold the gazetteer's namesake, its
        // other mentions, set in no container of their own, are that unknown place too, not the namesake.
        for index in candidates.indices where (candidates[index].accepted || candidates[index].namesakeAbroad)
            && !candidates[index].isDemonym && candidates[index].container == nil {
            let candidate = candidates[index]
            guard let best = candidate.best, gazetteer.kind(best) != .country else { continue }
            if let refused = candidates.indices.first(where: { other in
                other != index && !candidates[other].accepted && candidates[other].keyHash == candidate.keyHash
                    && candidates[other].best == best && outsideItsContainer(candidates[other], context: context)
            }) {
                candidates[index].accepted = false
                candidates[index].namesakeAbroad = false
                candidates[index].sameAsRefused = refused
            }
        }
    }

    /// `in Menaka, close to Niger`: a division refused as one of a country the story does not name may share its name with
    /// its own town (Ménaka region, Ménaka town); a town a preposition puts the event in is read before giving the name up.
    mutating func settleOnTown(_ index: Int, context: Context) {
        let candidate = candidates[index]
        guard let best = candidate.best, divisionAbroad(candidate, context: context) else { return }
        let country = gazetteer.countryRecord(best)
        let written = RomanizationKey(spanText(candidate.first, candidate.last))?.skeleton
        guard written != nil, let town = candidate.ranked.firstIndex(where: { entry in
            [.seat, .capital, .populatedPlace].contains(gazetteer.kind(entry.record)) && gazetteer.countryRecord(entry.record) == country
                && RomanizationKey(gazetteer.name(entry.record))?.skeleton == written
        }) else { return }
        var settled = candidate
        settled.ranked.insert(settled.ranked.remove(at: town), at: 0)
        guard accept(settled, context: context) else { return }
        settled.accepted = true
        candidates[index] = settled
    }

    mutating func rank(_ index: Int, context: Context, useContainer: Bool, contained inner: Int?) {
        let cues = Cues(candidates[index])
        let records = candidates[index].records
        let primary = candidates[index].primaryRecords
        var container: Int?
        if useContainer, let link = candidates[index].container { container = candidates[link].best }
        // `Atlanta, Georgia`: the container is also chosen by what it contains.
        var contained: Int?
        if useContainer, let inner { contained = candidates[inner].best }
        if candidates[index].baseScores.count != records.count {
            candidates[index].baseScores = records.map { baseScore($0, cues, records: records, primary: primary) }
        }
        let base = candidates[index].baseScores
        var ranked: [(record: Int, score: Double)] = []
        ranked.reserveCapacity(records.count)
        for (position, record) in records.enumerated() {
            ranked.append((record, base[position] + contextScore(record, cues, context: context, container: container, contained: contained)))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : gazetteer.geonameid($0.record) < gazetteer.geonameid($1.record) }
        candidates[index].ranked = ranked
    }

    /// The countries and admin1s of confident resolutions and of demonyms; with `keptOnly`, of accepted names only (a name
    /// refused as a place vouches for no country or region).
    func buildContext(keptOnly: Bool = false) -> Context {
        var context = Context()
        // Indices rather than `for candidate in`: copying a candidate retains its four arrays.
        for index in candidates.indices {
            let key = candidates[index].keyHash
            if let country = candidates[index].demonymCountry {
                context.add(country: country, key: key)
                continue
            }
            guard let best = candidates[index].best else { continue }
            let kind = gazetteer.kind(best)
            let confident = kind == .country || kind == .firstOrderDivision || candidates[index].division != nil
                || gazetteer.population(best) >= 100_000 || topProbability(candidates[index].ranked) >= 0.6
            let plausible = kind == .country || kind == .firstOrderDivision || kind == .capital || !candidates[index].personCue
            guard confident, plausible, !keptOnly || candidates[index].accepted else { continue }
            if let country = gazetteer.countryRecord(best) { context.add(country: country, key: key) }
            // A capital is often named for its government (`London and Washington`): it vouches for
            // its country, not for the towns of its own province.
            if kind != .capital, let admin1 = gazetteer.admin1Record(best) {
                context.add(admin1: admin1, key: key)
            }
        }
        return context
    }
}
