import Geo
import Timeline

extension PostReader {
    /// Words a place may stand behind to be where an event happened (`attack on`, `shelling of`).
    static let locative: Set<String> = [
        "in", "at", "on", "near", "outside", "inside", "across", "over", "of", "into", "around", "along", "throughout",
        "within", "targeting", "targeted", "toward", "through",
    ]
    /// Words that may stand between an event word and its place.
    static let connective: Set<String> = [
        "the", "a", "an", "its", "their", "another", "nearby", "town", "city", "village", "region", "district",
        "province", "state", "oblast", "oil", "refinery", "depot", "fuel", "base", "airport", "port", "border", "area",
        "outskirts", "settlement", "capital", "facility", "plant", "market", "hospital", "school", "military", "air",
        "was", "were", "been", "has", "had", "is", "are", "launched", "carried", "out", "reported", "recorded",
        "conducted", "continues", "continued", "hit", "struck", "by", "and", "or", "occupied", "eastern", "western",
        "northern", "southern", "central", "part", "parts", "centre", "center", "downtown", "residential", "came", "under",
        "massive", "heavy", "huge", "large", "small", "several", "multiple", "camp", "headquarters", "positions",
    ]
    /// Words that end the stretch an event's place may be found in.
    static let barriers: Set<String> = [
        "said", "says", "say", "told", "according", "reported", "reports", "added", "announced", "claimed", "citing",
        "while", "but", "which", "who", "after", "before", "because", "although", "following", "following",
    ]
    /// Event words that take their place as a direct object (`attack the Klimovsky district`).
    static let transitive: Set<String> = [
        "attack", "attacked", "struck", "hit", "shelled", "bombed", "raided", "captured", "seized", "retook",
        "recaptured", "overran", "evacuated", "looted", "torched", "ambushed", "targeted", "stormed", "detained",
        "arrested", "kidnapped", "abducted",
    ]

    /// The places an event word attaches to.
    func attach(_ trigger: Found, in sentence: Sentence, mentions: [PlaceMention]) -> [PlaceMention] {
        let words = sentence.words
        var attached: [(mention: PlaceMention, last: Int)] = []
        var excluded = Set<Int>()
        let spans = Self.spans(of: mentions, in: words)
        // Which words belong to a place name, found once: paths between words ask it often.
        var inMention = [Bool](repeating: false, count: words.count)
        for case let (first, last)? in spans { for index in first...last { inMention[index] = true } }
        for (index, mention) in mentions.enumerated() {
            guard let (first, last) = spans[index] else { continue }
            if isExcluded(index: index, first: first, last: last, words: words, kind: trigger.kind, excluded: excluded, mentions: mentions, spans: spans) {
                excluded.insert(index)
                continue
            }
            if last < trigger.first {
                // A modifier (`Moscow drone attacks`) or a located subject (`the town of Shebekino ... was hit`).
                // Only a noun takes a place as modifier: before a verb (`France handed over`) it is the agent.
                let triggerIsVerb = words[trigger.end - 1].lower.hasSuffix("ed") || words[trigger.first].lower.hasSuffix("ed")
                if !triggerIsVerb, trigger.first - last <= 2, (last + 1..<trigger.first).allSatisfy({ words[$0].kind != .mark || words[$0].lower == "-" }) {
                    attached.append((mention, last))
                } else if hasLocativeLead(first, words),
                    pathIsClear(from: last + 1, to: trigger.first, words, inMention: inMention, allowUnknown: 2)
                {
                    attached.append((mention, last))
                }
            } else if first >= trigger.end {
                // Only places a few words back can chain (paths are at most ten words).
                var chained = false
                var describes = false
                for previous in attached.reversed() {
                    guard previous.last < first else { continue }
                    if first - previous.last > 11 { break }
                    let listed = (previous.last + 1..<first).contains { ["and", "or"].contains(words[$0].lower) }
                    let coarser = Self.rank(mention.precision) < Self.rank(previous.mention.precision)
                    // `Karpaty village, Perevalsk district`: a coarser place after a comma describes the one before.
                    if coarser && !listed && first - previous.last <= 5 {
                        describes = true
                        break
                    }
                    if pathIsClear(from: previous.last + 1, to: first, words, inMention: inMention, allowUnknown: 0) {
                        chained = true
                        break
                    }
                }
                if describes { continue }
                let path = trigger.end..<first
                let hasLocative = path.contains { Self.locative.contains(words[$0].lower) }
                let isObject = Self.transitive.contains(words[trigger.end - 1].lower)
                // `hit Russian armoured vehicles near Bakhmut`: a locative right before the place
                // lets a short object stand between.
                var lead = first - 1
                while lead > trigger.end, Self.connective.contains(words[lead].lower), !Self.locative.contains(words[lead].lower) { lead -= 1 }
                let leadIsLocative = lead >= trigger.end && Self.locative.contains(words[lead].lower)
                let tolerance = leadIsLocative ? 6 : 1
                if chained
                    || (hasLocative || isObject)
                        && pathIsClear(from: trigger.end, to: first, words, inMention: inMention, allowUnknown: tolerance, longest: leadIsLocative ? 16 : 10)
                {
                    attached.append((mention, last))
                }
            }
        }
        return attached.map(\.mention)
    }

    /// The first and last word of every mention, in one walk (both are in text order).
    static func spans(of mentions: [PlaceMention], in words: [ReaderToken]) -> [(Int, Int)?] {
        var cursor = 0
        return mentions.map { mention in
            while cursor < words.count, words[cursor].range.upperBound <= mention.range.lowerBound { cursor += 1 }
            var last = cursor
            while last + 1 < words.count, words[last + 1].range.lowerBound < mention.range.upperBound { last += 1 }
            guard cursor < words.count, words[cursor].range.lowerBound < mention.range.upperBound else { return nil }
            return (cursor, last)
        }
    }

    private func hasLocativeLead(_ first: Int, _ words: [ReaderToken]) -> Bool {
        var cursor = first - 1
        while cursor >= 0, Self.connective.contains(words[cursor].lower), !Self.locative.contains(words[cursor].lower) {
            cursor -= 1
        }
        guard cursor >= 0 else { return false }
        return Self.locative.contains(words[cursor].lower)
    }

    /// Whether the words between two points leave an event and a place in one clause.
    private func pathIsClear(from start: Int, to end: Int, _ words: [ReaderToken], inMention: [Bool], allowUnknown: Int, longest: Int = 10) -> Bool {
        guard start <= end, end - start <= longest else { return false }
        var unknown = 0
        for index in start..<end {
            let word = words[index]
            switch word.kind {
            case .mark:
                if [";", ":", "(", ")", "—", "–", "."].contains(word.lower) { return false }
            case .number:
                unknown += 1
            case .word:
                if Self.barriers.contains(word.lower) { return false }
                if Self.locative.contains(word.lower) || Self.connective.contains(word.lower) || word.lower == "'s" { continue }
                if inMention[index] { continue }
                unknown += 1
            }
            if unknown > allowUnknown { return false }
        }
        return true
    }

    /// Places named as an agent, a source, a destination or a description, not where it happened.
    private func isExcluded(
        index: Int, first: Int, last: Int, words: [ReaderToken], kind: EventKind, excluded: Set<Int>, mentions: [PlaceMention],
        spans: [(Int, Int)?]
    ) -> Bool {
        let previous = first > 0 ? words[first - 1].lower : ""
        let beforePrevious = first > 1 ? words[first - 2].lower : ""
        if ["to", "towards", "with", "by", "from"].contains(previous) {
            // An evacuation's origin is where it happened (`evacuated out of` / `from Shebekino`);
            // where a march goes is where the protest is (`marched to the Opera House`).
            let isOrigin = kind == .other && previous == "from"
            let isMarchGoal = kind.family == EventKind.peacefulProtest.family && (previous == "to" || previous == "towards")
            if !isOrigin && !isMarchGoal { return true }
        }
        if previous == "on" && ["blamed", "blame", "blames"].contains(beforePrevious) { return true }
        if previous == "in" && ["located", "based", "situated", "headquartered"].contains(beforePrevious) { return true }
        if previous == "of" && ["capital", "president", "government", "head", "leader", "minister", "ministry", "governor", "mayor"].contains(beforePrevious) { return true }
        // `Krasnodar's operational headquarters`: a possessive before anything but another place.
        if last + 1 < words.count, words[last + 1].lower == "'s" {
            let next = last + 2
            let nextIsPlace = next < words.count && mentions.contains { $0.range.contains(words[next].range.lowerBound) }
            let nextIsFeature = next < words.count && Self.connective.contains(words[next].lower)
            if !nextIsPlace && !nextIsFeature { return true }
        }
        // `London and Washington` after `from`: a list shares its first member's fate.
        if previous == "and" || previous == "or" || previous == "," {
            if index > 0, excluded.contains(index - 1), let span = spans[index - 1], span.1 < first - 1, first - span.1 <= 2 {
                return true
            }
        }
        return false
    }

    /// Drops a region when a place inside it is also named (`Russia's Bryansk region` -> Bryansk region).
    static func mostSpecific(_ mentions: [PlaceMention]) -> [PlaceMention] {
        // One mention a place first (a list may name the same towns thousands of times).
        var seen = Set<Int>()
        let distinct = mentions.filter { mention in mention.place.map { seen.insert($0.geonameid).inserted } ?? false }
        return distinct.filter { mention in
            !distinct.contains { other in other.range != mention.range && IncidentMerger.contains(mention, other) }
        }
    }

    /// Whether a time in a sentence dates the event rather than the statement (`said Wednesday`).
    private func isEventTime(_ mention: TimeMention, _ words: [ReaderToken]) -> Bool {
        guard let at = words.firstIndex(where: { $0.range.lowerBound >= mention.range.lowerBound }) else { return true }
        // `said Wednesday`, `said on Telegram Wednesday`: the verb right before, or before `on <medium>`.
        let before = words[max(0, at - 3)..<at].map(\.lower)
        let verbs: Set<String> = ["said", "says", "told", "reported", "announced", "added", "stated", "wrote", "posted"]
        if let last = before.last, verbs.contains(last) { return false }
        if before.count >= 2, before[before.count - 2] == "on" || before[before.count - 1] == "on" {
            return !before.contains { verbs.contains($0) }
        }
        return true
    }

    static func rank(_ precision: LocationPrecision) -> Int {
        switch precision {
        case .country, .water: 0
        case .firstOrderDivision: 1
        case .secondOrderDivision: 2
        case .nearPlace, .exactPlace: 3
        }
    }

    // MARK: time

    /// The time said for an event in its sentence, anchored in the place's zone; times given for a
    /// statement (`said Wednesday`) are the report's, not the event's.
    func time(in sentence: Sentence, near word: Int, zone: String?) -> (interval: UTCInterval, precision: TimePrecision, text: String?)? {
        let designator = zone.flatMap { ZoneRules.named($0) != nil ? ZoneDesignator.iana($0) : nil } ?? .utc
        guard let anchor = try? TimeAnchor(instant: post.stamp.start, zone: designator) else { return nil }
        let words = sentence.words
        let triggerOffset = word < words.count ? words[word].range.lowerBound : sentence.range.lowerBound
        let all = RelativeTime.scan(sentence.text, anchor: anchor, base: sentence.range.lowerBound).filter { $0.time != nil }
        let eventTimes = all.filter { isEventTime($0, words) }
        // A time given only for the statement (`said on Saturday it had recaptured`) still dates
        // the event when nothing else does: it happened by then.
        let pool = eventTimes.isEmpty ? all : eventTimes
        guard let best = pool.min(by: { abs($0.range.lowerBound - triggerOffset) < abs($1.range.lowerBound - triggerOffset) }),
            let time = best.time
        else { return nil }
        return (time.interval, time.precision, best.text)
    }
}
