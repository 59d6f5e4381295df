import Geo
import Language
import Timeline

/// Events dated by their distance from another (`The kidnapping came a day after gunmen killed two soldiers`,
/// `Two days before the strike, rebels took the town`): the clause after `after` or `before` tells of the other event.
extension PostReader {
    /// A length of time counted from an event: `a day after` and the clause it governs.
    struct TimeOffset {
        /// The clause the preposition governs, in the input's scalars: to the first comma when the phrase opens its
        /// sentence (`A day after X, Y`), else to the sentence's end (`Y came a day after X`).
        var scope: Range<Int>
        /// Where the phrase (`a day after`) lies.
        var phrase: Range<Int>
        /// Days to add to the other clause's date to reach the governed clause's: -1 for `a day after`, +2 for `two days before`.
        var days: Int
        var text: String
        /// Whether a clause follows (`a day after gunmen killed`, `after storming`), not a noun phrase (`a day after the attack`), which
        /// most often names an event told before and dated there.
        var governsClause: Bool
    }

    /// The offsets a sentence counts in whole days or weeks (`hours after` and `days after` say no day).
    func offsets(in sentence: Sentence, _ mentions: [TimeMention]) -> [TimeOffset] {
        let words = sentence.words
        let isVerb = { (word: ReaderToken) in
            annotated.token(atScalar: word.range.lowerBound - sentence.shift).map { [.verb, .aux].contains(annotated.tags[$0].universal) } ?? false
        }
        return mentions.compactMap { mention -> TimeOffset? in
            guard let span = mention.span, let count = span.count, span.unit == .day || span.unit == .week,
                  let next = words.firstIndex(where: { $0.range.lowerBound >= mention.range.upperBound }),
                  ["after", "before"].contains(words[next].lower), next + 1 < words.count
            else { return nil }
            let length = count * (span.unit == .week ? 7 : 1)
            let days = words[next].lower == "after" ? -length : length
            // Fronted when no verb comes before it in its sentence.
            let opensSentence = !words.prefix { $0.range.lowerBound < mention.range.lowerBound }.contains(where: isVerb)
            let comma = opensSentence ? words[(next + 1)...].first { $0.kind == .mark && $0.lower == "," } : nil
            let scope = words[next].range.upperBound..<(comma?.range.lowerBound ?? sentence.range.upperBound)
            let phrase = mention.range.lowerBound..<words[next].range.upperBound
            let governsClause = words[(next + 1)...].prefix { scope.contains($0.range.lowerBound) }.contains(where: isVerb)
            return TimeOffset(scope: scope, phrase: phrase, days: days, text: mention.text + " " + words[next].text, governsClause: governsClause)
        }
    }

    /// The time of an event whose place (or trigger) is at `position`, told in an offset's clause, counted from the other clause's time (or the story's, or the
    /// report's day), or of the other clause's event counted from a time the offset's clause names; nil when the
    /// event's own clause names its time or no offset bears on it.
    func offsetTime(at position: Int, _ offsets: [TimeOffset], pool: [TimeMention], in sentence: Sentence, place: Place,
                    instant: Instant) -> EventTime? {
        for offset in offsets where !offset.phrase.contains(position) {
            let inside = pool.filter { offset.scope.contains($0.range.lowerBound) }
            let outside = pool.filter { !offset.scope.contains($0.range.lowerBound) && !offset.phrase.contains($0.range.lowerBound) }
            let nearest = { (mentions: [TimeMention]) in
                mentions.min { abs($0.range.lowerBound - offset.phrase.lowerBound) < abs($1.range.lowerBound - offset.phrase.lowerBound) }
            }
            let reference: (interval: UTCInterval, precision: TimePrecision)
            let days: Int
            if offset.scope.contains(position) {
                guard inside.isEmpty, offset.governsClause else { return nil }
                if let time = nearest(outside)?.time {
                    reference = (time.interval, time.precision)
                } else if let story = storyTime[sentence.range.lowerBound] {
                    reference = (story.interval, story.precision)
                } else {
                    reference = (IncidentExtractor.reportDay(of: post.stamp, in: place), .day)
                }
                days = offset.days
            } else {
                guard outside.isEmpty, let time = nearest(inside)?.time else { continue }
                reference = (time.interval, time.precision)
                days = -offset.days
            }
            // Only a day (or a part of one) can be counted from in days.
            guard reference.precision <= .day else { return nil }
            let zone = place.timeZone.flatMap(ZoneRules.named)
            let date = (zone?.local(reference.interval.start).date ?? reference.interval.start.utcDate).adding(days: days)
            let day = IncidentExtractor.dayInterval(date, in: zone)
            // An event told as having happened happened by the report.
            guard day.start <= instant else { return nil }
            return (day, .day, offset.text)
        }
        return nil
    }

    /// The times on the same side of every offset's clause boundary as `position`, or all of them when that side has none.
    static func sameSide(of position: Int, _ offsets: [TimeOffset], _ pool: [TimeMention]) -> [TimeMention] {
        var kept = pool
        for offset in offsets where !offset.phrase.contains(position) {
            let inside = offset.scope.contains(position)
            let same = kept.filter { offset.scope.contains($0.range.lowerBound) == inside && !offset.phrase.contains($0.range.lowerBound) }
            if !same.isEmpty { kept = same }
        }
        return kept
    }
}
