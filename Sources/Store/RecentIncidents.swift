import IncidentData
import Incidents
import Timeline

/// The incidents a load has written so far, kept in memory by what the merge check's query reads.
///
/// A load (``IncidentStore/load(_:)``) compares each new report with the incidents stored before
/// it through the database's indexes, and with the incidents it stored itself through this index:
/// the same candidates as the query of ``IncidentStore/mergeIntoStored(_:postIDs:databaseLimit:recent:db:)``
/// (same first-order region, or same country and place without one; same family of kinds;
/// occurring within ``IncidentMerger/undatedReach`` either side), without a B-tree search per report
/// or indexes that must be kept up to date row by row. `IncidentMerger.canMerge` still decides,
/// on the row read back by id. An entry is 48 bytes.
struct RecentIncidents {
    struct Area: Hashable {
        var code: String
        var family: EventFamily
        /// Without a first-order region the query also asks for the same place.
        var geonameid: Int?

        init?(_ incident: Incident) {
            guard let kind = incident.kind else { return nil }
            code = incident.place.admin1Code ?? incident.place.countryCode
            family = kind.family
            geonameid = incident.place.admin1Code == nil ? incident.place.geonameid : nil
        }
    }

    struct Entry {
        var id: Int64
        var time: IncidentMerger.TimeKey
        var place: IncidentMerger.PlaceKey

        var start: Int64 { time.occurred.start.secondsSinceEpoch }
        var end: Int64 { time.occurred.end.secondsSinceEpoch }
    }

    /// Width of a time bucket: a query spans about three.
    static let bucketSeconds: Int64 = 7 * 86_400

    /// Incidents lasting ``IncidentFilter/shortSpan`` or less, by area and the bucket of their start.
    private var short: [Area: [Int64: [Entry]]] = [:]
    /// Longer incidents, by area (few: `earlier this month`).
    private var long: [Area: [Entry]] = [:]
    private(set) var count = 0

    private static func bucket(_ second: Int64) -> Int64 {
        second >= 0 ? second / bucketSeconds : (second - bucketSeconds + 1) / bucketSeconds
    }

    private static func isLong(_ incident: Incident) -> Bool {
        incident.occurred.end.secondsSinceEpoch - incident.occurred.start.secondsSinceEpoch > IncidentFilter.shortSpan
    }

    mutating func add(id: Int64, _ incident: Incident) {
        guard let area = Area(incident) else { return }
        let entry = Entry(id: id, time: IncidentMerger.TimeKey(incident), place: IncidentMerger.PlaceKey(incident))
        if Self.isLong(incident) {
            long[area, default: []].append(entry)
        } else {
            short[area, default: [:]][Self.bucket(entry.start), default: []].append(entry)
        }
        count += 1
    }

    /// Forgets the entry of incident `id` as it was before a merge changed its place, kind or time.
    mutating func remove(id: Int64, _ incident: Incident) {
        guard let area = Area(incident) else { return }
        if Self.isLong(incident) {
            if let index = long[area]?.firstIndex(where: { $0.id == id }) {
                long[area]!.remove(at: index)
                count -= 1
            }
        } else {
            let bucket = Self.bucket(incident.occurred.start.secondsSinceEpoch)
            if let index = short[area]?[bucket]?.firstIndex(where: { $0.id == id }) {
                short[area]![bucket]!.remove(at: index)
                count -= 1
            }
        }
    }

    /// The ids the merge check's query would return for `incident`, lowest first, less those
    /// whose place or time cannot be the same event's (``IncidentMerger/PlaceKey``, ``IncidentMerger/TimeKey``).
    func candidates(for incident: Incident) -> [Int64] {
        guard let area = Area(incident) else { return [] }
        let place = IncidentMerger.PlaceKey(incident)
        let time = IncidentMerger.TimeKey(incident)
        let from = incident.occurred.start.secondsSinceEpoch - IncidentMerger.undatedReach
        let to = incident.occurred.end.secondsSinceEpoch + IncidentMerger.undatedReach
        var ids: [Int64] = []
        if let buckets = short[area] {
            let earliest = from - IncidentFilter.shortSpan
            for bucket in Self.bucket(earliest)...Self.bucket(to - 1) {
                for entry in buckets[bucket] ?? [] where entry.start >= earliest && entry.start < to && entry.end > from
                    && entry.place.mayBeOneEvent(with: place) && entry.time.fits(time) {
                    ids.append(entry.id)
                }
            }
        }
        for entry in long[area] ?? [] where entry.start < to && entry.end > from && entry.place.mayBeOneEvent(with: place)
            && entry.time.fits(time)
        {
            ids.append(entry.id)
        }
        return ids.sorted()
    }
}
