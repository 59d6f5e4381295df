import Geo

/// Figures folded into a known incident: more people than told before, a part of a group, the other side of a fight,
/// a grown toll.
extension PostReader {
    /// Figures of more people than told before (`The bomber also died`) add to incident `target`'s as it stood
    /// `before` the report was folded in, rather than stand beside them as another report's.
    mutating func addFigures(_ counts: CasualtyCounts, to target: Int, before: Incident) {
        if counts.addsFatalities, let added = counts.fatalities?.value, let known = before.fatalities {
            incidents[target].fatalities = known + added
            incidents[target].counts["fatalities_max"] = before.counts["fatalities_max"]
        }
        if counts.addsInjured, let added = counts.injured?.value, let known = before.injured {
            incidents[target].injured = known + added
            incidents[target].counts["injured_max"] = before.counts["injured_max"]
        }
    }

    /// A part of a group told after the toll (`two of the soldiers were killed`) leaves the toll of incident `target`, as it
    /// stood `before`, standing: a part is no lower report.
    mutating func keepWhole(_ counts: CasualtyCounts, of target: Int, before: Incident) {
        guard counts.isPart else { return }
        if let part = counts.fatalities?.value, let whole = before.fatalities, part < whole {
            (incidents[target].fatalities, incidents[target].counts["fatalities_max"]) = (whole, before.counts["fatalities_max"])
        }
        if let part = counts.injured?.value, let whole = before.injured, part < whole {
            (incidents[target].injured, incidents[target].counts["injured_max"]) = (whole, before.counts["injured_max"])
        }
    }

    /// The dead of one side of a clash told after those of the other (`repelled an assault ..., killing at least 12
    /// attackers` ... `Four soldiers were killed in Tuesday's fighting`) add to the toll, as ACLED sums both sides'.
    /// One side's figure told again after the sum (a statement repeating `12 attackers`) leaves the sum standing.
    mutating func addOtherSide(_ counts: CasualtyCounts, to target: Int, before: Incident) {
        guard let side = counts.killedSide, !counts.isRevision, !counts.addsFatalities, let added = counts.fatalities?.value else { return }
        let known = incidentKilledSides[target]
        // `Gunmen stormed a village, killing three farmers` ... `Two of the raiders died`: an attack's victims
        // are never its attackers, so their dead add to its toll.
        if before.kind == .attack, side == .armedGroup, known.isEmpty, let dead = before.fatalities {
            incidents[target].fatalities = dead + added
            incidents[target].counts["fatalities_max"] = before.counts["fatalities_max"]
            incidentKilledSides[target].insert(side)
            return
        }
        guard let dead = before.fatalities, !known.isEmpty else {
            if before.fatalities == nil {
                incidentKilledSides[target] = [side]
            } else if let whole = before.fatalities, added < whole {
                // `18 people were killed` ... `we lost five of our men`: one side's dead are part of a toll told of all, no
                // lower report of it.
                incidents[target].fatalities = whole
                incidents[target].counts["fatalities_max"] = before.counts["fatalities_max"]
            }
            return
        }
        if known.count == 2 || known.contains(side) {
            if known.count == 2, added <= dead {
                incidents[target].fatalities = dead
                incidents[target].counts["fatalities_max"] = before.counts["fatalities_max"]
            }
            return
        }
        incidents[target].fatalities = dead + added
        incidents[target].counts["fatalities_max"] = before.counts["fatalities_max"]
        incidentKilledSides[target].insert(side)
    }

    /// A toll that has grown (`Hours later the toll rose to four`) replaces incident `target`'s lower figure.
    mutating func reviseFigures(_ counts: CasualtyCounts, of target: Int) {
        guard counts.isRevision else { return }
        if let killed = counts.fatalities?.value, killed > incidents[target].fatalities ?? -1 {
            incidents[target].fatalities = killed
            // The higher figure is no longer another report's: it is the toll.
            if let highest = incidents[target].counts["fatalities_max"]?.value, highest <= killed { incidents[target].counts["fatalities_max"] = nil }
        }
        if let hurt = counts.injured?.value, hurt > incidents[target].injured ?? -1 {
            incidents[target].injured = hurt
            if let highest = incidents[target].counts["injured_max"]?.value, highest <= hurt { incidents[target].counts["injured_max"] = nil }
        }
    }
}
