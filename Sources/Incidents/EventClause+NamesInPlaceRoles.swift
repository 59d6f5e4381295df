import Geo
import Language

/// Proper names where an event's place stands that no place mention covers, to be looked up in the gazetteer.
extension SentenceGrammar {
    /// Nouns for people, other than those named after where they live: a name before one qualifies them.
    static let people: Set<String> = EventLexicon.captives.union(EventLexicon.combatants).subtracting(EventLexicon.inhabitants)

    /// Proper names standing where an event's place stands (the object of an event verb, the
    /// object of a locative preposition on it, the subject of a passive one) that no place
    /// mention covers: `forces shelled Volodymyrets`, where the recognizer was unsure of the name.
    func namesInPlaceRoles(of clauses: [EventClause], covered: Set<Int>) -> [NameInPlaceRole] {
        var found: [NameInPlaceRole] = []
        // A locative with a name in it that the chunker hung on another phrase but whose walk up the sentence ends at
        // an event, the same walk that places a resolved name (`clashed with activists in front of X`, `a clash between
        // A and B outside X`): walked once per phrase, not once per event, so a sentence of many clauses stays linear.
        var hung: [Int: [Int]] = [:]
        if !clauses.isEmpty {
            for index in phrases where phrase(index).kind == .prepositional {
                let preposition = lemma(phrase(index).head)
                guard preposition != "of", Self.locativePrepositions.contains(preposition), let object = phrase(index).object else { continue }
                // The object and the object of `of` on it (`in front of X`): only a name among them needs the walk.
                let named = [object] + (summary.prepositions[object] ?? []).filter { lemma(phrase($0).head) == "of" }.compactMap { phrase($0).object }
                guard named.contains(where: { phrase($0).tokens.contains { annotated.tokens[$0].isCapitalized } }),
                    case .event(let placed) = role(ofPlaceAt: phrase(object).tokens.lowerBound, clauses: clauses),
                    let trigger = clauses[placed].phrase, phrase(index).attachment != trigger
                else { continue }
                hung[placed, default: []].append(contentsOf: named)
            }
        }
        for (at, clause) in clauses.enumerated() {
            guard let trigger = clause.phrase else { continue }
            var objects: [Int] = hung[at] ?? []
            // What the verb acts on (its object, or its subject when passive): a name the gazetteer lacks there is kept
            // only for a verb that acts on places (`shelled`, `attacked`, `seized`), not on people (`killed`, `shot`).
            var actedOn: Set<Int> = []
            let group = phrase(trigger)
            if group.kind == .verb {
                if phrases.contains(trigger + 1), phrase(trigger + 1).kind == .noun, phrase(trigger + 1).tokens.lowerBound == group.tokens.upperBound {
                    objects.append(trigger + 1)
                    actedOn.insert(trigger + 1)
                }
                if group.voice == .passive, !takesObject(trigger), phrases.contains(trigger - 1), phrase(trigger - 1).kind == .noun {
                    objects.append(trigger - 1)
                    // Only a subject: not the object of a preposition right before the verb (`officers returning to duty in
                    // the Valley were attacked`).
                    if case .preposition? = link(of: trigger - 1) {} else { actedOn.insert(trigger - 1) }
                }
            }
            let actsOnPlaces = group.kind == .verb && EventLexicon.verbActsOnPlaces(lemma(group.head).lowercased())
            for index in summary.prepositions[trigger] ?? [] {
                let preposition = lemma(phrase(index).head)
                if let object = phrase(index).object, Self.locativePrepositions.contains(preposition) || isInstrument(index) {
                    objects.append(object)
                    // `in front of Rajshahi College`, `on the outskirts of Bunia`: the place is the object of `of` on the locative's object.
                    for nested in summary.prepositions[object] ?? [] where lemma(phrase(nested).head) == "of" {
                        if let inner = phrase(nested).object { objects.append(inner) }
                    }
                }
            }
            // `shelled A, B and C`: the items listed after an object stand where it does.
            var listed = objects
            /// Items of a list that ends in a plural place noun (`attacks on A, B and C villages`): each names a village.
            var listedAsPlaces: Set<Int> = []
            for object in objects {
                var next = object + 1
                while phrases.contains(next), phrase(next).kind == .noun, case .listed? = link(of: next) {
                    if !listed.contains(next) { listed.append(next) }
                    if actedOn.contains(object) { actedOn.insert(next) }
                    next += 1
                }
                let end = phrase(next - 1).head
                if next - 1 > object, tag(end).penn == "NNS", WordLists.placeIntroducers.contains(lemma(end).lowercased()) {
                    listedAsPlaces.formUnion(object..<next)
                }
            }
            for object in listed {
                // The name starts at the phrase's first proper noun (a capitalised word inside a sentence
                // is a name whatever its tag: `Ves’yegonsk` read as a plural noun) and runs on over
                // capitalised words, words written onto it (`Yel’nya`, `Ust’-Dzheguta`) and short
                // lower-case particles between capitalised words (`Majd el Kurūm`, `Deir ez-Zor`).
                func isNameWord(_ token: Int) -> Bool {
                    tag(token).universal == .propn || (token != span.lowerBound && annotated.tokens[token].isCapitalized
                        && [.noun, .propn, .adj, .x, .pron, .num].contains(tag(token).universal) && text(token) != "I")
                }
                // The phrase, and the word right after it when the tagger cut the name off (`drones Shlissel’burg`).
                let searched = phrase(object).tokens.lowerBound..<min(span.upperBound, phrase(object).tokens.upperBound + 1)
                guard var first = searched.first(where: isNameWord), !covered.contains(first) else { continue }
                let stops: Set<Substring> = [",", ".", ";", ":", "(", ")", "\"", "“", "”"]
                var last = first
                func isDateWord(_ token: Int) -> Bool {
                    WordLists.weekdayWords.contains(lemma(token).lowercased()) || WordLists.monthWords.contains(lemma(token).lowercased())
                }
                // A name ends where a date begins (`in front of Rajshahi College Monday evening`).
                while last + 1 < span.upperBound, !stops.contains(text(last + 1)), !isDateWord(last + 1) {
                    let next = last + 1
                    if annotated.tokens[next].gapBefore == .none || isNameWord(next) {
                        last = next
                    } else if next + 1 < span.upperBound, text(next).count <= 3, !annotated.tokens[next].isCapitalized, isNameWord(next + 1),
                        tag(next).universal != .cconj, tag(next).universal != .adp || text(next).count <= 2 && !["in", "on", "at", "of", "to"].contains(text(next))
                    {
                        last = next + 1
                    } else {
                        break
                    }
                }
                while first > span.lowerBound, annotated.tokens[first].gapBefore == .none, !stops.contains(text(first - 1)) { first -= 1 }
                // A name that only qualifies the people its phrase is about (`a Baptist pastor`, `Wagner fighters`) says who
                // they are, not where they were; the people a place is named for live there (`Kharkiv residents`).
                let head = phrase(object).head
                // Nor does a name before `river` say where (`across the Dnipro river`).
                if head > last, Self.people.contains(lemma(head).lowercased()) || WordLists.riverNouns.contains(lemma(head).lowercased()) {
                    continue
                }
                if (first...last).contains(where: covered.contains) { continue }
                // Days and months are no places (`on Thursday`, `Aug 1`).
                if (first...last).contains(where: { WordLists.weekdayWords.contains(lemma($0)) || WordLists.monthWords.contains(lemma($0)) }) {
                    continue
                }
                if annotated.text(of: first..<(last + 1)).unicodeScalars.count < 3 { continue }
                if (first...last).contains(where: { EventLexicon.weapons[lemma($0)] != nil }) { continue }
                // `recaptured Mahas, a town some 70 km to the northwest`: an apposition that says the name is a town's.
                let describedAsPlace = appositionNamesPlace(after: last) || listedAsPlaces.contains(object)
                let againstRecognizer = describedAsPlace && (first...last).contains(where: { confidentlyNotPlace($0) })
                // What the recognizer calls a person is no place. An organisation where a place stands is a facility
                // (`in front of Rajshahi College`, `at the Kharkiv Tractor Plant`): its first word may be its town's name.
                if !describedAsPlace, (first...last).contains(where: { confidentlyNotPlace($0) }) {
                    // Not an institution, though (`at Bangladesh Nationalist Party activists`): its head says it is no site.
                    let isFacility = annotated.names.contains { $0.tokens.contains(first) && $0.type == .organization && $0.tokens.count > 1 }
                        && !WordLists.organizationNouns.contains(lemma(last).lowercased())
                        || (last > first && WordLists.facilityNouns.contains(lemma(last)))
                    if isFacility, last > first {
                        found.append(NameInPlaceRole(tokens: first..<(first + 1), isFacilityTown: true, facility: first..<(last + 1)))
                    }
                    continue
                }
                // The recognizer's own reading of the whole name as a place's: kept even where the gazetteer lacks it, when
                // the name is what a verb acting on places acts on and heads its phrase (not `Katyusha rockets`, `M23 rebels`,
                // where it qualifies another noun; not `the X check post`). After a preposition the geoparser has already kept
                // what it takes for one.
                let endsPhrase = last + 1 >= span.upperBound || [.punct, .adp, .cconj, .sconj].contains(tag(last + 1).universal)
                let recognizedAsPlace = actsOnPlaces && actedOn.contains(object) && (first...last).contains(head) && endsPhrase
                    && annotated.names.contains { name in
                    name.type == .place && name.confidence >= Geoparser.minimumUnresolvedConfidence
                        && name.tokens.lowerBound <= first && name.tokens.upperBound > last
                }
                found.append(NameInPlaceRole(tokens: first..<(last + 1), isFacilityTown: false, recognizedAsPlace: recognizedAsPlace || describedAsPlace,
                                             againstRecognizer: againstRecognizer))
            }
        }
        return found
    }

    /// A proper name standing where an event's place stands, to be looked up in the gazetteer.
    struct NameInPlaceRole {
        var tokens: Range<Int>
        /// The first word of a facility's name (`Rajshahi` of `Rajshahi College`): a town only if the post's country has one by that name.
        var isFacilityTown: Bool
        /// The whole facility's name (`Sadiwa Hospital`), kept as the event's place when its first word names no town.
        var facility: Range<Int>? = nil
        /// Whether the recognizer reads the name as a place's (`struck Dolbel, Bangare and Kokorou`): kept as written
        /// when the gazetteer lacks it, to stand in its container, as the geoparser keeps such a name after `in`.
        var recognizedAsPlace = false
        /// Whether the name is taken for a place by its apposition although the recognizer read it as a person's or an
        /// organisation's: a namesake the gazetteer offers is then no surer than the geoparser's reading of the name.
        var againstRecognizer = false
    }

    /// Whether the words after a name, set off by a comma, describe it as a populated place: `X, a town some 70 km
    /// to the northwest`, `X, the village where ...` (an article, at most two modifiers, then a place noun).
    func appositionNamesPlace(after last: Int) -> Bool {
        guard last + 3 < span.upperBound, text(last + 1) == ",", tag(last + 2).universal == .det,
            ["a", "an", "the"].contains(lemma(last + 2).lowercased())
        else { return false }
        for token in (last + 3)..<min(span.upperBound, last + 6) {
            if WordLists.placeIntroducers.contains(lemma(token).lowercased()) { return tag(token).universal == .noun }
            guard [.adj, .noun, .propn, .num].contains(tag(token).universal) else { return false }
        }
        return false
    }

    /// Whether the recognizer reads the token as part of a date, or surely as a person's or an
    /// organisation's name; a name it is unsure of in a place role is the place's (`forces attacked Majd el Kurūm`).
    func confidentlyNotPlace(_ token: Int) -> Bool {
        annotated.names.contains { name in
            name.tokens.contains(token) && name.type != .place && (name.type == .other || name.confidence >= 0.9)
        }
    }
}
