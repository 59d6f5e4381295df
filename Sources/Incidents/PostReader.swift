import Geo
import Language
import Timeline
import Foundation

let debugEvents = ProcessInfo.processInfo.environment["TIMELINE_DEBUG_EVENTS"] != nil

/// Reads one post sentence by sentence, keeping the incidents found so far (rules in ``IncidentExtractor``).
struct PostReader {
    let post: Post
    let sentences: [Sentence]
    let annotated: AnnotatedText
    /// The place mentions of the post: the geoparser's, and names the grammar puts in a place role.
    let mentions: [PlaceMention]
    /// The annotated tokens of each mention.
    let mentionTokens: [Range<Int>]
    let gazetteer: Gazetteer
    let postFlags: [String]
    /// Every word of the post, headline first, where a short agency name may be spelled out.
    let postWords: [ReaderToken]
    /// Sentences to read for events (not the headline, not background paragraphs).
    let eventSentences: Set<Int>
    var incidents: [Incident] = []
    /// Sentences telling an event no place could be found for anywhere in the post.
    var unplaced: [String] = []
    /// Events read with no place of their own, placed when the post is finished.
    var pending: [Report] = []
    /// Each sentence's times, scanned once per anchor.
    let timeCache = TimeCache()
    /// The kind and paragraph of the last event told (placed or not), which a toll alone belongs to.
    var lastEvent: (kind: EventKind, paragraph: Int)?
    /// Whether the last event told was told as having happened (`will hold a rally` was not).
    var lastEventAsserted = true
    /// Whether the last event told was dated long before the report (`the June 5, 2022 attack`): history.
    var lastEventIsHistory = false
    /// The events of the last sentence that told any, by kind, with whether each was told as having happened and
    /// whether it is history: `The strikes hit the market` after a sentence telling of air strikes today and a
    /// bombardment stepped up in April is of the strikes, not of the last event told.
    var lastSentenceEvents: (sentence: Int, told: [EventKind: (asserted: Bool, isHistory: Bool)])?
    /// The time of the last event dated in its own sentence, and that sentence.
    var lastDated: (time: EventTime, sentence: Int)?
    /// For each sentence read (by its first scalar), the time of the last event dated before it: the story's time so far.
    var storyTime: [Int: EventTime] = [:]
    /// Where the dateline ends (`KYIV, Sept 5 (Reuters) -`), in scalars: a date in it is the filing's, not an event's.
    var datelineEnd: Int?
    /// The paragraph each incident was last reported in, to keep place-less sentences near it.
    var incidentParagraphs: [Int] = []
    /// Each sentence's grammar, event clauses and place roles, found in one pass before any incident is made.
    var readings: [SentenceReading] = []

    struct SentenceReading {
        var grammar: SentenceGrammar
        var clauses: [EventClause]
        /// Mentions of the sentence (indices into `mentions`) with their roles.
        var places: [(mention: Int, role: PlaceRole)]
        /// Kinds of events the sentence tells as not having happened (`will hold a rally`).
        var cancelledKinds: Set<EventKind> = []
    }

    init(
        post: Post, sentences: [Sentence], annotated: AnnotatedText, mentions: [PlaceMention], mentionTokens: [Range<Int>],
        gazetteer: Gazetteer, postFlags: [String], postWords: [ReaderToken], eventSentences: Set<Int>
    ) {
        self.post = post
        self.sentences = sentences
        self.annotated = annotated
        self.gazetteer = gazetteer
        self.postFlags = postFlags
        self.postWords = postWords
        self.eventSentences = eventSentences
        var readings: [SentenceReading] = []
        for sentence in sentences {
            let grammar = SentenceGrammar(annotated: annotated, span: sentence.tokenSpan, phrases: sentence.phraseSpan)
            readings.append(SentenceReading(grammar: grammar, clauses: [], places: []))
        }
        // The weapon a sentence's events used when the sentence names none free of another event: the
        // first named in another sentence of the paragraph (`Six were killed in Kharkiv. A missile hit ...`),
        // else in a sentence of the post before it (`a missile strike on Kharkiv` ... `a fire at a factory`).
        // A weapon of a later paragraph (`rockets launched for months`) is no antecedent.
        let sentenceWeapons = readings.map { $0.grammar.weapon(in: Array($0.grammar.span)) }
        // The first two sentences of each paragraph that name a weapon: the first other than a sentence is one of them.
        var armed: [Int: [Int]] = [:]
        for (index, sentence) in sentences.enumerated() where sentenceWeapons[index] != nil && armed[sentence.paragraph, default: []].count < 2 {
            armed[sentence.paragraph, default: []].append(index)
        }
        var contextWeapons: [EventLexicon.Weapon?] = []
        var postWeapon: EventLexicon.Weapon?
        for (index, sentence) in sentences.enumerated() {
            let other = armed[sentence.paragraph]?.first { $0 != index }
            contextWeapons.append(other.flatMap { sentenceWeapons[$0] } ?? postWeapon)
            if postWeapon == nil { postWeapon = sentenceWeapons[index] }
        }
        var mentions = mentions, mentionTokens = mentionTokens
        let country = Self.mainCountry(mentions)
        // The regions the post's places lie in: a name looked up below is taken there first (a village
        // in a story about one province is that province's, not a namesake's in another).
        let regions = Set(mentions.compactMap { $0.role == .location ? $0.place?.admin1Code : nil })
        // Points of the post's places finer than a country (a large country's point says little about its towns).
        let placed = mentions.compactMap { $0.role == .location && $0.place?.kind != .country ? $0.place?.coordinate : nil }
        func lookUp(_ text: String) -> Place? {
            let lookup = gazetteer.resolve(text, countryCode: country, suggestions: false)
            if let found = lookup.candidates.first(where: { $0.admin1Code.map(regions.contains) ?? false }) ?? lookup.best { return found }
            // Outside the story's country, a name the recognizer was unsure of is taken only near the story's places
            // (a town across a border), never at a namesake on another continent (`the Valley` in a story about Nepal).
            guard let abroad = gazetteer.resolve(text, suggestions: false).best else { return nil }
            return country == nil || placed.isEmpty || placed.contains { $0.distance(to: abroad.coordinate) <= Self.abroadReach } ? abroad : nil
        }
        var civilianParagraphs = Set<Int>()
        for (index, sentence) in sentences.enumerated() where readings[index].grammar.hasCivilianVictims() {
            civilianParagraphs.insert(sentence.paragraph)
        }
        // Mentions are in text order, as sentences are: each sentence's are a run found by a cursor, never a search of them all.
        var cursor = 0
        func run(of span: Range<Int>) -> Range<Int> {
            while cursor < mentionTokens.count, mentionTokens[cursor].lowerBound < span.lowerBound { cursor += 1 }
            var end = cursor
            while end < mentionTokens.count, mentionTokens[end].lowerBound < span.upperBound { end += 1 }
            return cursor..<end
        }
        /// Puts a mention of `place` over tokens `name` of `sentence`, in text order, in place of the mentions it
        /// overlaps that `replaces` picks.
        func insert(_ name: Range<Int>, of sentence: Sentence, text: String, place: Place?, precision: LocationPrecision,
                    replacing replaces: (PlaceMention) -> Bool) {
            let range = (annotated.tokens[name.lowerBound].scalarsStart + sentence.shift)..<(annotated.tokens[name.upperBound - 1].scalarsEnd + sentence.shift)
            for stale in run(of: sentence.tokenSpan).reversed() where replaces(mentions[stale]) && mentionTokens[stale].overlaps(name) {
                mentions.remove(at: stale)
                mentionTokens.remove(at: stale)
            }
            let slice = run(of: sentence.tokenSpan)
            let at = slice.first { mentions[$0].range.lowerBound > range.lowerBound } ?? slice.upperBound
            mentions.insert(PlaceMention(range: range, text: text, role: .location, place: place, precision: precision, score: 0.5, alternatives: []), at: at)
            mentionTokens.insert(name, at: at)
        }
        for (index, sentence) in sentences.enumerated() {
            var grammar = readings[index].grammar
            let clauses = eventSentences.contains(index)
                ? grammar.triggers(
                    weapon: { grammar.nearestWeapon(to: $0) ?? contextWeapons[index] },
                    civiliansInParagraph: civilianParagraphs.contains(sentence.paragraph),
                    cancelled: &readings[index].cancelledKinds)
                : []
            // Names in a place role that no resolved mention covers are looked up in the gazetteer;
            // one found replaces the unresolved pieces it spans (`Majd` `Kurūm` -> `Majd el Kurūm`).
            let covered = Set(run(of: sentence.tokenSpan).filter { mentions[$0].place != nil }.flatMap { mentionTokens[$0] })
            for found in grammar.namesInPlaceRoles(of: clauses, covered: covered) {
                var name = found.tokens
                var place = found.isFacilityTown ? nil : lookUp(String(annotated.text(of: name)))
                // `Salin Township, Magway Region`: a namesake outside the region the text puts the name in is another place;
                // so is one the geoparser refused as a village of another region than the story's (unless found in one of the story's).
                let refused = run(of: sentence.tokenSpan).filter { mentions[$0].place == nil && mentionTokens[$0].overlaps(name) }
                if let namesake = place,
                    refused.contains(where: { mentions[$0].container.map { !Self.holds($0, namesake) } ?? false })
                        || refused.contains(where: { mentions[$0].unresolvedReason == .namesakeElsewhere })
                            && !(namesake.admin1Code.map(regions.contains) ?? false)
                        || refused.contains(where: { mentions[$0].unresolvedReason == .namesakeAbroad })
                            && namesake.countryCode != country
                {
                    place = nil
                }
                // A facility's name (`Rajshahi College`, `the Kharkiv Tractor Plant`) gives its town by its first word.
                // Only a facility's: the first word of a village's name (`Ban` of `Ban Na Khem`) is no town of its own.
                let namesFacility = name.count > 1 && WordLists.facilityNouns.contains(annotated.lemma(of: name.upperBound - 1).lowercased())
                if place == nil, found.isFacilityTown || namesFacility {
                    name = name.lowerBound..<(name.lowerBound + 1)
                    place = Self.facilityTown(String(annotated.text(of: name)), country: country, in: gazetteer)
                }
                // A facility in no known town (`Sadiwa Hospital was struck`) is kept as written, to stand in its container.
                if place == nil, let facility = found.facility { name = facility }
                guard place != nil || found.facility != nil else { continue }
                let precision = place.map { LocationPrecision(namedPlace: $0.kind) } ?? .exactPlace
                insert(name, of: sentence, text: String(annotated.text(of: name)), place: place, precision: precision) { $0.place == nil }
            }
            // `In the capital, residents lynched ...`: the capital the phrase names stands as a place of its own.
            let resolved = run(of: sentence.tokenSpan).compactMap { at in mentions[at].place.map { (tokens: mentionTokens[at], place: $0) } }
            for (name, capital) in Self.capitalReferences(in: sentence.tokenSpan, annotated: annotated, gazetteer: gazetteer, places: resolved, country: country)
            where !run(of: sentence.tokenSpan).contains(where: { mentionTokens[$0].overlaps(name) && mentions[$0].place?.kind != .country }) {
                insert(name, of: sentence, text: capital.name, place: capital, precision: .exactPlace) { _ in true }
            }
            let own = run(of: sentence.tokenSpan)
            for mention in own where mentions[mention].role == .location {
                grammar.placeTokens.formUnion(mentionTokens[mention])
                if mentions[mention].place?.kind == .water || mentions[mention].precision == .water {
                    grammar.waterTokens.formUnion(mentionTokens[mention])
                }
                if let kind = mentions[mention].place?.kind, [.country, .firstOrderDivision, .continent, .macroRegion].contains(kind) {
                    grammar.containerTokens.formUnion(mentionTokens[mention])
                }
            }
            readings[index].grammar = grammar
            // A one-word name read as an adjective (`Lebanese`, `Kurdish` resolved to a place) names who acted, not
            // where; it stays only as a place the paragraph is about, for an event nothing else places.
            let places = own.filter { mentions[$0].role == .location }
                .map { mention -> (Int, PlaceRole) in
                    let tokens = mentionTokens[mention]
                    if tokens.count == 1, annotated.tags[tokens.lowerBound].universal == .adj { return (mention, .unattached) }
                    return (mention, grammar.role(ofPlaceAt: tokens.lowerBound, clauses: clauses))
                }
            readings[index].clauses = clauses
            readings[index].places = places
            if debugEvents, !clauses.isEmpty || !places.isEmpty {
                var line = "S\(index) p\(sentence.paragraph): "
                line += clauses.map { "\($0.kind)@\(grammar.text($0.trigger.lowerBound))" }.joined(separator: ", ")
                line += " | " + places.map { "\(mentions[$0.0].text)=\($0.1)" }.joined(separator: ", ")
                let counts = CountReader.read(sentence.tokens)
                let phrased = grammar.casualties()
                line += " | grammar \(phrased.killed.map(String.init) ?? "-")/\(phrased.injured.map(String.init) ?? "-")"
                line += " | killed \(counts.fatalities.map { String($0.value) } ?? "-") injured \(counts.injured.map { String($0.value) } ?? "-")"
                FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
            }
        }
        self.readings = readings
        self.mentions = mentions
        self.mentionTokens = mentionTokens
        if let (index, _) = dateline() {
            let span = sentences[index].tokenSpan
            // `KYIV, Sept 5 (Reuters) -` ends at its dash; `Jalalabad, Mar 4 (PTI) Two policemen ...` at the agency's bracket.
            // A hyphen inside a name (`PORT-AU-PRINCE, Haiti (AP) —`) is no dash: the dash stands apart.
            let dash = span.prefix(12).first {
                let text = annotated.text(of: $0)
                return ["—", "–", "--"].contains(text) || (text == "-" && annotated.tokens[$0].gapBefore != .none)
            }
                ?? span.prefix(12).first { self.readings[index].grammar.isBracket($0, opening: false) }
            datelineEnd = dash.map { annotated.tokens[$0].scalarsEnd + sentences[index].shift }
            // The dateline's place is where the story was filed, not where its events happened.
            if let end = dash {
                for (at, entry) in self.readings[index].places.enumerated() where self.mentionTokens[entry.mention].upperBound <= end {
                    self.readings[index].places[at].role = .notEventPlace
                }
            }
        }
    }

    /// Whether `outer` holds `inner`: a country or division by the codes the gazetteer gives both, a town within `townReach`.
    static func holds(_ outer: Place, _ inner: Place) -> Bool {
        guard outer.countryCode == inner.countryCode else { return false }
        switch outer.kind {
        case .firstOrderDivision, .secondOrderDivision: return outer.admin1Code == nil || outer.admin1Code == inner.admin1Code
        case .populatedPlace, .capital, .seat: return outer.coordinate.distance(to: inner.coordinate) <= townReach
        default: return true
        }
    }

    /// How far from a town a place said to lie in or by it may be, in kilometres (`the city's X district`, `X, near Y`).
    static let townReach = 100.0

    /// How far from the story's places a name resolved outside the story's country may lie, in kilometres.
    static let abroadReach = Geoparser.abroadReach

    /// The country most of the post's resolved places are in: where an unsure name is looked up first.
    static func mainCountry(_ mentions: [PlaceMention]) -> String? {
        var counts: [String: Int] = [:]
        for mention in mentions where mention.role == .location { if let code = mention.place?.countryCode { counts[code, default: 0] += 1 } }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// How long before its report an event is history, not news (31 days, in seconds).
    static let backgroundAge: Int64 = 31 * 86_400

    /// What one sentence tells of one event: its kind and everything but the place.
    struct Report {
        var kind: EventKind
        var sentence: Int
        var trigger: Int
        var counts: CasualtyCounts
        var sources: [String]
        var actors: [String]
        var evidence: Evidence
        /// Whether the sentence asserts the event happened (see ``EventClause/isAsserted``).
        var isAsserted: Bool
    }

    mutating func read(sentence index: Int) {
        let sentence = sentences[index]
        let reading = readings[index]
        if let lastDated, lastDated.sentence < index { storyTime[sentence.range.lowerBound] = lastDated.time }
        var counts = casualties(in: index)
        let evidence = Evidence(post: post.index, range: sentence.range, excerpt: sentence.text)
        /// The last event told before this sentence, and whether it was history.
        let before = lastEvent.map { (kind: $0.kind, paragraph: $0.paragraph, isHistory: lastEventIsHistory) }
        guard !reading.clauses.isEmpty else {
            addToll(counts, of: index, evidence: evidence)
            noteOpeningTime(of: index)
            return
        }
        // `At least 14 leaders have been killed in the department so far this year`: a tally told only by its outcome is
        // no event and adds no toll to the event before it.
        if reading.clauses.allSatisfy(\.isOutcome), reading.grammar.countsOverPeriod {
            noteOpeningTime(of: index)
            return
        }
        // `One militant was killed, ... while the army said it had arrested three suspects`: arrests and other
        // strategic developments take no casualties; the figures are the toll of the violent event told before.
        // That nobody was hurt (`arrested ten people without casualties`) is said of the sentence's own event.
        if (counts.fatalities?.value ?? 0) > 0 || (counts.injured?.value ?? 0) > 0,
           !reading.clauses.contains(where: { $0.kind.family.isViolent }),
           addToll(counts, of: index, evidence: evidence, violentOnly: true)
        {
            counts.fatalities = nil
            counts.injured = nil
        }
        // A toll alone (`Four were killed in Kano, two in Jos`) is of the event told just before.
        var clauses = reading.clauses
        // Not when the sentence names its own weapon (`three people were injured when a man hurled a grenade`).
        if clauses.allSatisfy(\.isOutcome), reading.grammar.summary.weapons.isEmpty, let last = lastEvent, sentence.paragraph - last.paragraph <= 1 {
            for index in clauses.indices { clauses[index].kind = last.kind }
        }
        // `The attacks happened at Mbelleko village`: a definite reference to an event told before is of its kind.
        if let last = lastEvent {
            for index in clauses.indices where clauses[index].isReference && clauses[index].isGeneric && last.kind.family.isViolent
                && lastSentenceEvents?.told[clauses[index].kind] == nil
            {
                clauses[index].kind = last.kind
            }
        }
        // `The incident occurred ...`: a word that names no kind is of the event told before it, and with none, no event.
        for index in clauses.indices where clauses[index].isAnaphor { if let last = lastEvent { clauses[index].kind = last.kind } }
        // One event per family in a sentence; its places are those attached to any of its clauses.
        var families: [(kind: EventKind, places: [Int], trigger: Int, asserted: Bool)] = []
        /// Whether the sentence tells of people killed or hurt: what struck them was not intercepted.
        let struck = (counts.fatalities?.value ?? 0) + (counts.injured?.value ?? 0) > 0
        /// Whether each family's first clause names its kind itself (`artillery`, `drone strike`), not through a fallback.
        var namedKind: [Bool] = []
        for (at, clause) in clauses.enumerated() where !(clause.isAnaphor && lastEvent == nil) {
            let attached = reading.places.filter { $0.role == .event(at) }.map(\.mention)
            // `A drone strike on X killed two, hours after artillery pounded Y`: two kinds of remote violence, each named by
            // its own word or weapon and with places of its own, are two events.
            let named = clause.kind.family == .remoteViolence && (clause.hasOwnWeapon || !clause.isGeneric)
            let apart = { (index: Int) in
                families[index].kind != clause.kind && named && namedKind[index] && !clause.isOutcome && !attached.isEmpty
                    && !families[index].places.isEmpty && Set(attached).isDisjoint(with: families[index].places)
            }
            if let known = families.indices.first(where: { families[$0].kind.family == clause.kind.family && !apart($0) }) {
                // An interception explains what became of an attack, unless the sentence's toll says the weapon struck
                // (`shelling killed a man in X, as Moscow reported shooting down drones`): then the strike is what happened.
                let current = families[known].kind
                if struck, clause.kind == .disruptedWeaponsUse || current == .disruptedWeaponsUse {
                    if current == .disruptedWeaponsUse { families[known].kind = clause.kind }
                } else if clause.kind.specificity > current.specificity {
                    families[known].kind = clause.kind
                }
                // `attacked a school and abducted many students`: with no one killed, the abduction is what happened.
                if clause.kind == .abduction, families[known].kind == .attack, (counts.fatalities?.value ?? 0) == 0 {
                    families[known].kind = .abduction
                }
                families[known].places += attached.filter { !families[known].places.contains($0) }
                families[known].asserted = families[known].asserted || clause.isAsserted
            } else {
                families.append((clause.kind, attached, clause.trigger.lowerBound, clause.isAsserted))
                namedKind.append(named)
            }
        }
        // `the rally` after `will hold a rally`: a definite reference to an event told as not having happened is none either.
        var historyTolls: [Int] = []
        for family in families.indices {
            let own = clauses.filter { $0.kind.family == families[family].kind.family }
            // `... where more than 100 worshippers died` after `The Easter Sunday attacks of 2019 killed 269 people`: a toll
            // with no time of its own, told just after history, is that history's.
            if !own.isEmpty, own.allSatisfy(\.isOutcome), lastEventIsHistory, let last = lastEvent, sentence.paragraph - last.paragraph <= 1,
                let zone = mentions.lazy.compactMap(\.place).first,
                time(in: sentence, at: annotated.tokens[families[family].trigger].scalarsStart + sentence.shift, place: zone)?.text == nil
            {
                historyTolls.append(family)
                continue
            }
            guard !own.isEmpty, own.allSatisfy(\.isReference) else { continue }
            let toldAsNotHappened = readings[..<index].contains { $0.cancelledKinds.contains { $0.family == families[family].kind.family } }
            // `The attack killed 41 people` after `the trial over the June 5, 2022 attack`: a reference to history is history.
            let referent = lastSentenceEvents?.told[families[family].kind]
            let referentNotHappened = referent.map { !$0.asserted || $0.isHistory }
                ?? (lastEvent.map { $0.kind.family == families[family].kind.family && (!lastEventAsserted || lastEventIsHistory) } ?? false)
            if referentNotHappened
                || (toldAsNotHappened && lastEvent?.kind.family != families[family].kind.family)
            {
                families[family].asserted = false
            }
        }
        for family in historyTolls.reversed() { families.remove(at: family) }
        // `Gunmen exchanged fire with soldiers who raided a village`: a raid met with fire, with no civilian
        // victim named, is the fight, not an attack on civilians besides it.
        if let battle = families.firstIndex(where: { $0.kind == .armedClash }), !reading.grammar.hasCivilianVictims() {
            for attack in families where attack.kind == .attack {
                families[battle].places += attack.places.filter { !families[battle].places.contains($0) }
                families[battle].asserted = families[battle].asserted || attack.asserted
            }
            families.removeAll { $0.kind == .attack }
        }
        // Burning and looting in an attack, a battle or a riot are part of it, not an event of their own: its places are the violence's.
        if let violent = families.firstIndex(where: { $0.kind.family.isViolent }) {
            for looting in families where looting.kind == .looting {
                families[violent].places += looting.places.filter { !families[violent].places.contains($0) }
                families[violent].asserted = families[violent].asserted || looting.asserted
            }
            families.removeAll { $0.kind == .looting }
        }
        // `Rangers opened fire on demonstrators`: violence against a protest the sentence tells of is the force used on it.
        if let force = families.firstIndex(where: { $0.kind == .excessiveForce }) {
            let onProtesters = { (kind: EventKind) in kind.family == .battle || kind.family == .violenceAgainstCivilians }
            for violent in families where onProtesters(violent.kind) {
                families[force].places += violent.places.filter { !families[force].places.contains($0) }
                families[force].asserted = families[force].asserted || violent.asserted
            }
            families.removeAll { onProtesters($0.kind) }
        }
        let attribution = AttributionReader.read(sentence.tokens).map { AttributionReader.expandAbbreviations($0, using: postWords) }
        let actors = ActorReader.actors(in: sentence.tokens)
        // Of two events of one family told apart in the sentence, the toll is the one's whose trigger comes last before
        // the first word of harm (`... drone strike ... killed two, hours after artillery pounded Y`).
        var withoutToll = Set<Int>()
        if let harm = sentence.tokenSpan.first(where: { EventLexicon.harm.contains(annotated.lemma(of: $0).lowercased()) }) {
            for family in Set(families.map(\.kind.family)) {
                let group = families.indices.filter { families[$0].kind.family == family }
                guard group.count > 1 else { continue }
                let owner = group.last { families[$0].trigger < harm } ?? group[0]
                withoutToll.formUnion(group.filter { $0 != owner })
            }
        }
        for (familyIndex, family) in families.enumerated() {
            // `The raids came days after fighters stormed a post in X, killing 16 soldiers`: an event told before, named
            // again with no place, has no part in the toll of the new event the sentence places.
            let ownClauses = clauses.filter { $0.kind.family == family.kind.family }
            let retold = !ownClauses.isEmpty && ownClauses.allSatisfy(\.isReference) && family.places.isEmpty
                && families.contains { $0.kind.family != family.kind.family && !$0.places.isEmpty }
            let report = Report(
                kind: family.kind, sentence: index, trigger: family.trigger,
                counts: retold || withoutToll.contains(familyIndex) ? CasualtyCounts() : counts,
                sources: attribution.map { [$0.text] } ?? [], actors: actors, evidence: evidence,
                isAsserted: family.asserted)
            if !clauses.allSatisfy(\.isOutcome) {
                lastEvent = (family.kind, sentence.paragraph)
                lastEventAsserted = family.asserted
                lastEventIsHistory = mentions.lazy.compactMap(\.place).first.flatMap { zone in
                    time(in: sentence, at: annotated.tokens[family.trigger].scalarsStart + sentence.shift, place: zone)
                }.map(isHistory) ?? false
                if lastSentenceEvents?.sentence != index { lastSentenceEvents = (index, [:]) }
                lastSentenceEvents?.told[family.kind] = (family.asserted, lastEventIsHistory)
            }
            let placed = placements(of: family.places, in: index)
            if debugEvents {
                let line = "read S\(index) \(family.kind): places \(family.places.map { mentions[$0].text }) placed \(placed.map(\.text)) asserted \(report.isAsserted) counts \(report.counts.fatalities?.value ?? -1)\n"
                FileHandle.standardError.write(line.data(using: .utf8)!)
            }
            if placed.isEmpty {
                // An event told as not having happened (`the offensive it would launch`) adds nothing to one that did.
                if report.isAsserted, let target = continued(family, in: reading, paragraph: sentence.paragraph),
                    !interceptsApart(report.kind, from: target)
                {
                    // A back-reference (`the attack`) or a toll (`six were killed`) adds to the event; it does not retell it.
                    let retells = reading.clauses.contains { $0.kind.family == family.kind.family && !$0.isOutcome && !$0.isReference }
                    add(report, to: target, keepingKind: !retells)
                } else if report.isAsserted {
                    // `... for the November 2018 attack on a camp in Alindao. More than 100 civilians were killed when fighters
                    // stormed the camp`: violence with neither place nor time of its own, told right after violent history, tells it on.
                    if let before, before.isHistory, before.kind.family.isViolent, family.kind.family.isViolent,
                        sentence.paragraph - before.paragraph <= 1,
                        mentions.lazy.compactMap(\.place).first.flatMap({ zone in
                            time(in: sentence, at: annotated.tokens[report.trigger].scalarsStart + sentence.shift, place: zone)
                        })?.text == nil
                    {
                        continue
                    }
                    pending.append(report)
                    // Its date still sets the story's time for the sentences after it.
                    if let zone = mentions.lazy.compactMap(\.place).first,
                        let own = time(in: sentence, at: annotated.tokens[report.trigger].scalarsStart + sentence.shift, place: zone), own.text != nil,
                        !isHistory(own)
                    {
                        lastDated = (own, index)
                    }
                }
                continue
            }
            // `The incident happened early on Sunday in Tonkoro district`, `The death toll from the Dnipro strike has risen`:
            // a sentence pointing back (by an anaphor, or a definite event noun its place modifies) says where and when.
            let placeEnds = Set(family.places.map { mentionTokens[$0].upperBound })
            let namesItsPlace = { (clause: EventClause) in clause.isReference && placeEnds.contains(clause.trigger.lowerBound) }
            let pointsBack = clauses.contains { $0.kind.family == family.kind.family && ($0.isAnaphor || namesItsPlace($0)) }
                && !clauses.contains { $0.kind.family == family.kind.family && !$0.isAnaphor && !namesItsPlace($0) && !$0.isOutcome }
            if pointsBack, placed.count == 1, let target = continued(family, in: reading, paragraph: sentence.paragraph),
                refine(target, with: report, at: placed[0])
            {
                continue
            }
            // `Four were killed in Kano, two in Jos and one in Maiduguri`: each place its own toll.
            let tolls = placed.count >= 2 ? perPlaceTolls(family.places) : nil
            for placement in placed {
                var told = report
                if let tolls, let mention = family.places.first(where: { mentions[$0].text == placement.text }), let value = tolls.values[mention] {
                    if tolls.injured { told.counts.injured = Count(value) } else { told.counts.fatalities = Count(value) }
                }
                record(told, at: placement)
            }
        }
    }
}

func unique(_ strings: [String]) -> [String] {
    var seen = Set<String>()
    return strings.filter { seen.insert($0).inserted }
}
