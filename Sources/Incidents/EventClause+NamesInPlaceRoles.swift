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
            let group = phrase(trigger)
            if group.kind == .verb {
                if phrases.contains(trigger + 1), phrase(trigger + 1).kind == .noun, phrase(trigger + 1).tokens.lowerBound == group.tokens.upperBound {
                    objects.append(trigger + 1)
                }
                if group.voice == .passive, !takesObject(trigger), phrases.contains(trigger - 1), phrase(trigger - 1).kind == .noun {
                    objects.append(trigger - 1)
                }
            }
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
            for object in objects {
                var next = object + 1
                while phrases.contains(next), phrase(next).kind == .noun, case .listed? = link(of: next) {
                    if !listed.contains(next) { listed.append(next) }
                    next += 1
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
                // What the recognizer calls a person is no place. An organisation where a place stands is a facility
                // (`in front of Rajshahi College`, `at the Kharkiv Tractor Plant`): its first word may be its town's name.
                if (first...last).contains(where: { confidentlyNotPlace($0) }) {
                    // Not an institution, though (`at Bangladesh Nationalist Party activists`): its head says it is no site.
                    let isFacility = annotated.names.contains { $0.tokens.contains(first) && $0.type == .organization && $0.tokens.count > 1 }
                        && !WordLists.organizationNouns.contains(lemma(last).lowercased())
                        || (last > first && WordLists.facilityNouns.contains(lemma(last)))
                    if isFacility, last > first {
                        found.append(NameInPlaceRole(tokens: first..<(first + 1), isFacilityTown: true, facility: first..<(last + 1)))
                    }
                    continue
                }
                found.append(NameInPlaceRole(tokens: first..<(last + 1), isFacilityTown: false))
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
    }

    /// Whether the recognizer reads the token as part of a date, or surely as a person's or an
    /// organisation's name; a name it is unsure of in a place role is the place's (`forces attacked Majd el Kurūm`).
    func confidentlyNotPlace(_ token: Int) -> Bool {
        annotated.names.contains { name in
            name.tokens.contains(token) && name.type != .place && (name.type == .other || name.confidence >= 0.9)
        }
    }
}
