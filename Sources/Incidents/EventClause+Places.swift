import Language

/// What a place name is to the events of its sentence, found from the phrase structure.
enum PlaceRole: Hashable, Sendable {
    /// Where event `clause` (an index into the sentence's clauses) happened.
    case event(Int)
    /// Who spoke (`Ukraine's air force said`), who acted (`Ukraine attacked`), where something
    /// went or came from (`toward Moscow`, `from Gaza`): not an event's place.
    case notEventPlace
    /// The home of who acted (`Sudan's powerful Rapid Support Forces`, `Nigeria's army`): no event's
    /// place, but the last guess for one when the post names nothing else.
    case actorHome
    /// In no relation the rules can read.
    case unattached

    /// Whether a place in this role may be where an event happened (attached, or free for the paragraph).
    var mayPlaceEvent: Bool {
        switch self {
        case .event, .unattached: true
        case .notEventPlace, .actorHome: false
        }
    }
}

extension SentenceGrammar {
    /// How a noun phrase hangs off the rest of its sentence.
    enum Link {
        case preposition(String, governor: Int?)
        case object(of: Int)
        case subject(of: Int)
        /// The subject of a verb with its own prepositional phrases between (`the group in Lebanon launched`).
        case modifiedSubject(of: Int)
        case possessor(of: Int)
        case listed(after: Int)
    }

    /// Prepositions whose object is no event place: destinations, origins, agents, companions.
    static let awayPrepositions: Set<String> = ["to", "toward", "towards", "from", "by", "with", "for", "via", "than"]
    /// The away prepositions that say where something went. (`from` is left out: the chunker hangs the event's own
    /// locative on an origin's name, `labourers from Punjab at a construction site in Turbat`.)
    static let directionPrepositions: Set<String> = ["to", "toward", "towards"]

    /// The link of noun phrase `index` to its sentence, if any.
    func link(of index: Int) -> Link? {
        let phrase = phrase(index)
        let start = phrase.tokens.lowerBound
        if phrases.contains(index - 1) {
            let previous = self.phrase(index - 1)
            // `as Israel said`: a subordinating conjunction opens a clause; its noun phrase is that clause's subject.
            if previous.kind == .prepositional, previous.object == index, tag(previous.head).universal != .sconj {
                // `next to the Eli settlement`, `close to the border`: nearness, no destination.
                if lemma(previous.head) == "to", previous.head > span.lowerBound, ["next", "close"].contains(lemma(previous.head - 1)) {
                    return .preposition("near", governor: previous.attachment)
                }
                // `as Moscow presses offensive`, `while Kyiv says`: a conjunction the tagger took for a preposition
                // opens a clause too when a finite verb follows its noun phrase at once.
                if EventLexicon.clauseOpeners.contains(lemma(previous.head)), phrases.contains(index + 1), self.phrase(index + 1).kind == .verb,
                    self.phrase(index + 1).tokens.lowerBound == phrase.tokens.upperBound,
                    let tense = self.phrase(index + 1).tense, tense != .nonFinite
                {
                    return .subject(of: index + 1)
                }
                return .preposition(lemma(previous.head), governor: previous.attachment)
            }
            if previous.kind == .verb, previous.tokens.upperBound == start { return .object(of: index - 1) }
        }
        let end = phrase.tokens.upperBound
        if end < span.upperBound, tag(end).penn == "POS" {
            // `Cameroon's troubled northwest`: the owner stands for the phrase it owns.
            var next = index + 1
            while phrases.contains(next), self.phrase(next).kind != .noun, next - index <= 2 { next += 1 }
            if phrases.contains(next), self.phrase(next).kind == .noun { return .possessor(of: next) }
        }
        if phrases.contains(index + 1) {
            let next = self.phrase(index + 1)
            // One word may stand between (`Kharkiv also came under fire`), not a comma (`X and Y, according to ...`).
            if next.kind == .verb, next.tokens.lowerBound - end <= 1, next.tokens.lowerBound == end || tag(end).universal != .punct {
                return .subject(of: index + 1)
            }
            // `The Hezbollah group in Lebanon launched`: a subject's own prepositional phrases stand between it and its verb.
            var after = index + 1
            while phrases.contains(after + 1), self.phrase(after).kind == .prepositional, self.phrase(after).object == after + 1,
                lemma(self.phrase(after).head) != "of" || after > index + 1
            {
                after += 2
            }
            // `while a rights group in X said`: after a conjunction (which the chunker may take for a preposition) the noun
            // phrase opens a clause when a finite verb follows its own phrases.
            let opened = phrases.contains(after) && index > phrases.lowerBound && self.phrase(index - 1).kind == .prepositional
                && opensClause(index - 1) && self.phrase(after).tense.map { $0 != .nonFinite } == true
            if after > index + 1, phrases.contains(after), self.phrase(after).kind == .verb,
                self.phrase(after).tokens.lowerBound - self.phrase(after - 1).tokens.upperBound <= 0,
                index == phrases.lowerBound || self.phrase(index - 1).kind != .prepositional || opened
            {
                return .modifiedSubject(of: after)
            }
        }
        // `Shebekino and Grayvoron`, `Karpaty village, Perevalsk district`: a list or an apposition
        // shares the role of the phrase before it.
        if start - 1 > span.lowerBound, ["and", "or", ","].contains(text(start - 1).lowercased()), phrases.contains(index - 1) {
            let previous = self.phrase(index - 1)
            // Not after a time (`On Monday, the town of X was shelled`): what follows it is the clause's subject.
            if previous.kind == .noun, previous.tokens.upperBound == start - 1,
                !Self.namesTimeOrDistance(previous.tokens.map { lemma($0).lowercased() })
            {
                return .listed(after: index - 1)
            }
        }
        return nil
    }

    /// Whether prepositional phrase `index` is headed by a subordinating conjunction (`while`, `as`, `although`) rather than a
    /// preposition.
    func opensClause(_ index: Int) -> Bool {
        let head = phrase(index).head
        return tag(head).universal == .sconj || EventLexicon.clauseOpeners.contains(lemma(head))
    }

    /// Prepositions that put their object where an event happened.
    static let locativePrepositions: Set<String> = [
        "in", "at", "near", "on", "outside", "inside", "around", "across", "over", "along", "within", "into", "of", "throughout",
        "through",
    ]

    /// Whether prepositional phrase `index` is `with` or `from` and a weapon (`hit with drones`, `dropped bombs from
    /// drones`): an instrument, not a companion or an origin.
    func isInstrument(_ index: Int) -> Bool {
        guard ["with", "from"].contains(lemma(phrase(index).head)), let object = phrase(index).object else { return false }
        return phrase(object).tokens.contains { EventLexicon.weapons[lemma($0)] != nil || EventLexicon.handWeapons.contains(lemma($0)) }
    }

    /// The role of the place whose first token is `token`, given the sentence's event clauses.
    func role(ofPlaceAt token: Int, clauses: [EventClause]) -> PlaceRole {
        guard !clauses.isEmpty else {
            // `Ankara denied targeting civilians`, `Kyiv said`: a place that speaks stands for its government, a
            // source; it is not where the paragraph's events happened.
            if let own = phrase(of: token), case .subject(let verb)? = link(of: own),
                phrase(verb).tokens.contains(where: { EventLexicon.reporting.contains(lemma($0)) }) {
                return .notEventPlace
            }
            return .unattached
        }
        if let at = clauses.firstIndex(where: { $0.trigger.contains(token) }) { return .event(at) }
        guard var current = phrase(of: token) else { return clauseRole(near: token, clauses: clauses) }
        // The first preposition on the way up that points away (`to`, `from`, `by`); whether it
        // rules the place out depends on the event it leads to.
        var away: String?
        /// Whether the away phrase is a destination holding the place (`to a tea shop in X`), not the place itself.
        var insideDestination = false
        /// Whether the way up has passed a locative phrase (`in X` on `a tea shop`).
        var throughLocative = false
        func finish(_ role: PlaceRole) -> PlaceRole {
            guard let away else { return role }
            if case .event(let at) = role {
                let kind = clauses[at].kind
                if ["to", "toward", "towards"].contains(away) && kind.family == .demonstrations { return role }  // where a march goes
                if away == "from" && kind.removesPeople { return role }  // abducted from a school in Kaduna
            }
            return .notEventPlace
        }
        // `Sudan's powerful Rapid Support Forces`, read as one phrase: the owner is the actor's home.
        let own = phrase(current)
        if let mark = (token..<own.tokens.upperBound).first(where: { tag($0).penn == "POS" }), own.head > mark, namesActor(current) {
            return .actorHome
        }
        // `members of the Santa Rosa de Lima gang in the town of Villagrán`, `the Donetsk militia`: a name before a group's
        // word names the group (its name or its home), not where the event was.
        // The word right after the name is read, not the phrase's head: a tagger may leave it out of the phrase (`de Lima gang`).
        var last = token
        while placeTokens.contains(last + 1) { last += 1 }
        if last + 1 < span.upperBound, ActorLexicon.groupWordsAfterPlace.contains(text(last + 1).lowercased()) {
            return .actorHome
        }
        // `two passengers ... were receiving treatment at a hospital in Kaduna`: where the hurt are cared for is no event's place.
        if case .preposition(let preposition, let care?)? = link(of: current), ["in", "at", "near"].contains(preposition),
            EventLexicon.carePlaces.contains(lemma(phrase(care).head)),
            case .preposition(let at, let governor?)? = link(of: care), ["at", "in", "to"].contains(at),
            EventLexicon.careWords.contains(lemma(phrase(governor).head))
        {
            return .notEventPlace
        }
        // `the Kaduna-Abuja highway near Katari`: the towns a road joins name the road, not where on it the event was. The
        // town it runs from stays when the sentence names no place after the road: the road's nearest named place.
        if WordLists.roadNouns.contains(lemma(own.head)), own.head > token,
            let dash = own.tokens.first(where: { $0 < own.head && ["-", "–"].contains(text($0)) })
        {
            if token > dash || placeTokens.contains(where: { $0 >= own.tokens.upperBound }) { return .notEventPlace }
        }
        // `the anniversary of the 1990 Saba Saba uprising`, `the 2014 Maidan protests`: a place in a phrase dated by a year
        // before its head names an event of that year, not where the sentence's event is.
        if own.tokens.contains(where: { $0 < token && tag($0).universal == .num && isYear($0) }), own.head > token {
            return .notEventPlace
        }
        // `near the Niger border`, `close to the border with Niger`: a border named as a landmark says where the event
        // was not quite; the country or place it is named by is a reference point, no event place.
        if isLandmarkBorder(around: current) { return .notEventPlace }
        var steps = 0
        var inList = false
        while steps < 12 {
            steps += 1
            // A verb buried in this noun phrase (`a ballistic missile hit port infrastructure in Odesa`) governs what hangs off it.
            if let at = clauses.firstIndex(where: { $0.phrase == current || ($0.phrase == nil && self.phrase(current).tokens.contains($0.trigger.lowerBound)) }) {
                // A place inside the trigger's own phrase (`the Moscow drone attack`) or governed by it.
                return finish(.event(at))
            }
            let phrase = phrase(current)
            if phrase.kind == .verb {
                // `Fighting ... was reported on Monday in Lalibela`: a passive report of an event noun before it says where the event was.
                if isReporting(current), phrase.voice == .passive, let at = clauses.firstIndex(where: { clause in
                    guard let trigger = clause.phrase, trigger < current else { return false }
                    return !((trigger + 1)..<current).contains { self.phrase($0).kind == .verb }
                }) {
                    return finish(.event(at))
                }
                if isReporting(current) { return .notEventPlace }
                // `shot dead a headman as he rode to a tea shop in X`: a way taken at the moment of the event (`as`, `while`)
                // ends near it, so a place inside its destination is where the event was; not a flight after it.
                // So does one begun there (`as she walked home from a market in X`): a place inside the origin is near the event.
                if insideDestination || (away == "from" && throughLocative), isSimultaneous(current) { away = nil }
                // A verb that is no trigger: its subject may be one (`an explosion occurred in X`).
                if phrases.contains(current - 1), self.phrase(current - 1).kind == .noun,
                    let at = clauses.firstIndex(where: { $0.phrase == current - 1 })
                {
                    return finish(.event(at))
                }
                // `hours after the body of a youth was found in a field in X`: a clause the event is dated from tells of
                // another time and its own place.
                if let opener = temporalOpener(before: phrase.tokens.lowerBound), ["after", "before", "until"].contains(lemma(opener)) {
                    return .notEventPlace
                }
                return finish(clauseRole(near: phrase.head, clauses: clauses))
            }
            switch link(of: current) {
            case .preposition(let preposition, let governor)?:
                // `labourers from Punjab at a construction site in Turbat`: a name takes no locative of its own; nor does the
                // other side or the agent (`a clash with army troops in a village`): the phrase belongs to what they hang on.
                // Nor does an instrument (`dropped bombs from drones on X`): X is where the bombs fell.
                if Self.locativePrepositions.contains(preposition), preposition != "of", let governor, let outer = awayPhrase(of: governor),
                    tag(self.phrase(governor).head).universal == .propn || ["with", "by"].contains(outer.preposition)
                        || (phrases.contains(governor - 1) && isInstrument(governor - 1))
                {
                    // `were shifted to the District Hospital in Khar`: a place inside a destination is one too.
                    if Self.directionPrepositions.contains(outer.preposition), !(phrases.contains(governor - 1) && isInstrument(governor - 1)),
                        away == nil
                    {
                        away = outer.preposition
                        insideDestination = true
                    }
                    current = outer.governor
                    // `dispersed by police with tear gas in X`: past the agent too, to the verb both hang on.
                    if outer.preposition == "with", case .preposition("by", let verb?)? = link(of: current), self.phrase(verb).kind == .verb {
                        current = verb
                    }
                    continue
                }
                // `hit with drones`: an instrument, not a companion.
                let instrument = phrases.contains(current - 1) && isInstrument(current - 1)
                // `a water point ten kilometres from X`: a distance measured from X puts the event near X, not away from it.
                let measured = preposition == "from" && governor.map(isDistance) == true
                // `set fire to the police station in Ilave`: the `to` of a phrasal trigger (`set fire`) takes its target.
                let phrasalTarget = preposition == "to" && governor.map { held in
                    clauses.contains { $0.trigger.count > 1 && self.phrase(held).tokens.contains($0.trigger.upperBound - 1) }
                } == true
                // `battled militants for hours in the X camp`: a span of time is no purpose; what hangs off it is the clause's.
                let lasting = preposition == "for" && Self.namesTimeOrDistance(phrase.tokens.map { lemma($0).lowercased() })
                // `fought for control of X`, `clashed for hours for X`: what a battle is fought for is where it is fought.
                // Only a verb's, not a noun's or a gerund's (`as the battle for the army's last stronghold in X intensified`,
                // `as fighting for the X capital entered its sixth week` describe the war).
                let contested = preposition == "for" && governor.map { held in
                    let group = self.phrase(held)
                    return group.kind == .verb && (tag(group.head).penn != "VBG" || group.tokens.count > 1)
                        && clauses.contains { $0.phrase == held && $0.kind.family == .battle }
                } == true
                if Self.awayPrepositions.contains(preposition), !instrument, !measured, !phrasalTarget, !lasting, !contested, away == nil {
                    away = preposition
                    insideDestination = Self.directionPrepositions.contains(preposition) && throughLocative
                }
                if Self.locativePrepositions.contains(preposition) { throughLocative = true }
                guard let governor else {
                    // A fronted locative (`In Bamenda, gunmen killed ...`) frames the clause after it; with no event after
                    // it, it is of the clause it ends (`while an ambush the same day just outside X left five dead`).
                    let ahead = clauseRole(near: token, clauses: clauses, forward: true)
                    if case .unattached = ahead { return finish(clauseRole(near: token, clauses: clauses)) }
                    return finish(ahead)
                }
                // `chanting against Iran`: what a verb that is no trigger is against is that verb's object, no place.
                if preposition == "against", self.phrase(governor).kind == .verb, !clauses.contains(where: { $0.phrase == governor }) {
                    return .unattached
                }
                // `near X, a village about 20 km north-west of the capital`: a place a distance is measured from, after
                // another place the sentence names (its dateline aside), locates that place, not the event. After a sea
                // (`in the Gulf of Aden about 70 nautical miles southeast of Aden`) it is the coast the event is coded to;
                // after a country or a region (`gunmen in Mali ... 30 km east of Bamako`) it locates the event in it.
                // Only a place the measure can describe: none across a verb (`a bus travelling from X struck a bomb 20 km
                // north of Y`, where the measure places the blast).
                if preposition == "of" || preposition == "from", isDistance(governor) || (preposition == "of" && isBearing(governor)),
                    let described = placeTokens.filter({
                        $0 >= storyStart && $0 < self.phrase(governor).tokens.lowerBound && !waterTokens.contains($0) && !containerTokens.contains($0)
                    }).max(),
                    !((described + 1)..<self.phrase(governor).tokens.lowerBound).contains(where: {
                        tag($0).universal.isVerbal && !WordLists.lengthUnits.contains(text($0).lowercased())  // `20 km` read as a verb
                    })
                {
                    return .notEventPlace
                }
                // `a raid by jihadists on a base`: the target hangs off the agent only as the chunker attached it; it is the event's.
                if ["on", "against", "at"].contains(preposition), self.phrase(governor).kind == .noun,
                    case .preposition("by", let event?)? = link(of: governor), clauses.contains(where: { $0.phrase == event })
                {
                    current = event
                    continue
                }
                // `residents of the X neighbourhood of Y lynched two men`, `residents in X`: inhabitants act where they live.
                // So does a crowd (`a crowd in X beat and burned two men to death`), the trigger maybe the second of two verbs.
                let gathered = lemma(self.phrase(governor).head)
                if preposition == "of" || preposition == "in", EventLexicon.inhabitants.contains(gathered) || EventLexicon.crowds.contains(gathered),
                    let verb = verbIndexAfter(governor), self.phrase(verb).voice != .passive,
                    let at = clauses.firstIndex(where: { $0.phrase == verb }) ?? coordinatedClause(after: verb, in: clauses)
                {
                    return finish(.event(at))
                }
                current = governor
            case .object(let verb)?:
                if let at = clauses.firstIndex(where: { $0.phrase == verb }) { return finish(.event(at)) }
                // `the explosion hit a market`: what an event noun's verb hit is where that event was.
                if let at = eventSubject(ofVerb: verb, clauses: clauses) { return finish(.event(at)) }
                if isReporting(verb) { return .notEventPlace }
                // `on the road linking X and Y`: the towns one road runs between stand for it, where the event was, unless
                // the sentence names the place on it (`the bridge at Rastan, on the highway linking X to Y`). Roads in general
                // (`roads linking the capital to the north`) are no place.
                if self.phrase(verb).tokens.count == 1, ["VBG", "VBN"].contains(tag(self.phrase(verb).head).penn),
                    WordLists.roadLinkingVerbs.contains(lemma(self.phrase(verb).head)), phrases.contains(verb - 1),
                    self.phrase(verb - 1).kind == .noun, WordLists.roadNouns.contains(lemma(self.phrase(verb - 1).head)),
                    tag(self.phrase(verb - 1).head).penn == "NN"
                {
                    let road = self.phrase(verb - 1).tokens
                    if placeTokens.contains(where: { $0 >= storyStart && $0 < road.lowerBound && !containerTokens.contains($0) }) {
                        return .notEventPlace
                    }
                    current = verb - 1
                    continue
                }
                // A place that is another verb's object is that verb's (`fighting to free Ukraine`,
                // `visited Kyiv`); a locative on an object belongs to the clause (`damaged port infrastructure in Odesa`).
                if steps == 1 { return .unattached }
                current = verb
            case .subject(let verb)?:
                if let at = clauses.firstIndex(where: { $0.phrase == verb }) {
                    // The subject of a passive is the target (`Shebekino was shelled`); of an active verb, the agent.
                    let isPassive = self.phrase(verb).voice == .passive && !takesObject(verb)
                    return isPassive ? finish(.event(at)) : .notEventPlace
                }
                if isReporting(verb) { return .notEventPlace }
                // The subject of another verb is its agent, unless that verb puts it under an event
                // (`Kharkiv came under fire`, `the town was rocked by explosions`).
                if phrases.contains(verb + 1), self.phrase(verb + 1).kind == .prepositional, ["under", "by"].contains(lemma(self.phrase(verb + 1).head)),
                    let object = self.phrase(verb + 1).object,
                    let at = clauses.firstIndex(where: { $0.phrase == object })
                {
                    return finish(.event(at))
                }
                if steps == 1 { return .unattached }
                return finish(clauseRole(near: token, clauses: clauses))
            case .modifiedSubject(let verb)?:
                // `The group in Lebanon launched rockets at X`: where the agent is need not be where it struck; such a
                // place is the event's only when nothing else places it (then taken as the paragraph's), or when the verb is passive.
                if let at = clauses.firstIndex(where: { $0.phrase == verb }) {
                    return self.phrase(verb).voice == .passive && !takesObject(verb) ? finish(.event(at)) : .unattached
                }
                if isReporting(verb) { return .notEventPlace }
                return finish(clauseRole(near: token, clauses: clauses))
            case .possessor(let owned)?:
                // `Sudan's powerful Rapid Support Forces`, `Mozambique's government`: the owner is the
                // actor's home, not where the actor's event happened (`Ukraine's Kharkiv region` walks on).
                if namesActor(owned) { return .actorHome }
                current = owned
            case .listed(let previous)?:
                // `Sadiwa, the last rebel enclave near Idlib`: what hangs off an apposition describes the place before it.
                // Not an item of a list (`struck a wedding, a funeral and a hospital in the town of X`).
                if phrase.tokens.lowerBound > 0, ["and", "or"].contains(text(phrase.tokens.lowerBound - 1).lowercased()) { inList = true }
                if steps > 1, !inList, text(phrase.tokens.lowerBound - 1) == ",", !phrase.tokens.contains(where: placeTokens.contains) {
                    return .notEventPlace
                }
                // A list of any length is walked to its head: each item moves back, so the walk ends.
                if steps > 1 { steps -= 1 }
                current = previous
            case nil:
                return finish(clauseRole(near: token, clauses: clauses))
            }
        }
        return .unattached
    }
}
