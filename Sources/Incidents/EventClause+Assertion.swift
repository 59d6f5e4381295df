import Language

/// Whether a trigger tells an event that happened: negation, modality, intention, denial,
/// habit and tallies cancel it; reference and bare plurals keep it from being placed from context.
/// Words in quotation marks are read like reported speech (`According to him, "a drone struck
/// a house"`): the speaker is the source, and the tense and modality of the quote decide.
extension SentenceGrammar {
    /// Whether the sentence states the trigger's event as having happened (see ``EventClause/isAsserted``).
    func isAsserted(_ token: Int, phrase index: Int?) -> Bool {
        guard let index else {
            // `a counteroffensive launched on Wednesday ... left several dead`, the noun read as an adjective and left out
            // of any phrase: the verb group right after it tells whether it happened.
            guard let next = phrases.first(where: { phrase($0).tokens.lowerBound > token }), phrase(next).kind == .verb,
                phrase(next).tokens.lowerBound == token + 1 else { return false }
            let verb = phrase(next)
            return !isReporting(next) && !verb.isNegated && verb.modal == nil && (verb.tense == .past || verb.isPerfect)
        }
        let group = phrase(index)
        if tag(token).universal == .verb {
            // `Russians fighting to free Ukraine`: a participle right after a noun describes it.
            if tag(token).penn == "VBG", group.tokens.lowerBound == token, token > span.lowerBound, tag(token - 1).universal.isNominal {
                return false
            }
            // The simple present (`frequently targets schools`) tells of habits, not of an event.
            if group.tense == .present, !group.isPerfect, isPresentForm(token) { return false }
            return group.tense == .past || group.tense == .present || ["VBG", "VBN", "VBD"].contains(tag(token).penn)
        }
        // `after days of fighting`, `following months of protests`: events over a span, told as what came before.
        // The word before the span is read, not its link: the tagger may take `after` for a conjunction there.
        if case .preposition("of", let stretch?)? = link(of: index), EventLexicon.reportSpans.contains(lemma(phrase(stretch).head)),
            phrase(stretch).tokens.lowerBound > span.lowerBound, EventLexicon.background.contains(lemma(phrase(stretch).tokens.lowerBound - 1))
        {
            return false
        }
        // `clashes between herders` is generic, unless it is the subject of a verb in the simple past (`air strikes ... killed`).
        if isBarePlural(token, phrase: group) {
            guard let at = verbIndexAfter(index) else { return false }
            let verb = phrase(at)
            // A bare participle with an object is a past verb the tagger took for a participle (`on Thursday killed eight`).
            let isPast = verb.tense == .past || (tag(verb.head).penn == "VBN" && takesObject(at))
            return isPast && !verb.isPerfect && !verb.isNegated && verb.modal == nil
        }
        // `Exchanges of fire have been common since ...`: a tally over time, not one event.
        if let verb = verbAfter(index), verb.isPerfect, summary.lemmas.contains("since") { return false }
        // `a day after a drone attack`, `since the attack`: an earlier event the sentence refers to.
        // `a warrant for his arrest`, `responsibility for an incursion`: a purpose, or an event told elsewhere.
        if case .preposition(let preposition, _)? = link(of: index), EventLexicon.background.contains(preposition) || preposition == "for" {
            return false
        }
        return phrases.contains { index in
            let group = phrase(index)
            return group.kind == .verb && !isReporting(index) && !group.isNegated && group.modal == nil
                && (group.tense == .past || group.tense == .present || (tag(group.head).penn == "VBN" && takesObject(index)))
        }
    }

    /// Whether the sentence tells of something going on over a span (a verb in the perfect with
    /// `since`, `for years`, `over the past decade`), which is no single event.
    var isOngoing: Bool { summary.isOngoing }

    /// Whether the sentence counts over months or years, whatever its tense (`the province recorded 1,600
    /// violent deaths in the first nine months of the year`, `so far this year`): a tally, no one event's toll.
    var countsOverPeriod: Bool {
        let overPeriod = phrases.contains { index in
            let group = phrase(index)
            guard group.kind == .prepositional, ["in", "during", "over", "for", "throughout", "since"].contains(lemma(group.head)),
                let object = group.object else { return false }
            // `killed during the conflict`, `throughout the war`: a toll over a whole war is a tally too.
            if ["during", "throughout", "since"].contains(lemma(group.head)), EventLexicon.longConflicts.contains(lemma(phrase(object).head)) {
                return true
            }
            return phrase(object).tokens.contains { EventLexicon.durations.contains(lemma($0)) && tag($0).penn == "NNS" }
        }
        // `the number of civilians killed since the ceasefire came into force rises to 31`: counted since a moment (not
        // `the deadliest attack since 2019`, where `since` dates the comparison, not the dead).
        let countedSince = span.dropFirst().contains { lemma($0) == "since" && EventLexicon.harm.contains(lemma($0 - 1)) }
        return overPeriod || countedSince || span.dropLast().contains { lemma($0) == "so" && lemma($0 + 1) == "far" }
    }

    /// Whether the sentence's figures are a tally over a whole country or over a span up to the report. Read only where
    /// the sentence counts someone: the span may belong to another of its clauses (`troops killed gunmen in X and aircraft
    /// hit 40 targets over the past day`).
    var talliesBeyondOneEvent: Bool { countsOverCountry || countsUpToReport }

    /// Whether the count is of a whole country (`23 people had died nationwide`, `killed across the country`).
    var countsOverCountry: Bool {
        span.contains { token in
            if EventLexicon.nationwide.contains(lemma(token).lowercased()) { return true }
            guard ["across", "throughout"].contains(lemma(token).lowercased()), span.contains(token + 2) else { return false }
            return lemma(token + 1).lowercased() == "the" && EventLexicon.wholeCountry.contains(lemma(token + 2).lowercased())
        }
    }

    /// Whether the count runs over a span ending at the report (`killed in the past day`, `over the last 24 hours`): a
    /// daily or weekly tally, not one event's toll (`last week` alone dates an event).
    var countsUpToReport: Bool {
        span.contains { token in
            guard ["past", "last"].contains(lemma(token).lowercased()), span.contains(token - 2),
                  lemma(token - 1).lowercased() == "the", ["in", "over", "during", "within"].contains(lemma(token - 2).lowercased())
            else { return false }
            return (token + 1..<min(span.upperBound, token + 3)).contains { EventLexicon.reportSpans.contains(lemma($0).lowercased()) }
        }
    }

    /// Whether a verb tagged present is written as one (`targets`, `protest`), not a past form the
    /// tagger took for a present (`shot` is no form of the present of `shoot`).
    func isPresentForm(_ token: Int) -> Bool {
        guard ["VBZ", "VBP"].contains(tag(token).penn) else { return false }
        let written = text(token).lowercased(), base = lemma(token)
        return written == base || written == base + "s" || written == base + "es" || written == String(base.dropLast()) + "ies"
    }

    /// A plural event noun with no determiner, number or owner before it (`clashes between herders`).
    func isBarePlural(_ token: Int, phrase: Phrase) -> Bool {
        guard tag(token).penn == "NNS" else { return false }
        return !phrase.tokens.contains { $0 < token && [.det, .num, .pron, .propn].contains(tag($0).universal) || tag($0).penn == "POS" }
    }

    /// Whether a verb of the sentence is in the past (`killed`, `have hit`), not counting statements.
    func hasPastVerb() -> Bool { summary.hasPastVerb }

    /// Negated, hypothetical, intended or denied: the trigger reports no event that happened.
    func isCancelled(_ token: Int, phrase index: Int?) -> Bool {
        // `If ... attack`, `unless`: a condition.
        if summary.firstCondition < token { return true }
        // `denied reports that jihadists had seized Djibo`: what is denied did not happen, as far as the report goes.
        if summary.firstDenial < token { return true }
        // `remained committed to fighting al Shabaab`: a resolve, not a fight.
        if token - 2 >= span.lowerBound, lemma(token - 1) == "to", EventLexicon.resolveWords.contains(text(token - 2).lowercased()) {
            return true
        }
        // `have been killed in fighting since January`, `have fought for years`: a tally or a state of affairs.
        if isOngoing, token >= summary.ongoingFrom { return true }
        // `the number of civilians killed since the ceasefire`: a participle that counts since a moment is a tally's.
        if token + 1 < span.upperBound, lemma(token + 1) == "since", EventLexicon.harm.contains(lemma(token)) { return true }
        if isCharge(token) { return true }
        if let index, isCare(token, phrase: index) { return true }
        // `took the town without a single bullet being fired`, `without firing a shot`: an act that `without` denies, in
        // its own participle clause.
        if ["VBG", "VBN"].contains(tag(token).penn),
            let without = (max(span.lowerBound, token - 6)..<token).last(where: { lemma($0).lowercased() == "without" }),
            !((without + 1)..<token).contains(where: {
                tag($0).universal == .punct || (tag($0).universal.isVerbal && !["VBG", "VBN"].contains(tag($0).penn))
            })
        {
            return true
        }
        // `There has been no fighting`: `no` right before the trigger (a gerund the chunker leaves outside a noun phrase too).
        if token > span.lowerBound, tag(token - 1).universal == .det, ["no", "any"].contains(lemma(token - 1)) { return true }
        guard let index = index else {
            // A trigger the chunker left outside any phrase (`will hold a mass rally` with `rally` read as an adverb):
            // the verb group governing it still says whether it happened.
            if let verb = governingVerb(before: token), token - verb <= 4, let group = self.phrase(of: verb).map({ self.phrase($0) }) {
                // `has called for a rally`, `threatened a strike`: the object of a verb of intent or denial, as a noun phrase would be.
                if EventLexicon.cancellingVerbs.contains(lemma(verb)), token - verb <= 3 { return true }
                return group.isNegated || group.modal != nil || group.tense == .future
            }
            // `that an offensive against the guerrillas ... would begin`, the noun read as an adjective: the subject
            // of a negated or hypothetical verb, as a noun phrase would be.
            if token + 1 < span.upperBound, let following = self.phrase(of: token + 1),
                let at = self.phrase(following).kind == .verb ? following : verbIndexAfter(following)
            {
                let next = self.phrase(at)
                return next.isNegated || next.modal != nil || next.tense == .future
            }
            return false
        }
        let phrase = phrase(index)
        // `marked ten years since fighters abducted 276 schoolgirls`, `ten years after gunmen stormed the school`:
        // an anniversary of an event long past.
        // After `after`, only years count: `a month after settlers stormed X` is still news.
        if let since = (span.lowerBound..<phrase.tokens.lowerBound).last(where: { lemma($0) == "since" || lemma($0) == "after" }),
            !separated(since, phrase.tokens.lowerBound), since > span.lowerBound,
            EventLexicon.durations.contains(lemma(since - 1)), lemma(since) == "since" || lemma(since - 1) != "month"
        {
            return true
        }
        let isProtest = EventLexicon.verbs[lemma(token)] == .fixed(.peacefulProtest)
            || EventLexicon.nouns[lemma(token)] == .fixed(.peacefulProtest)
        switch phrase.kind {
        case .verb:
            if phrase.isNegated || phrase.modal != nil { return true }
            // `to assist anyone arrested`: a participle describing whoever it may be tells of no one event.
            if token > span.lowerBound, EventLexicon.freeChoicePronouns.contains(lemma(token - 1).lowercased()) { return true }
            // `marching their captives into the forest`, `rallied supporters`: a protest verb with an object is another sense.
            // Not a verb of breaking a gathering up, whose object is the gathering (`dispersed students`).
            if isProtest, !EventLexicon.dispersalVerbs.contains(lemma(token)), phrase.voice == .active, phrases.contains(index + 1),
                case let object = self.phrase(index + 1), object.kind == .noun,
                object.tokens.lowerBound == phrase.tokens.upperBound, !Self.namesTimeOrDistance(object.tokens.map { lemma($0).lowercased() })
            {
                return true
            }
            // The simple present (`frequently targets schools`, `anyone who protests`) tells of habits, not of an event.
            if phrase.tense == .present, !phrase.isPerfect, phrase.voice == .active, isPresentForm(token) { return true }
            // An evacuation announced (`children will be evacuated`) is itself a strategic development; other events to come are not events.
            if phrase.tense == .future, EventLexicon.verbs[lemma(token)] != .fixed(.other) { return true }
            if let to = phrase.tokens.first(where: { tag($0).penn == "TO" && $0 < token }) {
                // `claimed to have arrested`, `is believed to have killed`: a perfect infinitive tells of something done.
                if to + 1 < token, lemma(to + 1) == "have", tag(token).penn == "VBN" { return false }
                // `to attack`: an attempt after `tried`, a purpose for a protest (`gathered to protest`), else an intention;
                // a protest asked for or intended (`urged supporters to march`, `plan to rally`) is none yet.
                if let governor = infinitiveGovernor(to, phrase: phrase) {
                    if EventLexicon.attempts.contains(lemma(governor)) { return false }
                    if EventLexicon.cancellingVerbs.contains(lemma(governor)) { return true }
                }
                return !isProtest
            }
            // A base form with no finite verb before it (`request the government detain`) is no reported fact.
            if tag(token).penn == "VB", !phrase.tokens.contains(where: { $0 < token && ["VBD", "VBZ", "VBP"].contains(tag($0).penn) }) {
                return true
            }
            if let governor = governingVerb(before: phrase.tokens.lowerBound), EventLexicon.cancellingVerbs.contains(lemma(governor)),
                tag(phrase.head).penn == "VBG" || tag(phrase.head).penn == "VB"
            {
                return true
            }
        case .noun:
            // `in response to Israeli air strikes on Khan Younis`: the cause the sentence gives, an event told elsewhere.
            if case .preposition(let preposition, let governor?)? = link(of: index), ["to", "for"].contains(preposition),
                self.phrase(governor).kind == .noun, EventLexicon.reasons.contains(lemma(self.phrase(governor).head))
            {
                return true
            }
            // `ahead of a rally planned for Saturday`: an event still to come.
            let start = phrase.tokens.lowerBound
            if start - 2 >= span.lowerBound, lemma(start - 1) == "of", lemma(start - 2) == "ahead" { return true }
            // `a heightened risk of terrorist attacks`, `the threat of an offensive`: what may happen, not what did.
            if case .preposition("of", let governor?)? = link(of: index), self.phrase(governor).kind == .noun,
                EventLexicon.possibilityNouns.contains(lemma(self.phrase(governor).head))
            {
                return true
            }
            // A modifier (`arrest warrant`, `attack helicopter`) names a thing, not an event.
            if phrase.head != token, EventLexicon.nouns[lemma(phrase.head)] == nil { return true }
            // The chunker may leave the phrase's first modifiers out of it (`of possible further attacks`): read them too.
            let modifiers = leadingModifiers(before: phrase.tokens.lowerBound)
            if phrase.tokens.contains(where: { EventLexicon.cancellingModifiers.contains(lemma($0)) && $0 < token })
                || modifiers.contains(where: { EventLexicon.cancellingModifiers.contains(lemma($0)) })
            {
                return true
            }
            // `earlier rounds of demonstrations`, `repeated waves of attacks`: the noun counting them says what `earlier`
            // or `repeated` would say of the events themselves.
            if case .preposition("of", let governor?)? = link(of: index), self.phrase(governor).kind == .noun {
                let counting = self.phrase(governor)
                let said = Array(leadingModifiers(before: counting.tokens.lowerBound)) + counting.tokens.filter { $0 < counting.head }
                // (`earlier` by its form: its lemma is `early`, as in `early Sunday`.)
                if said.contains(where: { modifier in
                    [lemma(modifier), text(modifier).lowercased()].contains { EventLexicon.cancellingModifiers.contains($0) || EventLexicon.habitualModifiers.contains($0) }
                }) {
                    return true
                }
            }
            // `repeated attacks`, `frequent kidnappings`: a pattern, not an event.
            if phrase.tokens.contains(where: {
                $0 < token && (EventLexicon.habitualModifiers.contains(lemma($0)) || EventLexicon.habitualModifiers.contains(text($0).lowercased()))
            }) {
                return true
            }
            // A bare plural (`kidnappings by armed groups are common`) is generic unless the sentence tells of the past.
            if isBarePlural(token, phrase: phrase), !hasPastVerb() { return true }
            // The object of `denied`, `threatened`, `warned of`, `prevented`.
            if let governor = governingVerb(before: phrase.tokens.lowerBound), EventLexicon.cancellingVerbs.contains(lemma(governor)) {
                let between = (governor + 1)..<modifiers.lowerBound
                if between.count <= 2 { return true }
            }
            // The subject of a negated or hypothetical verb (`raids on the camp have not been rare`).
            if let next = verbAfter(index), next.isNegated || next.modal != nil || next.tense == .future { return true }
            if let verb = governingVerb(before: phrase.tokens.lowerBound), phrase.tokens.lowerBound - verb <= 3 {
                let group = self.phrase(of: verb).map { self.phrase($0) }
                if let group, group.isNegated || group.modal != nil || group.tense == .future { return true }
            }
        case .prepositional:
            break
        }
        return false
    }

    /// The adjectives, adverbs and determiners right before token `start` in its clause, which modify the phrase
    /// that starts there even when the chunker left them out of it.
    func leadingModifiers(before start: Int) -> Range<Int> {
        var first = start
        while first - 1 >= span.lowerBound, [.adj, .adv, .det].contains(tag(first - 1).universal) { first -= 1 }
        return first..<start
    }

    /// Whether the trigger is an evacuation to a place of care (`the wounded were evacuated to the hospital in X`):
    /// the hurt taken for treatment after an event, not people moved away from a place.
    func isCare(_ token: Int, phrase index: Int) -> Bool {
        guard EventLexicon.verbs[lemma(token)] == .fixed(.other) || EventLexicon.nouns[lemma(token)] == .fixed(.other) else { return false }
        return (summary.prepositions[index] ?? []).contains { preposition in
            lemma(phrase(preposition).head) == "to" && phrase(preposition).object.map { EventLexicon.carePlaces.contains(lemma(phrase($0).head)) } ?? false
        }
    }

    /// Whether a noun phrase's words measure time or distance (`Sunday`, `10 kilometres`, `all night`): no object of a verb.
    static func namesTimeOrDistance(_ words: [String]) -> Bool {
        words.contains { WordLists.weekdayWords.contains($0) || WordLists.monthWords.contains($0) || EventLexicon.spans.contains($0) }
    }

    /// Whether the trigger is named in a charge (`found the men guilty of murder, rape and persecution`, `charged with
    /// kidnapping`): the object of `of`, `with` or `for` after a word of accusation or judgement, across the list it stands in.
    func isCharge(_ token: Int) -> Bool {
        var at = token - 1
        while at > span.lowerBound, tag(at).universal.isNominal || [.adj, .det, .cconj, .num].contains(tag(at).universal) || text(at) == "," {
            at -= 1
        }
        guard at > span.lowerBound, ["of", "with", "for"].contains(lemma(at)) else { return false }
        return EventLexicon.charges.contains(lemma(at - 1).lowercased())
    }

    /// The verb group a noun phrase is the subject of: the one right after it, or after the
    /// prepositional phrases that complete it (`raids on the camp and shelling have not been`).
    func verbAfter(_ index: Int) -> Phrase? { verbIndexAfter(index).map { phrase($0) } }

    /// The index of the verb group ``verbAfter(_:)`` finds.
    func verbIndexAfter(_ index: Int) -> Int? {
        var next = index + 1
        while phrases.contains(next), next - index <= 10 {
            let phrase = phrase(next)
            if phrase.kind == .verb { return next }
            if isClauseBreak(phrase.tokens.lowerBound) { return nil }
            next += 1
            // Only a chain of noun and prepositional phrases may stand between.
            if phrase.tokens.upperBound < span.upperBound, tag(phrase.tokens.upperBound).universal == .punct { return nil }
        }
        return nil
    }

    /// Whether a noun phrase is definite (`the attack`, `this strike`, `its offensive`): it refers to an event already told.
    func isDefinite(_ index: Int) -> Bool {
        let phrase = phrase(index)
        guard let first = phrase.tokens.first else { return false }
        return ["the", "this", "that", "these", "those"].contains(lemma(first)) || tag(first).penn == "PRP$" || tag(first).penn == "POS"
            || phrase.tokens.contains { tag($0).penn == "POS" }
    }

    /// The verb an infinitive at `to` complements: one in its own group, else the verb right before it (`urged
    /// demonstrators to march`), else, for an infinitive joined to an earlier one (`to march on X and to gather in Y`), that one's.
    func infinitiveGovernor(_ to: Int, phrase: Phrase) -> Int? {
        if let found = (phrase.tokens.lowerBound..<to).last(where: { tag($0).universal.isVerbal })
            ?? governingVerb(before: phrase.tokens.lowerBound)
        {
            return found
        }
        guard to - 1 > span.lowerBound, ["and", "or"].contains(lemma(to - 1)),
            let earlier = (span.lowerBound..<(to - 1)).last(where: { tag($0).penn == "TO" && $0 + 1 < span.upperBound && tag($0 + 1).penn == "VB" }),
            let group = self.phrase(of: earlier + 1), self.phrase(group).kind == .verb
        else { return nil }
        return infinitiveGovernor(earlier, phrase: self.phrase(group))
    }

    /// The head of the verb group right before `start` in its clause.
    func governingVerb(before start: Int) -> Int? {
        var token = start - 1
        while token >= span.lowerBound, start - token <= 4 {
            if isClauseBreak(token) { return nil }
            if let index = phrase(of: token), phrase(index).kind == .verb { return phrase(index).head }
            token -= 1
        }
        return nil
    }
}
