import Foundation
import Geo
import Language

/// Reading one sentence: its event clauses gathered into one event per family, placed, dated and recorded.
extension PostReader {
    /// Reads sentence `index`: what it tells is recorded as incidents, added to one told before, or kept
    /// pending until the post's end when no place attaches to it.
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
        // So is a count over a whole country or up to the report (`150 soldiers had been killed in the past day`).
        let counted = counts.fatalities != nil || counts.injured != nil
        if reading.clauses.allSatisfy(\.isOutcome), reading.grammar.countsOverPeriod || (counted && reading.grammar.talliesBeyondOneEvent) {
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
        /// The incident at a place the sentence names again, whose toll a sentence of outcomes alone tells.
        var tollPlace: Int?
        // Not when the sentence names its own weapon (`three people were injured when a man hurled a grenade`).
        if clauses.allSatisfy(\.isOutcome), reading.grammar.summary.weapons.isEmpty, let last = lastEvent,
           case let named = Set(reading.places.filter { $0.role.mayPlaceEvent }.compactMap { mentions[$0.mention].place?.geonameid }),
           case let there = incidents.indices.last(where: { named.contains(incidents[$0].place.geonameid) && (incidents[$0].kind?.family.isViolent ?? false) }),
           // Further on, only at a place where a violent event was told (`... clashes in three districts` ... `In Dhaka, two
           // people were killed in the college area`): the deaths are that event's, not a killing of their own.
           sentence.paragraph - last.paragraph <= 1 || there != nil
        {
            // `By Tuesday morning the death toll in Kupiansk had risen to three`: a toll told at a place is of the violent
            // event told there, and a grown one revises it rather than tell another event on the day of the telling.
            if counts.isRevision, let there {
                reviseFigures(counts, of: there)
                noteOpeningTime(of: index)
                return
            }
            let kind = there.flatMap { incidents[$0].kind } ?? last.kind
            for index in clauses.indices { clauses[index].kind = kind }
            tollPlace = there
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
        /// Whether each family's kind was named by an outcome or a participle (`..., damaging a school`).
        var kindOfOutcome: [Bool] = []
        let quoted = quotation(in: sentence)
        for (at, clause) in clauses.enumerated() where !(clause.isAnaphor && lastEvent == nil) {
            var attached = reading.places.filter { $0.role == .event(at) }.map(\.mention)
                .filter { !isSpeakers($0, of: clause.trigger.lowerBound, in: sentence, quoted: quoted) }
            // `traded fire with militants during a search raid in X`: an event told inside another with no place of its own was at that one's.
            if attached.isEmpty, let framing = reading.grammar.framingClause(of: at, clauses: clauses) {
                attached = reading.places.filter { $0.role == .event(framing) }.map(\.mention)
            }
            // `Officers in X said they had detained two suspects`: an arrest with no place of its own is where the force that made it is
            // said to be (`police in X`, `X police`).
            if attached.isEmpty, clause.kind == .arrests {
                attached = reading.places.map(\.mention).filter(isForcesPlace)
            }
            // `A drone strike on X killed two, hours after artillery pounded Y`: two kinds of remote violence, each named by
            // its own word or weapon and with places of its own, are two events.
            let named = clause.kind.family == .remoteViolence && (clause.hasOwnWeapon || !clause.isGeneric)
            // So are a place taken and retaken (`insurgents took over X on Sunday, but soldiers retook it on Monday`): one side's
            // gain, then the other's.
            // And a peaceful gathering told beside a riot elsewhere (`youths stoned police in X, while a march in Y ended peacefully`).
            let segment = reading.grammar.contrastSegment(around: clause.trigger.lowerBound)
            let apart = { (index: Int) in
                Set([families[index].kind, clause.kind]) == [.nonStateActorOvertakesTerritory, .governmentRegainsTerritory]
                    || (families[index].kind != clause.kind && [families[index].kind, clause.kind].contains(.peacefulProtest)
                        && !segment.contains(families[index].trigger) && !attached.isEmpty && !families[index].places.isEmpty
                        && Set(attached).isDisjoint(with: families[index].places))
                    || (families[index].kind != clause.kind && named && namedKind[index] && !clause.isOutcome && !attached.isEmpty
                        && !families[index].places.isEmpty && Set(attached).isDisjoint(with: families[index].places))
            }
            if let known = families.indices.first(where: { families[$0].kind.family == clause.kind.family && !apart($0) }) {
                // An interception explains what became of an attack, unless the sentence's toll says the weapon struck
                // (`shelling killed a man in X, as Moscow reported shooting down drones`): then the strike is what happened.
                let current = families[known].kind
                if struck, clause.kind == .disruptedWeaponsUse || current == .disruptedWeaponsUse {
                    if current == .disruptedWeaponsUse { families[known].kind = clause.kind }
                } else if clause.kind.specificity > current.specificity, !Self.isSecondary(clause, annotated) || kindOfOutcome[known] {
                    // Not an outcome's or a participle's over the main clause's (`a guided aerial bomb slammed into X, damaging a school`).
                    families[known].kind = clause.kind
                    kindOfOutcome[known] = Self.isSecondary(clause, annotated)
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
                kindOfOutcome.append(Self.isSecondary(clause, annotated))
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
            let toldAsNotHappened = readings.indices[..<index].contains { readings[$0].cancelledKinds.contains { $0.family == families[family].kind.family } }
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
        // `A police statement gave a toll of four and blamed rioters`: a toll told in a sentence whose only events are told as
        // not having happened, at no place, is the toll of the event told before (an event that did not happen has none).
        // Only a toll named as one: other figures there (`two rioters were arrested`) may be of anything.
        if !families.isEmpty, families.allSatisfy({ !$0.asserted && $0.places.isEmpty }), counts.fatalities != nil || counts.injured != nil,
           counts.isNamedToll,
           addToll(counts, of: index, evidence: evidence)
        {
            return
        }
        /// Makes the families whose kind `absorbed` picks part of family `target`: their places become its places, and it
        /// is asserted when one of them was.
        func fold(_ absorbed: (EventKind) -> Bool, into target: Int) {
            for other in families where absorbed(other.kind) {
                families[target].places += other.places.filter { !families[target].places.contains($0) }
                families[target].asserted = families[target].asserted || other.asserted
            }
            families.removeAll { absorbed($0.kind) }
        }
        // `Gunmen exchanged fire with soldiers who raided a village`: a raid met with fire, with no civilian
        // victim named, is the fight, not an attack on civilians besides it.
        if let battle = families.firstIndex(where: { $0.kind == .armedClash }), !reading.grammar.hasCivilianVictims() {
            fold({ $0 == .attack }, into: battle)
        }
        // `Troops traded fire with militants during a search raid`: arrests a fight broke out in are part of the fight, as
        // ACLED codes them.
        let framedByArrests = clauses.indices.contains { at in
            clauses[at].kind.family == .battle && reading.grammar.framingClause(of: at, clauses: clauses).map { clauses[$0].kind == .arrests } == true
        }
        if framedByArrests, let battle = families.firstIndex(where: { $0.kind.family == .battle }) {
            fold({ $0 == .arrests }, into: battle)
        }
        // Burning and looting in an attack, a battle or a riot are part of it, not an event of their own: its places are the violence's.
        // Not burning at a place of its own, beside killing placed at another town (`beheaded four in X, and torched houses
        // in nearby Y`): an event there.
        if let violent = families.firstIndex(where: { $0.kind.family.isViolent }) {
            let violentPlaces = families[violent].places
            let placedAtTowns = !violentPlaces.isEmpty
                && !violentPlaces.contains(where: { mentions[$0].place.map { $0.kind.isRegion || $0.kind.isBeyondCountries } ?? true })
            let burnsElsewhere = placedAtTowns && families.contains { looting in
                // A street lies in the town (`torched a police van on X Street` in a riot in the city): no place of its own.
                looting.kind == .looting && looting.places.contains { place in
                    !violentPlaces.contains { mentions[$0].text == mentions[place].text }
                        && !WordLists.streetNouns.contains(mentions[place].text.split(separator: " ").last.map { $0.lowercased() } ?? "")
                }
            }
            // `raided the village of Liki, carrying off livestock`: a raid that harms nobody, with no weapon of its own, is
            // the looting it was for.
            let harmless = (counts.fatalities?.value ?? 0) == 0 && (counts.injured?.value ?? 0) == 0
                && !sentence.tokenSpan.contains { EventLexicon.bodilyHarm.contains(annotated.lemma(of: $0).lowercased()) }
            let raidForGoods = harmless && families[violent].kind == .attack
                && annotated.lemma(of: families[violent].trigger).lowercased() == "raid"
                && !clauses.contains(where: { $0.kind == .attack && $0.hasOwnWeapon })
            if !burnsElsewhere, raidForGoods, let looting = families.firstIndex(where: { $0.kind == .looting }) {
                fold({ $0 == .attack }, into: looting)
            } else if !burnsElsewhere {
                fold({ $0 == .looting }, into: violent)
            }
        }
        // `Rangers opened fire on demonstrators`: violence against a protest the sentence tells of is the force used on it.
        if let force = families.firstIndex(where: { $0.kind == .excessiveForce }) {
            fold({ $0.family == .battle || $0.family == .violenceAgainstCivilians }, into: force)
        }
        // `Police fired tear gas to disperse students who had blocked X, detaining 15 people`: arrests at a protest met
        // with force are part of that intervention (as ACLED codes them), not an event of their own.
        if let protest = families.firstIndex(where: { $0.kind == .protestWithIntervention || $0.kind == .excessiveForce }) {
            fold({ $0 == .arrests }, into: protest)
        }
        // `Forces arrested five militants in a dawn raid`: a raid that arrests and harms nobody is the arrest's operation.
        if families.contains(where: { $0.kind == .arrests }),
            !sentence.tokenSpan.contains(where: { EventLexicon.harm.contains(annotated.lemma(of: $0).lowercased()) })
        {
            families.removeAll { $0.kind.family.isViolent && annotated.lemma(of: $0.trigger).lowercased() == "raid" }
        }
        let attribution = AttributionReader.read(sentence.tokens).map { AttributionReader.expandAbbreviations($0, using: postWords) }
        let actors = ActorReader.actors(in: sentence.tokens)
        // `Two women and a child were killed in Ariha; in Kafr Nubl, shells ... caused no casualties`: figures by clause.
        // A region named beside towns (`In the state of X, a soldier was killed and two were wounded ... in Y`) holds them:
        // no clause of its own.
        let eventPlaces = families.flatMap(\.places)
        let townPlaces = eventPlaces.filter { !(mentions[$0].place?.kind.isRegion ?? false) }
        let clauseSplit = counts.fatalities != nil || counts.injured != nil
            ? clauseTolls(in: index, placeStarts: (townPlaces.isEmpty ? eventPlaces : townPlaces).map { mentions[$0].range.lowerBound }) : nil
        // Of two events of one family told apart in the sentence, the toll is the one's whose trigger comes last before
        // the first word of harm (`... drone strike ... killed two, hours after artillery pounded Y`), unless each event's
        // clause tells its own (`shelling injured two in A, while a drone wounded three near B`).
        var withoutToll = Set<Int>()
        if clauseSplit == nil, let harm = sentence.tokenSpan.first(where: { EventLexicon.harm.contains(annotated.lemma(of: $0).lowercased()) }) {
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
                // Burning beside killing at another place: the dead are the killing's.
                counts: retold || withoutToll.contains(familyIndex) || family.kind.harmsNoOne
                    || (family.kind == .looting && families.contains { $0.kind.family.isViolent }) ? CasualtyCounts() : counts,
                sources: attribution.map { [$0.text] } ?? [], actors: actors, evidence: evidence,
                isAsserted: family.asserted)
            // `181 leaders were killed in 2023`: outcomes told of the past are history too, which `the killings` after
            // them goes on telling.
            let outcomesOnly = clauses.allSatisfy(\.isOutcome)
            let isHistoryTold = !outcomesOnly || family.kind.family.isViolent ? mentions.lazy.compactMap(\.place).first.flatMap { zone in
                time(in: sentence, at: annotated.tokens[family.trigger].scalarsStart + sentence.shift, place: zone)
            }.map(isHistory) ?? false : false
            if !outcomesOnly || isHistoryTold {
                lastEvent = (family.kind, sentence.paragraph)
                lastEventAsserted = family.asserted
                lastEventIsHistory = isHistoryTold
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
                // `Update on Kivsharivka: one of the wounded has died`: with the place named but not attached, still the event there.
                if report.isAsserted, let target = tollPlace ?? continued(family, in: reading, paragraph: sentence.paragraph),
                    !interceptsApart(report.kind, from: target)
                {
                    // A back-reference (`the attack`) or a toll (`six were killed`) adds to the event; it does not retell it.
                    let retells = reading.clauses.contains { $0.kind.family == family.kind.family && !$0.isOutcome && !$0.isReference }
                    // `shelled the towns of A and B` ... `The barrage left seven dead across both`: the toll is the
                    // list's, divided among its towns (not when it is smaller than the list: which town had none is not known).
                    let refersBack = reading.clauses.contains { $0.kind.family == family.kind.family && $0.isReference }
                    let list = (retells && !refersBack) || tollPlace != nil ? [] : toldTogether(with: target)
                    let shares = list.indices.map { report.counts.share($0, of: list.count) }
                    if isUntolledList(list), shares.allSatisfy({ $0.other["fatalities_total"] != nil || $0.other["injured_total"] != nil }) {
                        for (member, share) in zip(list, shares) {
                            var part = report
                            part.counts = share
                            if share.other["fatalities_total"] == nil { part.counts.fatalities = nil }
                            if share.other["injured_total"] == nil { part.counts.injured = nil }
                            add(part, to: member, keepingKind: true)
                        }
                    } else {
                        add(report, to: target, keepingKind: !retells)
                    }
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
                    let trigger = annotated.tokens[report.trigger].scalarsStart + sentence.shift
                    if let zone = mentions.lazy.compactMap(\.place).first,
                        let own = time(in: sentence, at: trigger, place: zone), own.text != nil, !isHistory(own), !timeCache.counted.contains(trigger)
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
            // The places the events stand at, each once (a region that only holds them has no toll of its own).
            let standing = placed.compactMap { placement in family.places.first { mentions[$0].text == placement.text } }
            let tolls = Set(standing).count >= 2 ? perPlaceTolls(Array(Set(standing)), sentenceMentions: reading.places.map(\.mention)) : nil
            // When the list's tolls are of both kinds (`killing two in A and wounding three in B`), a place with a toll of one
            // kind has none of the other: the dead were elsewhere.
            let mixed = tolls.map { Set($0.values.map(\.injured)).count == 2 } ?? false
            let shares = tolls == nil ? sharedTollPositions(placed, of: family.places, split: clauseSplit, in: sentence.range) : [:]
            // `killed 12 in three villages of X department` ... `struck A, B and C`: the earlier toll is the list's to divide.
            let summary = clauseSplit == nil ? listSummary(of: report, placed: placed, shares: shares) : nil
            let summedTolls = summary.map { listTolls(report.counts, summedBy: incidents[$0]) }
            for (position, placement) in placed.enumerated() {
                var told = report
                if let tolls, let mention = family.places.first(where: { mentions[$0].text == placement.text }), let toll = tolls[mention] {
                    if toll.injured {
                        told.counts.injured = Count(toll.value)
                        if mixed { told.counts.fatalities = Count(0) }
                    } else {
                        told.counts.fatalities = Count(toll.value)
                        if mixed { told.counts.injured = nil }
                    }
                } else if let clauseSplit, let start = placement.mentionStart, sentence.range.contains(start),
                    told.counts.fatalities != nil || told.counts.injured != nil
                {
                    let own = clauseSplit.counts[clauseSplit.clause(of: start)]
                    told.counts.fatalities = own.fatalities
                    told.counts.injured = own.injured
                }
                if let summedTolls { told.counts = summedTolls }
                if let share = shares[position] { told.counts = told.counts.share(share.index, of: share.count) }
                if let summary, position == 0 {
                    replaceSummary(summary, with: told, at: placement)
                    continue
                }
                record(told, at: placement)
            }
        }
    }

    /// Whether a clause only tells what an act did: an outcome (`killing two`) or a participle clause after a comma
    /// (`, damaging a school`), not a gerund naming the act (`Houthi shelling killed a boy`).
    static func isSecondary(_ clause: EventClause, _ annotated: AnnotatedText) -> Bool {
        let trigger = clause.trigger.lowerBound
        return clause.isOutcome || (annotated.tags[trigger].penn == "VBG" && trigger > 0 && annotated.text(of: trigger - 1) == ",")
    }
}
