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
    /// The country most of the post's located mentions lie in (``mainCountry(_:)``), read once.
    let mainCountryCode: String?
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
    /// The sides of a clash each incident's dead were counted on: none known, one, or both (its toll then their sum).
    var incidentKilledSides: [Set<CombatSide>] = []
    /// Each sentence's grammar, event clauses and place roles, found in one pass before any incident is made.
    var readings: [SentenceReading] = []
    /// The dateline's mention when the post was filed from abroad (``foreignDateline()``), set once the readings are.
    private(set) var foreignDatelineMention: Int?

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
        // A weapon of another paragraph is not one of a new event (no reference to one told) in a sentence that names a region
        // that paragraph does not (`an airstrike on a house in Rafah` ... `shot dead during a raid on Nur Shams`, in the West
        // Bank); in the same region it may be the same wave of strikes (`drones hit the Ilsky refinery` ... `in Afipsky`).
        let regionsNamed = sentences.map { sentence in
            Set(mentions.compactMap { mention -> String? in
                guard mention.role == .location, sentence.range.contains(mention.range.lowerBound), let place = mention.place,
                      place.kind != .country, !place.kind.isBeyondCountries else { return nil }
                return place.admin1Code ?? place.countryCode
            })
        }
        var regionsOfParagraph: [Int: Set<String>] = [:]
        for (index, sentence) in sentences.enumerated() { regionsOfParagraph[sentence.paragraph, default: []].formUnion(regionsNamed[index]) }
        var contextWeapons: [(weapon: EventLexicon.Weapon?, fromAnotherRegion: Bool)] = []
        var postWeapon: (weapon: EventLexicon.Weapon, paragraph: Int)?
        for (index, sentence) in sentences.enumerated() {
            if let other = armed[sentence.paragraph]?.first(where: { $0 != index }) {
                contextWeapons.append((sentenceWeapons[other], false))
            } else if let first = postWeapon {
                contextWeapons.append((first.weapon, !regionsNamed[index].isSubset(of: regionsOfParagraph[first.paragraph] ?? [])))
            } else {
                contextWeapons.append((nil, false))
            }
            if postWeapon == nil, let weapon = sentenceWeapons[index] { postWeapon = (weapon, sentence.paragraph) }
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
            if let found = lookup.candidates.first(where: { $0.admin1Code.map(regions.contains) ?? false }) { return found }
            // `the community of X, in the municipality of Y` in a story set in one state: a village named X in another
            // state, far from every place the story names, is a namesake, not the place (which the gazetteer lacks). Regions and towns of a size news names without their state are still taken.
            if let best = lookup.best {
                let near = placed.isEmpty || placed.contains { $0.distance(to: best.coordinate) <= Self.namesakeReach }
                return near || best.kind.isRegion || best.population >= Self.knownTownPopulation ? best : nil
            }
            // Outside the story's country, a name the recognizer was unsure of is taken only near the story's places
            // (a town across a border), never at a namesake on another continent (`the Valley` in a story about Nepal).
            // A division of another country is not one (`on the White Nile`, the river, in a South Sudan story).
            guard let abroad = gazetteer.resolve(text, suggestions: false).best, !abroad.kind.isRegion else { return nil }
            // A story that names its country and no finer place gives nothing to be near: a namesake abroad is not taken
            // (`at Camp 13 in Ukhia`, Bangladesh, is no county of Texas).
            return country == nil || placed.contains { $0.distance(to: abroad.coordinate) <= Self.abroadReach } ? abroad : nil
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
                    weapon: { trigger in
                        grammar.nearestWeapon(to: trigger) ?? contextWeapons[index].weapon.flatMap { weapon in
                            !contextWeapons[index].fromAnotherRegion || grammar.phrase(of: trigger).map(grammar.isDefinite) == true ? weapon : nil
                        }
                    },
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
                // A name the geoparser already keeps unresolved (knowing its container, or why a namesake was refused) is
                // kept as it is: the recognizer's reading adds nothing to it.
                if found.recognizedAsPlace, place == nil || found.againstRecognizer, !refused.isEmpty { continue }
                // A facility in no known town (`Sadiwa Hospital was struck`) is kept as written, to stand in its container;
                // so is a name the recognizer reads as a place's (`struck Dolbel`).
                if place == nil, let facility = found.facility { name = facility }
                guard place != nil || found.facility != nil || found.recognizedAsPlace else { continue }
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
        self.mainCountryCode = Self.mainCountry(mentions)
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
        foreignDatelineMention = findForeignDateline()
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
    /// How far from the story's places a village of its country but of none of its regions may lie, in kilometres.
    static let namesakeReach = 200.0
    /// The population from which a town is known without its region: taken wherever it lies in the story's country.
    static let knownTownPopulation = 100_000

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
}

func unique(_ strings: [String]) -> [String] {
    var seen = Set<String>()
    return strings.filter { seen.insert($0).inserted }
}
