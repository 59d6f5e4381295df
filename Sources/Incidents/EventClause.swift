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
            // `Separately, shelling damaged a school`: a gerund the tagger read as a verb still names its weapon.
            if [.noun, .adj, .propn].contains(tag.universal) || tag.penn == "VBG", let weapon = weaponNamed(at: token), !isTakenGoods(token) {
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
        if let holding, let relative = (span.lowerBound..<phrase(holding).tokens.lowerBound).last(where: { ["WDT", "WP"].contains(tag($0).penn) }),
            !phrases.contains(where: { $0 != holding && phrase($0).kind == .verb && [.past, .present].contains(phrase($0).tense)
                && (relative + 1..<phrase(holding).tokens.lowerBound).contains(phrase($0).tokens.lowerBound) })
        {
            summary.ongoingFrom = relative
        } else if let holding, let comma = (span.lowerBound..<phrase(holding).tokens.lowerBound).last(where: { text($0) == "," }),
            !phrases.contains(where: { $0 != holding && phrase($0).kind == .verb && (comma..<phrase(holding).tokens.lowerBound).contains(phrase($0).tokens.lowerBound) }),
            phrases.contains(where: { $0 != holding && phrase($0).kind == .verb && (phrase($0).tense == .past || phrase($0).isPerfect)
                && !isReporting($0) && phrase($0).tokens.upperBound <= comma })
        {
            // `Malian troops took control of Kidal on Tuesday, the first time government forces have held the town since
            // 2014`: a state told after a comma that closes a clause with a past event of its own is that phrase's. The
            // event may be told in the perfect too (`soldiers had retaken X on Wednesday, the biggest town militants had controlled since`).
            summary.ongoingFrom = comma
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
