import Foundation
import Geo
import Language
import Timeline

/// Containers of names the gazetteer lacks: the place their sentence, another sentence or the story puts them in.
extension PostReader {
    /// The smallest known place holding an unresolved name: a resolved place named right after it
    /// (`Mbelleko, Kwale`, `X in the Y district`), else before it in its sentence, else the post's main place's country.
    func container(of index: Int, in sentence: Int) -> (Placement, Int?)? {
        let unresolved = mentions[index]
        let tokens = mentionTokens[index]
        // A name the geoparser left unresolved but standing where the event's place stands: the gazetteer may know it as written.
        // Not a namesake outside the region the text puts it in (`X, a village in the Y region`, where the gazetteer's X is elsewhere),
        // nor one the geoparser already refused as a village of another region than the story's.
        if unresolved.unresolvedReason != .namesakeElsewhere, unresolved.unresolvedReason != .namesakeAbroad,
            let place = gazetteer.resolve(unresolved.text, countryCode: mainCountryCode, suggestions: false).best,
            place.name.lowercased() == unresolved.text.lowercased() || place.asciiName.lowercased() == unresolved.text.lowercased(),
            unresolved.container.map({ Self.holds($0, place) }) ?? true
        {
            let precision = LocationPrecision(namedPlace: place.kind)
            return (Placement(place: place, text: unresolved.text, source: .attached, isResolved: true, precision: precision,
                              geoPrecision: precision.acledGeoPrecision), nil)
        }
        // `the city's Kyivskyi district`: a part of a town lies in it, at its point, as ACLED codes a city's quarter.
        if unresolved.isPartOfContainer, let town = unresolved.container {
            let holder = readings[sentence].places.map(\.mention).first { mentions[$0].place?.geonameid == town.geonameid }
            return (Placement(place: town, text: unresolved.text, source: .attached, isResolved: false, precision: .exactPlace,
                              geoPrecision: LocationPrecision.exactPlace.acledGeoPrecision), holder)
        }
        // A street (`Rustaveli Avenue`) lies in a town, not merely in the country a dateline names with it.
        if let last = tokens.last, WordLists.streetNouns.contains(annotated.lemma(of: last).lowercased()),
            heldInSentence(index, sentence).map({ $0.0.precision == .country }) ?? true,
            let town = storyTown(foreignDateline(), homeDateline: true)
        {
            return (Placement(place: town, text: unresolved.text, source: .attached, isResolved: false, precision: .nearPlace, geoPrecision: 2), nil)
        }
        // `in the X Road area here`: in a datelined story `here` is the dateline's town (as wire and local papers write it).
        if let town = datelineTownHere(after: tokens) {
            return (Placement(place: town, text: unresolved.text, source: .attached, isResolved: false, precision: .nearPlace, geoPrecision: 2), nil)
        }
        if let held = heldInSentence(index, sentence) {
            // A country says less than the story's region in it (`GOMA, Democratic Republic of Congo - Rebels seized X`,
            // the story's other places all in North Kivu).
            // So does it than the place the geoparser found it in (`near Bodhei, in Lamu East`: a sub-county the
            // gazetteer lacks, of Lamu County).
            if held.0.precision == .country, let outer = unresolved.container, outer.kind != .country,
                outer.countryCode == held.0.place.countryCode
            {
                return (Self.placement(in: outer, precision: LocationPrecision(namedPlace: outer.kind), text: unresolved.text), nil)
            }
            if held.0.precision == .country, let region = storyRegion(around: index, datelined: foreignDateline(), main: mainPlace),
                region.countryCode == held.0.place.countryCode
            {
                return regionPlacement(region, text: unresolved.text)
            }
            return held
        }
        // The place the geoparser found it in, when its sentence names no known one.
        if let outer = unresolved.container {
            return (Self.placement(in: outer, precision: LocationPrecision(namedPlace: outer.kind), text: unresolved.text), nil)
        }
        // One name, one place in a story: a name its own sentence does not place is where another sentence put it
        // (`Kalo village` placed by `the Kayes region` beside it, then named alone), and an item of a list is where
        // the item it is listed with is (`both A and B villages`).
        for other in [index] + listedWith(index, in: sentence) {
            let name = mentions[other].text.lowercased()
            for (elsewhere, reading) in readings.enumerated() where elsewhere != sentence || other != index {
                for (mention, _) in reading.places where mention != index && mentions[mention].place == nil && mentions[mention].text.lowercased() == name {
                    // A listed item found under another spelling is that item's place, not a container of this one.
                    guard var (placement, holder) = heldInSentence(mention, elsewhere), other == index || !placement.isResolved else { continue }
                    placement.text = unresolved.text
                    // A holder in another sentence stands for its own events there; one in this sentence holds the list.
                    return (placement, elsewhere == sentence ? holder : nil)
                }
            }
        }
        if let introduced = introducedEarlier(index) { return introduced }
        return outsideSentence(index, unresolved: unresolved, tokens: tokens)
    }

    /// The town a datelined story means by `here`: the dateline's place (a colon dateline counted), when it is a town.
    private func hereTown() -> (sentence: Int, mention: Int, place: Place)? {
        guard let (sentence, mention) = dateline(colon: true), let place = mentions[mention].place,
            !place.kind.isRegion, !place.kind.isBeyondCountries else { return nil }
        return (sentence, mention, place)
    }

    /// The dateline's town when `here` follows tokens `name`, after at most three nouns (`X area here`, `the X Road here`).
    private func datelineTownHere(after name: Range<Int>) -> Place? {
        var position = name.upperBound
        while position < annotated.tokens.count, position - name.upperBound < 3,
            [.noun, .propn].contains(annotated.tags[position].universal) { position += 1 }
        guard position < annotated.tokens.count, annotated.lemma(of: position).lowercased() == "here" else { return nil }
        return hereTown()?.place
    }

    /// The dateline's town as the place of an event whose sentence says it happened `here` and names no place it attaches;
    /// not a `here` in a destination (`was brought to a camp here for treatment`).
    func datelineHere(in sentence: Int) -> [Placement]? {
        let span = sentences[sentence].tokenSpan
        let lemma = { (token: Int) in self.annotated.lemma(of: token).lowercased() }
        guard span.contains(where: { token in
                guard lemma(token) == "here", annotated.tags[token].universal == .adv else { return false }
                let preposition = (span.lowerBound..<token).last { annotated.tags[$0].universal == .adp }
                return preposition.map { !["to", "into", "toward", "towards", "from"].contains(lemma($0)) } ?? true
            }),
            let town = hereTown()
        else { return nil }
        let placed = placements(of: [town.mention], in: town.sentence)
        return placed.isEmpty ? nil : placed
    }

    /// `a camp for displaced people in ... El Fasher` ... `the Abu Shouk camp`: a name written with a place noun that an
    /// earlier phrase introduced with `a` and no name, with a known place it lies in, is in that place.
    private func introducedEarlier(_ index: Int) -> (Placement, Int?)? {
        let own = mentionTokens[index]
        let lemma = { (token: Int) -> String in self.annotated.lemma(of: token).lowercased() }
        // The place noun the name is written with: after it (`the Abu Shouk camp`) or before `of` (`the town of X`).
        let noun: String
        if own.upperBound < annotated.tokens.count, Self.namedPlaceNouns.contains(lemma(own.upperBound)) {
            noun = lemma(own.upperBound)
        } else if own.lowerBound >= 2, lemma(own.lowerBound - 1) == "of", Self.namedPlaceNouns.contains(lemma(own.lowerBound - 2)) {
            noun = lemma(own.lowerBound - 2)
        } else {
            return nil
        }
        let finite: Set<PennTag> = ["VBD", "VBZ", "VBP", "VBG", "MD"]
        for position in stride(from: own.lowerBound - 2, through: 0, by: -1) where lemma(position) == noun {
            guard (max(0, position - 3)..<position).contains(where: { ["a", "an"].contains(lemma($0)) }),
                  let sentence = annotated.sentences.first(where: { $0.contains(position) }) else { continue }
            // The finest known place the phrase puts it in, before the phrase's verb.
            var holder: Int?
            for mention in mentions.indices where mentions[mention].role == .location && mentions[mention].place != nil {
                let at = mentionTokens[mention]
                guard at.lowerBound > position, at.upperBound <= min(own.lowerBound, sentence.upperBound), at.lowerBound - position <= 14,
                      !(position..<at.lowerBound).contains(where: { finite.contains(annotated.tags[$0].penn) })
                else { continue }
                if holder.map({ mentions[mention].precision.fineness > mentions[$0].precision.fineness }) ?? true { holder = mention }
            }
            guard let holder, let place = mentions[holder].place else { return nil }
            return (Self.placement(in: place, precision: mentions[holder].precision, text: mentions[index].text), nil)
        }
        return nil
    }

    /// A name the gazetteer lacks, held by a known place of `precision`: near a town, in a division or at sea.
    static func placement(in place: Place, precision: LocationPrecision, text: String) -> Placement {
        let (level, geo): (LocationPrecision, Int) =
            switch precision {
            case .exactPlace, .nearPlace: (.nearPlace, 2)
            case .secondOrderDivision, .water: (precision, 2)
            case .firstOrderDivision, .country: (precision, 3)
            }
        return Placement(place: place, text: text, source: .attached, isResolved: false, precision: level, geoPrecision: geo)
    }

    /// Nouns a place's name is written with that an earlier phrase may introduce (`a camp`, `a village`).
    static let namedPlaceNouns: Set<String> = WordLists.placeIntroducers.union(["camp", "neighbourhood", "neighborhood", "area"])

    /// The resolved place of its own sentence that holds unresolved mention `index`: one named right after it
    /// (`Mbelleko, Kwale`, `X in the Y district`), else one before it that is no place of origin.
    private func heldInSentence(_ index: Int, _ sentence: Int) -> (Placement, Int?)? {
        let unresolved = mentions[index]
        let tokens = mentionTokens[index]
        // Any resolved place of the sentence may hold it, a description too (`Tonkoro village, south of X, a town in Magway region`).
        // Not a place across a border (`X, a village near the border with Mali`): it holds nothing on this side.
        let acrossBorder = { (mention: Int) -> Bool in
            let first = mentionTokens[mention].lowerBound
            guard let with = (max(0, first - 3)..<first).last(where: { annotated.lemma(of: $0).lowercased() == "with" }),
                with > 0 else { return false }
            return WordLists.borderNouns.contains(annotated.lemma(of: with - 1).lowercased())
        }
        let candidates = readings[sentence].places.filter { mentions[$0.mention].place != nil && !acrossBorder($0.mention) }.map(\.mention)
        // Not the next item of its list (`the outskirts of Khiam and Kfar Kila`): a place of the same list holds nothing of
        // it; a place after the list (`Kansafra, Al-Bara and Fleifel in ... Idlib`) still may.
        let coordinated = { (mention: Int) -> Bool in
            let between = (tokens.upperBound..<mentionTokens[mention].lowerBound).map { annotated.text(of: $0).lowercased() }
            return between.contains { $0 == "and" || $0 == "or" } && between.allSatisfy { ["and", "or", ","].contains($0) }
        }
        // A place after a participle clause is that clause's (`in Tahrir Square on Thursday, chanting against Iran`): a
        // participle after a comma. Not one inside a phrase (`the X area of neighbouring Y district`), nor a past form, as
        // often a noun the tagger misread (`a former stronghold in X`).
        let afterVerb = { (mention: Int) -> Bool in
            (tokens.upperBound..<mentionTokens[mention].lowerBound).contains {
                annotated.tags[$0].penn == "VBG" && annotated.text(of: $0 - 1) == ","
            }
        }
        let after = candidates.filter {
            mentionTokens[$0].lowerBound >= tokens.upperBound && mentionTokens[$0].lowerBound - tokens.upperBound <= 14
                && !coordinated($0) && !afterVerb($0)
        }
        // Before it, a place named as where something came from holds nothing (`a rocket from Lebanon landed in the X area`).
        let isOrigin = { (mention: Int) -> Bool in
            let first = mentionTokens[mention].lowerBound
            return first > 0 && annotated.lemma(of: first - 1).lowercased() == "from"
        }
        // Nor does a city the story was filed from abroad (`BEIRUT — Fighting around the X Dam`, in Syria).
        let abroad = foreignDateline()
        // Nor a finer place than it is written as, set right before it: that is a place it holds (`the outskirts of Khar in
        // Bajaur district`, `Khar, Bajaur district`), unlike a town after it (`the Neuhof district of Strasbourg`) or one
        // framing the sentence (`In the port city of Aden, ... in the Khor Maksar district`).
        let heldByIt = { (mention: Int) -> Bool in
            guard mentions[mention].precision.fineness > unresolved.precision.fineness else { return false }
            let between = (mentionTokens[mention].upperBound..<tokens.lowerBound).map { annotated.text(of: $0).lowercased() }
            return between.count <= 2 && between.allSatisfy { ["in", ",", "the"].contains($0) }
        }
        let held = Set(candidates.filter { mentionTokens[$0].upperBound <= tokens.lowerBound && heldByIt($0) }.compactMap { mentions[$0].place?.geonameid })
        let before = candidates.filter {
            mentionTokens[$0].upperBound <= tokens.lowerBound && !isOrigin($0) && $0 != abroad
                && !held.contains(mentions[$0].place?.geonameid ?? -1)
        }.reversed()
        // `Dagwom, a hamlet in central Nigeria's Plateau State`: of the places after it that name one another, the finest.
        var holder = after.first
        if let first = holder, let country = mentions[first].place?.countryCode {
            for next in after.dropFirst() where mentionTokens[next].lowerBound - mentionTokens[holder!].upperBound <= 2 {
                guard mentions[next].place?.countryCode == country, mentions[next].precision.fineness > mentions[holder!].precision.fineness else { break }
                holder = next
            }
        }
        if let chosen = holder ?? before.first, let place = mentions[chosen].place {
            if let found = romanized(unresolved.text, within: place, precision: mentions[chosen].precision) { return (found, chosen) }
            return (Self.placement(in: place, precision: mentions[chosen].precision, text: unresolved.text), chosen)
        }
        return nil
    }

    /// Whether place mention `mention` says where a force is (`police in X`, `X police`, `troops in X`).
    func isForcesPlace(_ mention: Int) -> Bool {
        let tokens = mentionTokens[mention]
        guard mentions[mention].place != nil else { return false }
        let force = { (token: Int) in token >= 0 && token < self.annotated.tokens.count
            && EventLexicon.forces.contains(self.annotated.lemma(of: token).lowercased()) }
        return force(tokens.upperBound) || (tokens.lowerBound >= 2 && annotated.lemma(of: tokens.lowerBound - 1).lowercased() == "in" && force(tokens.lowerBound - 2))
    }

    /// Whether a name ends in one of `nouns` or has one right after it (`the X neighbourhood`, `X Quarter`).
    private func isWritten(_ tokens: Range<Int>, with nouns: Set<String>) -> Bool {
        [tokens.upperBound - 1, tokens.upperBound].contains { $0 < annotated.tokens.count && nouns.contains(annotated.lemma(of: $0).lowercased()) }
    }

    /// The last town named before unresolved mention `index` in a role that may place an event (a dateline from abroad not
    /// counted).
    private func lastTown(before index: Int, datelined: Int?) -> Place? {
        let start = mentionTokens[index].lowerBound
        var last: (at: Int, place: Place)?
        for reading in readings {
            for (mention, role) in reading.places where role.mayPlaceEvent && mention != datelined && mentionTokens[mention].upperBound <= start {
                guard let place = mentions[mention].place, !place.kind.isRegion, !place.kind.isBeyondCountries else { continue }
                if last.map({ mentionTokens[mention].lowerBound > $0.at }) ?? true { last = (mentionTokens[mention].lowerBound, place) }
            }
        }
        return last?.place
    }

    /// The unresolved mentions listed with mention `index` in its sentence (`A and B`, `A, B or C`), nearest first.
    private func listedWith(_ index: Int, in sentence: Int) -> [Int] {
        let own = mentionTokens[index]
        let joiners: Set<String> = [",", "and", "or"]
        return readings[sentence].places.map(\.mention).filter { other in
            guard other != index, mentions[other].place == nil else { return false }
            let gap = mentionTokens[other].lowerBound >= own.upperBound
                ? own.upperBound..<mentionTokens[other].lowerBound : mentionTokens[other].upperBound..<own.lowerBound
            return (1...2).contains(gap.count) && gap.allSatisfy { joiners.contains(annotated.text(of: $0).lowercased()) }
        }
    }

    /// A container for an unresolved name that no sentence places: the story's one town for a facility,
    /// the one first-order region of the post's places, else the main place's country.
    private func outsideSentence(_ index: Int, unresolved: PlaceMention, tokens: Range<Int>) -> (Placement, Int?)? {
        // A city the story was filed from abroad holds none of its places (`BEIRUT — ... around the X Dam`, in Syria).
        let datelined = foreignDateline()
        // A facility (`Barzilai Hospital`) in a story whose events lie in one town is in that town.
        if let last = tokens.last, WordLists.facilityNouns.contains(annotated.lemma(of: last).lowercased()), let town = storyTown(datelined) {
            return (Placement(place: town, text: unresolved.text, source: .attached, isResolved: false, precision: .nearPlace, geoPrecision: 2), nil)
        }
        // Else the first-order region the story's places lie in (`Sadiwa district ... in Bauchi state` named elsewhere).
        // The post's main place is read only when a step below needs it (a walk over every sentence's places).
        lazy var main = mainPlace()
        // `rallied in the X neighbourhood close by`, in a sentence naming no town: a quarter of the town the story last put an event in.
        if isWritten(tokens, with: WordLists.quarterNouns), let town = lastTown(before: index, datelined: datelined) {
            return (Placement(place: town, text: unresolved.text, source: .attached, isResolved: false, precision: .nearPlace, geoPrecision: 2), nil)
        }
        // `attacks on two villages in Kebbi state's Argungu area` ... `seven died in X and six in Y`: the one district the
        // paragraph has named as an event's place before the name holds it.
        if let district = paragraphDistrict(before: index, datelined: datelined) {
            if let found = romanized(unresolved.text, within: district, precision: .secondOrderDivision) { return (found, nil) }
            return (Self.placement(in: district, precision: .secondOrderDivision, text: unresolved.text), nil)
        }
        if let region = storyRegion(around: index, datelined: datelined, main: { main }) {
            return regionPlacement(region, text: unresolved.text)
        }
        guard let code = main?.place.countryCode ?? datelined.flatMap(otherCountry(than:)), let country = gazetteer.country(code: code) else { return nil }
        if let found = romanized(unresolved.text, within: country, precision: .country) { return (found, nil) }
        return (Placement(place: country, text: unresolved.text, source: .attached, isResolved: false, precision: .country, geoPrecision: 3), nil)
    }

    /// The second-order division named as an event's place earlier in the paragraph of unresolved mention `index`, when
    /// that paragraph names one only.
    private func paragraphDistrict(before index: Int, datelined: Int?) -> Place? {
        let start = mentionTokens[index].lowerBound
        guard let own = sentences.firstIndex(where: { $0.range.contains(mentions[index].range.lowerBound) }) else { return nil }
        var found: [Int: Place] = [:]
        for (at, reading) in readings.enumerated() where at <= own && sentences[at].paragraph == sentences[own].paragraph {
            for (mention, role) in reading.places where role.mayPlaceEvent && mention != datelined && mentionTokens[mention].upperBound <= start {
                guard let place = mentions[mention].place, place.kind == .secondOrderDivision else { continue }
                found[place.geonameid] = place
            }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// The first-order region the story's event places lie in, for unresolved mention `index`: the only one, else the only
    /// one of the places named before it (`Mrauk-U, in Rakhine State`, then `a market in X town`, then `Chin State`).
    /// With no place an event may stand at, a region the post names in another role (`the diocese of the X region`
    /// said), when it is the only one and lies in the country of the post's places.
    private func storyRegion(around index: Int, datelined: Int?, main: () -> (mention: Int, place: Place)?) -> Place? {
        var regions = Set<String>(), earlier = Set<String>()
        let start = mentionTokens[index].lowerBound
        for reading in readings {
            for (mention, role) in reading.places where role.mayPlaceEvent && mention != datelined {
                guard let place = mentions[mention].place, !place.kind.isRegion || place.kind == .firstOrderDivision || place.kind == .secondOrderDivision,
                    let code = place.admin1Code else { continue }
                regions.insert(code)
                if mentionTokens[mention].upperBound <= start { earlier.insert(code) }
            }
        }
        if regions.isEmpty {
            let main = main()
            for reading in readings {
                for (mention, role) in reading.places where role != .actorHome {
                    guard let place = mentions[mention].place, place.kind == .firstOrderDivision || place.kind == .secondOrderDivision,
                        main.map({ $0.place.countryCode == place.countryCode }) ?? true, let code = place.admin1Code else { continue }
                    regions.insert(code)
                }
            }
        }
        let code = regions.count == 1 ? regions.first : earlier.count == 1 ? earlier.first : nil
        return code.flatMap(gazetteer.admin1(code:))
    }

    /// An unresolved name placed in region `region`, or the place it is there in another romanization.
    private func regionPlacement(_ region: Place, text: String) -> (Placement, Int?) {
        if let found = romanized(text, within: region, precision: .firstOrderDivision) { return (found, nil) }
        return (Placement(place: region, text: text, source: .attached, isResolved: false, precision: .firstOrderDivision, geoPrecision: 3), nil)
    }

    /// The one town the story's events may lie in, if there is one (a dateline from abroad not counted); with
    /// `homeDateline`, a dateline in the story's country counts whatever role its sentence gives it.
    private func storyTown(_ datelined: Int?, homeDateline: Bool = false) -> Place? {
        var towns: [Int: Place] = [:]
        let home = homeDateline && datelined == nil ? dateline()?.mention : nil
        for reading in readings {
            for (mention, role) in reading.places where (role.mayPlaceEvent || mention == home) && mention != datelined {
                guard let place = mentions[mention].place, !place.kind.isRegion, !place.kind.isBeyondCountries else { continue }
                towns[place.geonameid] = place
            }
        }
        return towns.count == 1 ? towns.values.first : nil
    }

    /// The place an unresolved name is in another romanization (`Tal Rifaat` for Tall Rif‘at), looked for
    /// inside the place that holds it: its first-order division when that is named, else its country.
    private func romanized(_ text: String, within container: Place, precision: LocationPrecision) -> Placement? {
        let region = precision == .country ? nil : container.admin1Code
        guard let place = gazetteer.romanizationVariant(of: text, countryCode: container.countryCode, admin1Code: region) else { return nil }
        let own = LocationPrecision(namedPlace: place.kind)
        return Placement(place: place, text: text, source: .attached, isResolved: true, precision: own, geoPrecision: own.acledGeoPrecision)
    }
}
