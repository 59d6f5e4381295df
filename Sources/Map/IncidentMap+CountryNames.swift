import Geo

/// A country's name written inside its visible part.
struct CountryName: Hashable, Sendable {
    var text: String
    /// The middle of the text's baseline.
    var baseline: MapPoint
}

extension IncidentMap {
    static let countryFontSize = 11.0
    static let countryLetterSpacing = 1.5

    /// Names for the countries in view, each at the free spot nearest the middle of its visible
    /// land whose whole label box lies inside the country; a country with no such spot (too
    /// small, or covered by marks and labels) goes unnamed. Largest visible country first.
    static func countryNames(
        outlines: CountryOutlines, project: ([Coordinate]) -> [MapPoint], frame: Box, placer: inout LabelPlacer
    ) -> [CountryName] {
        // About 3,600 sample points whatever the size, so a wide map costs what a small one does.
        let step = max(16, (frame.width * frame.height / 3600).squareRoot())
        var visible: [(name: String, rings: [[MapPoint]], inside: [MapPoint])] = []
        for country in outlines.countries {
            let rings = country.polygons.flatMap { $0 }.map(project).filter { ring in
                guard ring.count > 2 else { return false }
                let bounds = Self.bounds(ring)
                return bounds.intersects(frame)
            }
            guard !rings.isEmpty else { continue }
            let boxes = rings.map(Self.bounds)
            var inside: [MapPoint] = []
            var y = frame.y + step / 2
            while y < frame.maxY {
                var x = frame.x + step / 2
                while x < frame.maxX {
                    let point = MapPoint(x: x, y: y)
                    if contains(rings: rings, bounds: boxes, point) { inside.append(point) }
                    x += step
                }
                y += step
            }
            if !inside.isEmpty { visible.append((country.name, rings, inside)) }
        }
        visible.sort { $0.inside.count != $1.inside.count ? $0.inside.count > $1.inside.count : $0.name < $1.name }
        var names: [CountryName] = []
        for country in visible {
            let text = country.name.uppercased()
            let width = TextMetrics.width(text, fontSize: countryFontSize) + countryLetterSpacing * Double(text.count)
            let height = countryFontSize * 1.2
            let middle = MapPoint(
                x: country.inside.map(\.x).reduce(0, +) / Double(country.inside.count),
                y: country.inside.map(\.y).reduce(0, +) / Double(country.inside.count))
            let candidates = country.inside.sorted { a, b in
                let da = (a.x - middle.x) * (a.x - middle.x) + (a.y - middle.y) * (a.y - middle.y)
                let db = (b.x - middle.x) * (b.x - middle.x) + (b.y - middle.y) * (b.y - middle.y)
                return da != db ? da < db : (a.y, a.x) < (b.y, b.x)
            }
            for point in candidates.prefix(400) {
                let box = Box(x: point.x - width / 2, y: point.y - height / 2, width: width, height: height)
                let corners = [
                    MapPoint(x: box.x, y: box.y), MapPoint(x: box.maxX, y: box.y), MapPoint(x: box.x, y: box.maxY),
                    MapPoint(x: box.maxX, y: box.maxY),
                ]
                guard corners.allSatisfy({ contains(rings: country.rings, bounds: nil, $0) }), placer.claim(box) else { continue }
                names.append(CountryName(text: text, baseline: MapPoint(x: point.x, y: box.maxY - countryFontSize * 0.3)))
                break
            }
        }
        return names
    }

    static func bounds(_ ring: [MapPoint]) -> Box {
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for point in ring {
            minX = min(minX, point.x); maxX = max(maxX, point.x)
            minY = min(minY, point.y); maxY = max(maxY, point.y)
        }
        return Box(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// Even-odd point in polygon over all of a country's rings (`bounds`, when given, lets a
    /// ring whose box misses the point be skipped).
    static func contains(rings: [[MapPoint]], bounds: [Box]?, _ point: MapPoint) -> Bool {
        var inside = false
        for (index, ring) in rings.enumerated() where ring.count > 2 {
            if let bounds, !(bounds[index].x...bounds[index].maxX ~= point.x && bounds[index].y...bounds[index].maxY ~= point.y) { continue }
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.y > point.y) != (previous.y > point.y),
                    point.x < (previous.x - current.x) * (point.y - current.y) / (previous.y - current.y) + current.x
                {
                    inside.toggle()
                }
                previous = current
            }
        }
        return inside
    }
}
