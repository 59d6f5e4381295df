import Foundation

/// What becomes of the events read with no place of their own, once the whole post is read.
extension PostReader {
    /// Places the events no place attached to, once the whole post is read: the same event told
    /// with a place elsewhere in the post (`a bomb attack near the border` ... `a blast near Sadiwa`),
    /// else the paragraph's, headline's, dateline's or post's place.
    mutating func finish() {
        for report in pending {
            let paragraph = sentences[report.sentence].paragraph
            // `lobbed a grenade at a market near the X here`: in a datelined story `here` is the dateline's town, where
            // the event is one of its family told there that day, or a new one.
            if let here = datelineHere(in: report.sentence), let town = here.first?.place {
                let told = incidents.indices.first {
                    incidents[$0].kind?.family == report.kind.family && incidents[$0].place.geonameid == town.geonameid
                        && toldOnTheSameDay(report, as: incidents[$0])
                }
                if let told { add(report, to: told, keepingKind: false) } else { for placement in here { record(report, at: placement) } }
                continue
            }
            // `aircraft bombed a monastery ...` then `The monastery stands in X`: where the next sentences put what it struck.
            if let later = placeOfTarget(for: report) {
                for placement in later { record(report, at: placement) }
                continue
            }
            var same = incidents.indices.filter { incidents[$0].kind?.family == report.kind.family && !interceptsApart(report.kind, from: $0) }
            var retold = false
            // `Police fired at protesters outside the university. One student was killed`: violence told without a place
            // after another violent event of its paragraph is that event before one of its own family further away.
            let starts = incidents.map { $0.evidence.first?.range.lowerBound ?? .max }
            let toldBefore = { (index: Int) in starts[index] < report.evidence.range.lowerBound }
            let ownParagraph = !same.contains { incidentParagraphs[$0] == paragraph }
                && incidents.indices.contains { (incidents[$0].kind?.family.isViolent ?? false) && incidentParagraphs[$0] == paragraph && toldBefore($0) }
            if report.kind.family.isViolent, ownParagraph { same = [] }
            // `Tens of thousands rallied on Sunday` ... `Protesters also gathered in Batumi`: protests are held in many
            // places at once, so one told after this one with a place of its own is another, unless its telling points
            // back (`The rally took place in X`). Violence told first without a place and then with one is one event.
            if report.kind.family == .demonstrations {
                same.removeAll { index in
                    guard !toldBefore(index), let told = sentences.firstIndex(where: { $0.range == incidents[index].evidence.first?.range })
                    else { return false }
                    return !readings[told].clauses.contains { $0.kind.family == report.kind.family && ($0.isReference || $0.isAnaphor) }
                }
            }
            // An event of another day is another event: the nearest of the family told on the same day is the one.
            same.removeAll { !toldOnTheSameDay(report, as: incidents[$0]) }
            // Burning and looting in a sentence naming no place (but a speaker's: `"They burned the granaries," an official in X said`).
            let quoted = report.kind == .looting ? quotation(in: sentences[report.sentence]) : []
            let placeless = report.kind == .looting && readings[report.sentence].places.allSatisfy {
                isSpeakers($0.mention, of: report.trigger, in: sentences[report.sentence], quoted: quoted)
            }
            if same.isEmpty, report.kind.family.isViolent || placeless {
                // `The army said its troops came under fire ... and responded`: violence told without a place in the
                // paragraph of a violent event told with one is that event, told from the other side. Burning and
                // looting told so (`the attackers set fire to 20 huts before withdrawing`) are part of the story's
                // violence of that day wherever it was told (a quote paragraphs after the attack), as in one sentence.
                same = incidents.indices.filter {
                    (incidents[$0].kind?.family.isViolent ?? false) && (placeless || incidentParagraphs[$0] == paragraph)
                        && !defusedApart(report.kind, from: $0)
                }
                retold = true
            }
            if debugEvents { FileHandle.standardError.write("pending S\(report.sentence) \(report.kind) -> \(same)\n".data(using: .utf8)!) }
            if let target = same.min(by: { abs(incidentParagraphs[$0] - paragraph) < abs(incidentParagraphs[$1] - paragraph) }),
                toldOnTheSameDay(report, as: incidents[target])
            {
                add(report, to: target, keepingKind: retold)
                continue
            }
            let placed = fallbackPlacement(for: report.sentence)
            if placed.isEmpty, !unplaced.contains(sentences[report.sentence].text) { unplaced.append(sentences[report.sentence].text) }
            for placement in placed { record(report, at: placement) }
        }
        pending = []
        foldSummaries()
        // A protest broken up at the cost of a life is excessive force against protesters, as ACLED codes it.
        for index in incidents.indices where incidents[index].kind == .protestWithIntervention && (incidents[index].fatalities ?? 0) > 0 {
            incidents[index].kind = .excessiveForce
        }
    }

    /// The places a later sentence of the paragraph gives what a placeless event struck: `Aircraft bombed a monastery
    /// where villagers sheltered` ... `The monastery stands in X, a village of Y`. The sentence tells of no event, opens
    /// with the target's noun made definite, and is at most two sentences on.
    func placeOfTarget(for report: Report) -> [Placement]? {
        let grammar = readings[report.sentence].grammar
        guard let verb = grammar.phrase(of: report.trigger), grammar.phrase(verb).kind == .verb, grammar.phrases.contains(verb + 1)
        else { return nil }
        let object = grammar.phrase(verb + 1)
        guard object.kind == .noun, object.tokens.lowerBound == grammar.phrase(verb).tokens.upperBound else { return nil }
        let target = grammar.lemma(object.head).lowercased()
        let paragraph = sentences[report.sentence].paragraph
        for later in (report.sentence + 1)..<min(sentences.count, report.sentence + 3) where sentences[later].paragraph == paragraph {
            let reading = readings[later]
            guard reading.clauses.isEmpty, !reading.places.isEmpty else { continue }
            let opening = reading.grammar.phrases.lowerBound
            guard reading.grammar.phrases.contains(opening) else { continue }
            let subject = reading.grammar.phrase(opening)
            guard subject.kind == .noun, ["the", "this", "that"].contains(reading.grammar.lemma(subject.tokens.lowerBound).lowercased()),
                reading.grammar.lemma(subject.head).lowercased() == target
            else { continue }
            let placed = placements(of: reading.places.filter { $0.role != .actorHome && $0.role != .notEventPlace }.map(\.mention), in: later)
            if !placed.isEmpty { return placed }
        }
        return nil
    }

    /// Drops the violent events that only sum up others: `raided cattle camps in two counties of X State, killing 13`,
    /// then nine killed in one village and four outside a town of that state on that day. A region's event whose dead
    /// are exactly those of two or more finer violent events of the post inside it, at times it spans, is no event of its
    /// own; its sources go to them.
    mutating func foldSummaries() {
        var summaries: [Int] = []
        for summary in incidents.indices {
            let whole = incidents[summary]
            guard whole.locationPrecision.isRegion, whole.isLocationResolved, let total = whole.fatalities, total > 0, whole.kind?.family.isViolent ?? false
            else { continue }
            let parts = incidents.indices.filter { part in
                part != summary && !summaries.contains(part) && (incidents[part].kind?.family.isViolent ?? false)
                    && (incidents[part].fatalities ?? 0) > 0 && whole.occurred.overlaps(incidents[part].occurred)
                    // A village the gazetteer lacks stands at its region's point, as a place of it.
                    && (incidents[part].isLocationResolved
                        ? !incidents[part].locationPrecision.isRegion && IncidentMerger.contains(whole, incidents[part])
                        : incidents[part].place.geonameid == whole.place.geonameid || IncidentMerger.contains(whole, incidents[part]))
            }
            guard parts.count >= 2, parts.reduce(0, { $0 + (incidents[$1].fatalities ?? 0) }) == total else { continue }
            for part in parts {
                for source in whole.sources where !incidents[part].sources.contains(source) { incidents[part].sources.append(source) }
            }
            summaries.append(summary)
        }
        for summary in summaries.sorted(by: >) {
            incidents.remove(at: summary)
            incidentParagraphs.remove(at: summary)
            incidentKilledSides.remove(at: summary)
        }
    }
}
