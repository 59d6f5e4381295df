import Language

/// Finding a sentence's event triggers and their kinds.
extension SentenceGrammar {
    /// Whether token `token` is the weapon word of `exchange of fire` (`in an exchange of fire`, `the exchange of gunfire`):
    /// a battle whoever died in it.
    func isExchangeOfFire(at token: Int) -> Bool {
        token >= span.lowerBound + 2 && lemma(token - 1) == "of" && lemma(token - 2) == "exchange"
    }

    /// Whether token `index` is a verb with a tense of its own (not a participle describing a noun: `a suspected thief`).
    func isFiniteVerb(_ index: Int) -> Bool {
        tag(index).universal == .verb && !["VBN", "VBG"].contains(tag(index).penn)
    }

    /// The event triggers of the sentence, with their kinds; cancelled ones (`no shelling`,
    /// `threatened to strike`, `could attack`) left out.
    ///
    /// The kinds of the cancelled triggers that name their kind (`will hold a rally`) are added to `cancelled`:
    /// a later reference to such an event (`the rally`) tells of no event either.
    func triggers(
        weapon context: (Int) -> EventLexicon.Weapon?, civiliansInParagraph: Bool = false, cancelled: inout Set<EventKind>
    ) -> [EventClause] {
        // Armed actors (`gunmen`, `militants`) suggest guns only when no weapon is named.
        let sentenceWeapon = summary.weapons.min { $0.weapon.rank < $1.weapon.rank }?.weapon
        var found: [EventClause] = []
        var token = span.lowerBound
        while token < span.upperBound {
            defer { token += 1 }
            let tag = tag(token)
            var lemma = lemma(token)
            var cue: EventLexicon.Cue?
            var end = token + 1
            var outcome = false
            // `A Russian strike hit Ukraine's power grid`: a word the tagger read as a noun between a noun and
            // the start of another noun phrase is the verb of the clause when it can be one.
            // After a weapon (`a ballistic missile hit port infrastructure`), a past form of an event verb does so before any noun.
            let afterWeapon = token > span.lowerBound && EventLexicon.weapons[self.lemma(token - 1)] != nil
                && IrregularVerbs.pastAndParticipleForms.contains(text(token).lowercased())
            // `warplanes struck RSF positions`: the past form read as an adjective after a weapon is the verb too.
            if afterWeapon, tag.universal == .adj, let verb = IrregularVerbs.verb(ofPast: text(token).lowercased()) { lemma = verb }
            var verbBetweenNouns = (tag.universal == .noun && tag.penn == "NN" || afterWeapon && tag.universal == .adj)
                && EventLexicon.verbs[lemma] != nil
                && token > span.lowerBound && self.tag(token - 1).universal == .noun
                && token + 1 < span.upperBound
                && ([.det, .propn, .num].contains(self.tag(token + 1).universal) || (afterWeapon && self.tag(token + 1).universal == .noun))
            // Such a verb the chunker buried inside the noun phrase it governs heads no phrase of its own.
            var pastReadAsNoun = verbBetweenNouns && (![.det, .propn, .num].contains(self.tag(token + 1).universal) || tag.universal == .adj)
            // `police shot dead three farmers`: a past form read as a noun (or an adjective: `gunmen on motorcycles
            // shot dead two labourers`) after a noun, with its verb's particle after it.
            if tag.universal == .noun || tag.universal == .adj, token > span.lowerBound, [.noun, .propn].contains(self.tag(token - 1).universal),
                token + 1 < span.upperBound, let verb = IrregularVerbs.verb(ofPast: text(token).lowercased()),
                EventLexicon.phrasal[verb]?[self.lemma(token + 1)] != nil
            {
                verbBetweenNouns = true
                pastReadAsNoun = true
                lemma = verb
            }
            // A hyphenated compound the tokenizer split (`cease-fire`) is looked up whole first.
            if token + 2 < span.upperBound, text(token + 1) == "-", annotated.tokens[token + 1].gapBefore == .none,
                annotated.tokens[token + 2].gapBefore == .none
            {
                let compound = lemma + "-" + self.lemma(token + 2)
                if let whole = EventLexicon.nouns[compound] ?? EventLexicon.verbs[compound] {
                    cue = whole
                    end = token + 3
                }
            }
            if cue != nil {
                // Found whole above.
            } else if tag.universal == .verb || verbBetweenNouns {
                if let particles = EventLexicon.phrasal[lemma],
                    let (at, phrasal) = (token + 1..<min(span.upperBound, token + 4)).lazy.compactMap({ next in
                        particles[self.lemma(next)].map { (next, $0) }
                    }).first
                {
                    cue = phrasal
                    end = at + 1
                } else {
                    cue = EventLexicon.verbs[lemma] ?? EventLexicon.outcomes[lemma]
                    outcome = lemma == "kill" || EventLexicon.outcomes[lemma] != nil
                }
                // `were hacked to death`, `beat a suspect to death`, `were burned alive`: a manner of killing with `to death`
                // after it (and after its object, with no other verb between), or `alive` right after it, is a killing,
                // whatever else the verb may tell (`burned` a house is destruction).
                if CountLexicon.killingManners.contains(text(token).lowercased()),
                    (token + 1 < span.upperBound && self.lemma(token + 1) == "alive")
                        || (token + 1..<min(span.upperBound - 1, token + 8)).first(where: {
                            self.isFiniteVerb($0) || self.lemma($0) == "to" && self.lemma($0 + 1) == "death"
                        }).map({ !isFiniteVerb($0) }) ?? false
                {
                    cue = EventLexicon.verbs["kill"]
                    outcome = true
                }
            } else if tag.universal != .aux && (tag.universal != .propn || token == span.lowerBound || opensAfterDateline(token)) {
                // Any other tag: an event noun the tagger did not know (`airstrike` read as a preposition), or the
                // capitalised first word after a dateline's dash (`GOMA, Congo — Fighting between ...`).
                let lemma = tag.universal == .propn ? lemma.lowercased() : lemma
                cue = EventLexicon.nouns[lemma] ?? EventLexicon.participants[lemma].map { .fixed($0) }
                outcome = lemma == "killing"
            }
            guard let cue else { continue }
            // `a grain warehouse caught fire`: a blaze, not gunfire.
            if lemma == "fire", tag.universal == .noun, let owner = self.phrase(of: token),
                let verb = governingVerb(before: phrase(owner).tokens.lowerBound), EventLexicon.blazeVerbs.contains(self.lemma(verb))
            {
                continue
            }
            // `months of demonstrations`, `a decade of war`: a stretch of time made of events is no event of one day.
            if tag.universal == .noun, let owner = self.phrase(of: token), case .preposition("of", let governor?)? = link(of: owner),
                phrase(governor).kind == .noun, EventLexicon.durations.contains(self.lemma(phrase(governor).head))
            {
                continue
            }
            // The gerund the chunker leaves out of a noun phrase (`after months of fighting`).
            if tag.penn == "VBG", token - 2 >= span.lowerBound, self.lemma(token - 1) == "of", EventLexicon.durations.contains(self.lemma(token - 2)) {
                continue
            }
            // `Striking teachers`, `the protesting students`: a participle before a noun describes it.
            if tag.penn == "VBG", token + 1 < span.upperBound, self.tag(token + 1).universal == .noun,
                self.tag(token + 1).penn == "NNS" || (token > span.lowerBound && self.tag(token - 1).universal == .det)
            {
                continue
            }
            // `The wounded were taken to Tonj`, `Wounded men were flown out`, `an injured woman`: a participle of harm used as
            // a noun, or before one opening the sentence, names people, not an event.
            if outcome, tag.penn == "VBN" || tag.universal == .adj,
                (token > span.lowerBound && self.tag(token - 1).universal == .det)
                    || (token == span.lowerBound && token + 1 < span.upperBound && self.tag(token + 1).penn == "NNS")
            {
                continue
            }
            // `an attack on Sunday targeting an army base`: a participle after an event noun, with no verb
            // or clause break between them, tells more of that event, not of another.
            if tag.penn == "VBG", let last = found.last, !last.isOutcome, self.tag(last.trigger.lowerBound).universal == .noun,
                !separated(last.trigger.lowerBound, token),
                !(last.trigger.upperBound..<token).contains(where: { self.tag($0).universal == .verb || self.tag($0).universal == .aux })
            {
                continue
            }
            // `The war has killed 10,000`, `thousands have died`: a tally, not an event. A verb joined to such a group
            // shares its auxiliary (`has killed or wounded`).
            let perfectActive = { (group: Phrase) in
                group.tokens.contains(where: { $0 < token && self.lemma($0) == "have" && self.tag($0).universal == .aux })
                    && !group.tokens.contains(where: { self.lemma($0) == "be" })
            }
            if outcome, let at = self.phrase(of: token), case let group = phrase(at),
                ((group.voice == .active || group.isPerfect) && perfectActive(group))
                    || (group.tokens.lowerBound == token && token > span.lowerBound && self.tag(token - 1).universal == .cconj
                        && phrases.contains(at - 1) && phrase(at - 1).kind == .verb && perfectActive(phrase(at - 1)))
            {
                continue
            }
            // A verb the chunker buried in a noun phrase heads no phrase of its own: that noun phrase says nothing of it.
            let owner: Int? = pastReadAsNoun ? nil : self.phrase(of: token)
            if isCancelled(token, phrase: owner) {
                if case .fixed(let kind) = cue { cancelled.insert(kind) }
                continue
            }
            if hasNaturalCause(token, phrase: owner, outcome: outcome) { continue }
            // `fought back with air power and heavy artillery`: a weapon that is an event verb's instrument is its means, not an event.
            if case .weapon = cue, tag.universal == .noun, let owner, isInstrumentOfEventVerb(owner) { continue }
            // `thanked partners for new deliveries of long-range artillery`: weapons supplied or held, not used.
            if case .weapon = cue, tag.universal == .noun, let owner, case .preposition("of", let governor?)? = link(of: owner),
                EventLexicon.supplyNouns.contains(self.lemma(phrase(governor).head))
            {
                continue
            }
            let own: EventLexicon.Weapon? = owner.flatMap { self.weapon(in: phraseNeighbourhood($0)) }
            // A toll's participle (`..., killing seven people`) tells the result of the sentence's event: its weapon is
            // the most telling one the sentence names (`A suicide bomber drove an explosives-laden car ...`), not the nearest.
            var named = own ?? (outcome && tag.penn == "VBG" ? sentenceWeapon ?? context(token) : context(token))
            if case .bySentenceWeapon = cue { named = own ?? nearestWeapon(to: token) }
            if named == .firearm, let better = sentenceWeapon, better.rank < EventLexicon.Weapon.firearm.rank { named = better }
            var kind: EventKind
            switch cue {
            case .fixed(let fixed):
                kind = fixed
                // `an FPV drone set fire to a warehouse`: burning by a weapon fired from afar is that weapon's strike.
                // (The subject only: `burned a drone` is no strike.)
                if fixed == .looting, let owner, phrases.contains(owner - 1), phrase(owner - 1).kind == .noun,
                    let carrier = weapon(in: Array(phrase(owner - 1).tokens)), carrier != .firearm
                {
                    kind = EventLexicon.kind(for: carrier)
                }
                // `intercepted a convoy of lorries`, `intercepted the passengers`: what an interception stops is a weapon; a
                // vehicle or people stopped on a road are what the sentence's other verbs (`seized the drivers`) are about.
                // (A vehicle packed with explosives, `defused a motorcycle packed with explosives`, is a weapon.)
                if fixed == .disruptedWeaponsUse, lemma == "intercept", own == nil, tag.universal == .verb, let owner, phrase(owner).voice != .passive,
                    phrases.contains(owner + 1), phrase(owner + 1).kind == .noun, phrase(owner + 1).tokens.lowerBound == phrase(owner).tokens.upperBound,
                    case let target = self.lemma(phrase(owner + 1).head),
                    EventLexicon.roadTraffic.contains(target) || EventLexicon.captives.contains(target)
                {
                    continue
                }
                // `repelled an attack on the town`, `repulsed the assailants`: with no weapon named but guns, what was turned
                // back was an assault, met in a fight (`repelled a drone attack` stays weapons stopped).
                if fixed == .disruptedWeaponsUse, lemma == "repel" || lemma == "repulse", named == nil || named == .firearm {
                    kind = .armedClash
                }
            case .weapon(let fixed):
                let specific: Set<EventKind> = [.suicideBomb, .chemicalWeapon, .airDroneStrike]
                kind = own.map(EventLexicon.kind(for:)).flatMap { specific.contains($0) ? $0 : nil } ?? fixed
                // `a barrage of gunfire`: what the noun is made of names the weapon, whatever the noun's own kind.
                if tag.universal == .noun, let owner,
                    let of = (summary.prepositions[owner] ?? []).first(where: { self.lemma(phrase($0).head) == "of" }),
                    let object = phrase(of).object, let made = weapon(in: Array(phrase(object).tokens))
                {
                    kind = EventLexicon.kind(for: made)
                }
            case .needsWeapon:
                // `Israeli strikes killed eleven`: with no weapon named, a strike that kills is from the air, as ACLED codes it.
                if named == nil, tag.universal == .noun, tellsOfHarm() {
                    kind = .airDroneStrike
                    break
                }
                guard let named else { continue }
                // `hurled a grenade`, not `hurled projectiles` or `threw stones`: only a charge thrown by hand is an attack of its own.
                if EventLexicon.throwingVerbs.contains(lemma), !EventLexicon.thrownWeapons.contains(named) { continue }
                kind = EventLexicon.kind(for: named)
                // `a drone dropped explosives`, `bombs were dropped on the village`: a charge dropped falls from the air.
                if EventLexicon.droppingVerbs.contains(lemma), kind == .remoteExplosive { kind = .airDroneStrike }
            case .anaphor:
                if tag.universal == .verb {
                    // `It took place`, `This happened`: only a pronoun subject points back.
                    guard let owner, phrases.contains(owner - 1), phrase(owner - 1).kind == .noun,
                        phrase(owner - 1).tokens.count == 1, self.tag(phrase(owner - 1).head).universal == .pron
                            || ["this", "that"].contains(self.lemma(phrase(owner - 1).head))
                    else { continue }
                } else {
                    guard tag.universal == .noun, let owner, isDefinite(owner) else { continue }
                }
                kind = .attack  // replaced by the kind of the event it points at (PostReader)
            case .stopping:
                // What was stopped is the object (`destroyed a UAV`), not the subject (`an air strike destroyed a building`).
                guard let owner, phrases.contains(owner + 1), phrase(owner + 1).kind == .noun,
                    let object = weapon(in: Array(phrase(owner + 1).tokens)), [.drone, .air, .artillery].contains(object)
                else { continue }
                kind = .disruptedWeaponsUse
            case .byWeapon(let fallback), .bySentenceWeapon(let fallback):
                // `The attack hit two villages`: a verb that names no weapon of its own, said of an event noun, tells where
                // that event struck; the noun's clause takes the place, and its kind stands.
                if tag.universal == .verb, own == nil, let owner, eventSubject(ofVerb: owner, clauses: found) != nil { continue }
                // A bombing, a blast or an explosion is never gunfire: guns named or implied nearby do not decide it.
                let explosive = fallback == .remoteExplosive || fallback == .airDroneStrike
                kind = (explosive && named == .firearm ? nil : named).map(EventLexicon.kind(for:)) ?? fallback
                // What was attacked decides first: a base fights back, a village does not.
                let target = kind == .armedClash || kind == .attack ? owner.flatMap(targetHead(of:)) : nil
                if let target, EventLexicon.armedTargets.contains(target) {
                    kind = .armedClash
                } else if let target, EventLexicon.civilianTargets.contains(target) {
                    kind = .attack
                }
                // Armed men against civilians is violence against civilians, not a battle (`shot at a truck, killing
                // its driver`: a target that says neither leaves it to the victims).
                // Fire exchanged (`in an exchange of fire between armed groups`) is a battle whoever died in it.
                else if !isExchangeOfFire(at: token),
                    kind == .armedClash || (named == nil && (lemma == "kill" || lemma == "killing")), hasCivilianVictims() || civiliansInParagraph {
                    kind = .attack
                }
                // Fighters killed with no weapon named died in fighting.
                else if named == nil, lemma == "kill" || lemma == "killing", hasCombatantVictims() { kind = .armedClash }
            }
            // `Houthi shelling killed a boy and wounded two in Taiz`: an outcome that names no weapon of its own, after an act of
            // remote violence that names its kind, is that act's toll.
            if outcome, own == nil,
                let event = found.last(where: { !$0.isOutcome && !$0.isGeneric && $0.kind.family == .remoteViolence && $0.trigger.upperBound <= token })
            {
                kind = event.kind
            }
            var clause = EventClause(kind: kind, trigger: token..<end, phrase: owner, isOutcome: outcome)
            if case .byWeapon = cue { clause.isGeneric = true }
            if case .bySentenceWeapon = cue { clause.isGeneric = true }
            if case .needsWeapon = cue { clause.isGeneric = true }
            if case .anaphor = cue { (clause.isAnaphor, clause.isReference) = (true, true) }
            // A past form is asserted as a finite verb is, outside quotation marks.
            clause.isAsserted = pastReadAsNoun ? summary.quotesBefore[token - span.lowerBound] % 2 == 0 : isAsserted(token, phrase: owner)
            if tag.universal == .noun, let owner {
                clause.isReference = isDefinite(owner)
            } else if tag.penn == "VBG", token > span.lowerBound, self.tag(token - 1).penn == "POS" {
                // `the toll from Wednesday's shelling`: a gerund its possessor owns is a definite noun phrase.
                clause.isReference = true
            } else if tag.universal != .verb, !verbBetweenNouns, token > span.lowerBound,
                ["the", "this", "that", "these", "those"].contains(self.lemma(token - 1))
            {
                // An event noun the tagger took for another word (`the rally had yet to be taken`) is still definite after `the`.
                clause.isReference = true
            }
            // `air strikes on Adigrat ..., in attacks that followed`: a noun that leaves its kind to a weapon it
            // does not name, definite or a bare plural, refers to an event of the sentence that names one.
            if clause.isGeneric, own == nil, tag.universal == .noun, let owner,
                clause.isReference || isBarePlural(token, phrase: phrase(owner)),
                let specific = found.last(where: { !$0.isOutcome && $0.hasOwnWeapon })
            {
                clause.kind = specific.kind
            }
            clause.hasOwnWeapon = own != nil
            found.append(clause)
            token = end - 1
        }
        // An outcome (`killed`) is its own event only when the sentence reports no act.
        // An act told as not having happened (`two years after a massacre in the area`) leaves the outcome its own event;
        // so does burning alone (`killed at least six people and torched dozens of homes`): the killing is the attack,
        // and the burning part of it.
        if found.contains(where: { !$0.isOutcome && $0.isAsserted && $0.kind != .looting }) { found.removeAll { $0.isOutcome } }
        return found.compactMap(refined)
    }
}
