/// Acceptance: a resolution kept only where something supports it, and not where the name is a namesake's elsewhere.
extension DocumentAnalysis {
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
        if isOrdinaryWord(candidate) && kind != .country {
            if candidate.division != nil || candidate.featureCue { return true }
            if candidate.prepositionCue && population >= 50_000 { return true }
            if let link = candidate.container, let outer = candidates[link].best, contains(outer, best) { return true }
            return kind != .firstOrderDivision && context.mentions(admin1: gazetteer.admin1Record(best), except: candidate.keyHash)
        }
        if outsideItsContainer(candidate, context: context) || inAnotherRegion(candidate, context: context)
            || farAbroad(candidate, context: context) || divisionAbroad(candidate, context: context) { return false }
        if farCountryAsLandmark(candidate, context: context) { return false }
        switch kind {
        case .country, .firstOrderDivision, .capital, .continent, .macroRegion, .water: return true
        case .secondOrderDivision:
            // `the town of Adan Yabaal`: a district GeoNames has where it lacks the town it is named after, in the story's country.
            return candidate.division != nil || context.mentions(admin1: gazetteer.admin1Record(best), except: candidate.keyHash)
                || (candidate.featureCue && context.mentions(country: gazetteer.countryRecord(best), except: candidate.keyHash))
        // A feature a build read by class (`Boryspil International Airport`) named in several words is named in
        // full: the name is its own support. In one word it needs what a village needs.
        case .feature: if candidate.last > candidate.first { return true }
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

    /// Whether a name is an ordinary English word (`Freedom`, `South`) or one this very text also writes in lower case.
    func isOrdinaryWord(_ candidate: Candidate) -> Bool {
        WordSets.englishWordNames.contains(candidate.keyHash)
            || (candidate.first == candidate.last && lowercaseWords.contains(tokens[candidate.first].wordHash))
    }

    /// Confidence above which the recognizer's reading of a name as a place settles a town's resolution on its own.
    static let confidentPlace = 0.9

    /// Whether the name recognizer labelled the candidate's words a place, confidently.
    func recognizedAsPlace(_ candidate: Candidate) -> Bool {
        namesStarting(near: candidate.spanFirst).contains { name in
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
        if let context, gazetteer.countryRecord(outer) != gazetteer.countryRecord(best),
           !context.mentions(country: gazetteer.countryRecord(outer), except: candidates[link].keyHash),
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
    /// A name written as a town's quarter (`the X neighbourhood`) is no town of its own elsewhere, whatever its size.
    func inAnotherRegion(_ candidate: Candidate, context: Context) -> Bool {
        guard let best = candidate.best, gazetteer.kind(best) == .populatedPlace || (candidate.quarterCue && gazetteer.kind(best) == .seat),
              gazetteer.population(best) < Self.villagePopulation || candidate.quarterCue,
              let country = gazetteer.countryRecord(best), let admin1 = gazetteer.admin1Record(best),
              !context.mentions(admin1: admin1, except: candidate.keyHash) else { return false }
        if let link = candidate.container, let outer = candidates[link].best, contains(outer, best) { return false }
        let storyElsewhere = context.admin1s.contains { region, keys in
            region != admin1 && gazetteer.countryRecord(region) == country && keys.contains(otherThan: candidate.keyHash)
        }
        guard storyElsewhere else { return false }
        // A town near another the story names (`a march in Battaramulla ... a house set on fire in Kuliyapitiya`, 70 km
        // apart across a provincial line) is the story's own neighbourhood, not a namesake far from it.
        let point = gazetteer.coordinate(best)
        return !candidates.contains { other in
            guard other.keyHash != candidate.keyHash, !other.isDemonym, let record = other.best,
                  gazetteer.countryRecord(record) == country, gazetteer.kind(record).isTown,
                  context.mentions(admin1: gazetteer.admin1Record(record), except: candidate.keyHash)
            else { return false }
            return gazetteer.coordinate(record).distance(to: point) <= Self.neighbourReach
        }
    }

    /// How far from another of the story's towns a village in another region still reads as the story's own, in kilometres.
    static let neighbourReach = 100.0

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
        // A city a story names from afar is named as itself, not as a landmark of local ground (`ambushed a column near
        // X`): a name in `near`, like one in `the village of`, is held to the test of a village.
        if candidate.primaryRecords.contains(best), !candidate.smallSettlementCue, !candidate.nearCue,
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

    /// Whether a country named as a landmark (`near Tonga`) lies farther than `farFromCountries` from every town and
    /// region the story sets in the countries it names: `near` a country is said of a neighbour, and one across the world is a place the
    /// gazetteer lacks (a village of that name in a South Sudan story, not the Pacific kingdom).
    func farCountryAsLandmark(_ candidate: Candidate, context: Context) -> Bool {
        guard let country = candidate.best, gazetteer.kind(country) == .country, candidate.nearCue else { return false }
        let key = candidate.keyHash
        let point = gazetteer.coordinate(country)
        let capital = gazetteer.anchor(country).map(gazetteer.coordinate)
        var places = 0
        for other in candidates.indices where candidates[other].keyHash != key && !candidates[other].isDemonym {
            guard let record = candidates[other].best, gazetteer.kind(record) != .country, !gazetteer.kind(record).isBeyondCountries,
                  let nation = gazetteer.countryRecord(record) else { continue }
            if nation == country { return false }
            guard context.mentions(country: nation, except: key) else { continue }
            let place = gazetteer.coordinate(record)
            if place.distance(to: point) <= Self.farFromCountries || (capital.map { place.distance(to: $0) <= Self.farFromCountries } ?? false) {
                return false
            }
            places += 1
        }
        return places > 0
    }

    /// Whether a candidate is a district (a second-order division) of a country the story never names, in a story that names
    /// another (`the Catatumbo region` of a Colombian story is no Venezuelan municipio): news names a foreign district
    /// only with its country, so the name is a place the gazetteer lacks, however near the border its namesake lies.
    /// A language named once (`Translated from Portuguese`) sets no story.
    /// So is a first-order division named without a division word (`the White Nile` in a South Sudan story is the river,
    /// not Sudan's White Nile state), unless it is an ordinary word (`across the South`, a region of Cameroon), which is
    /// refused, or not, as one and is no unknown place either way.
    func divisionAbroad(_ candidate: Candidate, context: Context) -> Bool {
        guard let best = candidate.best, gazetteer.kind(best) == .secondOrderDivision
            || (gazetteer.kind(best) == .firstOrderDivision && candidate.division == nil && !isOrdinaryWord(candidate)) else { return false }
        let country = gazetteer.countryRecord(best)
        if let link = candidate.container, let outer = candidates[link].best, contains(outer, best) { return false }
        guard !context.mentions(country: country, except: candidate.keyHash) else { return false }
        // A name the text puts in this district (`the village of Chai, in Macomia district`) does not vouch for another
        // country: its namesake there is the one outside.
        let held = candidates.first { inner in
            inner.containerHolds && inner.container.map { candidates[$0].spanFirst == candidate.spanFirst } ?? false
        }?.keyHash ?? candidate.keyHash
        return context.countries.contains { nation, keys in
            nation != country && keys.contains(otherThan: candidate.keyHash, and: held) && !namedOnlyByOneDemonym(nation)
        }
    }

    /// Whether the only name that puts a country in the story is one demonym, which may be a language (`Translated from
    /// Portuguese`).
    func namedOnlyByOneDemonym(_ nation: Int) -> Bool {
        let naming = candidates.filter { ($0.demonymCountry ?? $0.best.flatMap(gazetteer.countryRecord)) == nation }
        return naming.count == 1 && naming[0].isDemonym
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
        namesStarting(near: candidate.spanFirst).contains { name in
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
}
