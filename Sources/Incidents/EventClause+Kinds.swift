import Language

/// Weapons, victims and targets: what decides the kind of a sentence's events.
extension SentenceGrammar {
    /// Whether noun phrase `index` (or the list it ends) is the object of `with` on an event verb.
    func isInstrumentOfEventVerb(_ index: Int) -> Bool {
        var current = index, steps = 0
        while steps < 50, case .listed(let previous)? = link(of: current) {
            current = previous
            steps += 1
        }
        guard case .preposition("with", let governor?)? = link(of: current), phrase(governor).kind == .verb else { return false }
        let head = lemma(phrase(governor).head)
        return EventLexicon.verbs[head] != nil || EventLexicon.phrasal[head] != nil
    }

    /// The tokens of a phrase and of the noun phrases and prepositional objects next to it (its
    /// subject, object and instrument), where a trigger's weapon is named.
    func phraseNeighbourhood(_ index: Int) -> [Int] {
        var tokens = Array(phrase(index).tokens)
        if phrase(index).kind == .verb {
            var around = [index - 1, index + 1, index + 2, index + 3]
            // `attacked the police station in Tame with explosives`: a `with` phrase past the object's locatives is still the verb's.
            var later = index + 4
            while phrases.contains(later), later <= index + 8, phrase(later).kind != .verb, !isClauseBreak(phrase(later).tokens.lowerBound) {
                if phrase(later).kind == .prepositional, lemma(phrase(later).head) == "with" {
                    around.append(later)
                    break
                }
                later += 1
            }
            for next in around where phrases.contains(next) {
                let other = phrase(next)
                if other.kind == .noun { tokens += other.tokens }
                if other.kind == .prepositional, let object = other.object, ["with", "by"].contains(lemma(other.head)) {
                    tokens += phrase(object).tokens
                    // `with explosives dropped from a drone`: the carrier a participle names is the instrument's.
                    if phrases.contains(object + 2), phrase(object + 1).kind == .verb, tag(phrase(object + 1).head).penn == "VBN",
                        phrase(object + 2).kind == .prepositional, ["from", "by"].contains(lemma(phrase(object + 2).head)),
                        let carrier = phrase(object + 2).object
                    {
                        tokens += phrase(carrier).tokens
                    }
                }
            }
        }
        return tokens
    }

    /// Whether the sentence tells of people killed or hurt or of things destroyed: a violent context,
    /// where a `strike` is no walkout.
    func tellsOfHarm() -> Bool {
        !summary.lemmas.isDisjoint(with: EventLexicon.harm)
    }

    func hasCombatantVictims() -> Bool {
        summary.hasCombatants
    }

    /// The head noun of what trigger phrase `index` acts on: a verb's object, or the object of `on`,
    /// `at` or `against` after it; `the village of X` is a village.
    func targetHead(of index: Int) -> String? {
        let group = phrase(index)
        var target: Int?
        if group.kind == .verb, group.voice != .passive || takesObject(index), phrases.contains(index + 1),
            phrase(index + 1).kind == .noun, phrase(index + 1).tokens.lowerBound == group.tokens.upperBound
        {
            target = index + 1
        } else {
            // `a raid by jihadists on an army camp`: the target may hang off the agent the chunker attached it to.
            let own = summary.prepositions[index] ?? []
            let nested = own.filter { ["by", "of"].contains(lemma(phrase($0).head)) }.compactMap { phrase($0).object }
                .flatMap { summary.prepositions[$0] ?? [] }
            if let on = (own + nested).first(where: { ["on", "at", "against"].contains(lemma(phrase($0).head)) }) {
                target = phrase(on).object
            }
        }
        guard let target else { return nil }
        return targetHead(ofPhrase: target)
    }

    /// What noun phrase `target` names as a target: an armed or a civilian target's head noun (`base`, `village`), `civilian`
    /// for an armed target's noun named for civilians, or nil.
    func targetHead(ofPhrase target: Int) -> String? {
        let head = lemma(phrase(target).head)
        // `a camp for displaced people`, `a convoy of civilians`: a place or party named for the civilians it holds is theirs.
        // Read on tokens: the chunker may take `displaced` for a verb of its own.
        let after = phrase(target).tokens.upperBound
        let heldCivilians = after < span.upperBound && ["for", "of"].contains(lemma(after))
            && (after + 1..<min(span.upperBound, after + 4)).first { tag($0).universal == .noun }
                .map { EventLexicon.civilians.contains(lemma($0)) } == true
        // `cattle camps`, `an aid convoy`, `a bus station`: so is one its modifiers name for civilians' work or goods. Not
        // `a refugee camp`, where gunmen are as often met.
        let civilianModifier = phrase(target).tokens.contains { token in
            token < phrase(target).head && [EventLexicon.civilianTargets, EventLexicon.civilianPurposes].contains { $0.contains(lemma(token)) }
        }
        if EventLexicon.armedTargets.contains(head), heldCivilians || civilianModifier { return "civilian" }
        return EventLexicon.armedTargets.contains(head) || EventLexicon.civilianTargets.contains(head) ? head : nil
    }

    func hasCivilianVictims() -> Bool {
        summary.hasCivilians
    }

    /// The first finite verb group a noun phrase is the subject of, past a participle that describes it
    /// (`A ceasefire brokered by tribal elders took hold`).
    func finiteVerbAfter(_ index: Int) -> Phrase? {
        var next = index + 1
        while phrases.contains(next), next - index <= 12 {
            let group = phrase(next)
            if isClauseBreak(group.tokens.lowerBound) { return nil }
            if group.kind == .verb, group.tense == .past || group.tense == .present || group.isPerfect { return group }
            next += 1
        }
        return nil
    }

    /// Whether the sentence tells of force used to break up a protest (tear gas, arrests, `police dispersed
    /// the crowd`); protesters who disperse by themselves (`before dispersing in the afternoon`) are no intervention.
    func hasIntervention() -> Bool {
        span.contains { token in
            let lemma = lemma(token)
            guard EventLexicon.intervention.contains(lemma) else { return false }
            guard lemma == "disperse", tag(token).universal == .verb, let index = phrase(of: token) else { return true }
            let group = phrase(index)
            return group.voice == .passive || takesObject(index) || (phrases.contains(index + 1) && phrase(index + 1).kind == .noun
                && phrase(index + 1).tokens.lowerBound == group.tokens.upperBound)
        }
    }

    /// The subject phrase of a trigger verb in the active voice (`police opened fire`), nil for a noun or a passive.
    /// Active means no form of `be` in the verb group: `clashed` read as a participle is still the subject's act.
    func activeSubject(of clause: EventClause) -> Int? {
        guard let owner = clause.phrase, phrase(owner).kind == .verb, !phrase(owner).tokens.contains(where: { lemma($0) == "be" })
        else { return nil }
        return subjectPhrase(of: owner)
    }

    /// The agent of a trigger verb in the passive: the object of the first `by` phrase after it, before another verb
    /// (`was beaten to death by a crowd`, whose `by` the chunker hangs on `death`).
    func passiveAgent(of clause: EventClause) -> Int? {
        guard let owner = clause.phrase, phrase(owner).kind == .verb, phrase(owner).voice == .passive else { return nil }
        var next = owner + 1
        while phrases.contains(next), phrase(next).kind != .verb {
            if phrase(next).kind == .prepositional, lemma(phrase(next).head) == "by" { return phrase(next).object }
            next += 1
        }
        return nil
    }

    /// Whether the doer of a trigger verb (its active subject or its passive's agent) is an unarmed crowd (`youths`,
    /// `a crowd`): no weapon or blade named.
    func crowdActed(_ clause: EventClause) -> Bool {
        guard var subject = activeSubject(of: clause) ?? passiveAgent(of: clause) else { return false }
        // `dozens of settlers`: a quantity's people are its `of` complement.
        if EventLexicon.quantities.contains(lemma(phrase(subject).head)), phrases.contains(subject + 2), phrase(subject + 1).kind == .prepositional,
            lemma(phrase(subject + 1).head) == "of", let people = phrase(subject + 1).object
        {
            subject = people
        }
        guard EventLexicon.crowds.contains(lemma(phrase(subject).head)) else { return false }
        let described = max(span.lowerBound, phrase(subject).tokens.lowerBound - 1)..<phrase(subject).tokens.upperBound
        return summary.weapons.isEmpty && summary.lemmas.isDisjoint(with: EventLexicon.blades)
            && !described.contains { lemma($0).lowercased() == "arm" }
    }

    /// `set fire to the police station`, `set it ablaze`: arson, said in two words, in the sentence or in a part of it.
    func tellsOfArson(in part: Range<Int>? = nil) -> Bool {
        let part = part ?? span
        return part.contains { lemma($0) == "set" && (($0 + 1)..<min($0 + 4, part.upperBound)).contains { EventLexicon.blaze.contains(lemma($0)) } }
    }

    /// The tokens of the sentence's part that holds `token`, between a comma and a conjunction of things told side by side
    /// (`, while`, `, whereas`): a clause about another place or crowd. Not `, but` or `;`, after which a sentence goes on
    /// about the same gathering as often (`the march was calm, but police fired tear gas`).
    func contrastSegment(around token: Int) -> Range<Int> {
        let opensSegment = { (at: Int) -> Bool in
            self.text(at) == "," && self.span.contains(at + 1) && EventLexicon.sideBySideOpeners.contains(self.lemma(at + 1).lowercased())
        }
        var start = token
        while start > span.lowerBound, !opensSegment(start - 1) { start -= 1 }
        var end = token + 1
        while end < span.upperBound, !opensSegment(end) { end += 1 }
        return start..<end
    }

    /// Protests met with force or turned violent; truces not sealed and mobs without violence are no events.
    func refined(_ clause: EventClause) -> EventClause? {
        var clause = clause
        let lemmas = summary.lemmas
        switch clause.kind {
        case .peacefulProtest:
            // `the crowd dispersed`: a gathering that broke up by itself tells of no protest; one broken up (`police dispersed
            // students`, `protesters were dispersed`, `marchers, dispersed by police`) does. A participle alone right after its
            // subject and before an adverb or the clause's end is a past verb (`the crowd dispersed calmly`), no passive.
            if EventLexicon.dispersalVerbs.contains(lemma(clause.trigger.lowerBound)), let owner = clause.phrase, phrase(owner).kind == .verb,
                phrase(owner).voice != .passive || (phrase(owner).tokens.count == 1 && phrases.contains(owner - 1)
                    && phrase(owner - 1).kind == .noun && phrase(owner - 1).tokens.upperBound == phrase(owner).tokens.lowerBound
                    && (phrase(owner).tokens.upperBound >= span.upperBound || [.adv, .punct].contains(tag(phrase(owner).tokens.upperBound).universal))),
                !takesObject(owner), !(phrases.contains(owner + 1) && phrase(owner + 1).kind == .noun
                    && phrase(owner + 1).tokens.lowerBound == phrase(owner).tokens.upperBound)
            {
                return nil
            }
            // `..., while a march in X ended peacefully`: a protest told in a clause of its own beside another (`, while`) is
            // judged by its own clause: called peaceful, with no rioting or force there, it is one; rioting told only in the
            // other clause is another crowd's. Not a sentence of one clause (`the march stayed calm until officers charged
            // it`): the force is the protest's.
            let segment = contrastSegment(around: clause.trigger.lowerBound)
            let own = Set(segment.map { lemma($0).lowercased() })
            let toldApart = segment != span
            if toldApart, own.contains(where: EventLexicon.peaceful.contains), own.isDisjoint(with: EventLexicon.rioting),
                own.isDisjoint(with: EventLexicon.force), own.isDisjoint(with: EventLexicon.intervention) { return clause }
            let rioted = toldApart ? !own.isDisjoint(with: EventLexicon.rioting) || tellsOfArson(in: segment)
                : !lemmas.isDisjoint(with: EventLexicon.rioting) || tellsOfArson()
            // Protesters who throw stones, burn or smash riot, whatever the police do in return (ACLED's precedence);
            // force that kills or shoots at a protest is excessive; tear gas, batons and arrests are an intervention.
            if rioted {
                clause.kind = .violentDemonstration
            } else if !lemmas.isDisjoint(with: EventLexicon.nonStateForces), !lemmas.isDisjoint(with: EventLexicon.force) {
                // `Gunmen killed two protesters`: armed men who are no state's forces attack civilians.
                clause.kind = .attack
            } else if !lemmas.isDisjoint(with: EventLexicon.forces), !lemmas.isDisjoint(with: EventLexicon.force) {
                clause.kind = .excessiveForce
            } else if hasIntervention() {
                clause.kind = .protestWithIntervention
            }
        case .agreement:
            // Signed, reached or in force: the verb governing the truce says so, and says it happened; or the truce is
            // the subject of a verb saying it began (`A ceasefire brokered by tribal elders took hold`).
            guard let owner = clause.phrase else { return nil }
            let governing = governingVerb(before: phrase(owner).tokens.lowerBound).flatMap { verb in
                EventLexicon.sealed.contains(lemma(verb)) ? self.phrase(of: verb).map { phrase($0) } : nil
            }
            let own = finiteVerbAfter(owner).flatMap { group in
                EventLexicon.sealed.union(EventLexicon.beginning).contains(lemma(group.head)) ? group : nil
            }
            // `hoped to agree on a ceasefire`: an infinitive after the past verb is what was wanted, not done.
            guard let group = governing ?? own, group.tense == .past || group.isPerfect, !group.isNegated, group.modal == nil,
                  !group.tokens.contains(where: { tag($0).penn == "TO" })
            else { return nil }
        case .attack where crowdActed(clause), .armedClash where crowdActed(clause):
            // `Youths fired fireworks at police`, `youths attacked a library with metal bars`: an unarmed crowd's attack is a
            // riot (what crowds loot stays looting); one that kills or hurts people, with no force of the state in the
            // sentence, is a mob's (`a suspected thief was beaten to death by a crowd`).
            let harmedPeople = !lemmas.isDisjoint(with: EventLexicon.bodilyHarm)
            clause.kind = harmedPeople && lemmas.isDisjoint(with: EventLexicon.forces) ? .mobViolence : .violentDemonstration
        case .looting where crowdActed(clause) && !lemmas.isDisjoint(with: EventLexicon.bodilyHarm) && lemmas.isDisjoint(with: EventLexicon.forces):
            // `a crowd threw stones at homes and set fire to two cars ..., injuring four`: a crowd that burns and hurts people
            // is a mob, not only a wrecker of property.
            clause.kind = .mobViolence
        case .attack:
            // `two protesters were shot dead`, `police killed three demonstrators`: killing at a protest by no armed group is
            // the protest met with force, or a riot where the protesters were violent (ACLED's precedence, as above).
            // Protesters who kill (`demonstrators beat a policeman to death`) riot, or are a mob.
            if summary.hasProtesters, lemmas.isDisjoint(with: EventLexicon.nonStateForces) {
                if let subject = activeSubject(of: clause), let protestersActed = EventLexicon.participants[lemma(phrase(subject).head)] {
                    clause.kind = protestersActed == .mobViolence ? .mobViolence : .violentDemonstration
                } else {
                    clause.kind = !lemmas.isDisjoint(with: EventLexicon.rioting) || tellsOfArson() ? .violentDemonstration : .excessiveForce
                }
            }
        case .armedClash:
            // `an aid convoy was ambushed`, `gunmen ambushed a bus`: an ambush of civilians is an attack on them.
            if lemma(clause.trigger.lowerBound) == "ambush", let owner = clause.phrase,
                let target = targetHead(of: owner) ?? (phrase(owner).voice == .passive ? subjectPhrase(of: owner).flatMap(targetHead(ofPhrase:)) : nil),
                target == "civilian" || EventLexicon.civilianTargets.contains(target)
            {
                clause.kind = .attack
            }
            // A clash that protesters are in is a riot; the state's forces firing on them (`police opened fire on
            // protesters`) is force against the protest.
            if summary.hasProtesters {
                let byForces = activeSubject(of: clause).map { EventLexicon.forces.contains(lemma(phrase($0).head)) } ?? false
                clause.kind = byForces && lemmas.isDisjoint(with: EventLexicon.rioting) && !tellsOfArson() ? .excessiveForce : .violentDemonstration
            }
        case .nonStateActorOvertakesTerritory, .governmentRegainsTerritory:
            // `took over the town of X`, `took back a stronghold`: what is taken over or back is ground only when the words say
            // so, a place's name or a place's noun (`took over the presidency`, `took back the remark` take no ground).
            if clause.trigger.count > 1, ["over", "back"].contains(lemma(clause.trigger.upperBound - 1)),
                !takesOverGround(after: clause.trigger.upperBound)
            {
                return nil
            }
            // `gunmen seized 279 schoolgirls`, `two engineers were captured`: people taken are abducted, no territory.
            if let owner = clause.phrase, phrase(owner).kind == .verb {
                // A participle alone after its subject (`Gunmen seized ...`, tagged as a participle) is a past verb.
                let passive = phrase(owner).voice == .passive && phrase(owner).tokens.count > 1
                var taken = passive ? subjectPhrase(of: owner)
                    : phrases.contains(owner + 1) && phrase(owner + 1).kind == .noun && phrase(owner + 1).tokens.lowerBound == phrase(owner).tokens.upperBound ? owner + 1 : nil
                // `seized at least 18 passengers`: the chunker reads `at` as a preposition before `least 18 passengers`.
                if taken == nil, !passive, phrases.contains(owner + 1), phrase(owner + 1).kind == .prepositional,
                    lemma(phrase(owner + 1).head) == "at", let object = phrase(owner + 1).object,
                    text(phrase(object).tokens.lowerBound).lowercased() == "least"
                {
                    taken = object
                }
                // `seized about a dozen traders`, `took around 30 passengers`: an approximation read as a preposition.
                if taken == nil, !passive, phrases.contains(owner + 1), phrase(owner + 1).kind == .prepositional,
                    phrase(owner + 1).tokens.lowerBound == phrase(owner).tokens.upperBound,
                    CountLexicon.approximators.contains(lemma(phrase(owner + 1).head).lowercased()), let object = phrase(owner + 1).object
                {
                    taken = object
                }
                // `seized three of the drivers`: the people are the `of` phrase's, the figure before it in a phrase or in none.
                let partOf = { (at: Int) -> Int? in
                    guard self.phrases.contains(at), self.phrase(at).kind == .prepositional, self.lemma(self.phrase(at).head) == "of" else { return nil }
                    return self.phrase(at).object
                }
                if let part = taken, tag(phrase(part).head).universal == .num, let whole = partOf(part + 1) {
                    taken = whole
                } else if taken == nil, !passive, let whole = partOf(owner + 1),
                    (phrase(owner).tokens.upperBound..<phrase(owner + 1).tokens.lowerBound).contains(where: { tag($0).universal == .num }),
                    (phrase(owner).tokens.upperBound..<phrase(owner + 1).tokens.lowerBound).allSatisfy({ tag($0).universal == .num })
                {
                    taken = whole
                }
                if let taken, EventLexicon.captives.contains(lemma(phrase(taken).head)) {
                    clause.kind = .abduction
                    return clause
                }
                // `police seized 10 rifles`: arms or contraband taken are no territory and, on their own, no event.
                if let taken, EventLexicon.goods.contains(lemma(phrase(taken).head)) { return nil }
            }
            // Who took it decides: the state's forces regain territory (`government forces took control of`),
            // rebels and militants overtake it (`rebels recaptured the town`).
            if let owner = clause.phrase, phrase(owner).kind == .verb, phrase(owner).voice != .passive, let subject = subjectPhrase(of: owner) {
                // `The Arakan Army captured`: a word inside a name of several capitalised words names a group, not the state's army.
                var words = phrase(subject).tokens.filter { token in
                    !(text(token).first?.isUppercase ?? false) || token == phrase(subject).tokens.lowerBound
                        || !(text(token - 1).first?.isUppercase ?? false)
                }.map { lemma($0) }
                // `Sudan's army said it had seized the palace`: a pronoun subject is the sentence's first subject, by its
                // common nouns only (`The Arakan Army said it had captured` names a group, no state's army).
                if phrase(subject).tokens.allSatisfy({ tag($0).universal == .pron }), let first = phrases.first(where: { phrase($0).kind == .noun }),
                    first != subject
                {
                    words = phrase(first).tokens.filter { text($0).first?.isLowercase ?? false }.map { lemma($0) }
                }
                // `rebel soldiers` are no state's: troops and soldiers are the state's only when no group's word names them.
                let group = words.contains(where: EventLexicon.nonStateForces.contains)
                if words.contains(where: { EventLexicon.stateForces.contains($0) && !(group && EventLexicon.combatants.contains($0)) }) {
                    clause.kind = .governmentRegainsTerritory
                } else if group {
                    clause.kind = .nonStateActorOvertakesTerritory
                }
            }
        case .violentDemonstration:
            // `officers who tried to rescue him were pelted with stones`: a crowd's act told from its target is part of the
            // event told around it (a mob's lynching), no riot of its own.
            // A true passive with its auxiliary (the tagger may read an active `pelted` as a participle) and no agent: `were
            // pelted with stones by protesters` is still the protesters' riot.
            if lemma(clause.trigger.lowerBound) == "pelt", let owner = clause.phrase, phrase(owner).voice == .passive,
                phrase(owner).tokens.contains(where: { lemma($0) == "be" }), passiveAgent(of: clause) == nil { return nil }
        case .mobViolence:
            // `A mob set fire to the minister's residence`: a mob's arson is its violence.
            if lemmas.isDisjoint(with: EventLexicon.rioting.union(["kill", "beat", "lynch", "stone", "attack", "injure"])), !tellsOfArson() { return nil }
        default:
            break
        }
        return clause
    }

    /// Whether what follows `start` (the object of `take over`) is ground: a name read as a place's, or a noun phrase headed by a
    /// place's, a facility's or a position's noun (`the town of X`, `the main army base`, `a police post`).
    func takesOverGround(after start: Int) -> Bool {
        // Only a direct object: determiners, numbers, adjectives and owners before its noun (`took over in X` takes none).
        let modifiers: Set<UniversalTag> = [.det, .num, .adj, .pron]
        guard let first = (start..<min(span.upperBound, start + 6)).first(where: { !modifiers.contains(tag($0).universal) && tag($0).penn != "POS" }),
              [.noun, .propn].contains(tag(first).universal)
        else { return false }
        if annotated.names.contains(where: { $0.tokens.contains(first) && $0.type == .place }) { return true }
        let head = phrase(of: first).map { phrase($0).kind == .noun ? phrase($0).head : first } ?? first
        let word = lemma(head).lowercased()
        return EventLexicon.groundNouns.contains(word)
            || [WordLists.placeIntroducers, WordLists.facilityNouns, WordLists.roadNouns, WordLists.borderNouns].contains { $0.contains(word) }
    }
}
