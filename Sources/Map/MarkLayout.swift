import IncidentData

/// What a mark's size stands for.
public enum MarkSize: String, CaseIterable, Hashable, Sendable {
    /// The number of incidents at the mark.
    case count
    /// Fatalities reported at the mark (incidents without a figure count as none).
    case fatalities
}

/// One mark on the map: the incidents at one place, or at places too close to tell apart.
public struct MapMark: Hashable, Sendable {
    /// `m1`, `m2`, ... from the largest mark down; the ids the HTML report links to.
    public var id: String
    public var position: MapPoint
    public var radius: Double
    /// The incidents, by id (so the map does not depend on the order they were read in).
    public var incidentIDs: [Int64]
    /// The places, the one the mark stands at first, then by how many incidents each has.
    public var places: [String]
    /// Incidents per ``EventCategory``, indexed by its raw value.
    public var categoryCounts: [Int]
    public var fatalities: Int
    /// Whether any incident at the mark gives a fatality figure.
    public var fatalitiesKnown: Bool
    /// How many of its incidents are placed only by their region (ACLED geo_precision 3), at
    /// the region's capital rather than where they happened.
    public var placedByRegion: Int

    /// Whether every incident at the mark is placed only by its region: the mark stands at the
    /// region's capital, not where anything happened.
    public var approximate: Bool { placedByRegion == count }

    /// The label: the place the mark stands at, and how many more a cluster holds.
    public var label: String { places.count == 1 ? places[0] : "\(places[0]) +\(places.count - 1) places" }

    /// The figure written inside the mark: its incidents, or with `--size fatalities` the killed.
    public func figure(_ size: MarkSize) -> Int? {
        let value = size == .count ? count : fatalities
        return value > 1 || (size == .fatalities && value == 1) ? value : nil
    }

    public var count: Int { incidentIDs.count }

    /// The categories present, in legend order.
    public var categories: [EventCategory] { EventCategory.allCases.filter { categoryCounts[$0.rawValue] > 0 } }

    /// What the mark's size stands for.
    public func weight(_ size: MarkSize) -> Double { Double(size == .count ? count : fatalities) }
}

/// Turns incidents into marks: stacked by place, then clustered where marks would be drawn on
/// top of one another.
struct MarkLayout {
    /// Marks whose centres fall closer than this many pixels merge into one, at the larger one.
    static let clusterDistance = 6.0
    static let minimumRadius = 4.5

    struct Stack {
        var geonameid: Int
        var name: String
        var latitude: Double
        var longitude: Double
        var incidentIDs: [Int64] = []
        var categoryCounts = [Int](repeating: 0, count: EventCategory.allCases.count)
        var fatalities = 0
        var fatalitiesKnown = false
        var placedByRegion = 0
    }

    /// Incidents grouped by place, largest first (then by name and id, so output is stable).
    static func stacks(_ points: [IncidentPoint], size: MarkSize) -> [Stack] {
        var index: [Int: Int] = [:]
        var stacks: [Stack] = []
        for point in points {
            let slot = index[point.geonameid] ?? {
                stacks.append(Stack(geonameid: point.geonameid, name: point.placeName, latitude: point.latitude, longitude: point.longitude))
                index[point.geonameid] = stacks.count - 1
                return stacks.count - 1
            }()
            stacks[slot].incidentIDs.append(point.id)
            stacks[slot].categoryCounts[EventCategory(eventType: point.eventType).rawValue] += 1
            if point.geoPrecision >= 3 { stacks[slot].placedByRegion += 1 }
            if let fatalities = point.fatalities {
                // Saturating: a corrupt figure must not crash the map.
                stacks[slot].fatalities = saturatingSum(stacks[slot].fatalities, max(0, fatalities))
                stacks[slot].fatalitiesKnown = true
            }
        }
        return stacks.sorted { a, b in
            let (wa, wb) = size == .count ? (a.incidentIDs.count, b.incidentIDs.count) : (a.fatalities, b.fatalities)
            if wa != wb { return wa > wb }
            if a.incidentIDs.count != b.incidentIDs.count { return a.incidentIDs.count > b.incidentIDs.count }
            if a.name != b.name { return a.name < b.name }
            return a.geonameid < b.geonameid
        }
    }

    /// The marks, largest first: each stack joins the first larger mark within
    /// ``clusterDistance`` pixels, or starts its own.
    static func marks(_ points: [IncidentPoint], projection: MapProjection, size: MarkSize, maximumRadius: Double) -> [MapMark] {
        var marks: [MapMark] = []
        var grid: [Int: [Int]] = [:]
        let cell = clusterDistance
        func key(_ column: Int, _ row: Int) -> Int { (row &* 1_000_003) &+ column }
        for stack in stacks(points, size: size) {
            let position = projection.point(latitude: stack.latitude, longitude: stack.longitude)
            let column = Int((position.x / cell).rounded(.down)), row = Int((position.y / cell).rounded(.down))
            var joined: Int?
            search: for r in (row - 1)...(row + 1) {
                for c in (column - 1)...(column + 1) {
                    for candidate in grid[key(c, r)] ?? [] {
                        let dx = marks[candidate].position.x - position.x, dy = marks[candidate].position.y - position.y
                        if dx * dx + dy * dy < cell * cell && (joined == nil || candidate < joined!) { joined = candidate }
                    }
                }
            }
            if let joined {
                marks[joined].incidentIDs += stack.incidentIDs
                marks[joined].places.append(stack.name)
                for category in 0..<stack.categoryCounts.count { marks[joined].categoryCounts[category] += stack.categoryCounts[category] }
                marks[joined].fatalities = saturatingSum(marks[joined].fatalities, stack.fatalities)
                marks[joined].fatalitiesKnown = marks[joined].fatalitiesKnown || stack.fatalitiesKnown
                marks[joined].placedByRegion += stack.placedByRegion
                continue
            }
            grid[key(column, row), default: []].append(marks.count)
            marks.append(MapMark(
                id: "", position: position, radius: minimumRadius, incidentIDs: stack.incidentIDs, places: [stack.name],
                categoryCounts: stack.categoryCounts, fatalities: stack.fatalities, fatalitiesKnown: stack.fatalitiesKnown,
                placedByRegion: stack.placedByRegion))
        }
        // Clustering may have grown a smaller mark past a larger one: order again, then size.
        marks.sort { a, b in
            let (wa, wb) = (a.weight(size), b.weight(size))
            if wa != wb { return wa > wb }
            if a.count != b.count { return a.count > b.count }
            if a.places[0] != b.places[0] { return a.places[0] < b.places[0] }
            return a.incidentIDs[0] < b.incidentIDs[0]
        }
        let largest = marks.first.map { $0.weight(size) } ?? 0
        for index in marks.indices {
            marks[index].id = "m\(index + 1)"
            marks[index].incidentIDs.sort()
            marks[index].radius = radius(weight: marks[index].weight(size), largest: largest, maximum: maximumRadius)
        }
        return marks
    }

    static let countFontSize = 9.0

    /// Pixels of radius per square root of weight, unless the largest mark would pass the maximum.
    static let radiusPerRootWeight = 5.0

    /// Growing with the square root of the weight (area, not radius, tracks it) above a floor
    /// that keeps every incident visible; one scale for the whole map, shrunk only as far as
    /// the largest mark needs to stay within `maximum`.
    static func radius(weight: Double, largest: Double, maximum: Double) -> Double {
        guard largest > 0, weight > 0 else { return minimumRadius }
        let scale = min(radiusPerRootWeight, (maximum - minimumRadius) / largest.squareRoot())
        return minimumRadius + scale * weight.squareRoot()
    }
}

func saturatingSum(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? Int.max : Int.min) : sum
}
