import Geo
import Timeline

/// Decides when two reports are one event and folds one into the other, losing no source or count.
///
/// One event: the same family of kinds (an attack and its interception are one family), the same
/// place or one inside the other, and times that overlap; a report with no time of its own
/// (dated to its report day) fits any time in the week before.
public enum IncidentMerger {
    /// How far before an undated report (one dated to its report day) the event it tells of may
    /// lie: a week. Stores look for candidates this far either side of a new report.
    public static let undatedReach: Int64 = 7 * 86_400

    /// Reports of one event folded together, earliest report first.
    public static func mergeAll(_ incidents: [Incident]) -> [Incident] {
        var merged: [Incident] = []
        for incident in incidents.sorted(by: { $0.reportedAt < $1.reportedAt }) {
            if let same = merged.indices.first(where: { canMerge(merged[$0], incident, inOneDocument: true) }) {
                absorb(incident, into: &merged[same])
            } else {
                merged.append(incident)
            }
        }
        return merged
    }

    public static func canMerge(_ a: Incident, _ b: Incident, inOneDocument: Bool = false) -> Bool {
        guard let kindA = a.kind, let kindB = b.kind, kindA.family == kindB.family else { return false }
        // What was stopped did not strike: an interception is no part of a strike that hurt people (`air defences destroyed
        // 17 drones over the region` ... `a drone struck a car in a village, killing the driver`).
        if (kindA == .disruptedWeaponsUse) != (kindB == .disruptedWeaponsUse) {
            let strike = kindA == .disruptedWeaponsUse ? b : a
            if (strike.fatalities ?? 0) + (strike.injured ?? 0) > 0 { return false }
        }
        // A place and a region holding it may be one event's; a whole country is too coarse to say
        // so, except within one post (`a raid on a hamlet in Niger` ... `the village of Tonkoro`).
        let onePost = inOneDocument && !Set(a.evidence.map(\.post)).isDisjoint(with: b.evidence.map(\.post))
        let nested = (contains(a, b) && (a.locationPrecision != .country || onePost))
            || (contains(b, a) && (b.locationPrecision != .country || onePost))
        guard a.place.geonameid == b.place.geonameid || nested else { return false }
        // Names the gazetteer lacks are told apart by name: two villages of one district are two places.
        // A name the gazetteer lacks may be one event with a report coded to a region holding it, not with another town.
        switch (a.isLocationResolved, b.isLocationResolved) {
        case (false, false): guard a.location.lowercased() == b.location.lowercased() else { return false }
        // A part of a town the gazetteer lacks (`the city's Kyivskyi district`) stands at the town's point: a report of the town is of it.
        case (false, true): guard b.locationPrecision.isRegion || a.locationPrecision == .exactPlace && a.place.geonameid == b.place.geonameid else { return false }
        case (true, false): guard a.locationPrecision.isRegion || b.locationPrecision == .exactPlace && a.place.geonameid == b.place.geonameid else { return false }
        case (true, true): break
        }
        return timesFit(a, b)
    }

    /// Folds `other` into `target`: the more specific place, kind and time; every source, actor,
    /// flag and piece of evidence; counts kept, with a differing report kept as a range.
    public static func absorb(_ other: Incident, into target: inout Incident) {
        if other.place.geonameid != target.place.geonameid, contains(target, other) {
            target.place = other.place
            target.location = other.location
            target.locationPrecision = other.locationPrecision
            target.geoPrecision = other.geoPrecision
            target.locationSource = other.locationSource
            target.isLocationResolved = other.isLocationResolved
        } else if other.place.geonameid == target.place.geonameid, !other.isLocationResolved, target.isLocationResolved,
                  target.locationPrecision.isRegion
        {
            // A village the gazetteer lacks, standing at the region's point, is the finer place of the region's report:
            // the event takes its name (and a second village of the region is then another place, told apart by name).
            target.location = other.location
            target.locationPrecision = other.locationPrecision
            target.geoPrecision = other.geoPrecision
            target.locationSource = other.locationSource
            target.isLocationResolved = false
        } else if other.place.geonameid == target.place.geonameid, other.location == target.location {
            // The same place, found surer by another report (attached by grammar rather than taken from the paragraph).
            target.locationSource = min(target.locationSource, other.locationSource)
        }
        // An interception explains what became of an attack, unless the attack hurt people: then it struck, and the
        // interception is another weapon's.
        let struck = (target.fatalities ?? 0) + (target.injured ?? 0) > 0
        if let kind = other.kind, let current = target.kind, kind.specificity > current.specificity, !(kind == .disruptedWeaponsUse && struck) {
            target.kind = kind
        }
        let otherDated = other.occurredText != nil
        let targetDated = target.occurredText != nil
        if otherDated && (!targetDated || other.occurredPrecision < target.occurredPrecision) {
            target.occurred = other.occurred
            target.occurredPrecision = other.occurredPrecision
            target.occurredText = other.occurredText
            target.timePrecision = other.timePrecision
        }
        target.fatalities = combine(target.fatalities, other.fatalities, name: "fatalities", into: &target.counts)
        target.injured = combine(target.injured, other.injured, name: "injured", into: &target.counts)
        for (name, count) in other.counts {
            if let existing = target.counts[name] {
                if count.value > existing.value { target.counts[name] = count }
            } else {
                target.counts[name] = count
            }
        }
        for source in other.sources where !target.sources.contains(where: { $0.hasPrefix(source) }) {
            target.sources.removeAll { source.hasPrefix($0) }
            target.sources.append(source)
        }
        target.actors = unique(target.actors + other.actors)
        target.verification = unique(target.verification + other.verification)
        for evidence in other.evidence where !target.evidence.contains(evidence) { target.evidence.append(evidence) }
        target.reportedAt = min(target.reportedAt, other.reportedAt)
        if target.notes == nil { target.notes = other.notes }
    }

    /// The lower of two reported numbers (as ACLED codes), the higher kept as `<name>_max`.
    static func combine(_ a: Int?, _ b: Int?, name: String, into counts: inout [String: Count]) -> Int? {
        guard let a else { return b }
        guard let b, a != b else { return a }
        counts[name + "_max"] = Count(max(a, b, counts[name + "_max"]?.value ?? 0), .upTo)
        return min(a, b)
    }

    private static func timesFit(_ a: Incident, _ b: Incident) -> Bool {
        TimeKey(a).fits(TimeKey(b))
    }

    /// What ``canMerge(_:_:inOneDocument:)`` reads of an incident's time: when, and whether the
    /// report gave a time of its own.
    public struct TimeKey: Hashable, Sendable {
        public var occurred: UTCInterval
        /// No time of its own: dated to its report's day, it may tell of anything in the week before.
        public var undated: Bool

        public init(_ incident: Incident) {
            occurred = incident.occurred
            undated = incident.occurredText == nil
        }

        /// Whether two reports' times may be one event's: they overlap, or an undated one's week reaches the other.
        public func fits(_ other: TimeKey) -> Bool {
            if occurred.overlaps(other.occurred) { return true }
            let week = undatedReach
            for (undated, dated) in [(self, other), (other, self)] where undated.undated {
                if dated.occurred.start.secondsSinceEpoch >= undated.occurred.end.secondsSinceEpoch - week,
                    dated.occurred.start < undated.occurred.end
                {
                    return true
                }
            }
            return false
        }
    }

    /// A town named like its first-order region (`Luhansk` in Luhansk Oblast), which may stand for it.
    static func standsForItsRegion(_ place: Place) -> Bool {
        guard let region = place.admin1Name else { return false }
        return region == place.name || region.hasPrefix(place.name + " ")
    }

    /// What of an incident's place ``canMerge(_:_:inOneDocument:)`` compares first, small enough to
    /// keep for every incident of a load: two reports whose keys say no are never one event.
    public struct PlaceKey: Hashable, Sendable {
        public var geonameid: Int
        var fineness: Int8
        var standsForItsRegion: Bool

        public init(_ incident: Incident) {
            geonameid = incident.place.geonameid
            fineness = Int8(incident.locationPrecision.fineness)
            standsForItsRegion = IncidentMerger.standsForItsRegion(incident.place)
        }

        /// False only when `canMerge` is false for any two incidents with these keys: one place
        /// contains another only at a coarser precision, or as a town that stands for its region.
        public func mayBeOneEvent(with other: PlaceKey) -> Bool {
            geonameid == other.geonameid || fineness != other.fineness
                || (fineness == 3 && (standsForItsRegion || other.standsForItsRegion))
        }
    }

    /// Whether incident `a`'s place contains `b`'s (a region named by a mention's precision).
    static func contains(_ a: Incident, _ b: Incident) -> Bool {
        contains(region: (a.place, a.locationPrecision), (b.place, b.locationPrecision))
    }

    static func contains(_ a: PlaceMention, _ b: PlaceMention) -> Bool {
        guard let placeA = a.place, let placeB = b.place else { return false }
        return contains(region: (placeA, a.precision), (placeB, b.precision))
    }

    /// A mention's level comes from its precision: `Perevalsk district` resolves to the town
    /// Perevalsk with second-order precision, and so stands for that town's district.
    static func contains(region a: (Place, LocationPrecision), _ b: (Place, LocationPrecision)) -> Bool {
        let (placeA, precisionA) = a
        let (placeB, precisionB) = b
        guard placeA.geonameid != placeB.geonameid else { return false }
        let rankA = precisionA.fineness
        let rankB = precisionB.fineness
        guard placeA.countryCode == placeB.countryCode else { return false }
        // `occupied Luhansk` may be the city or its oblast: a town that shares its region's name
        // stands for the region when another place in that region is reported.
        if rankA == 3, rankB == 3, standsForItsRegion(placeA), placeA.admin1Code == placeB.admin1Code {
            return true
        }
        guard rankA < rankB else { return false }
        switch precisionA {
        case .country: return true
        case .firstOrderDivision: return placeA.admin1Code != nil && placeA.admin1Code == placeB.admin1Code
        case .secondOrderDivision: return placeA.admin2Code != nil && placeA.admin2Code == placeB.admin2Code
        default: return false
        }
    }
}

extension LocationPrecision {
    /// How fine a place is: 0 a country or water, 1 a first-order division, 2 a second-order one, 3 a town or a point near one.
    var fineness: Int {
        switch self {
        case .country, .water: 0
        case .firstOrderDivision: 1
        case .secondOrderDivision: 2
        case .nearPlace, .exactPlace: 3
        }
    }

    /// A division or a country, not a town or a point near one.
    var isRegion: Bool { self == .firstOrderDivision || self == .secondOrderDivision || self == .country }
}
