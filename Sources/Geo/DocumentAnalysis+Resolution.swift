import Foundation

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
    /// Score per tenfold population: a city ten times larger needs that much more context to lose.
    static let populationWeight = 1.5

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
        for index in candidates.indices {
            candidates[index].accepted = accept(candidates[index], context: context)
            // Kept as a place only where the words around it say it is one (`in X village`, not `the X rallies`).
            let candidate = candidates[index]
            let placeShaped = candidate.featureCue || candidate.nearCue || candidate.division != nil
                || (recognizedAsPlace(candidate) && !attributive(candidate))
            candidates[index].namesakeElsewhere = !candidate.accepted && !candidate.personCue && placeShaped
                && inAnotherRegion(candidate, context: context)
            candidates[index].namesakeAbroad = !candidate.accepted && !candidate.personCue && placeShaped
                && (farAbroad(candidate, context: context) || divisionAbroad(candidate, context: context))
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
        case .island: return Self.populationWeight * log10(Double(gazetteer.population(record)) + 10) + 1
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
        case .continent, .macroRegion, .water, .island: return false
        }
    }

    /// The countries and admin1s of confident resolutions and of demonyms.
    func buildContext() -> Context {
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
            guard confident, plausible else { continue }
            if let country = gazetteer.countryRecord(best) { context.add(country: country, key: key) }
            // A capital is often named for its government (`London and Washington`): it vouches for
            // its country, not for the towns of its own province.
            if kind != .capital, let admin1 = gazetteer.admin1Record(best) {
                context.add(admin1: admin1, key: key)
            }
        }
        return context
    }

    /// Keeps a resolution only when something supports it: a cue, the document, or the place's size.
    func accept(_ candidate: Candidate, context: Context) -> Bool {
        if candidate.isDemonym { return true }
        guard let best = candidate.best else { return false }
        let kind = gazetteer.kind(best)
        let population = gazetteer.population(best)
        if candidate.personCue && !candidate.prepositionCue && !(kind == .country || kind == .firstOrderDivision || kind == .capital || population >= 1_000_000) {
            return false
        }
        // Names that are ordinary English words (`Freedom`, `South`, or any word this very text also
        // uses in lower case, like `mobile` for Mobile) need a cue or the document's support.
        let ordinaryWord = WordSets.englishWordNames.contains(candidate.keyHash)
            || (candidate.first == candidate.last && lowercaseWords.contains(tokens[candidate.first].wordHash))
        if ordinaryWord && kind != .country {
            if candidate.division != nil || candidate.featureCue { return true }
            if candidate.prepositionCue && population >= 50_000 { return true }
            if let link = candidate.container, let outer = candidates[link].best, contains(outer, best) { return true }
            return kind != .firstOrderDivision && context.mentions(admin1: gazetteer.admin1Record(best), except: candidate.keyHash)
        }
        if outsideItsContainer(candidate, context: context) || inAnotherRegion(candidate, context: context)
            || farAbroad(candidate, context: context) || divisionAbroad(candidate, context: context) { return false }
        switch kind {
        case .country, .firstOrderDivision, .capital, .continent, .macroRegion, .water: return true
        case .secondOrderDivision: return candidate.division != nil || context.mentions(admin1: gazetteer.admin1Record(best), except: candidate.keyHash)
        case .seat, .populatedPlace, .island: break
        }
        if candidate.division != nil || candidate.featureCue || candidate.nearCue || candidate.datelineCue { return true }
        // Only an alternate name of a town, in a name the recognizer reads as a person's or a group's
        // (`its ally Hamas`: Hamm, Germany, is also `Hamas`): not a place unless the story is about its country.
        // Another romanization of the town's own name (`Jenin` for Janīn) is still its name.
        if !candidate.primaryRecords.contains(best), recognizedAsNonPlace(candidate), population < 1_000_000,
           !context.mentions(country: gazetteer.countryRecord(best), except: candidate.keyHash),
           RomanizationKey(spanText(candidate.first, candidate.last))?.skeleton != RomanizationKey(gazetteer.name(best))?.skeleton {
            return false
        }
        // The language model read the name as a place from its context (`forces shelled Sretensk,`):
        // a town of any size, unless it only qualifies a noun like an adjective.
        if recognizedAsPlace(candidate), !attributive(candidate) { return true }
        if let link = candidate.container, let outer = candidates[link].best, contains(outer, best) { return true }
        let admin1 = gazetteer.admin1Record(best), country = gazetteer.countryRecord(best)
        if context.mentions(admin1: admin1, except: candidate.keyHash) { return true }
        // A mid-sized town of a country the story never mentions is off-story only where it qualifies a noun
        // like an adjective (`Fano militiamen`): standing as a place of its own (`Moscow said Russian forces
        // shelled Kherson.`), it is where the event happened, whoever acts there and whatever else is named.
        let storyHasCountries = context.countries.values.contains { $0.contains(otherThan: candidate.keyHash) }
        let offStory = storyHasCountries && attributive(candidate)
            && !context.mentions(country: country, except: candidate.keyHash)
        if offStory && population < 250_000 && !(candidate.prepositionCue && population >= 100_000) { return false }
        if population >= 20_000 && !candidate.sentenceInitial { return true }
        if population >= 100_000 && (candidate.prepositionCue || context.mentions(country: country, except: candidate.keyHash)) { return true }
        if population >= 250_000 { return true }
        if candidate.sentenceInitial { return false }
        if context.mentions(country: country, except: candidate.keyHash) && population >= 5_000 { return true }
        if candidate.prepositionCue && population >= 20_000 { return true }
        return false
    }

    /// Confidence above which the recognizer's reading of a name as a place settles a town's resolution on its own.
    static let confidentPlace = 0.9

    /// Whether the name recognizer labelled the candidate's words a place, confidently.
    func recognizedAsPlace(_ candidate: Candidate) -> Bool {
        names.contains { name in
            name.name.type == .place && name.name.confidence >= Self.confidentPlace
                && name.first <= candidate.spanFirst && name.last >= candidate.spanLast
        }
    }

    /// Whether a town is named inside a region or country that does not hold it (`Kani township in the
    /// Sagaing region`, where the gazetteer's only Kani is in Japan): another place of that name.
    /// With the document's `context`, a container in a country nothing else in the story names does not
    /// overrule a town of the story's country (`Djibo, in Soum province`, where the gazetteer's only Soum
    /// region is in Senegal): the container is then the namesake.
    func outsideItsContainer(_ candidate: Candidate, context: Context? = nil) -> Bool {
        // Only a container stated with `in` or a division word: beside a name (`near Pyongyang, South Korea's military said`) another may stand.
        guard candidate.containerHolds, let best = candidate.best, !gazetteer.kind(best).isBeyondCountries,
              let link = candidate.container, let outer = candidates[link].best,
              !gazetteer.kind(outer).isBeyondCountries else { return false }
        if let context, !context.mentions(country: gazetteer.countryRecord(outer), except: candidates[link].keyHash),
           context.mentions(country: gazetteer.countryRecord(best), except: candidate.keyHash) {
            return false
        }
        // `the city's X district`: a part of the town lies within reach of its point.
        if candidate.containerIsTown, !gazetteer.kind(outer).isRegion {
            return gazetteer.coordinate(best).distance(to: gazetteer.coordinate(outer)) > Self.townReach
        }
        // A place said to lie in or by a town of another country (`the Neuhof district of Strasbourg`, `the
        // village of Chai, in Macomia district`, where the gazetteer's Neuhof is in Germany) is another place.
        if !gazetteer.kind(outer).isRegion {
            return gazetteer.kind(best) != .country && gazetteer.countryRecord(best) != gazetteer.countryRecord(outer)
        }
        // A division is checked only against a country (`Cameroon's Northwest region` is no region of another
        // country), or against a region of another country (`Pale Township in the Sagaing Region` is not Pale, Bosnia).
        if gazetteer.kind(best).isRegion, gazetteer.kind(best) == .country || gazetteer.kind(outer) != .country {
            return gazetteer.kind(best) != .country && gazetteer.countryRecord(best) != gazetteer.countryRecord(outer)
        }
        return !contains(outer, best)
    }

    /// Whether a village lies in another region of its country than the ones the story is set in (`Nyaung
    /// Kone village` in a story about Sagaing Region, where the gazetteer's only Nyaung Kone is near Yangon).
    /// Villages share names across a country and the bundled list holds few of them: the story's village is
    /// more likely one the list lacks, which the incident reader then places in the story's region.
    func inAnotherRegion(_ candidate: Candidate, context: Context) -> Bool {
        guard let best = candidate.best, gazetteer.kind(best) == .populatedPlace,
              gazetteer.population(best) < Self.villagePopulation,
              let country = gazetteer.countryRecord(best), let admin1 = gazetteer.admin1Record(best),
              !context.mentions(admin1: admin1, except: candidate.keyHash) else { return false }
        if let link = candidate.container, let outer = candidates[link].best, contains(outer, best) { return false }
        return context.admin1s.contains { region, keys in
            region != admin1 && gazetteer.countryRecord(region) == country && keys.contains(otherThan: candidate.keyHash)
        }
    }

    /// Whether a town lies far abroad from a story set elsewhere: its country is named by nothing else, the
    /// story names another by two names at least, and none of the story's other places lies within `Geoparser.abroadReach` of it
    /// (`between Boni and Hombori in central Mali`: the gazetteer's Boni is Bonn, 4,000 km away); or the story's only
    /// other places are countries, all of them far from it. A capital, and a
    /// region's seat or a city of 100,000 people named by its own name (`talks in Geneva`, `shelled Kherson`), stand,
    /// unless the text introduces the name as a village or town (`near the town of Palma` in a Mozambique story).
    func farAbroad(_ candidate: Candidate, context: Context) -> Bool {
        guard let best = candidate.best else { return false }
        let kind = gazetteer.kind(best)
        guard kind == .populatedPlace || kind == .seat || kind == .island else { return false }
        if candidate.primaryRecords.contains(best), !candidate.smallSettlementCue,
           gazetteer.population(best) >= Self.cityPopulation || gazetteer.featureCode(best) == "PPLA" { return false }
        let country = gazetteer.countryRecord(best)
        guard !context.mentions(country: country, except: candidate.keyHash) else { return false }
        let namedTwice = context.countries.contains { $0.key != country && $0.value.containsTwo(otherThan: candidate.keyHash) }
        if let link = candidate.container, let outer = candidates[link].best, contains(outer, best) { return false }
        // The story's places finer than a country (a country's point says little about its towns), in countries it names.
        let point = gazetteer.coordinate(best)
        var others = 0
        for other in candidates.indices where candidates[other].keyHash != candidate.keyHash && !candidates[other].isDemonym {
            guard let record = candidates[other].best, gazetteer.kind(record) != .country,
                  !gazetteer.kind(record).isBeyondCountries,
                  let nation = gazetteer.countryRecord(record),
                  // A country vouched for by that place alone is not one the story names (`The Police in Mozambique`).
                  context.countries[nation]?.contains(otherThan: candidate.keyHash, and: candidates[other].keyHash) == true
            else { continue }
            if gazetteer.coordinate(record).distance(to: point) <= Geoparser.abroadReach { return false }
            others += 1
        }
        if others > 0 { return namedTwice }
        // A story whose only places are countries (`Olumbi village near the town of Palma, close to Mozambique's
        // border with Tanzania`): a country's point says little about its towns, but a town farther than
        // `farFromCountries` from the point and the capital of every country the story names lies beyond them all.
        // The countries named as such twice at least (`Mozambique`, `Mozambican`), not those of other towns' namesakes
        // (`The Police in ...`) nor a language named once (`Translated from Portuguese`).
        var times: [Int: Int] = [:]
        for other in candidates {
            guard let nation = other.demonymCountry ?? other.best.flatMap({ gazetteer.kind($0) == .country ? gazetteer.countryRecord($0) : nil }),
                  nation != country else { continue }
            times[nation, default: 0] += 1
        }
        let named = times.filter { $0.value >= 2 }.keys
        return !named.isEmpty && named.allSatisfy { nation in
            let capital = gazetteer.anchor(nation).map(gazetteer.coordinate)
            return gazetteer.coordinate(nation).distance(to: point) > Self.farFromCountries
                && (capital.map { $0.distance(to: point) > Self.farFromCountries } ?? true)
        }
    }

    /// Whether a candidate is a district (a second-order division) of a country the story never names, in a story that names
    /// another (`the Catatumbo region` of a Colombian story is no Venezuelan municipio): news names a foreign district
    /// only with its country, so the name is a place the gazetteer lacks, however near the border its namesake lies.
    func divisionAbroad(_ candidate: Candidate, context: Context) -> Bool {
        guard let best = candidate.best, gazetteer.kind(best) == .secondOrderDivision else { return false }
        let country = gazetteer.countryRecord(best)
        if let link = candidate.container, let outer = candidates[link].best, contains(outer, best) { return false }
        guard !context.mentions(country: country, except: candidate.keyHash) else { return false }
        return context.countries.contains { $0.key != country && $0.value.contains(otherThan: candidate.keyHash) }
    }

    /// How far from a town's point its own quarters and districts may lie, in kilometres.
    static let townReach = 40.0

    /// How far from a named country's point and capital a town must lie to be taken for a namesake beyond it,
    /// in kilometres: more than a large country's border towns lie from the nearer of the two (Vladivostok, by the
    /// Chinese border, is 2,800 km from Russia's point at 60° N 100° E).
    static let farFromCountries = 3_500.0

    /// From this many people a town named by its own name is a city a story may name from afar.
    static let cityPopulation = 100_000

    /// Below this many people a populated place is read as a village, whose name many others share.
    static let villagePopulation = 10_000

    /// Whether the recognizer labelled the candidate's words a person's or an organisation's name, confidently.
    func recognizedAsNonPlace(_ candidate: Candidate) -> Bool {
        names.contains { name in
            (name.name.type == .person || name.name.type == .organization) && name.name.confidence >= 0.8
                && name.first <= candidate.spanFirst && name.last >= candidate.spanLast
        }
    }

    /// Whether a name directly qualifies the lower-case word after it (`Fano militiamen`, `Kherson residents`)
    /// rather than standing as a place of its own (`shelled Kherson with artillery`, `hit Novorossiysk.`).
    func attributive(_ candidate: Candidate) -> Bool {
        let after = candidate.spanLast + 1
        guard joined(candidate.spanLast), !tokens[after].isCapitalized, tokens[after].letterCount > 0 else { return false }
        return !word(after, in: WordSets.functionWords) && !word(after, in: WordSets.speechVerbs)
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
