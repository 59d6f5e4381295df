import Foundation

/// Figures told in a sentence of their own (`There were no casualties`, `17 others were injured`): whose they are.
extension PostReader {
    /// Adds a sentence's figures with no event of their own (`There were no casualties`, `17 others were injured`) to the
    /// event told just before in its paragraph or the one before (`violentOnly`: the last violent one); not a tally (`More
    /// than 100 people have been killed since clashes erupted in May`). Whether there was a toll to add.
    @discardableResult
    mutating func addToll(_ counts: CasualtyCounts, of index: Int, evidence: Evidence, violentOnly: Bool = false) -> Bool {
        let sentence = sentences[index]
        guard counts.fatalities != nil || counts.injured != nil, !readings[index].grammar.isOngoing,
              !readings[index].grammar.countsOverPeriod, !readings[index].grammar.talliesBeyondOneEvent
        else { return false }
        let none = (counts.fatalities?.value ?? 0) == 0 && (counts.injured?.value ?? 0) == 0
        // `Two mortar shells fell near the seaport late on Monday. A police officer said no one was hurt.`: the violent
        // event told in the sentence before may still wait for its place; that nobody was hurt is said of it. Only that:
        // a figure may yet go to whatever event the waiting one joins, and an older or a strategic one is not meant.
        if none, let waiting = pending.last, waiting.sentence == index - 1, waiting.kind.family.isViolent,
           waiting.evidence.range.lowerBound > latestToldIncident
        {
            if historyTold(in: sentence) { return false }
            for position in pending.indices where pending[position].sentence == waiting.sentence {
                if pending[position].counts.fatalities == nil { pending[position].counts.fatalities = counts.fatalities }
                if pending[position].counts.injured == nil { pending[position].counts.injured = counts.injured }
            }
            return true
        }
        guard let last = incidents.indices.last(where: {
                  sentence.paragraph - incidentParagraphs[$0] <= 1 && (!violentOnly || (incidents[$0].kind?.family.isViolent ?? false))
              })
        else { return false }
        if historyTold(in: sentence) { return false }
        // That none were hurt is said of the events of the last event's sentence (`Residents remained unharmed` after one
        // strike on two towns: nobody was hurt in either); an earlier sentence's events have their own figures, or none told.
        let told = incidents[last].evidence.last?.range
        let sameTelling = incidents.indices.filter {
            incidentParagraphs[$0] == incidentParagraphs[last] && incidents[$0].evidence.contains { $0.range == told }
        }
        // `killed 12 in attacks on A, B and C` ... `Police put the toll at six`: another total of a toll the list shared is
        // shared the same way (the list as its sentence told it, though a later sentence added to one of its places).
        let listed = toldTogether(with: last)
        let divided = !none && (isSharedToll(listed) || isUntolledList(listed))
        let targets = none ? sameTelling : divided ? listed : [last]
        // A second source's toll names no place (`A security official put the toll at 19`): a sentence that names one may
        // tell another event the rules did not read (`armed men entered the market at X and shot dead six herders`); one
        // that repeats the standing figure tells its history (`first put at 9, was revised to 14`).
        let figures = Set(CountReading(tokens: sentence.tokens).numberSpans().map(\.count.value))
        // A country is no such place (`A rights group in Nigeria put the toll at nine`): it names the source, or the whole story.
        let namesTown = readings[index].places.contains { (mentions[$0.mention].place?.kind ?? .populatedPlace) != .country }
        let secondSource = !namesTown && !targets.contains { figures.contains(incidents[$0].fatalities ?? -1) }
        for (position, target) in targets.enumerated() {
            let earlier = incidents[target]
            var own = counts
            if divided {
                // A whole smaller than the list is not divided (which place had none is not known): it adds nothing.
                own = counts.share(position, of: targets.count)
                if own.other["fatalities_total"] == nil { own.fatalities = nil }
                if own.other["injured_total"] == nil { own.injured = nil }
            }
            // Another source's figure for the same toll: the lower stands, as ACLED codes conflicting reports.
            // One side's dead are part of a toll told of all sides (`18 dead` ... `we lost five of our men`), no lower report of it.
            let sameSide = own.killedSide.map { incidents[target].fatalities == nil || incidentKilledSides[target].contains($0) } ?? true
            // That none were hurt fills a figure not told; it lowers none told (a bombing's dead, then `no one was hurt`
            // where a town was taken without a fight).
            // Nor is a part of a group (`two of the soldiers were killed`) a lower report of the toll.
            let plain = !own.isRevision && !own.isEarlier && !own.isPart && sameSide && !none && secondSource
            incidents[target].fatalities = plain && !own.addsFatalities
                ? IncidentMerger.combine(incidents[target].fatalities, own.fatalities?.value, name: "fatalities", into: &incidents[target].counts)
                : incidents[target].fatalities ?? own.fatalities?.value
            incidents[target].injured = plain && !own.addsInjured
                ? IncidentMerger.combine(incidents[target].injured, own.injured?.value, name: "injured", into: &incidents[target].counts)
                : incidents[target].injured ?? own.injured?.value
            // A division is labelled by the whole it was divided from: the whole that now stands.
            if incidents[target].fatalities != earlier.fatalities, let whole = own.other["fatalities_total"] {
                incidents[target].counts["fatalities_total"] = whole
            }
            if incidents[target].injured != earlier.injured, let whole = own.other["injured_total"] {
                incidents[target].counts["injured_total"] = whole
            }
            addFigures(own, to: target, before: earlier)
            reviseFigures(own, of: target)
            if !incidents[target].evidence.contains(evidence) { incidents[target].evidence.append(evidence) }
        }
        return true
    }

    /// The incidents first told in the sentence that first told incident `target` (target among them), in the order told.
    func toldTogether(with target: Int) -> [Int] {
        let first = incidents[target].evidence.first?.range
        return incidents.indices.filter {
            incidentParagraphs[$0] >= incidentParagraphs[target] - 1 && incidents[$0].evidence.first?.range == first
        }
    }

    /// Whether incidents `told` (of one telling) are one event's at a list of towns with no figure told yet (`shelled the
    /// towns of A and B` ... `the barrage left seven dead`): two or more of one kind, none at a region, none with a
    /// toll. A toll told next is the list's, divided as ACLED divides one toll over several places.
    func isUntolledList(_ told: [Int]) -> Bool {
        guard told.count >= 2, let kind = incidents[told[0]].kind else { return false }
        return told.allSatisfy {
            incidents[$0].kind == kind && incidents[$0].fatalities == nil && incidents[$0].injured == nil && !incidents[$0].locationPrecision.isRegion
        }
    }

    /// Whether incidents `told` (of one telling) hold the shares of one toll: two or more events of one kind, each
    /// labelled with the same whole its dead were divided from (``CasualtyCounts/share(_:of:)``).
    func isSharedToll(_ told: [Int]) -> Bool {
        guard told.count >= 2, let kind = incidents[told[0]].kind, told.allSatisfy({ incidents[$0].kind == kind }),
              let whole = incidents[told[0]].counts["fatalities_total"]?.value
        else { return false }
        return told.allSatisfy { incidents[$0].counts["fatalities_total"]?.value == whole && incidents[$0].fatalities != nil }
    }

    /// Whether a sentence's figures are of a time long past (`suspended a ceasefire in March after the group killed a
    /// leader`): history's, no toll of the news.
    func historyTold(in sentence: Sentence) -> Bool {
        guard let zone = mentions.lazy.compactMap(\.place).first,
              let told = time(in: sentence, at: sentence.range.lowerBound, place: zone, countsOffsets: false)
        else { return false }
        return told.text != nil && isHistory(told)
    }

    /// Where the latest telling recorded in an incident starts (offsets in Unicode scalars), or -1 with none.
    var latestToldIncident: Int {
        incidents.lazy.flatMap(\.evidence).map(\.range.lowerBound).max() ?? -1
    }
}
