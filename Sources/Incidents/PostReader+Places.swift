import Foundation
import Geo
import Language
import Timeline

/// Where an incident is put: a resolved place, or the container of a name the gazetteer lacks.
struct Placement {
    var place: Place
    var text: String
    var source: LocationSource
    var isResolved: Bool
    var precision: LocationPrecision
    var geoPrecision: Int
    /// Where the mention it comes from begins (input scalars), when it comes from one in the event's sentence.
    var mentionStart: Int? = nil
}

extension PostReader {
    /// The placements of an event's attached mentions: the most specific resolved places, and
    /// every unresolved name at its smallest known container (which then stands for no event of its own).
    func placements(of attached: [Int], in sentence: Int, source: LocationSource = .attached) -> [Placement] {
        // `between Gwoza and Bama`: two places bound one event, which is put near the first.
        let bounds = placesBetween(attached)
        let attached = attached.filter { !bounds.second.contains($0) && !givesWayInPossession($0, among: attached) }
        var resolved = Self.mostSpecific(attached.filter { mentions[$0].place != nil }.map { mentions[$0] })
        // `a Mykolaiv suburb on the Black Sea shore`, `a jetty in Tuapse on the Black Sea`: with a place on land
        // named, a sea or a continent only says where that place lies.
        if resolved.contains(where: { !($0.place?.kind.isBeyondCountries ?? true) }) {
            resolved.removeAll { $0.place?.kind.isBeyondCountries ?? false }
        }
        var containers = Set<Int>()
        var placed: [Placement] = []
        for index in attached where mentions[index].place == nil {
            // `near X, in Bam province` with neither known: the division describes where the village lies.
            if describesAnother(index, among: attached) { continue }
            guard let (container, mention) = container(of: index, in: sentence) else { continue }
            // `the outskirts of Khar in Bajaur district`, the district unknown: a division known only by a wider region
            // says less than a town in that region named with it, which it holds.
            if mentions[index].precision.isRegion, container.precision.fineness < mentions[index].precision.fineness,
                resolved.contains(where: { mention in
                    mention.place.map { Self.holds(container.place, $0) } ?? false && !mention.precision.isRegion && mention.precision != .water
                })
            {
                continue
            }
            if let mention { containers.insert(mention) }
            var placement = container
            placement.mentionStart = mentions[index].range.lowerBound
            placed.append(placement)
        }
        for mention in resolved {
            guard let place = mention.place else { continue }
            // `Karpaty village, Perevalsk district`: a coarser place right after a comma describes the one before.
            if let own = attached.first(where: { mentions[$0].range == mention.range }), describesAnother(own, among: attached) { continue }
            // The container of a name the gazetteer lacks stands for the event under that name already.
            if containers.contains(where: { mentions[$0].place?.geonameid == place.geonameid })
                || placed.contains(where: { !$0.isResolved && $0.place.geonameid == place.geonameid })
            {
                continue
            }
            placed.append(Placement(
                place: place, text: mention.text, source: source, isResolved: true, precision: mention.precision,
                geoPrecision: mention.precision.acledGeoPrecision, mentionStart: mention.range.lowerBound))
        }
        let firsts = Set(bounds.first.map { mentions[$0].text })
        return placed.map { placement in
            var placement = placement
            placement.source = source
            if firsts.contains(placement.text), placement.precision == .exactPlace {
                placement.precision = .nearPlace
                placement.geoPrecision = max(placement.geoPrecision, 2)
            }
            return placement
        }
    }

    /// How far (km) from a town's point a place it owns may lie and still be one of its quarters.
    static let quarterReach = 15.0

    /// Whether mention `index` gives way to the other of a possessor and the place it owns: a town stands for its own
    /// quarters and districts (`Mogadishu's Hodan district`, as ACLED codes a city's district to the city); a country or a
    /// division gives way to the place it owns when that place lies in it (`Cameroon's Far North region`), not to a
    /// namesake elsewhere.
    private func givesWayInPossession(_ index: Int, among attached: [Int]) -> Bool {
        func owner(before start: Int) -> Int? {
            guard start > 1, ["'s", "’s"].contains(annotated.text(of: start - 1).lowercased()) else { return nil }
            return attached.first { mentionTokens[$0].upperBound == start - 1 && mentions[$0].place != nil }
        }
        func lies(_ owned: Int, in owner: Int) -> Bool {
            guard let inner = mentions[owned].place, let outer = mentions[owner].place else { return true }
            // A town's quarter lies within it; a town of its own farther off in the same region (`Dera Ismail Khan's Kulachi
            // area`, 45 km away) is where the event was, the owner only the district it is known by. A namesake in another
            // region (`Kharkiv's Kyivskyi district`, a village of Donetsk) is not the quarter.
            let towns: [PlaceKind] = [.populatedPlace, .capital, .seat]
            if towns.contains(outer.kind) {
                return towns.contains(inner.kind) && inner.countryCode == outer.countryCode && inner.admin1Code == outer.admin1Code
                    && inner.coordinate.distance(to: outer.coordinate) > Self.quarterReach
            }
            if outer.kind == .country { return inner.countryCode == outer.countryCode }
            return inner.countryCode == outer.countryCode && inner.admin1Code != nil && inner.admin1Code == outer.admin1Code
        }
        let end = mentionTokens[index].upperBound
        if let owned = attached.first(where: { mentionTokens[$0].lowerBound == end + 1 && mentions[$0].place != nil }),
            owner(before: end + 1) == index
        {
            return lies(owned, in: index)
        }
        if let possessor = owner(before: mentionTokens[index].lowerBound), mentions[index].place != nil {
            return !lies(index, in: possessor)
        }
        return false
    }

    /// The places named as `between X and Y`: the first of each pair, and the second.
    private func placesBetween(_ attached: [Int]) -> (first: Set<Int>, second: Set<Int>) {
        var first = Set<Int>(), second = Set<Int>()
        for a in attached {
            let start = mentionTokens[a].lowerBound
            // `between X and Y`; `the road linking X and Y`, a road's ends.
            guard start > 0, annotated.text(of: start - 1).lowercased() == "between"
                || (start > 1 && WordLists.roadLinkingVerbs.contains(annotated.lemma(of: start - 1).lowercased())
                    && WordLists.roadNouns.contains(annotated.lemma(of: start - 2).lowercased()))
            else { continue }
            let end = mentionTokens[a].upperBound
            guard end < annotated.tokens.count, annotated.text(of: end).lowercased() == "and" else { continue }
            if let b = attached.first(where: { mentionTokens[$0].lowerBound == end + 1 }) {
                first.insert(a)
                second.insert(b)
            }
        }
        return (first, second)
    }

    /// Whether mention `own` describes where another attached mention before it lies: after a comma, coarser than it
    /// (`X, Y region`, `X, in the province of Y`: at most a preposition, determiners and a common noun besides), or
    /// no finer than it after `of` (`X tehsil of Y district`) or after a name the gazetteer lacks (`Barangay X, Y City`),
    /// or a division holding it after `in` (`the X police station in Y district`). Not an item of a list (`in X, Y and Z`).
    private func describesAnother(_ own: Int, among attached: [Int]) -> Bool {
        let mention = mentions[own]
        let start = mentionTokens[own].lowerBound
        let after = mentionTokens[own].upperBound
        let listed = (after..<min(after + 2, annotated.tokens.count)).contains { ["and", "or"].contains(annotated.text(of: $0).lowercased()) }
        guard !listed else { return false }
        return attached.contains { other in
            let end = mentionTokens[other].upperBound
            guard other != own, end < start, start - end <= 10 else { return false }
            var between = end..<start
            // `Rubaya in North Kivu's Masisi territory`: the division's possessor says where the division lies; the words
            // before it are what link the division to the place before.
            if let last = between.last, ["'s", "’s"].contains(annotated.text(of: last).lowercased()) {
                var owner = last
                while owner - 1 > end, annotated.tags[owner - 1].universal == .propn { owner -= 1 }
                if owner < last { between = end..<owner }
            }
            let words = between.map { annotated.text(of: $0).lowercased() }
            guard !words.contains(where: { ["and", "or"].contains($0) }) else { return false }
            // `in Ardamata, on the outskirts of the West Darfur capital El Geneina`, `X, near the town of Y`: a place after a
            // comma and a word of nearness, with no verb between, says where the place before it lies.
            if words.first == ",", words.contains(where: { WordLists.nearnessWords.contains($0) }), mentions[other].place != nil || mention.place == nil,
                mention.precision.fineness <= mentions[other].precision.fineness,
                between.allSatisfy({ [.punct, .adp, .det, .noun, .adj, .propn].contains(annotated.tags[$0].universal) })
            {
                return true
            }
            guard start - end <= 6 else { return false }
            // `X tehsil of Y district`, `the X area of Y`: at most a common noun, then `of`.
            // Not where the place before it resolved outside it (`the Nyaung Pin Thar ward of Shwebo`, at a namesake elsewhere).
            if words.last == "of", words.count <= 2, between.dropLast().allSatisfy({ annotated.tags[$0].universal == .noun }) {
                let inside = mentions[other].place.map { $0.countryCode == mention.place?.countryCode && $0.admin1Code == mention.place?.admin1Code } ?? true
                return inside && mention.precision.fineness <= mentions[other].precision.fineness
            }
            // `the Kulachi police station in Dera Ismail Khan district`: a division after `in`, past at most common nouns
            // of the place before it, is where that place lies when it holds it (the same first-order division).
            let beforeIn = words.last == "the" ? words.dropLast() : words[...]
            if beforeIn.last == "in", beforeIn.count <= 3, mention.precision.isRegion,
                between.prefix(beforeIn.count - 1).allSatisfy({ annotated.tags[$0].universal == .noun }),
                let outer = mention.place, let inner = mentions[other].place, inner.countryCode == outer.countryCode,
                outer.admin1Code == nil || inner.admin1Code == outer.admin1Code,
                mention.precision.fineness < mentions[other].precision.fineness
            {
                return true
            }
            // `the village of Tambul in Gezira province`, the division unknown: it says where the village lies.
            if beforeIn.last == "in", beforeIn.count <= 3, mention.precision.isRegion, mention.place == nil,
                between.prefix(beforeIn.count - 1).allSatisfy({ annotated.tags[$0].universal == .noun }),
                mention.precision.fineness < mentions[other].precision.fineness
            {
                return true
            }
            // `eight kilometres from Witu, in Lamu West`: a name the gazetteer lacks, set after a known place by a comma and
            // `in`, is a division it lies in that the gazetteer does not list, not where another event was.
            if mention.place == nil, mentions[other].place != nil, words == [",", "in"] || words == [",", "in", "the"] { return true }
            let plain = between.allSatisfy { [.punct, .adp, .det, .noun].contains(annotated.tags[$0].universal) }
            // `at Olumbi village near the town of Palma`: a place the gazetteer lacks, after `near`, is where the one before lies.
            if plain, mention.place == nil, words.contains("near") { return true }
            guard start - end <= 3 || plain, words.contains(",") else { return false }
            return mention.precision.fineness < mentions[other].precision.fineness
                || (mentions[other].place == nil && mention.precision.fineness <= mentions[other].precision.fineness)
        }
    }

    /// The town a facility's name begins with, by its own name: of the story's country, or a city of
    /// 100,000 people or more when the story names no country (`Nasser` of `Nasser Hospital` is no town
    /// in Egypt; `Rajshahi` of `Rajshahi College` is Rajshahi).
    static func facilityTown(_ text: String, country: String?, in gazetteer: Gazetteer) -> Place? {
        gazetteer.resolve(text, countryCode: country, suggestions: false).candidates.first { town in
            let inStory = country.map { town.countryCode == $0 } ?? (town.population >= 100_000)
            return !town.kind.isRegion && !town.kind.isBeyondCountries && town.name == text && inStory
        }
    }

    /// The post's most named resolved place (not a source's or a destination), not a city it was filed from abroad.
    func mainPlace() -> (mention: Int, place: Place)? {
        let datelined = foreignDateline()
        var counts: [Int: (count: Int, first: Int)] = [:]
        for reading in readings {
            for (mention, role) in reading.places where role.mayPlaceEvent && mention != datelined {
                guard let place = mentions[mention].place else { continue }
                let known = counts[place.geonameid]
                counts[place.geonameid] = ((known?.count ?? 0) + 1, known?.first ?? mention)
            }
        }
        guard let best = counts.values.max(by: { ($0.count, -$0.first) < ($1.count, -$1.first) }), let place = mentions[best.first].place else {
            return nil
        }
        return (best.first, place)
    }

    /// A place for an event no place attaches to by grammar: the paragraph's, the headline's, the dateline's or the post's.
    func fallbackPlacement(for sentence: Int) -> [Placement] {
        let paragraph = sentences[sentence].paragraph
        // A datelined city is where the story was filed, not where anything happened, unless nothing else is named.
        let datelined = dateline()?.mention
        func usable(_ index: Int) -> [Int] {
            readings[index].places.filter { $0.role.mayPlaceEvent && $0.mention != datelined }.map(\.mention)
        }
        // The paragraph: this sentence's free places, then the sentences before it, then after.
        var order = [sentence]
        order += sentences.indices.filter { $0 < sentence && sentences[$0].paragraph == paragraph }.reversed()
        order += sentences.indices.filter { $0 > sentence && sentences[$0].paragraph == paragraph }
        for index in order {
            // In the event's own sentence the finest place is the likeliest (`El Fasher` over `Sudan's`).
            // In another sentence, a name the gazetteer lacks that no event there stands at (`accused of desecrating the X`)
            // is no place the paragraph is known to be about.
            let candidates = index == sentence
                ? usable(index).sorted { mentions[$0].precision.fineness > mentions[$1].precision.fineness }
                : usable(index).filter { mention in
                    mentions[mention].place != nil || readings[index].places.contains { $0.mention == mention && $0.role != .unattached }
                }
            // A name that can be placed nowhere (`a street in the Turgeau neighbourhood`, no container known) gives way
            // to the next candidate, down to the dateline.
            if let first = candidates.first {
                let placed = placements(of: [first], in: index, source: .paragraph)
                if !placed.isEmpty { return placed }
            }
        }
        for index in sentences.indices where sentences[index].paragraph == -1 {
            if let first = usable(index).first {
                let placed = placements(of: [first], in: index, source: .headline)
                if !placed.isEmpty { return placed }
            }
        }
        // The post's own place before the city it was filed from (`ADDIS ABABA — ... in Debre Markos`).
        if let main = mainPlace(), let index = sentences.firstIndex(where: { $0.tokenSpan.contains(mentionTokens[main.mention].lowerBound) }) {
            return placements(of: [main.mention], in: index, source: .document)
        }
        if let (index, mention) = dateline() { return placements(of: [mention], in: index, source: .dateline) }
        // Nothing else named: the acting force's home, the paragraph's first (`Nigeria's army killed 10 militants`).
        for index in order + sentences.indices.filter({ sentences[$0].paragraph != paragraph }) {
            if let home = readings[index].places.first(where: { $0.role == .actorHome }) {
                return placements(of: [home.mention], in: index, source: .document)
            }
        }
        return []
    }

    /// The dateline's mention when every other place the post names, in any role, lies in another country
    /// (`BEIRUT — ... south of Kobani`): filed from abroad, its city holds none of the story's places. A
    /// dateline in the story's country (`SRINAGAR (PTI) ... here`) may well hold them. Found once, when the
    /// post's readings are complete (``foreignDatelineMention``).
    func foreignDateline() -> Int? { foreignDatelineMention }

    /// ``foreignDateline()`` worked out from the readings; asked for every placement, so read once (a long post
    /// has thousands of sentences).
    func findForeignDateline() -> Int? {
        guard let datelined = dateline()?.mention, let home = mentions[datelined].place?.countryCode else { return nil }
        var others = Set<String>()
        for index in readings.indices {
            for (mention, _) in readings[index].places where mention != datelined {
                if let code = mentions[mention].place?.countryCode { others.insert(code) }
            }
        }
        return !others.isEmpty && !others.contains(home) ? datelined : nil
    }

    /// The country most of the post's resolved places lie in, in any role, leaving out mention `excluded` (a
    /// dateline from abroad).
    func otherCountry(than excluded: Int?) -> String? {
        var counts: [String: Int] = [:]
        for reading in readings {
            for (mention, _) in reading.places where mention != excluded {
                if let code = mentions[mention].place?.countryCode { counts[code, default: 0] += 1 }
            }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// A place opening the first paragraph before a dash or a bracket (`KYIV, Ukraine —`, `NAIROBI (Reuters) -`); with
    /// `colon`, before a colon too (`PESHAWAR:`, as local papers write it, which also opens a heading: `Kharkiv: ...`).
    func dateline(colon: Bool = false) -> (sentence: Int, mention: Int)? {
        guard let index = sentences.firstIndex(where: { $0.paragraph >= 0 }) else { return nil }
        let span = sentences[index].tokenSpan
        guard let first = readings[index].places.first?.mention, mentionTokens[first].lowerBound == span.lowerBound else { return nil }
        // `KIRKUK, Iraq, Jan 22 (Reuters) -`: the dash or bracket may come after the country and the date.
        let after = mentionTokens[first].upperBound..<min(span.upperBound, mentionTokens[first].upperBound + 9)
        let marks: Set<String> = colon ? ["—", "–", "-", "(", "--", ":"] : ["—", "–", "-", "(", "--"]
        let opensDateline = after.contains { marks.contains(String(readings[index].grammar.text($0))) }
        return opensDateline ? (index, first) : nil
    }

    /// Drops a region when a place inside it is also named (`Russia's Bryansk region` -> Bryansk region).
    static func mostSpecific(_ mentions: [PlaceMention]) -> [PlaceMention] {
        // One mention a place first (a list may name the same towns thousands of times).
        var seen = Set<Int>()
        let distinct = mentions.filter { mention in mention.place.map { seen.insert($0.geonameid).inserted } ?? false }
        return distinct.filter { mention in
            !distinct.contains { other in
                other.range != mention.range && (IncidentMerger.contains(mention, other) || mayHold(mention, other))
            }
        }
    }

    /// Whether a second-order division named for one event with a finer place of its first-order division may hold it
    /// where the gazetteer gives that place no second-order division (`in Beni territory, ... on the outskirts of
    /// Mangina`): one sentence naming both says where the place lies. The merger does not guess so across reports.
    static func mayHold(_ division: PlaceMention, _ other: PlaceMention) -> Bool {
        guard division.precision == .secondOrderDivision, other.precision.fineness > division.precision.fineness,
            let outer = division.place, let inner = other.place, inner.admin2Code == nil,
            outer.countryCode == inner.countryCode, outer.admin1Code != nil, outer.admin1Code == inner.admin1Code
        else { return false }
        return true
    }

    /// Whether place mention `mention` is the speaker's: the event's trigger (token `trigger`) is inside quotation marks and the
    /// mention outside them (`"They burned huts and granaries," an official in X told AFP`), where it says where the
    /// speaker is, not where the quoted event happened.
    /// `quoted` is ``quotation(in:)`` of the sentence, read once for all its mentions.
    func isSpeakers(_ mention: Int, of trigger: Int, in sentence: Sentence, quoted: [Bool]) -> Bool {
        guard quoted.contains(true) else { return false }
        let isQuoted = { (offset: Int) -> Bool in
            guard let at = sentence.words.lastIndex(where: { $0.range.lowerBound <= offset }) else { return false }
            return quoted[at]
        }
        return isQuoted(annotated.tokens[trigger].scalarsStart + sentence.shift) && !isQuoted(mentions[mention].range.lowerBound)
    }

    /// Whether each of the sentence's words is inside quotation marks.
    func quotation(in sentence: Sentence) -> [Bool] { AttributionReading(tokens: sentence.words).quoted }
}
