import Language

/// One event as a sentence states it: the trigger (an event verb or noun), its kind, and the
/// places its grammar gives it.
struct EventClause: Hashable, Sendable {
    var kind: EventKind
    /// The trigger's tokens in the annotated text.
    var trigger: Range<Int>
    /// The phrase the trigger heads (its verb group or noun phrase), an index into the annotated phrases.
    var phrase: Int?
    /// Whether the trigger reports an outcome (`killed`, `killing`) rather than an act: it makes an
    /// event of its own only when nothing else in the sentence does.
    var isOutcome: Bool
    /// Whether the sentence asserts it happened (a finite or participial event verb, or an event
    /// noun in a sentence with a finite verb that is not a statement's): only then may a place be
    /// taken from the context when none attaches by grammar.
    var isAsserted = true
    /// Whether its kind comes from a weapon named in its own phrase, subject, object or instrument.
    var hasOwnWeapon = false
    /// Whether it names an event already told (`the attack`, `this strike`): a definite noun phrase.
    var isReference = false
    /// Whether the trigger leaves the kind to the weapon (`attack`, `strike`, `explosion`), so a
    /// reference to an earlier event takes that event's kind.
    var isGeneric = false
    /// Whether the trigger names no kind at all (`the incident`): it takes the kind of the event told before it.
    var isAnaphor = false
}

/// The words of one sentence as the event rules read them: tags, lemmas and phrases from the
/// language layer, found once.
struct SentenceGrammar {
    let annotated: AnnotatedText
    /// The sentence's tokens.
    let span: Range<Int>
    /// The sentence's phrases (indices into `annotated.phrases`).
    let phrases: Range<Int>
    /// Lower-cased lemmas of the sentence's tokens (`lemmas[token - span.lowerBound]`).
    let lemmas: [String]
    /// The phrase each token is in, if any.
    let phraseOfToken: [Int?]
    /// Tokens inside place names, so a list of places is told from a description (`Sadiwa, the enclave near Idlib`).
    var placeTokens: Set<Int> = []
    /// Tokens inside names of seas and gulfs (`the Gulf of Aden`): where a ship was, measured from the coast.
    var waterTokens: Set<Int> = []
    /// Tokens inside names of countries, first-order divisions and larger areas: they hold places, no
    /// distance locates them (`gunmen in Mali ... 30 km east of Bamako`).
    var containerTokens: Set<Int> = []
    /// What the sentence says as a whole, found once so that every trigger and place of a long
    /// sentence (a list of fifty villages, a table flattened into text) is read in constant time.
    private(set) var summary = Summary()

    struct Summary {
        var lemmas: Set<String> = []
        /// The first `if`/`unless`, and the first verb of denial (`denied`), as token positions.
        var firstCondition = Int.max, firstDenial = Int.max
        /// Quotation marks, clause breaks and statement verbs before each token (prefix counts).
        var quotesBefore: [Int] = [], breaksBefore: [Int] = [], reportingBefore: [Int] = []
        /// For each token, the bracket that encloses it (its position), or -1 outside brackets.
        var enclosingBracket: [Int] = []
        var hasCivilians = false, hasCombatants = false, hasProtesters = false
        var hasPastVerb = false, isOngoing = false
        /// Where the tally or state of affairs begins (a relative pronoun), when it is told in a relative clause.
        var ongoingFrom = Int.min
        /// Weapon words and where they stand.
        var weapons: [(token: Int, weapon: EventLexicon.Weapon)] = []
        /// The weapons not named in an event noun's own phrase (`a Hezbollah rocket attack` owns its rocket):
        /// the ones another event of the sentence may have used.
        var freeWeapons: [(token: Int, weapon: EventLexicon.Weapon)] = []
        /// The prepositional phrases attached to each phrase.
        var prepositions: [Int: [Int]] = [:]
    }

    init(annotated: AnnotatedText, span: Range<Int>, phrases: Range<Int>) {
        self.annotated = annotated
        self.span = span
        self.phrases = phrases
        lemmas = span.map { annotated.lemma(of: $0).lowercased() }
        var owner = [Int?](repeating: nil, count: span.count)
        for index in phrases {
            for token in annotated.phrases[index].tokens where span.contains(token) { owner[token - span.lowerBound] = index }
        }
        phraseOfToken = owner
        summary = summarize()
    }

    private func summarize() -> Summary {
        var summary = Summary()
        summary.lemmas = Set(lemmas)
        var quotes = 0, breaks = 0, reporting = 0
        var brackets: [Int] = []
        for token in span {
            summary.quotesBefore.append(quotes)
            summary.breaksBefore.append(breaks)
            summary.reportingBefore.append(reporting)
            let lemma = lemma(token), tag = tag(token)
            if ["\"", "“", "”", "``", "''"].contains(text(token)) { quotes += 1 }
            if isBracket(token, opening: true) { brackets.append(token) }
            summary.enclosingBracket.append(brackets.last ?? -1)
            if isBracket(token, opening: false) { _ = brackets.popLast() }
            if isClauseBreak(token), !isBracket(token, opening: true), !isBracket(token, opening: false) { breaks += 1 }
            if let index = phrase(of: token), phrase(index).head == token, isReporting(index) { reporting += 1 }
            if tag.universal == .sconj, lemma == "if" || lemma == "unless" { summary.firstCondition = min(summary.firstCondition, token) }
            if tag.universal == .verb, EventLexicon.denials.contains(lemma) { summary.firstDenial = min(summary.firstDenial, token) }
            // Civilians as a head, not a modifier (`in the Jenin refugee camp, three gunmen were killed`).
            if tag.universal == .noun, EventLexicon.civilians.contains(lemma), let index = phrase(of: token), phrase(index).head == token {
                summary.hasCivilians = true
            }
            if tag.universal == .noun, EventLexicon.combatants.contains(lemma) { summary.hasCombatants = true }
            if EventLexicon.participants[lemma] != nil || lemma == "protest" { summary.hasProtesters = true }
            if [.noun, .adj, .propn].contains(tag.universal), let weapon = EventLexicon.weapons[lemma], !isTakenGoods(token) {
                summary.weapons.append((token, weapon))
            }
        }
        summary.freeWeapons = summary.weapons.filter { weapon in
            guard let index = phrase(of: weapon.token) else { return true }
            return !phrase(index).tokens.contains { $0 != weapon.token && tag($0).universal == .noun && EventLexicon.nouns[lemma($0)] != nil }
        }
        summary.quotesBefore.append(quotes)
        summary.breaksBefore.append(breaks)
        summary.reportingBefore.append(reporting)
        summary.enclosingBracket.append(-1)
        for index in phrases where phrase(index).kind == .prepositional {
            if let attachment = phrase(index).attachment { summary.prepositions[attachment, default: []].append(index) }
        }
        summary.hasPastVerb = phrases.contains { index in
            let group = phrase(index)
            // A bare participle with an object is a past verb the tagger took for a participle (`on Thursday killed eight`).
            return group.kind == .verb && !isReporting(index)
                && (group.tense == .past || group.isPerfect || (tag(group.head).penn == "VBN" && takesObject(index)))
        }
        let perfectGroups = phrases.filter { phrase($0).kind == .verb && (phrase($0).isPerfect
            || phrase($0).tokens.contains { lemma($0) == "have" && tag($0).universal == .aux }) }
        let perfect = !perfectGroups.isEmpty
        let marker = span.first { token in
            if lemma(token) == "since", tag(token).universal == .adp || tag(token).universal == .sconj { return true }
            guard ["for", "over"].contains(lemma(token)) else { return false }
            // `for years`, `over the past decade`, `for more than four months`.
            return (token + 1..<min(span.upperBound, token + 6)).contains { EventLexicon.durations.contains(lemma($0)) }
        }
        // `recaptured the mosque, which gunmen had held for three months`, `have recaptured X, the town that insurgents
        // had held since August`: a state told in a relative clause is that clause's. The state is the perfect's that
        // the duration follows, whatever perfect the main clause has before it.
        let holding = marker.flatMap { marker in perfectGroups.last { phrase($0).tokens.lowerBound < marker } } ?? perfectGroups.first
        // The relative pronoun must open the perfect's own clause: no other verb between them (`gunmen who identify as
        // the SNA have not been uncommon since`: the perfect is the main clause's, the state the whole sentence's).
        if let holding, let first = Optional(phrase(holding).tokens.lowerBound),
            let relative = (span.lowerBound..<first).last(where: { ["WDT", "WP"].contains(tag($0).penn) }),
            !phrases.contains(where: { $0 != holding && phrase($0).kind == .verb && [.past, .present].contains(phrase($0).tense)
                && phrase($0).tokens.lowerBound > relative && phrase($0).tokens.lowerBound < first })
        {
            summary.ongoingFrom = relative
        }
        summary.isOngoing = perfect && marker != nil
        return summary
    }

    /// How many tokens of a kind stand in `low..<high` (prefix counts, `low` and `high` in the sentence).
    func count(_ prefix: [Int], _ low: Int, _ high: Int) -> Int {
        prefix[high - span.lowerBound] - prefix[low - span.lowerBound]
    }

    func lemma(_ token: Int) -> String { lemmas[token - span.lowerBound] }
    func tag(_ token: Int) -> PartOfSpeech { annotated.tags[token] }
    func phrase(of token: Int) -> Int? { span.contains(token) ? phraseOfToken[token - span.lowerBound] : nil }
    func phrase(_ index: Int) -> Phrase { annotated.phrases[index] }
    func text(_ token: Int) -> Substring { annotated.text(of: token) }

    /// Whether a clause break or a bracket stands between tokens `low` and `high` (`low` < `high`): a
    /// bracketed aside (`the Syrian Democratic Forces (SDF) and ...`) parts what is inside it from what
    /// is outside, but not the words on either side of it.
    func separated(_ low: Int, _ high: Int) -> Bool {
        count(summary.breaksBefore, low, high) > 0
            || summary.enclosingBracket[low - span.lowerBound] != summary.enclosingBracket[high - span.lowerBound]
    }

    /// Whether token `token` is an opening (or closing) bracket.
    func isBracket(_ token: Int, opening: Bool) -> Bool {
        guard annotated.tags[token].universal == .punct else { return false }
        return opening ? ["(", "["].contains(text(token)) || annotated.tags[token].penn == "-LRB-"
            : [")", "]"].contains(text(token)) || annotated.tags[token].penn == "-RRB-"
    }

    /// Whether token `token` is a mark that ends a clause (`;`, `:`, a dash, a bracket).
    func isClauseBreak(_ token: Int) -> Bool {
        guard annotated.tags[token].universal == .punct else { return false }
        return [";", ":", "—", "–", "(", ")", "[", "]"].contains(text(token)) || annotated.tags[token].penn == "-LRB-"
            || annotated.tags[token].penn == "-RRB-"
    }

    /// Whether the token opens the story after a dateline's dash or colon (`KYIV, Ukraine — Fighting ...`).
    /// A hyphen inside a word (`north-east`) is no dash: the dash stands apart.
    func opensAfterDateline(_ token: Int) -> Bool {
        guard token > span.lowerBound, token - span.lowerBound <= 14 else { return false }
        let mark = text(token - 1)
        return ["—", "–", "--", ":"].contains(mark) || (mark == "-" && annotated.tokens[token - 1].gapBefore != .none)
    }

    /// The sentence's first token after a dateline it opens with (`OUAGADOUGOU — Gunmen ...`), else its first token.
    var storyStart: Int {
        (span.lowerBound..<min(span.upperBound, span.lowerBound + 15)).first(where: opensAfterDateline) ?? span.lowerBound
    }

    /// Whether verb group `index` reports a statement (`said`, `told`, `claimed`).
    func isReporting(_ index: Int) -> Bool {
        let phrase = phrase(index)
        return phrase.kind == .verb && EventLexicon.reporting.contains(lemma(phrase.head))
    }
}

extension SentenceGrammar {
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
                // `were hacked to death`, `beat a suspect to death`: a manner of killing with `to death` after it (and after its
                // object, with no other verb between) is a killing.
                if cue == nil, CountLexicon.killingManners.contains(text(token).lowercased()),
                    let to = (token + 1..<min(span.upperBound - 1, token + 8)).first(where: {
                        self.isFiniteVerb($0) || self.lemma($0) == "to" && self.lemma($0 + 1) == "death"
                    }), !isFiniteVerb(to)
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
            // `The war has killed 10,000`, `thousands have died`: a tally, not an event.
            if outcome, let group = self.phrase(of: token).map({ phrase($0) }), group.voice == .active || group.isPerfect,
                group.tokens.contains(where: { $0 < token && self.lemma($0) == "have" && self.tag($0).universal == .aux }),
                !group.tokens.contains(where: { self.lemma($0) == "be" })
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
            case .fixed(let fixed): kind = fixed
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
                else if kind == .armedClash || (named == nil && (lemma == "kill" || lemma == "killing")), hasCivilianVictims() || civiliansInParagraph {
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
