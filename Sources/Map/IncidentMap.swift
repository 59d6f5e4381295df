import Foundation
import Geo
import IncidentData

/// How to draw a map.
public struct MapOptions: Hashable, Sendable {
    /// The image width in pixels; the height follows the incidents' extent.
    public var width = 960
    /// At most this many marks get a label, largest first.
    public var labels = 12
    public var size = MarkSize.count
    public var title = "Incidents"
    public var subtitle = ""
    /// What to show when there are no incidents (else the world).
    public var emptyExtent: GeoExtent?

    public init() {}
}

/// A map of incidents: country outlines, one mark per place (or cluster of places too close to
/// tell apart) coloured by ACLED event type and sized by count or fatalities, labels that do
/// not overlap, a title, a legend and a scale bar.
///
/// The layout is computed once, at init; ``svg()`` only writes it. Same incidents and options,
/// same bytes.
public struct IncidentMap: Sendable {
    public let options: MapOptions
    public let projection: MapProjection
    /// Largest first; ids `m1`, `m2`, ...
    public let marks: [MapMark]
    /// Labels, in frame coordinates.
    public let labels: [PlacedLabel]
    public let width: Double
    public let height: Double
    /// Where the map itself sits in the image (the title is above it, the legend below).
    public let frame: Box
    /// The box the scale bar takes, in frame coordinates.
    public let scaleBar: (box: Box, kilometres: Double, pixels: Double)
    let outlines: CountryOutlines
    /// Countries holding incidents, drawn a shade darker.
    let countriesWithIncidents: Set<String>
    let legendRows: [[LegendItem]]
    let countryNames: [CountryName]
    let creditLines: [String]

    static let titleLineHeight = 21.0
    static let subtitleLineHeight = 16.0
    let titleLines: [String]
    let subtitleLines: [String]
    static let legendRowHeight = 20.0
    static let creditLineHeight = 13.0
    static let labelFontSize = 12.0

    public init(points: [IncidentPoint], outlines: CountryOutlines, options: MapOptions) {
        self.options = options
        self.outlines = outlines
        width = Double(max(320, options.width))
        countriesWithIncidents = Set(points.map(\.countryCode))
        let maximumRadius = min(22, max(10, width / 45))
        let extent = GeoExtent.enclosing(points.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude) })?
            .padded(fraction: 0.06, minimumSpan: 1.5)
            ?? options.emptyExtent ?? GeoExtent(south: -58, north: 80, west: -180, east: 180)
        // The frame takes the extent's shape, within limits a screen can show.
        let cosine = cos(min(80, max(-80, extent.centerLatitude)) * .pi / 180)
        let aspect = extent.latitudeSpan / max(1e-6, extent.longitudeSpan * cosine)
        let frameHeight = (width * min(1.0, max(0.5, aspect))).rounded()
        titleLines = TextMetrics.wrap(options.title, fontSize: 17, bold: true, width: width - 24)
        subtitleLines = TextMetrics.wrap(options.subtitle, fontSize: 12, width: width - 24)
        let headerHeight = 8 + Double(titleLines.count) * Self.titleLineHeight + Double(subtitleLines.count) * Self.subtitleLineHeight + 8
        frame = Box(x: 0, y: headerHeight.rounded(.up), width: width, height: frameHeight)
        projection = MapProjection.fitted(to: extent, width: width, height: frameHeight, padding: maximumRadius + 6)
        marks = MarkLayout.marks(points, projection: projection, size: options.size, maximumRadius: maximumRadius)

        scaleBar = Self.scaleBar(projection: projection, frameHeight: frameHeight)
        var placer = LabelPlacer(
            frame: Box(x: 4, y: 4, width: width - 8, height: frameHeight - 8), fontSize: Self.labelFontSize,
            circles: marks.map { ($0.position, $0.radius) }, boxes: [scaleBar.box])
        var labels: [PlacedLabel] = []
        // Try a few more marks than labels wanted, so a crowded mark does not cost a label.
        for mark in marks.prefix(options.labels * 3) where labels.count < options.labels {
            if let label = placer.place(mark.label, beside: mark.position, radius: mark.radius) { labels.append(label) }
        }
        self.labels = labels
        let projection = projection
        countryNames = Self.countryNames(
            outlines: outlines, project: { Self.projectRing($0, projection) }, frame: Box(x: 0, y: 0, width: width, height: frameHeight),
            placer: &placer)
        legendRows = Self.legend(marks: marks, size: options.size, width: width, maximumRadius: maximumRadius)
        let outlined = Set(outlines.countries.map(\.code))
        creditLines = Self.credit(
            projection: projection, width: width, missingOutlines: countriesWithIncidents.filter { !outlined.contains($0) }.sorted())
        height = (frame.y + frameHeight + 8 + legendRows.map(Self.rowHeight).reduce(0, +) + 9
            + Double(creditLines.count) * Self.creditLineHeight).rounded(.up)
    }

    /// Which mark shows each incident.
    public var markForIncident: [Int64: String] {
        var result: [Int64: String] = [:]
        for mark in marks {
            for id in mark.incidentIDs { result[id] = mark.id }
        }
        return result
    }

    /// A round distance (1, 2 or 5 times a power of ten kilometres) about 100 to 150 pixels long.
    static func scaleBar(projection: MapProjection, frameHeight: Double) -> (box: Box, kilometres: Double, pixels: Double) {
        let target = 140 * projection.kilometresPerPixel
        let power = pow(10, (log10(target)).rounded(.down))
        let kilometres = [5.0, 2, 1].map { $0 * power }.first { $0 <= target } ?? power
        let pixels = kilometres / projection.kilometresPerPixel
        return (Box(x: 8, y: frameHeight - 36, width: pixels + 24, height: 28), kilometres, pixels)
    }
}

extension IncidentMap {
    /// A legend row is tall enough for its largest swatch.
    static func rowHeight(_ row: [LegendItem]) -> Double {
        row.reduce(legendRowHeight) { height, item in
            if case .size(let radius) = item.swatch { return max(height, radius * 2 + 6) }
            return height
        }
    }
}

/// One entry of the legend: a swatch and its words.
struct LegendItem: Hashable, Sendable {
    enum Swatch: Hashable, Sendable {
        case category(EventCategory)
        case size(radius: Double)
        case approximate
        case words
    }

    var swatch: Swatch
    var text: String
    var x: Double
    var width: Double
}

extension IncidentMap {
    /// The categories present, each with its count, then the size key; wrapped into rows.
    static func legend(marks: [MapMark], size: MarkSize, width: Double, maximumRadius: Double) -> [[LegendItem]] {
        var totals = [Int](repeating: 0, count: EventCategory.allCases.count)
        for mark in marks {
            for index in totals.indices { totals[index] += mark.categoryCounts[index] }
        }
        // Groups wrap as a whole: the size key is never split from its label.
        var groups: [[(LegendItem.Swatch, String)]] = EventCategory.allCases.filter { totals[$0.rawValue] > 0 }.map {
            [(.category($0), "\($0.title) (\(totals[$0.rawValue]))")]
        }
        if marks.contains(where: \.approximate) { groups.append([(.approximate, "placed at its region's capital")]) }
        if let largest = marks.first, largest.weight(size) > 1 {
            let unit = size == .count ? "incidents" : "killed"
            let smallest = size == .count ? 1.0 : max(1, marks.last { $0.weight(size) > 0 }?.weight(size) ?? 1)
            var group: [(LegendItem.Swatch, String)] = [(.words, "Size:")]
            for weight in smallest < largest.weight(size) ? [smallest, largest.weight(size)] : [smallest] {
                let radius = MarkLayout.radius(weight: weight, largest: largest.weight(size), maximum: maximumRadius)
                group.append((.size(radius: radius), "\(Int(weight))\(weight == largest.weight(size) ? " \(unit)" : "")"))
            }
            groups.append(group)
        }
        func itemWidth(_ swatch: LegendItem.Swatch, _ text: String) -> Double {
            let swatchWidth: Double =
                switch swatch {
                case .category, .approximate: 14
                case .size(let radius): radius * 2 + 4
                case .words: 0
                }
            return swatchWidth + TextMetrics.width(text, fontSize: 11) + 16
        }
        var rows: [[LegendItem]] = [[]]
        var x = 12.0
        for group in groups {
            let groupWidth = group.map { itemWidth($0.0, $0.1) }.reduce(0, +)
            if x + groupWidth > width - 12, !rows[rows.count - 1].isEmpty {
                rows.append([])
                x = 12
            }
            for (swatch, text) in group {
                let itemWidth = itemWidth(swatch, text)
                rows[rows.count - 1].append(LegendItem(swatch: swatch, text: text, x: x, width: itemWidth))
                x += itemWidth
            }
        }
        return rows.filter { !$0.isEmpty }
    }
}
