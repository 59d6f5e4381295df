import Geo
import Language
import Timeline

/// Finds incidents in posts: what happened (ACLED kinds), where (the place the event words
/// attach to), when (relative times anchored in that place's zone), how many, who says so.
///
/// Rules, in order (docs/incidents.md):
/// 1. Sentences of the body (headlines and background paragraphs — `Remember:` — give context only).
/// 2. Event words from ``EventLexicon``; a bare `attack` or `strike` takes its kind from the weapon
///    named in the sentence, paragraph or post; negated, hypothetical or past-tense-background
///    words (`no`, `would`, `to arrest`, `previous attacks`) are not events.
/// 3. Places attach to event words as modifiers (`Moscow drone attacks`), after a locative word
///    (`attack on Moscow`, `shelling of Karpaty village, Perevalsk district`) or before a passive
///    (`the town of Shebekino ... was hit`); places named as sources (`Krasnodar's operational
///    headquarters`), agents (`blamed on Ukraine`) or destinations (`to Voronezh`) do not; a
///    region is dropped when a place inside it is named. One incident per place.
/// 4. An event sentence with no place of its own adds to the last incident of the same family in
///    its paragraph or the one before (`some of the drones were shot down` makes it an interception).
public struct IncidentExtractor: Sendable {
    public var geoparser: Geoparser

    public init(geoparser: Geoparser) {
        self.geoparser = geoparser
    }

    /// Background lead-ins: what follows is an earlier event, not this report's.
    static let backgroundLeadIns: Set<String> = ["remember", "some background", "background", "previously", "recap"]

    /// The post with its place mentions, and the incidents it reports (not yet merged across posts).
    public func extract(from post: Post, in input: String) -> (post: ExtractedPost, incidents: [Incident]) {
        var unresolved: [String] = []
        var background = Set<Int>()
        var pieces: [(text: String, start: Int, paragraph: Int)] = []
        if let headline = post.headline, let range = post.headlineRange { pieces.append((headline, range.lowerBound, -1)) }
        for (index, paragraph) in post.paragraphs.enumerated() {
            pieces.append((paragraph.text, paragraph.range.lowerBound, index))
            if let leadIn = paragraph.leadIn, Self.backgroundLeadIns.contains(leadIn.lowercased()) { background.insert(index) }
        }
        // The post is annotated once: its sentences, the readers' words and the places all come from that stream.
        let text = PostText(pieces: pieces, annotator: geoparser.annotator)
        let sentences = text.sentences()
        var mentions: [PlaceMention] = []
        var mentionTokens: [Range<Int>] = []
        let tokens = text.annotated.tokens
        for var mention in geoparser.extract(text.annotated) {
            let joined = mention.range
            guard let range = text.inputRange(joined) else { continue }
            // The annotated tokens the mention covers, found by offset (tokens are in order).
            var low = 0, high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].scalarsEnd <= joined.lowerBound { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < tokens.count, tokens[end].scalarsStart < joined.upperBound { end += 1 }
            guard low < end else { continue }
            mention.range = range
            if mention.role == .location, mention.place == nil, !unresolved.contains(mention.text) { unresolved.append(mention.text) }
            mentions.append(mention)
            mentionTokens.append(low..<end)
        }
        let postFlags = VerificationReader.flags(in: sentences.filter { $0.paragraph >= 0 }.flatMap(\.tokens)).map(\.rawValue)
        // A headline on the stamp's line is no piece of the text, but may still spell out an agency's name.
        let headlineWords = post.headlineRange == nil ? post.headline.map(ReaderToken.tokens(of:)) ?? [] : []
        let eventSentences = Set(sentences.indices.filter { sentences[$0].paragraph >= 0 && !background.contains(sentences[$0].paragraph) })
        var reader = PostReader(
            post: post, sentences: sentences, annotated: text.annotated, mentions: mentions, mentionTokens: mentionTokens,
            gazetteer: geoparser.gazetteer, postFlags: postFlags, postWords: headlineWords + sentences.flatMap(\.tokens),
            eventSentences: eventSentences)
        for index in sentences.indices where eventSentences.contains(index) {
            reader.read(sentence: index)
            reader.shareTollOverCountedPlaces(of: index)
        }
        reader.finish()
        let extracted = ExtractedPost(
            position: post.index, stamp: post.stamp, headline: post.headline ?? "", byline: post.byline,
            authors: post.authors, body: post.bodyText, range: post.range, unresolved: unresolved, unplacedEvents: reader.unplaced)
        return (extracted, reader.incidents)
    }

    /// The day a report was made, in a place's zone: the day its stamp falls on there, or for a
    /// stamp that gives only a day (`"published": "2024-05-13"`), that calendar day.
    static func reportDay(of stamp: NormalizedTime, in place: Place) -> UTCInterval {
        let zone = place.timeZone.flatMap(ZoneRules.named)
        let date: CivilDate
        if stamp.precision >= .day {
            date = ZoneRules.named(stamp.zone)?.local(stamp.start).date ?? stamp.start.utcDate
        } else {
            date = zone?.local(stamp.start).date ?? stamp.start.utcDate
        }
        return dayInterval(date, in: zone)
    }

    /// The whole of `date` in `zone` (UTC without one), from its first second to the next day's.
    static func dayInterval(_ date: CivilDate, in zone: ZoneRules?) -> UTCInterval {
        let start = zone?.resolve(LocalDateTime(date: date, secondOfDay: 0)).instant ?? Instant(utc: date)
        let end = zone?.resolve(LocalDateTime(date: date.adding(days: 1), secondOfDay: 0)).instant ?? Instant(utc: date.adding(days: 1))
        return UTCInterval(start: start, end: end)
    }

    /// The instant relative times in a report count from: its stamp, or for a stamp that gives
    /// only a day, the last second of that day in the place's zone (everything it tells happened by then).
    static func reportInstant(of stamp: NormalizedTime, in place: Place?) -> Instant {
        guard stamp.precision >= .day, let place else { return stamp.start }
        return reportDay(of: stamp, in: place).end.adding(seconds: -1)
    }
}
