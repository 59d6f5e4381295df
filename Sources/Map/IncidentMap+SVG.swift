import Foundation
import Geo
import IncidentData

extension IncidentMap {
    static let seaColor = "#d6e6f0"
    static let landColor = "#f2efe9"
    /// Land of the countries holding incidents.
    static let activeLandColor = "#e6dfcc"

    /// The map as a standalone SVG document.
    ///
    /// The root element carries the projection (`data-projection`, `data-center-latitude`,
    /// `data-center-longitude`, `data-standard-parallel`, `data-pixels-per-degree`,
    /// `data-frame-top`), so a reader can place any coordinate on the picture; each mark is a
    /// `<g class="mark" id="m1" data-incidents="3 4">` with a `<title>` tooltip.
    public func svg() -> String {
        var out = ""
        out.reserveCapacity(8192 + marks.count * 220)
        let w = SVGText.number(width), h = SVGText.number(height)
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl-map\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\""
        out += " font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" data-projection=\"equirectangular\""
        out += " data-center-latitude=\"\(coordinateText(projection.centerLatitude))\""
        out += " data-center-longitude=\"\(coordinateText(projection.centerLongitude))\""
        out += " data-standard-parallel=\"\(coordinateText(projection.standardParallel))\""
        out += " data-pixels-per-degree=\"\(coordinateText(projection.pixelsPerDegree))\""
        out += " data-frame-top=\"\(SVGText.number(frame.y))\" data-frame-height=\"\(SVGText.number(frame.height))\">\n"
        out += "<title>\(SVGText.escaped(options.title))</title>\n"
        out += """
            <style>
            .tl-map .land path{stroke:#9c968a;stroke-width:.6;stroke-linejoin:round}.tl-map .land .seam{stroke:none}
            .tl-map .mark{cursor:pointer}
            .tl-map .mark .ring{fill:none;stroke:#fff;stroke-width:1.2}
            .tl-map .approximate{fill-opacity:.55}.tl-map .approximate .ring{stroke:#333;stroke-dasharray:3 2}
            .tl-map .mark.active .ring,.tl-map .mark:hover .ring,.tl-map .mark:target .ring{stroke:#111;stroke-width:3}
            .tl-map .n{fill:#fff;font-size:9px;font-weight:700;text-anchor:middle;pointer-events:none}
            .tl-map .labels text{font-size:12px;font-weight:700;fill:#222;stroke:#fff;stroke-width:3;paint-order:stroke;stroke-linejoin:round}
            .tl-map .countries text{font-size:11px;letter-spacing:1.5px;fill:#8a8478;text-anchor:middle}
            .tl-map .legend text{font-size:11px;fill:#333}
            .tl-map .credit{font-size:10px;fill:#666}
            </style>

            """
        out += "<rect width=\"\(w)\" height=\"\(h)\" fill=\"#fff\"/>\n"
        var baseline = 8.0
        for line in titleLines {
            baseline += Self.titleLineHeight
            out += "<text x=\"12\" y=\"\(SVGText.number(baseline - 4))\" font-size=\"17\" font-weight=\"700\" fill=\"#111\">\(SVGText.escaped(line))</text>\n"
        }
        for line in subtitleLines {
            baseline += Self.subtitleLineHeight
            out += "<text x=\"12\" y=\"\(SVGText.number(baseline - 2))\" font-size=\"12\" fill=\"#444\">\(SVGText.escaped(line))</text>\n"
        }
        let fw = SVGText.number(frame.width), fh = SVGText.number(frame.height)
        out += "<clipPath id=\"tl-frame\"><rect width=\"\(fw)\" height=\"\(fh)\"/></clipPath>\n"
        out += "<g transform=\"translate(0 \(SVGText.number(frame.y)))\">\n<g clip-path=\"url(#tl-frame)\">\n"
        out += "<rect class=\"sea\" width=\"\(fw)\" height=\"\(fh)\" fill=\"\(Self.seaColor)\"/>\n"
        writeOutlines(into: &out)
        out += "<g class=\"marks\">\n"
        for mark in marks { writeMark(mark, into: &out) }
        out += "</g>\n<g class=\"countries\">\n"
        for name in countryNames {
            out += "<text x=\"\(SVGText.number(name.baseline.x))\" y=\"\(SVGText.number(name.baseline.y))\">\(SVGText.escaped(name.text))</text>\n"
        }
        out += "</g>\n<g class=\"labels\">\n"
        for label in labels {
            out += "<text x=\"\(SVGText.number(label.baseline.x))\" y=\"\(SVGText.number(label.baseline.y))\">\(SVGText.escaped(label.text))</text>\n"
        }
        out += "</g>\n"
        writeScaleBar(into: &out)
        out += "</g>\n<rect width=\"\(fw)\" height=\"\(fh)\" fill=\"none\" stroke=\"#888\"/>\n</g>\n"
        writeLegend(into: &out)
        out += "</svg>\n"
        return out
    }

    /// Every polygon that reaches into the frame, as one path per country (even-odd, so holes
    /// stay holes). Vertices closer than half a pixel to the last one drawn are skipped.
    ///
    /// The outlines split countries that cross the antimeridian (Chukotka, Fiji) into rings
    /// meeting at ±180°; those rings are filled as they are but stroked without that edge,
    /// which is no border.
    private func writeOutlines(into out: inout String) {
        out += "<g class=\"land\">\n"
        let margin = 2.0
        let view = Box(x: -margin, y: -margin, width: frame.width + 2 * margin, height: frame.height + 2 * margin)
        for country in outlines.countries {
            var data = "", seamFill = "", seamStroke = ""
            for polygon in country.polygons {
                let projected = polygon.map { Self.projectRing($0, projection) }
                let points = projected.joined()
                guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(), let minY = points.map(\.y).min(),
                    let maxY = points.map(\.y).max(),
                    maxX >= view.x, minX <= view.maxX, maxY >= view.y, minY <= view.maxY
                else { continue }
                let inside = view.contains(Box(x: minX, y: minY, width: maxX - minX, height: maxY - minY))
                for (ring, source) in zip(projected, polygon) where ring.count >= 3 {
                    let seam = Self.seamEdges(source)
                    let cut = inside ? ring : Self.clip(ring, to: view)
                    guard cut.count >= 3 else { continue }
                    if seam.isEmpty {
                        Self.append(cut, closed: true, to: &data)
                    } else {
                        Self.append(cut, closed: true, to: &seamFill)
                        // The stroke, unclipped (the frame's clip path cuts it), broken at the seam.
                        var run: [MapPoint] = []
                        for index in ring.indices {
                            run.append(ring[index])
                            if seam.contains(index) {
                                Self.append(run, closed: false, to: &seamStroke)
                                run = []
                            }
                        }
                        run.append(ring[0])
                        Self.append(run, closed: false, to: &seamStroke)
                    }
                }
            }
            guard !data.isEmpty || !seamFill.isEmpty else { continue }
            let fill = countriesWithIncidents.contains(country.code) ? Self.activeLandColor : Self.landColor
            let code = SVGText.escaped(country.code), title = "<title>\(SVGText.escaped(country.name))</title>"
            if !data.isEmpty {
                out += "<path fill=\"\(fill)\" fill-rule=\"evenodd\" data-country=\"\(code)\" d=\"\(data)\">\(title)</path>\n"
            }
            if !seamFill.isEmpty {
                out += "<path class=\"seam\" fill=\"\(fill)\" fill-rule=\"evenodd\" data-country=\"\(code)\" d=\"\(seamFill)\">\(title)</path>\n"
                if !seamStroke.isEmpty { out += "<path fill=\"none\" d=\"\(seamStroke)\"/>\n" }
            }
        }
        out += "</g>\n"
    }

    /// The edges (by the index of their first vertex) that run along the antimeridian.
    static func seamEdges(_ ring: [Coordinate]) -> Set<Int> {
        var edges: Set<Int> = []
        for index in ring.indices {
            let a = ring[index], b = ring[(index + 1) % ring.count]
            if abs(a.longitude) >= 179.9999, abs(b.longitude) >= 179.9999, (a.longitude > 0) == (b.longitude > 0) { edges.insert(index) }
        }
        return edges
    }

    /// `M x y L x y x y ... (Z)`, skipping vertices within half a pixel of the last one written.
    static func append(_ points: [MapPoint], closed: Bool, to data: inout String) {
        guard points.count >= 2, var last = points.first else { return }
        data += "M" + SVGText.number(last.x) + " " + SVGText.number(last.y)
        var first = true
        for (index, point) in points.enumerated().dropFirst() {
            let dx = point.x - last.x, dy = point.y - last.y
            guard dx * dx + dy * dy >= 0.25 || (!closed && index == points.count - 1) else { continue }
            data += (first ? "L" : " ") + SVGText.number(point.x) + " " + SVGText.number(point.y)
            first = false
            last = point
        }
        if closed { data += "Z" }
    }

    /// A ring projected without jumps: each vertex's longitude is taken the short way from the
    /// one before, so a ring running past the far side of the globe stays whole (off the map)
    /// instead of streaking across it.
    static func projectRing(_ ring: [Coordinate], _ projection: MapProjection) -> [MapPoint] {
        guard let first = ring.first else { return [] }
        var east = MapProjection.eastward(first.longitude - projection.centerLongitude)
        var previous = first.longitude
        var points: [MapPoint] = []
        points.reserveCapacity(ring.count)
        for coordinate in ring {
            east += MapProjection.eastward(coordinate.longitude - previous)
            previous = coordinate.longitude
            points.append(projection.point(latitude: coordinate.latitude, eastOfCenter: east))
        }
        return points
    }

    /// A ring cut to a box (Sutherland-Hodgman, one side at a time), so a country far larger
    /// than the view is drawn as the part in view. What the cut adds runs along the box, which
    /// lies just outside the visible frame.
    static func clip(_ ring: [MapPoint], to box: Box) -> [MapPoint] {
        var points = ring
        let sides: [(inside: (MapPoint) -> Bool, cross: (MapPoint, MapPoint) -> MapPoint)] = [
            ({ $0.x >= box.x }, { a, b in MapPoint(x: box.x, y: a.y + (b.y - a.y) * (box.x - a.x) / (b.x - a.x)) }),
            ({ $0.x <= box.maxX }, { a, b in MapPoint(x: box.maxX, y: a.y + (b.y - a.y) * (box.maxX - a.x) / (b.x - a.x)) }),
            ({ $0.y >= box.y }, { a, b in MapPoint(x: a.x + (b.x - a.x) * (box.y - a.y) / (b.y - a.y), y: box.y) }),
            ({ $0.y <= box.maxY }, { a, b in MapPoint(x: a.x + (b.x - a.x) * (box.maxY - a.y) / (b.y - a.y), y: box.maxY) }),
        ]
        for side in sides {
            guard let last = points.last else { return [] }
            var output: [MapPoint] = []
            output.reserveCapacity(points.count + 4)
            var previous = last
            for current in points {
                switch (side.inside(previous), side.inside(current)) {
                case (true, true): output.append(current)
                case (true, false): output.append(side.cross(previous, current))
                case (false, true): output.append(side.cross(previous, current)); output.append(current)
                case (false, false): break
                }
                previous = current
            }
            points = output
        }
        return points
    }

    private func writeMark(_ mark: MapMark, into out: inout String) {
        let x = SVGText.number(mark.position.x), y = SVGText.number(mark.position.y), r = SVGText.number(mark.radius)
        out += "<g class=\"mark\(mark.approximate ? " approximate" : "")\" id=\"\(mark.id)\" data-incidents=\""
        for (index, id) in mark.incidentIDs.enumerated() {
            if index > 0 { out += " " }
            out += String(id)
        }
        out += "\"><title>\(SVGText.escaped(tooltip(mark)))</title>"
        let categories = mark.categories
        if categories.count == 1 {
            out += "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"\(r)\" fill=\"\(categories[0].color)\"/>"
        } else {
            // A pie: one slice per type, clockwise from twelve o'clock, in legend order.
            var angle = -Double.pi / 2
            for category in categories {
                let sweep = 2 * Double.pi * Double(mark.categoryCounts[category.rawValue]) / Double(mark.count)
                let start = MapPoint(x: mark.position.x + mark.radius * cos(angle), y: mark.position.y + mark.radius * sin(angle))
                angle += sweep
                let end = MapPoint(x: mark.position.x + mark.radius * cos(angle), y: mark.position.y + mark.radius * sin(angle))
                out += "<path fill=\"\(category.color)\" d=\"M\(x) \(y)L\(SVGText.number(start.x)) \(SVGText.number(start.y))"
                out += "A\(r) \(r) 0 \(sweep > Double.pi ? 1 : 0) 1 \(SVGText.number(end.x)) \(SVGText.number(end.y))Z\"/>"
            }
        }
        out += "<circle class=\"ring\" cx=\"\(x)\" cy=\"\(y)\" r=\"\(r)\"/>"
        // The figure only where it fits: a mark's size is the data, never stretched for its text.
        if let figure = mark.figure(options.size),
            TextMetrics.width(String(figure), fontSize: MarkLayout.countFontSize, bold: true) <= 2 * mark.radius - 4
        {
            out += "<text class=\"n\" x=\"\(x)\" y=\"\(SVGText.number(mark.position.y + 3.2))\">\(figure)</text>"
        }
        out += "</g>\n"
    }

    /// `Shebekino: 2 incidents (Explosions/Remote violence 1, Strategic developments 1)`.
    func tooltip(_ mark: MapMark) -> String {
        let places = mark.places.count <= 4 ? mark.places.joined(separator: ", ")
            : mark.places.prefix(3).joined(separator: ", ") + " and \(mark.places.count - 3) more places"
        let types = mark.categories.map { "\($0.title) \(mark.categoryCounts[$0.rawValue])" }.joined(separator: ", ")
        var text = "\(places): \(mark.count) incident\(mark.count == 1 ? "" : "s") (\(types))"
        if mark.fatalitiesKnown { text += ", \(mark.fatalities) killed" }
        if mark.approximate {
            text += "; placed at the region's capital: the text names only the region"
        } else if mark.placedByRegion > 0 {
            text += "; \(mark.placedByRegion) of them placed at the region's capital: the text names only the region"
        }
        return text
    }

    private func writeScaleBar(into out: inout String) {
        let box = scaleBar.box
        let left = box.x + 10, baseline = box.y + box.height - 8
        let kilometres = scaleBar.kilometres >= 1 ? String(Int(scaleBar.kilometres)) : coordinateText(scaleBar.kilometres)
        out += "<g class=\"scale\"><rect x=\"\(SVGText.number(box.x))\" y=\"\(SVGText.number(box.y))\" width=\"\(SVGText.number(box.width))\""
        out += " height=\"\(SVGText.number(box.height))\" fill=\"#fff\" fill-opacity=\".8\"/>"
        out += "<path d=\"M\(SVGText.number(left)) \(SVGText.number(baseline - 5))v5h\(SVGText.number(scaleBar.pixels))v-5\""
        out += " fill=\"none\" stroke=\"#222\" stroke-width=\"1.5\"/>"
        out += "<text x=\"\(SVGText.number(left))\" y=\"\(SVGText.number(baseline - 8))\" font-size=\"10\" fill=\"#222\">\(kilometres) km</text></g>\n"
    }

    private func writeLegend(into out: inout String) {
        var top = frame.maxY + 8
        out += "<g class=\"legend\">\n"
        for row in legendRows {
            let rowHeight = Self.rowHeight(row)
            let middle = top + rowHeight / 2
            for item in row {
                var textX = item.x
                switch item.swatch {
                case .category(let category):
                    out += "<circle cx=\"\(SVGText.number(item.x + 5))\" cy=\"\(SVGText.number(middle))\" r=\"5\" fill=\"\(category.color)\"/>"
                    textX += 14
                case .size(let radius):
                    out += "<circle cx=\"\(SVGText.number(item.x + radius))\" cy=\"\(SVGText.number(middle))\" r=\"\(SVGText.number(radius))\""
                    out += " fill=\"#bbb\" stroke=\"#fff\"/>"
                    textX += radius * 2 + 4
                case .approximate:
                    out += "<circle class=\"approximate\" cx=\"\(SVGText.number(item.x + 5))\" cy=\"\(SVGText.number(middle))\" r=\"5\""
                    out += " fill=\"#bbb\" fill-opacity=\".55\" stroke=\"#333\" stroke-dasharray=\"3 2\"/>"
                    textX += 14
                case .words:
                    break
                }
                out += "<text x=\"\(SVGText.number(textX))\" y=\"\(SVGText.number(middle + 4))\">\(SVGText.escaped(item.text))</text>\n"
            }
            top += rowHeight
        }
        out += "</g>\n"
        for (index, line) in creditLines.enumerated() {
            out += "<text class=\"credit\" x=\"12\" y=\"\(SVGText.number(top + 14 + Double(index) * Self.creditLineHeight))\">"
            out += SVGText.escaped(line) + "</text>\n"
        }
    }

    /// The credits and the projection, wrapped to the width.
    static func credit(projection: MapProjection, width: Double, missingOutlines: [String]) -> [String] {
        let parallel = SVGText.number(abs(projection.standardParallel)) + "°" + (projection.standardParallel >= 0 ? "N" : "S")
        var sentences = [
            "Places: GeoNames (CC BY 4.0).", "Outlines: countryinfo (MIT).",
            "Equirectangular projection, scale true along \(parallel) and along meridians.",
        ]
        // The outlines' vertices are some 60 km apart: drawn at under 15 km a pixel, that is
        // several pixels of error, and a border is a hint, not a fact.
        if projection.kilometresPerPixel < 15 { sentences.append("Borders are coarse at this scale: a mark near one may lie either side.") }
        if !missingOutlines.isEmpty {
            sentences.append("No outline in the bundled data for \(missingOutlines.joined(separator: ", ")): its marks stand on blank ground.")
        }
        return TextMetrics.wrap(sentences.joined(separator: " "), fontSize: 10, width: width - 24)
    }
}
