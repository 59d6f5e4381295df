import Geo
import Language
import Timeline

/// Recording what a sentence tells: new incidents, reports added to known ones, back-references
/// that place and date an event told before, tolls per place, casualty figures.
extension PostReader {
    /// A toll of one place of a list: its figure, and whether it counts the wounded.
    struct PlaceToll: Hashable {
        var value: Int
        var injured: Bool
    }

    /// The toll written before each place of a list (`Four were killed in Kano, two in Jos`): a number, perhaps a
    /// casualty verb, then `in`/`at`; nil unless every place has one. A place named twice in the sentence takes the
    /// toll of either naming (`shelled Berestove and Ivanivske, killing two in Berestove and wounding three in
    /// Ivanivske`): `sentenceMentions` are all the sentence's place mentions.
    func perPlaceTolls(_ places: [Int], sentenceMentions: [Int]) -> [Int: PlaceToll]? {
        var values: [Int: PlaceToll] = [:]
        for mention in places {
            let namings = [mention] + sentenceMentions.filter { $0 != mention && sameNaming($0, mention) }
            guard let toll = namings.lazy.compactMap({ self.toll(before: $0) }).first else { return nil }
            values[mention] = toll
        }
        return values.count >= 2 ? values : nil
    }

    /// Whether two mentions name one place: the same place, or the same words where the gazetteer lacks it.
    private func sameNaming(_ one: Int, _ other: Int) -> Bool {
        if let a = mentions[one].place?.geonameid, let b = mentions[other].place?.geonameid { return a == b }
        return mentions[one].text == mentions[other].text
    }

    /// The toll written right before place mention `mention`: `four in Kano`, `five civilians were killed in X`,
    /// `wounding three people in X` (a casualty verb before the figure or between it and the place says which).
    private func toll(before mention: Int) -> PlaceToll? {
        var injured = false
        var cursor = mentionTokens[mention].lowerBound - 1
        // `Twelve were killed in the capital, Bamako, and four in Mopti`: the place named after a description of it.
        if cursor > 2, annotated.text(of: cursor) == "," {
            var back = cursor - 1, steps = 0
            while back > 0, steps < 4, [.det, .adj, .noun].contains(annotated.tags[back].universal) {
                back -= 1
                steps += 1
            }
            if steps > 0, ["in", "at"].contains(annotated.lemma(of: back).lowercased()) { cursor = back }
        }
        // `six in neighbouring X`: a modifier of the name between it and `in`.
        if cursor > 1, ["JJ", "VBG", "VBN"].contains(annotated.tags[cursor].penn), ["in", "at"].contains(annotated.lemma(of: cursor - 1).lowercased()) {
            cursor -= 1
        }
        guard cursor > 0, ["in", "at"].contains(annotated.lemma(of: cursor).lowercased()) else { return nil }
        cursor -= 1
        // `died at the post in Djibo`: a phrase placing the dead inside the place, between the verb and `in`.
        var back = cursor, words = 0
        while back > 0, words < 3, [.noun, .adj].contains(annotated.tags[back].universal) {
            back -= 1
            words += 1
        }
        if words > 0, back > 1, annotated.tags[back].universal == .det { back -= 1 }
        if words > 0, back > 1, annotated.tags[back].universal == .adp, annotated.tags[back - 1].universal.isVerbal { cursor = back - 1 }
        // `killed five civilians in Sarmin`: the counted noun, with its adjectives, between the figure and the place.
        var nouns = 0
        while cursor > 0, nouns < 3, !isFigure(cursor), [.noun, .adj].contains(annotated.tags[cursor].universal),
            annotated.tags[cursor - 1].universal != .adp
        {
            cursor -= 1
            nouns += 1
        }
        var steps = 0
        while cursor > 0, steps < 3, annotated.tags[cursor].universal.isVerbal {
            if Self.isInjuryVerb(annotated.lemma(of: cursor)) { injured = true }
            cursor -= 1
            steps += 1
        }
        // `five civilians were killed in X`: the counted noun before the verb.
        nouns = 0
        while cursor > 0, nouns < 3, steps > 0, !isFigure(cursor), [.noun, .adj].contains(annotated.tags[cursor].universal) {
            cursor -= 1
            nouns += 1
        }
        guard isFigure(cursor) else { return nil }
        var written = String(annotated.text(of: cursor)).lowercased().replacingOccurrences(of: ",", with: "")
        // `Twenty-five`, split by the tokenizer at its hyphen.
        if cursor > 1, annotated.text(of: cursor - 1) == "-", isFigure(cursor - 2) {
            written = annotated.text(of: cursor - 2).lowercased() + "-" + written
            cursor -= 2
        }
        guard let value = Int(written) ?? CountLexicon.smallNumber(written) else { return nil }
        // `wounding three people in X`: the verb that governs the figure.
        if cursor > 0, annotated.tags[cursor - 1].universal.isVerbal, Self.isInjuryVerb(annotated.lemma(of: cursor - 1)) { injured = true }
        return PlaceToll(value: value, injured: injured)
    }

    /// Whether token `index` is a figure: tagged a number, or a number word the tagger took for something else (`Nine
    /// people were killed`, the sentence's first word read as an adjective).
    private func isFigure(_ index: Int) -> Bool {
        annotated.tags[index].universal == .num || CountLexicon.smallNumber(annotated.text(of: index).lowercased()) != nil
    }

    private static func isInjuryVerb(_ lemma: String) -> Bool {
        SentenceGrammar.tollVerbs[lemma.lowercased()] == .injured
    }

    /// Whether `report`'s own time (if its sentence dates it) overlaps `incident`'s: `Just one day earlier, the
    /// hospital was struck` is another strike than the one told of today.
    func toldOnTheSameDay(_ report: Report, as incident: Incident) -> Bool {
        guard incident.occurredText != nil else { return true }
        let sentence = sentences[report.sentence]
        guard let own = time(in: sentence, at: annotated.tokens[report.trigger].scalarsStart + sentence.shift, place: incident.place),
            own.text != nil
        else { return true }
        return own.interval.overlaps(incident.occurred)
    }

    /// A new incident for `report` at `placement`, or a new report of an incident already read.
    mutating func record(_ report: Report, at placement: Placement) {
        guard let incident = incident(report, at: placement) else { return }
        let sentence = sentences[report.sentence]
        if let same = incidents.indices.first(where: { IncidentMerger.canMerge(incidents[$0], incident, inOneDocument: true) }) {
            // `killing 40 in A and B` ... `25 died in A and 15 in B`: a place's own figure replaces its share of a whole.
            if incidents[same].counts["fatalities_total"] != nil, incident.fatalities != nil, incident.counts["fatalities_total"] == nil {
                (incidents[same].fatalities, incidents[same].counts["fatalities_total"]) = (nil, nil)
            }
            if incidents[same].counts["injured_total"] != nil, incident.injured != nil, incident.counts["injured_total"] == nil {
                (incidents[same].injured, incidents[same].counts["injured_total"]) = (nil, nil)
            }
            IncidentMerger.absorb(incident, into: &incidents[same])
            // `The death toll from the strike on the Kharkiv store has risen to 11`: a grown toll, not a second opinion.
            reviseFigures(report.counts, of: same)
            incidentParagraphs[same] = sentence.paragraph
        } else {
            incidents.append(incident)
            incidentParagraphs.append(sentence.paragraph)
            incidentKilledSides.append(report.counts.killedSide.map { [$0] } ?? [])
        }
    }

    /// What a sentence that only points back at an event (`The incident happened early on Sunday in
    /// Tonkoro district`) says of it: its place, when inside the one known or finer than a region
    /// of its country, and its time. False when the place is another's (the report is then recorded as its own).
    mutating func refine(_ target: Int, with report: Report, at placement: Placement) -> Bool {
        guard let told = incident(report, at: placement) else { return true }
        let known = incidents[target]
        let inside = known.place.geonameid == told.place.geonameid || IncidentMerger.contains(known, told)
            || (known.locationPrecision.isRegion && known.place.countryCode == told.place.countryCode
                && told.locationPrecision.fineness > known.locationPrecision.fineness)
        guard inside, known.kind?.family == told.kind?.family else { return false }
        var merged = known
        IncidentMerger.absorb(told, into: &merged)
        if known.place.geonameid != told.place.geonameid, !IncidentMerger.contains(known, told) {
            (merged.place, merged.location, merged.locationPrecision) = (told.place, told.location, told.locationPrecision)
            (merged.geoPrecision, merged.locationSource, merged.isLocationResolved) = (told.geoPrecision, told.locationSource, told.isLocationResolved)
        }
        if told.occurredText != nil {
            (merged.occurred, merged.occurredPrecision, merged.occurredText) = (told.occurred, told.occurredPrecision, told.occurredText)
            merged.timePrecision = told.timePrecision
        }
        incidents[target] = merged
        reviseFigures(report.counts, of: target)
        incidentParagraphs[target] = max(incidentParagraphs[target], sentences[report.sentence].paragraph)
        return true
    }

    /// The incident `report` tells of at `placement`, dated by its sentence or the story's time; nil for history.
    mutating func incident(_ report: Report, at placement: Placement) -> Incident? {
        let sentence = sentences[report.sentence]
        let place = placement.place
        let trigger = annotated.tokens[report.trigger].scalarsStart + sentence.shift
        let own = time(in: sentence, at: trigger, place: place, placeAt: placement.mentionStart)
        // An event dated long before the report (`seized power in August 2021`) is background.
        if let own, isHistory(own) { return nil }
        if let own, own.text != nil, !timeCache.counted.contains(placement.mentionStart.flatMap { sentence.range.contains($0) ? $0 : nil } ?? trigger) {
            lastDated = (own, report.sentence)
        }
        // A story goes on in the time it has set (`on Tuesday` ... `a helicopter fired two missiles`): an event
        // its own sentence does not date is of the last date told before it, its text kept as the source.
        let when = own ?? storyTime[sentence.range.lowerBound]
        let incident = Incident(
            kind: report.kind, place: place, location: placement.text, locationSource: placement.source,
            isLocationResolved: placement.isResolved, locationPrecision: placement.precision,
            geoPrecision: placement.geoPrecision,
            occurred: when?.interval ?? IncidentExtractor.reportDay(of: post.stamp, in: place),
            occurredPrecision: when?.precision ?? .day, occurredText: when?.text,
            timePrecision: when?.precision.acledTimePrecision ?? 2, reportedAt: post.stamp.start,
            fatalities: report.counts.fatalities?.value, injured: report.counts.injured?.value, counts: report.counts.other,
            sources: report.sources, actors: report.actors, verification: postFlags, notes: sentence.text,
            provisional: false, evidence: [report.evidence])
        return incident
    }

    /// Adds what `report` tells to incident `target` (its place stays).
    mutating func add(_ report: Report, to target: Int, keepingKind: Bool) {
        let sentence = sentences[report.sentence]
        var part = incidents[target]
        // `Officers fired on strikers holding a road` ... `the sit-in had been calm until officers used live ammunition`:
        // an attack the story then tells as force against a protest was force against protesters, as ACLED codes it.
        let protestAttacked = report.kind == .excessiveForce && incidents[target].kind == .attack
        // `Gunmen raided a police post, killing a constable` ... `One raider was shot in the exchange of fire`: an attack the
        // story then names as a fight was one, as ACLED codes an attack its targets fought back.
        let foughtBack = report.kind == .armedClash && incidents[target].kind == .attack
            && readings[report.sentence].clauses.contains { clause in
                // A fight's own word (`the clashes`, `the exchange of fire`), not `the attack` told again.
                let grammar = readings[report.sentence].grammar, at = clause.trigger.lowerBound
                let exchanged = grammar.isExchangeOfFire(at: at) && at >= grammar.span.lowerBound + 3 && grammar.lemma(at - 3) == "the"
                return clause.kind == .armedClash && ((clause.isReference && !clause.isGeneric) || exchanged)
            }
        part.kind = keepingKind && !protestAttacked ? incidents[target].kind : report.kind
        part.fatalities = report.counts.fatalities?.value
        part.injured = report.counts.injured?.value
        part.counts = report.counts.other
        part.sources = report.sources
        part.actors = report.actors
        part.verification = postFlags
        part.evidence = [report.evidence]
        part.occurredText = nil
        let time = time(in: sentence, at: annotated.tokens[report.trigger].scalarsStart + sentence.shift, place: part.place)
        // A sentence dated long before the report tells of history, not of this event.
        if let time, isHistory(time) { return }
        // A toll told later (`By Thursday morning the death toll had risen to 11`) does not move a dated event; the
        // event told again on an earlier day (`The toll ... rose to 39 on Tuesday` ... `The strikes hit the market on
        // Monday morning`) does: the later day was the count's.
        let toldAsEvent = readings[report.sentence].clauses.contains { $0.kind.family == report.kind.family && !$0.isOutcome }
        let earlierDay = time.map { $0.precision >= .partOfDay && $0.interval.end <= incidents[target].occurred.start } ?? false
        // A finer time within the event's (`struck on Saturday night` after `a weekend attack`) says when in it.
        let within = time.map { $0.precision < incidents[target].occurredPrecision && $0.interval.start >= incidents[target].occurred.start
            && $0.interval.end <= incidents[target].occurred.end } ?? false
        if let time, time.text != nil, !(keepingKind && incidents[target].occurredText != nil) || (earlierDay && toldAsEvent) || within {
            (part.occurred, part.occurredPrecision, part.occurredText) = (time.interval, time.precision, time.text)
            part.timePrecision = time.precision.acledTimePrecision
            if !timeCache.counted.contains(annotated.tokens[report.trigger].scalarsStart + sentence.shift) { lastDated = (time, report.sentence) }
        } else {
            part.timePrecision = 2
        }
        // `Rebels seized the town on Saturday` ... `Troops retook the town the following day`: the other side taking the
        // place is another event there, not more of the first.
        if Set([incidents[target].kind, report.kind]) == [.nonStateActorOvertakesTerritory, .governmentRegainsTerritory] {
            part.kind = report.kind
            part.locationSource = max(part.locationSource, .paragraph)
            incidents.append(part)
            incidentParagraphs.append(sentence.paragraph)
            incidentKilledSides.append(report.counts.killedSide.map { [$0] } ?? [])
            return
        }
        let earlier = incidents[target]
        IncidentMerger.absorb(part, into: &incidents[target])
        if foughtBack { incidents[target].kind = .armedClash }
        addFigures(report.counts, to: target, before: earlier)
        keepWhole(report.counts, of: target, before: earlier)
        addOtherSide(report.counts, to: target, before: earlier)
        // A toll that has grown (`By Thursday the death toll had risen to 11`) replaces the first figure; the
        // lower of two reports is kept only where they disagree.
        reviseFigures(report.counts, of: target)
        incidentParagraphs[target] = max(incidentParagraphs[target], sentence.paragraph)
    }

    /// The casualty figures of a sentence: the word rules, completed from the phrase structure.
    func casualties(in index: Int) -> CasualtyCounts {
        var counts = CountReader.read(sentences[index].tokens)
        let grammar = readings[index].grammar.casualties()
        let filledByGrammar = counts.fatalities == nil
        if counts.fatalities == nil, let killed = grammar.killed { counts.fatalities = Count(killed) }
        if counts.injured == nil, let injured = grammar.injured { counts.injured = Count(injured) }
        // `killing nine assailants and losing three soldiers`: a side's own dead, which the word rules do not read, are
        // besides the dead the word rules read (ACLED sums both sides); not when both are told as one side's (`killed 23
        // insurgents; the insurgents said they lost four fighters` is two reports of one side's dead).
        // With no side named for the lost, an equal figure may be the same dead told twice.
        if let lost = grammar.lost, let killed = counts.fatalities, !filledByGrammar,
            lost.side.map({ CountReader.side(ofDead: killed.value, in: sentences[index].tokens) != $0 }) ?? (killed.value != lost.count)
        {
            counts.fatalities = Count(killed.value + lost.count, killed.qualifier)
        }
        counts.killedSide = CountReader.side(ofDead: counts.fatalities?.value, in: sentences[index].tokens)
        return counts
    }

    /// The incident an event with no place of its own continues: for a definite back-reference
    /// (`the attack`) the last violent event of the post; for a toll alone (`six were killed`)
    /// the last event of the paragraph or the one before; otherwise the last event of its family there.
    func continued(_ family: (kind: EventKind, places: [Int], trigger: Int, asserted: Bool), in reading: SentenceReading, paragraph: Int) -> Int? {
        let clauses = reading.clauses.filter { $0.kind.family == family.kind.family }
        let near = { (index: Int) in paragraph - self.incidentParagraphs[index] <= 1 }
        if clauses.allSatisfy(\.isOutcome) {
            return incidents.indices.last { near($0) }
        }
        if clauses.contains(where: \.isReference) {
            // `the toll from Wednesday's shelling`: a reference that names its own kind is to the last event of that kind,
            // though an event of another kind of the family (a drone strike) was told since.
            let ownKind = clauses.contains { $0.isReference && !$0.isGeneric && $0.kind == family.kind }
            return (ownKind ? incidents.indices.last { incidents[$0].kind == family.kind } : nil)
                ?? incidents.indices.last { incidents[$0].kind?.family == family.kind.family }
                ?? incidents.indices.last { (incidents[$0].kind?.family.isViolent ?? false) && family.kind.family.isViolent }
        }
        return incidents.indices.last { incidents[$0].kind?.family == family.kind.family && near($0) }
    }

    /// Whether an interception told without a place is another event than incident `target`: one whose weapon
    /// struck and hurt people was not intercepted (`wounding two people` ... `it had shot down 12 drones`).
    func interceptsApart(_ kind: EventKind, from target: Int) -> Bool {
        kind == .disruptedWeaponsUse && incidents[target].kind != .disruptedWeaponsUse
            && (incidents[target].fatalities ?? 0) + (incidents[target].injured ?? 0) > 0 || defusedApart(kind, from: target)
    }

    /// Whether a device defused is another than the one of incident `target`: a bomb or a grenade that went off was not
    /// defused (`a second device ... defused it`); only what flies is stopped on its way.
    func defusedApart(_ kind: EventKind, from target: Int) -> Bool {
        kind == .disruptedWeaponsUse && [.grenade, .remoteExplosive, .suicideBomb].contains(incidents[target].kind)
    }

    /// `On Tuesday, traders shut their shops across the city.`: a sentence that opens with a time sets the
    /// story's time for the sentences after it, whether or not it tells an event the rules read.
    mutating func noteOpeningTime(of index: Int) {
        let sentence = sentences[index]
        guard let place = mentions.lazy.compactMap(\.place).first,
              let opening = time(in: sentence, at: sentence.range.lowerBound, place: place, countsOffsets: false), let text = opening.text,
              let found = sentence.text.range(of: text),
              sentence.text.distance(from: sentence.text.startIndex, to: found.lowerBound) <= Self.openingReach,
              !isHistory(opening)
        else { return }
        lastDated = (opening, index)
    }

    /// How far into a sentence an opening time may start (`On Friday,`, `Later on Saturday,`), in characters.
    static let openingReach = 12

    /// Whether a time lies over a month before the report, or is known no better than a season or a year, so
    /// that what it dates is history, not news (`seized power in August 2021`, `the rebels, who seized the town
    /// earlier this year`): ACLED codes no event it cannot date to a month at least.
    func isHistory(_ time: EventTime) -> Bool {
        time.interval.end.secondsSinceEpoch < post.stamp.start.secondsSinceEpoch - Self.backgroundAge
            || (time.text != nil && time.precision > .month)
    }
}
