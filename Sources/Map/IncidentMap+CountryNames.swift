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
        let step = 16.0
        var visible: [(name: String, rings: [[MapPoint]], inside: [MapPoint])] = []
        for country in outlines.countries {
            let rings = country.polygons.flatMap { $0 }.map(project).filter { ring in
                ring.contains { frame.x...frame.maxX ~= $0.x && frame.y...frame.maxY ~= $0.y }
                    || ring.count > 2 && Self.contains(rings: [ring], MapPoint(x: frame.x + frame.width / 2, y: frame.y + frame.height / 2))
            }
            guard !rings.isEmpty else { continue }
            var inside: [MapPoint] = []
            var y = frame.y + step / 2
            while y < frame.maxY {
                var x = frame.x + step / 2
                while x < frame.maxX {
                    let point = MapPoint(x: x, y: y)
                    if contains(rings: rings, point) { inside.append(point) }
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
                guard corners.allSatisfy({ contains(rings: country.rings, $0) }), placer.claim(box) else { continue }
                names.append(CountryName(text: text, baseline: MapPoint(x: point.x, y: box.maxY - countryFontSize * 0.3)))
                break
            }
        }
        return names
    }

    /// Even-odd point in polygon over all of a country's rings.
    static func contains(rings: [[MapPoint]], _ point: MapPoint) -> Bool {
        var inside = false
        for ring in rings where ring.count > 2 {
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
