import Geo
import Timeline

/// Reads one post sentence by sentence, keeping the incidents found so far (rules in ``IncidentExtractor``).
struct PostReader {
    let post: Post
    let sentences: [Sentence]
    let mentions: [PlaceMention]
    let postWeapon: EventLexicon.Weapon?
    let postFlags: [String]
    /// Every word of the post, headline first, where a short agency name may be spelled out.
    let postWords: [ReaderToken]
    var incidents: [Incident] = []
    /// The weapon named in each paragraph, found once.
    private let paragraphWeapons: [Int: EventLexicon.Weapon]
    /// The paragraph each incident was last reported in, to keep place-less sentences near it.
    private var incidentParagraphs: [Int] = []

    init(post: Post, sentences: [Sentence], mentions: [PlaceMention], postWeapon: EventLexicon.Weapon?, postFlags: [String], postWords: [ReaderToken]) {
        self.post = post
        self.sentences = sentences
        self.mentions = mentions
        self.postWeapon = postWeapon
        self.postFlags = postFlags
        self.postWords = postWords
        var weapons: [Int: EventLexicon.Weapon] = [:]
        for paragraph in Set(sentences.map(\.paragraph)) {
            let words = sentences.lazy.filter { $0.paragraph == paragraph }.flatMap(\.words)
            weapons[paragraph] = IncidentExtractor.weapon(in: Array(words))
        }
        paragraphWeapons = weapons
    }

    /// A trigger found in a sentence: its kind and word span.
    struct Found {
        var kind: EventKind
        var first: Int
        var end: Int
    }

    mutating func read(sentence index: Int) {
        let sentence = sentences[index]
        let found = triggers(in: sentence)
        guard !found.isEmpty else { return }
        let located = sentenceMentions(sentence)
        // One event per family in a sentence; its places are those attached to any of its words.
        var families: [(kind: EventKind, places: [PlaceMention], first: Int)] = []
        for trigger in found {
            let attached = attach(trigger, in: sentence, mentions: located)
            if let at = families.firstIndex(where: { $0.kind.family == trigger.kind.family }) {
                if trigger.kind.specificity > families[at].kind.specificity { families[at].kind = trigger.kind }
                let known = Set(families[at].places.map(\.range.lowerBound))
                for place in attached where !known.contains(place.range.lowerBound) { families[at].places.append(place) }
            } else {
                families.append((trigger.kind, attached, trigger.first))
            }
        }
        // Burning and looting in an attack, a battle or a riot are part of it, not an event of their own.
        if families.contains(where: { $0.kind.family <= EventKind.violentDemonstration.family }) {
            families.removeAll { $0.kind == .looting }
        }
        // A truce being talked about is not an agreement: it must be signed, reached or in force.
        let sealed: Set<String> = ["signed", "agreed", "reached", "struck", "brokered", "took", "announced", "concluded",
                                   "sealed", "exchanged", "swapped", "freed", "released", "holding", "effect"]
        if !sentence.words.contains(where: { sealed.contains($0.lower) }) { families.removeAll { $0.kind == .agreement } }
        let counts = CountReader.read(sentence.tokens)
        let attribution = AttributionReader.read(sentence.tokens).map { AttributionReader.expandAbbreviations($0, using: postWords) }
        let actors = ActorReader.actors(in: sentence.tokens)
        // Doubts stated anywhere in the post (`CNN cannot verify the claims`) cover its every incident.
        let flags = postFlags
        for family in families {
            let places = Self.mostSpecific(family.places)
            let evidence = Evidence(post: post.index, range: sentence.range, excerpt: sentence.text)
            if places.isEmpty {
                // No place of its own: part of the last event of its family reported just before.
                guard let target = incidents.indices.last(where: {
                    incidents[$0].kind?.family == family.kind.family && sentence.paragraph - incidentParagraphs[$0] <= 1
                }) else { continue }
                var part = incidents[target]
                part.eventType = family.kind.eventType
                part.subEventType = family.kind.subEventType
                part.fatalities = counts.fatalities?.value
                part.injured = counts.injured?.value
                part.counts = counts.other
                part.sources = attribution.map { [$0.text] } ?? []
                part.actors = actors
                part.verification = flags
                part.evidence = [evidence]
                part.occurredText = nil
                if let time = time(in: sentence, near: family.first, zone: part.place.timeZone), time.text != nil {
                    (part.occurred, part.occurredPrecision, part.occurredText) = (time.interval, time.precision, time.text)
                    part.timePrecision = time.precision.acledTimePrecision
                } else {
                    part.timePrecision = 2
                }
                IncidentMerger.absorb(part, into: &incidents[target])
                incidentParagraphs[target] = sentence.paragraph
                continue
            }
            for mention in places {
                guard let place = mention.place else { continue }
                let when = time(in: sentence, near: family.first, zone: place.timeZone)
                let incident = Incident(
                    eventType: family.kind.eventType, subEventType: family.kind.subEventType, place: place,
                    location: mention.text, locationPrecision: mention.precision, geoPrecision: mention.precision.acledGeoPrecision,
                    occurred: when?.interval ?? IncidentExtractor.localDay(of: post.stamp.start, in: place),
                    occurredPrecision: when?.precision ?? .day, occurredText: when?.text,
                    timePrecision: when?.precision.acledTimePrecision ?? 2, reportedAt: post.stamp.start,
                    fatalities: counts.fatalities?.value, injured: counts.injured?.value, counts: counts.other,
                    sources: attribution.map { [$0.text] } ?? [], actors: actors, verification: flags, notes: sentence.text,
                    provisional: false, evidence: [evidence])
                if let same = incidents.indices.first(where: { IncidentMerger.canMerge(incidents[$0], incident) }) {
                    IncidentMerger.absorb(incident, into: &incidents[same])
                    incidentParagraphs[same] = sentence.paragraph
                } else {
                    incidents.append(incident)
                    incidentParagraphs.append(sentence.paragraph)
                }
            }
        }
    }

    // MARK: triggers

    func triggers(in sentence: Sentence) -> [Found] {
        let words = sentence.words
        var found: [Found] = []
        var index = 0
        let sentenceWeapon = IncidentExtractor.weapon(in: words)
        let paragraphWeapon = paragraphWeapons[sentence.paragraph]
        while index < words.count {
            guard words[index].kind == .word, let candidates = EventLexicon.byFirstWord[words[index].lower],
                let trigger = candidates.first(where: { matches($0.words, words, at: index) })
            else {
                index += 1
                continue
            }
            let end = index + trigger.words.count
            defer { index = end }
            let isProtest = trigger.kind.map { $0.family == EventKind.peacefulProtest.family } ?? false
            if isCancelled(words, before: index, purposeAllowed: isProtest) { continue }
            let kind: EventKind
            if let fixed = trigger.kind {
                kind = refine(fixed, words)
            } else if let weapon = sentenceWeapon ?? paragraphWeapon ?? postWeapon {
                kind = EventLexicon.kind(for: weapon)
                // Armed men against civilians is violence against civilians, not a battle.
                if kind == .armedClash, words.contains(where: { Self.civilians.contains($0.lower) }) {
                    found.append(Found(kind: .attack, first: index, end: end))
                    continue
                }
            } else {
                continue
            }
            if kind == .mobViolence || kind == .violentDemonstration, !words.contains(where: { Self.violence.contains($0.lower) }) { continue }
            found.append(Found(kind: kind, first: index, end: end))
        }
        // `destroyed 29 drones`, `downed a missile`: weapons stopped before they hit.
        for (index, word) in words.enumerated() where ["destroyed", "downed", "eliminated"].contains(word.lower) {
            let object = words[(index + 1)..<min(words.count, index + 5)]
            if object.contains(where: { ["drones", "drone", "missiles", "missile", "rockets", "uavs"].contains($0.lower) }) {
                found.append(Found(kind: .disruptedWeaponsUse, first: index, end: index + 1))
            }
        }
        return found
    }

    static let civilians: Set<String> = [
        "civilians", "civilian", "villagers", "residents", "worshippers", "students", "farmers", "passengers",
        "children", "women", "displaced", "herders", "traders", "pupils", "mourners",
    ]

    static let violence: Set<String> = [
        "killed", "beat", "beaten", "lynched", "attacked", "burned", "torched", "stoned", "threw", "clashed", "injured",
        "looted", "set", "vandalised", "vandalized", "smashed", "damaged", "stoned", "dragged", "bricks", "stones",
    ]

    private func matches(_ phrase: [String], _ words: [ReaderToken], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset].lower != word { return false }
        return true
    }

    /// `no shelling`, `would strike`, `to arrest` (but `tried to attack`), `previous attacks`.
    private func isCancelled(_ words: [ReaderToken], before index: Int, purposeAllowed: Bool) -> Bool {
        var seen = 0
        var cursor = index - 1
        while cursor >= 0, seen < 3 {
            let word = words[cursor]
            if word.kind == .mark {
                if [".", ";", ":", "—", "–"].contains(word.lower) { break }
                cursor -= 1
                continue
            }
            if EventLexicon.cancelling.contains(word.lower) { return true }
            if seen == 0, word.lower == "to", !purposeAllowed {
                let before = cursor > 0 ? words[cursor - 1].lower : ""
                if !EventLexicon.attempts.contains(before) { return true }
            }
            seen += 1
            cursor -= 1
        }
        return false
    }

    /// Protests met with force, and riots, by the words around them.
    private func refine(_ kind: EventKind, _ words: [ReaderToken]) -> EventKind {
        guard kind == .peacefulProtest else { return kind }
        let lower = Set(words.map(\.lower))
        let forceWords: Set<String> = ["killed", "shot", "fired", "opened"]
        if !lower.isDisjoint(with: forceWords), lower.contains("police") || lower.contains("security") || lower.contains("forces") || lower.contains("troops") {
            if lower.contains("killed") || lower.contains("live") || lower.contains("shot") { return .excessiveForce }
        }
        let intervention: Set<String> = ["tear", "dispersed", "cannon", "rubber", "arrested", "detained", "batons", "beat"]
        if !lower.isDisjoint(with: intervention) { return .protestWithIntervention }
        if lower.contains("stones") || lower.contains("rocks") || lower.contains("torched") || lower.contains("clashed") { return .violentDemonstration }
        return kind
    }

    // MARK: places

    private func sentenceMentions(_ sentence: Sentence) -> [PlaceMention] {
        mentions.filter { $0.role == .location && $0.place != nil && sentence.range.contains($0.range.lowerBound) }
    }
}

func unique(_ strings: [String]) -> [String] {
    var seen = Set<String>()
    return strings.filter { seen.insert($0).inserted }
}
