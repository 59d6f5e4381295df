import Foundation
import Geo

/// A point on the map, in pixels: x grows east, y grows south.
public struct MapPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// The equirectangular projection with a standard parallel, fitted to a view.
///
/// `x = cx + Δλ · cos φ₀ · k`, `y = cy − (φ − φc) · k`, with `k` pixels per degree of latitude,
/// Δλ the longitude east of the centre in (−180°, 180°], and φ₀ the standard parallel (the
/// middle of the view). Distances are true along every meridian and along the standard parallel,
/// which is where the scale bar is drawn from; over the few hundred kilometres of a typical
/// conflict map the east-west stretch elsewhere stays within a few percent. Chosen over Web
/// Mercator for that: a constant, honest scale bar, and no blow-up towards the poles.
public struct MapProjection: Hashable, Sendable {
    public var centerLatitude: Double
    public var centerLongitude: Double
    public var standardParallel: Double
    /// Pixels per degree of latitude.
    public var pixelsPerDegree: Double
    /// Where the centre falls, in pixels.
    public var center: MapPoint

    public init(centerLatitude: Double, centerLongitude: Double, standardParallel: Double, pixelsPerDegree: Double, center: MapPoint) {
        self.centerLatitude = centerLatitude
        self.centerLongitude = centerLongitude
        self.standardParallel = standardParallel
        self.pixelsPerDegree = pixelsPerDegree
        self.center = center
    }

    /// The projection that shows `extent` as large as fits in `width` × `height` pixels less
    /// `padding` on every side, centred.
    public static func fitted(to extent: GeoExtent, width: Double, height: Double, padding: Double) -> MapProjection {
        let parallel = min(80, max(-80, extent.centerLatitude))
        let cosine = cos(parallel * .pi / 180)
        let longitudeSpan = max(extent.longitudeSpan, 1e-6)
        let latitudeSpan = max(extent.latitudeSpan, 1e-6)
        let scale = min((width - 2 * padding) / (longitudeSpan * cosine), (height - 2 * padding) / latitudeSpan)
        return MapProjection(
            centerLatitude: extent.centerLatitude, centerLongitude: extent.centerLongitude, standardParallel: parallel,
            pixelsPerDegree: scale, center: MapPoint(x: width / 2, y: height / 2))
    }

    private var horizontalScale: Double { cos(standardParallel * .pi / 180) * pixelsPerDegree }

    /// Where a coordinate falls, taking the shorter way round to the centre's meridian.
    public func point(latitude: Double, longitude: Double) -> MapPoint {
        point(latitude: latitude, eastOfCenter: Self.eastward(longitude - centerLongitude))
    }

    public func point(_ coordinate: Coordinate) -> MapPoint { point(latitude: coordinate.latitude, longitude: coordinate.longitude) }

    /// Where a coordinate `eastOfCenter` degrees east of the centre falls (no wrapping: a ring
    /// of an outline stays continuous however far it runs).
    func point(latitude: Double, eastOfCenter: Double) -> MapPoint {
        MapPoint(x: center.x + eastOfCenter * horizontalScale, y: center.y - (latitude - centerLatitude) * pixelsPerDegree)
    }

    /// The coordinate at a point (the inverse of ``point(latitude:longitude:)``).
    public func coordinate(at point: MapPoint) -> Coordinate {
        Coordinate(
            latitude: centerLatitude - (point.y - center.y) / pixelsPerDegree,
            longitude: normalizedLongitude(centerLongitude + (point.x - center.x) / horizontalScale))
    }

    /// Kilometres a pixel covers along meridians and the standard parallel.
    public var kilometresPerPixel: Double { Self.kilometresPerDegree / pixelsPerDegree }

    /// A degree of a great circle on GeoNames' sphere (mean Earth radius 6,371.0088 km).
    static let kilometresPerDegree = 6371.0088 * Double.pi / 180

    /// A longitude difference in (−180, 180].
    static func eastward(_ degrees: Double) -> Double {
        var value = degrees.truncatingRemainder(dividingBy: 360)
        if value > 180 { value -= 360 }
        if value <= -180 { value += 360 }
        return value
    }
}
