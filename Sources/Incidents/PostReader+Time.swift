import Foundation
import Geo
import Language
import Timeline

/// When the events of a post happened: the time expressions of their sentences, read against the story's time.
extension PostReader {
    /// Whether a time in a sentence dates the event rather than the statement (`said Wednesday`).
    private func isEventTime(_ mention: TimeMention, _ words: [ReaderToken]) -> Bool {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].range.lowerBound < mention.range.lowerBound { low = middle + 1 } else { high = middle }
        }
        guard low < words.count else { return true }
        let at = low
        // `said Wednesday`, `said on Telegram Wednesday`: the verb right before, or before `on <medium>`.
        var before = words[max(0, at - 4)..<at].map(\.lower)
        // `said late Monday`: a word placing the time within its day belongs to the time.
        while let last = before.last, ["late", "early"].contains(last) { before.removeLast() }
        before = Array(before.suffix(3))
        let verbs = Self.statementVerbs
        // `Fighting was also reported on Monday`: a passive report dates what it reports.
        let window = words[max(0, at - 6)..<at].map(\.lower)
        if let report = window.lastIndex(of: "reported"), window[max(0, report - 2)..<report].contains(where: { ["was", "were", "been"].contains($0) }) {
            return true
        }
        if let last = before.last, verbs.contains(last) { return false }
        if before.count >= 2, before[before.count - 2] == "on" || before[before.count - 1] == "on" {
            return !before.contains { verbs.contains($0) }
        }
        return true
    }

    /// Whether a time lies in an attribution still open before it (`according to a statement read on state television late
    /// on Tuesday`, `said in a statement on Tuesday`): the statement's time. A mark closes the attribution (`According to
    /// police, gunmen attacked on Tuesday`), and so do a finite verb of another clause (`said the attack happened on Tuesday`)
    /// and a word opening one (`said that ...`).
    private func inAttribution(_ mention: TimeMention, _ words: [ReaderToken], _ sentence: Sentence) -> Bool {
        guard let at = words.firstIndex(where: { $0.range.lowerBound >= mention.range.lowerBound }) else { return false }
        for index in stride(from: at - 1, through: max(0, at - Self.attributionReach), by: -1) {
            let word = words[index]
            if word.kind == .mark { return false }
            if word.lower == "according", index + 1 < at, words[index + 1].lower == "to" { return true }
            if Self.statementVerbs.contains(word.lower) {
                // `Fighting was also reported on Monday`: a passive report dates what it reports.
                if words[max(0, index - 2)..<index].contains(where: { ["was", "were", "been", "is", "are"].contains($0.lower) }) { return false }
                // The statement's own phrases follow the verb (`said in a statement on Tuesday`, `told Reuters on Tuesday`);
                // an object is what was reported (`reported heavy fighting inside the town on Sunday`), dated by its time.
                let next = index + 1
                guard next < at, word.lower != "told" else { return true }
                return annotated.token(atScalar: words[next].range.lowerBound - sentence.shift).map { annotated.tags[$0].universal == .adp } ?? false
            }
            guard let token = annotated.token(atScalar: word.range.lowerBound - sentence.shift) else { continue }
            // A clause of its own opens (`said that gunmen killed 18 in an attack on Wednesday`, `a town where ...`).
            if annotated.tags[token].universal == .sconj || ["WDT", "WP", "WRB"].contains(annotated.tags[token].penn) { return false }
            if ["VBD", "VBZ", "VBP"].contains(annotated.tags[token].penn), !reducedRelative(token) { return false }
        }
        return false
    }

    /// Whether a verb tagged as a past tense follows the noun of a prepositional phrase (`according to a statement read
    /// on state television`): a preposition's object is no subject, so the verb is a participle qualifying it.
    private func reducedRelative(_ token: Int) -> Bool {
        guard annotated.tags[token].penn == "VBD" else { return false }
        var back = token - 1
        guard back >= 0, ["NN", "NNS"].contains(annotated.tags[back].penn) else { return false }
        while back >= 0, ["NN", "NNS", "JJ", "DT", "PRP$", "CD"].contains(annotated.tags[back].penn) { back -= 1 }
        // A preposition (`to`, `on`), not a subordinator (`said that gunmen killed`, `after troops shelled`).
        return back >= 0 && annotated.tags[back].universal == .adp
    }

    /// Verbs of a statement whose time is the statement's (`said Wednesday`).
    static let statementVerbs: Set<String> = ["said", "says", "told", "reported", "announced", "added", "stated", "wrote", "posted", "confirmed"]

    /// Words back from a time within which an open attribution is looked for.
    static let attributionReach = 12

    /// Whether a time opens a span with `since` (`the worst fighting since their 2020 war`, `since January`):
    /// it tells when something began, not when the sentence's event happened.
    private func opensSpan(_ mention: TimeMention, _ words: [ReaderToken]) -> Bool {
        guard let at = words.firstIndex(where: { $0.range.lowerBound >= mention.range.lowerBound }) else { return false }
        for back in stride(from: at - 1, through: max(0, at - 3), by: -1) {
            let word = words[back].lower
            if word == "since" { return true }
            guard Self.spanDeterminers.contains(word) else { return false }
        }
        return false
    }

    /// Words between `since` and its time (`since their 2020 war`, `since the 2014 uprising`).
    static let spanDeterminers: Set<String> = ["the", "their", "its", "his", "her", "our", "last", "early", "late"]

    /// Whether a time's words name its day (`Thursday morning`, `last night`, `this evening`, `overnight`, `at 9:30 on 4 May`),
    /// not only a time of one (`midday`, `in the evening`).
    static func namesItsDay(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return words.contains { word in word.first?.isNumber == true || Self.dayWords.contains(word) }
    }

    /// Words that fix a day: weekdays (and their abbreviations), days relative to the report, and its own night.
    static let dayWords: Set<String> = WordLists.weekdayWords.union(WordLists.weekdayAbbreviations.joined()).union([
        "today", "yesterday", "tonight", "last", "this", "overnight", "same", "previous", "next", "following", "that",
    ])

    /// The time said for an event in its sentence, anchored in the place's zone; times given for a
    /// statement (`said Wednesday`) are the report's, not the event's.
    /// `placeAt` is where the event's place is named: a place in a clause after `a day after` is that clause's event.
    /// Without `countsOffsets` (a sentence's own time, not an event's) no day is counted from another.
    func time(in sentence: Sentence, at triggerOffset: Int, place: Place, placeAt: Int? = nil, countsOffsets: Bool = true) -> EventTime? {
        let designator = place.timeZone.flatMap { ZoneRules.named($0) != nil ? ZoneDesignator.iana($0) : nil } ?? .utc
        let instant = IncidentExtractor.reportInstant(of: post.stamp, in: place)
        guard let anchor = try? TimeAnchor(instant: instant, zone: designator) else { return nil }
        let words = sentence.words
        // An event is told as having happened (events to come are no events), so its dates are read in the past.
        // A sentence's times are scanned once per anchor: a long sentence may hold hundreds of events.
        // `One day earlier` counts from the day the story has reached, in the place's zone.
        let zone = place.timeZone.flatMap(ZoneRules.named)
        let story = storyTime[sentence.range.lowerBound].map { told in
            let day = { (instant: Instant) in zone?.local(instant).date ?? instant.utcDate }
            let last = day(told.interval.end.adding(seconds: -1))
            return RelativeTime.StoryTime(date: day(told.interval.start), precision: told.precision,
                                          lastDay: told.precision == .partOfDay && last > day(told.interval.start) ? last : nil)
        }
        let key = TimeCache.Key(sentence: sentence.range.lowerBound, instant: instant.secondsSinceEpoch, zone: "\(designator)",
                                story: story)
        let all = timeCache.times[key] ?? {
            // Durations are kept for the offsets they count (`a day after`); only placed times date an event.
            let found = RelativeTime.scan(sentence.text, anchor: anchor, base: sentence.range.lowerBound, tense: .past, story: story)
                .filter { $0.time != nil || $0.span != nil }
            timeCache.times[key] = found
            return found
        }()
        // A time in a relative clause (`a village where attackers have massacred civilians this year`) is that clause's.
        let relatives = timeCache.relatives[sentence.range.lowerBound] ?? {
            let found = sentence.tokenSpan.compactMap { token -> Int? in
                let tag = annotated.tags[token]
                let isRelative = tag.penn == "WDT" || tag.penn == "WP" || (tag.penn == "WRB" && annotated.lemma(of: token).lowercased() == "where")
                return isRelative ? annotated.tokens[token].scalarsStart + sentence.shift : nil
            }
            timeCache.relatives[sentence.range.lowerBound] = found
            return found
        }()
        // Relative clauses on a place (`Marawi, which gunmen had held`, `the port town that insurgents had held`), not on an
        // event (`the unrest that followed the ouster in December` dates the unrest).
        let placeRelatives = timeCache.placeRelatives[sentence.range.lowerBound] ?? {
            let found = sentence.tokenSpan.compactMap { token -> Int? in
                guard ["WDT", "WP"].contains(annotated.tags[token].penn), token > sentence.tokenSpan.lowerBound else { return nil }
                let antecedent = annotated.text(of: token - 1) == "," && token - 1 > sentence.tokenSpan.lowerBound ? token - 2 : token - 1
                let noun = annotated.lemma(of: antecedent).lowercased()
                let isPlace = annotated.tags[antecedent].universal == .propn || WordLists.placeIntroducers.contains(noun)
                    || WordLists.facilityNouns.contains(noun)
                return isPlace ? annotated.tokens[token].scalarsStart + sentence.shift : nil
            }
            timeCache.placeRelatives[sentence.range.lowerBound] = found
            return found
        }()
        let relative = { (offset: Int) -> Bool in
            let (low, high) = (min(offset, triggerOffset), max(offset, triggerOffset))
            return relatives.contains { $0 > low && $0 < high }
        }
        // A date in the dateline (`KYIV, Sept 5 (Reuters) -`) is when the story was filed.
        // An event is told as past: a time that begins after the report (`next month's elections`) is no event's.
        let dated = all.filter { mention in
            (datelineEnd.map { mention.range.lowerBound >= $0 } ?? true) && (mention.time.map { $0.interval.start <= instant } ?? false)
        }
        let unsaid = dated.filter { isEventTime($0, words) && !opensSpan($0, words) && !inAttribution($0, words, sentence) }
        // A live-blog entry's stamp (`09:05 EEST — Artillery hit X on Wednesday evening`) tells when the entry was written:
        // a day the sentence names dates the event (a vaguer time, `last month's killings`, does not outweigh the stamp).
        let namesDay = unsaid.contains { !Self.isEntryStamp($0, in: sentence) && ($0.time.map { $0.precision <= .day } ?? false) }
        let eventTimes = unsaid.filter { !relative($0.range.lowerBound) && !(namesDay && Self.isEntryStamp($0, in: sentence)) }
        // A time of another clause of the sentence (`were on Friday wounded in what residents called
        // shelling`) dates the event when its own clause has none; a time given only for the statement
        // (`said on Saturday it had recaptured`) still bounds it when nothing else does: it happened by then.
        // But a time long past in a relative clause after the trigger (`recaptured X, the port town that insurgents had held
        // since August last year`) tells of what the clause's noun went through before: it makes no history of the event.
        // Only for an event a verb tells: a definite noun (`The attack on Macomia, which had been considered secure since
        // 2021, ...`) refers to an event told before, whatever the clause says of its place.
        let toldByVerb = annotated.token(atScalar: triggerOffset - sentence.shift).map { annotated.tags[$0].universal == .verb } ?? false
        let longPast = { (mention: TimeMention) -> Bool in
            toldByVerb && placeRelatives.contains { $0 > triggerOffset && $0 < mention.range.lowerBound }
                && (mention.time.map { $0.interval.end.secondsSinceEpoch < post.stamp.start.secondsSinceEpoch - Self.backgroundAge } ?? false)
        }
        let otherClauses = unsaid.filter { !longPast($0) }
        let unsided = !eventTimes.isEmpty ? eventTimes : !otherClauses.isEmpty ? otherClauses : dated.filter { !longPast($0) }
        if debugEvents {
            let line = "time @\(triggerOffset): all \(all.map(\.text)) dated \(dated.map(\.text)) event \(eventTimes.map(\.text))\n"
            FileHandle.standardError.write(line.data(using: .utf8)!)
        }
        // `The kidnapping came a day after gunmen killed two soldiers`: the soldiers' day is counted back from the kidnapping's.
        let offsets = countsOffsets ? self.offsets(in: sentence, all) : []
        // A place named in another sentence (the dateline's, the paragraph's) says nothing of the clause.
        let position = placeAt.flatMap { sentence.range.contains($0) ? $0 : nil } ?? triggerOffset
        if let counted = offsetTime(at: position, offsets, pool: unsided, in: sentence, place: place, instant: instant) {
            timeCache.counted.insert(position)
            return counted
        }
        // `Troops retook X on Tuesday, a day after rebels shelled Y on Monday`: each clause's event takes its own clause's day.
        let pool = Self.sameSide(of: position, offsets, unsided)
        // A period still running at the report (`its largest operation of the year on 10 May`) frames the event;
        // a day the sentence also names places it. A period over before the report (`the 2014 massacre`) is kept.
        let framing = { (mention: TimeMention) in mention.time.map { $0.precision > .day && $0.interval.end > instant } ?? false }
        var placing = pool.contains { $0.time.map { $0.precision <= .day } ?? false } ? pool.filter { !framing($0) } : pool
        // `during midday prayers on Thursday`: a time of day that names no day of its own is of the day the clause names.
        if placing.contains(where: { $0.time?.precision == .day }) {
            let dayless = placing.filter { ($0.time.map { $0.precision < .day } ?? false) && !Self.namesItsDay($0.text) }
            if dayless.count < placing.count { placing.removeAll { mention in dayless.contains { $0.range == mention.range } } }
        }
        guard let best = placing.min(by: { abs($0.range.lowerBound - triggerOffset) < abs($1.range.lowerBound - triggerOffset) }),
            var time = best.time
        else { return nil }
        // An event told as having happened was over by its report: a period longer than a day still running then
        // (`this year`, `this month`) is cut there, so the event is not dated at its end. A day keeps its whole span
        // (a report of the same day's event later on is the same event).
        if time.precision > .day, time.interval.end > instant, time.interval.start < instant {
            time.interval = UTCInterval(start: time.interval.start, end: instant)
        }
        // `between 4-7 March`: an event told over a range of days is dated, as ACLED codes it, by the day it
        // began (its text keeps the whole range).
        let before = pool.last { $0.range.upperBound <= best.range.lowerBound }
        let after = pool.first { $0.range.lowerBound >= best.range.upperBound }
        let range = before.flatMap { Self.joinsRange($0, best, in: sentence) ? ($0, best) : nil }
            ?? after.flatMap { Self.joinsRange(best, $0, in: sentence) ? (best, $0) : nil }
        if let (opening, closing) = range, let from = opening.time, let to = closing.time, from.precision == .day, to.precision == .day {
            let scalars = sentence.text.unicodeScalars
            let start = scalars.index(scalars.startIndex, offsetBy: opening.range.lowerBound - sentence.range.lowerBound)
            let end = scalars.index(scalars.startIndex, offsetBy: closing.range.upperBound - sentence.range.lowerBound)
            return (from.interval, from.precision, unsaid.isEmpty ? nil : String(scalars[start..<end]))
        }
        // A live entry's stamp with no zone (`09:20 Kramatorsk came under fire again`) tells when the entry was written, not when
        // its event happened: the event is of that day (so a reference to an event told earlier that day still finds it). A
        // stamp with its zone (`09:20 EEST —`) is kept to the minute, as it was before stamps without one were read: its
        // events stay apart from other entries' (a day would merge a town taken at 09:40 with a march at 14:05).
        if Self.isEntryStamp(best, in: sentence), time.zoneText == nil {
            let day = zone?.local(time.interval.start).date ?? time.interval.start.utcDate
            return (IncidentExtractor.dayInterval(day, in: zone), .day, unsaid.isEmpty ? nil : best.text)
        }
        // Such a time is a bound, not the event's own: it gives no text, so a time told for the event elsewhere prevails.
        return (time.interval, time.precision, unsaid.isEmpty ? nil : best.text)
    }
}

extension PostReader {
    /// Whether a time is an entry's stamp: a clock time opening its sentence and set off by a dash or a colon
    /// (`09:05 EEST — ...`, `14:20: ...`), or followed by the entry's first word (`09:05 Artillery hit ...`).
    static func isEntryStamp(_ mention: TimeMention, in sentence: Sentence) -> Bool {
        guard mention.range.lowerBound == sentence.range.lowerBound, let precision = mention.time?.precision,
              precision < .partOfDay
        else { return false }
        let scalars = sentence.text.unicodeScalars
        let end = mention.range.upperBound - sentence.range.lowerBound
        guard end >= 0, end < scalars.count else { return false }
        let next = scalars[scalars.index(scalars.startIndex, offsetBy: end)...].first { $0 != " " && $0 != "\u{00A0}" }
        return next.map { ["-", "–", "—", ":", "|"].contains(Character($0)) || $0.properties.isUppercase } ?? false
    }

    /// Whether two days are the ends of one range (`4-7`, `3 to 5 May`, `between 9 and 12 May`): only a
    /// dash or a joining word between them.
    static func joinsRange(_ opening: TimeMention, _ closing: TimeMention, in sentence: Sentence) -> Bool {
        let scalars = sentence.text.unicodeScalars
        let from = opening.range.upperBound - sentence.range.lowerBound, to = closing.range.lowerBound - sentence.range.lowerBound
        guard from >= 0, to >= from, to <= scalars.count, to - from <= 9 else { return false }
        let gap = String(scalars[scalars.index(scalars.startIndex, offsetBy: from)..<scalars.index(scalars.startIndex, offsetBy: to)])
        return ["-", "–", "to", "through", "and"].contains(gap.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// When an event happened, as read from a time expression (its text) or taken from the report.
typealias EventTime = (interval: UTCInterval, precision: TimePrecision, text: String?)

/// Times and relative words found in a post's sentences, kept while the post is read.
final class TimeCache {
    struct Key: Hashable {
        var sentence: Int
        var instant: Int64
        var zone: String
        /// The story's time before the sentence, which anaphoric expressions count from.
        var story: RelativeTime.StoryTime?
    }

    var times: [Key: [TimeMention]] = [:]
    var relatives: [Int: [Int]] = [:]
    /// Per sentence, the offsets of the relative pronouns whose clause is on a place (`the port town that ...`).
    var placeRelatives: [Int: [Int]] = [:]
    /// Where events dated by counting from another (`a day after`) were read (their place mention's start, else their
    /// trigger's): their day is no time the story goes on in.
    var counted: Set<Int> = []
}
