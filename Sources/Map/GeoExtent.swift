import Foundation
import Geo

/// A box in degrees; `west > east` means it crosses the antimeridian.
public struct GeoExtent: Hashable, Sendable {
    public var south: Double
    public var north: Double
    public var west: Double
    public var east: Double

    public init(south: Double, north: Double, west: Double, east: Double) {
        self.south = south
        self.north = north
        self.west = west
        self.east = east
    }

    /// Degrees of longitude covered, 0 to 360.
    public var longitudeSpan: Double { west <= east ? east - west : east + 360 - west }
    public var latitudeSpan: Double { north - south }
    public var centerLatitude: Double { (south + north) / 2 }
    public var centerLongitude: Double { normalizedLongitude(west + longitudeSpan / 2) }

    /// The smallest box holding every coordinate: its longitudes are the shortest arc around
    /// the globe that contains them all, so points either side of the antimeridian (Chukotka
    /// and Alaska) give a narrow box, not one spanning the world.
    public static func enclosing(_ coordinates: some Sequence<Coordinate>) -> GeoExtent? {
        var longitudes: [Double] = []
        var south = Double.infinity
        var north = -Double.infinity
        for coordinate in coordinates {
            longitudes.append(normalizedLongitude(coordinate.longitude))
            south = min(south, coordinate.latitude)
            north = max(north, coordinate.latitude)
        }
        guard !longitudes.isEmpty else { return nil }
        longitudes.sort()
        // The widest gap between neighbouring longitudes (the wrap-around gap included) is
        // what the box leaves out.
        var gap = longitudes[0] + 360 - longitudes[longitudes.count - 1]
        var west = longitudes[0]
        var east = longitudes[longitudes.count - 1]
        for index in 1..<longitudes.count where longitudes[index] - longitudes[index - 1] > gap {
            gap = longitudes[index] - longitudes[index - 1]
            west = longitudes[index]
            east = longitudes[index - 1]
        }
        return GeoExtent(south: south, north: north, west: west, east: east)
    }

    /// The box grown by `fraction` of its size on each side, and to at least `minimumSpan`
    /// degrees of latitude and the same ground distance of longitude, so a single town still
    /// shows its surroundings. Latitudes stay within ±85°.
    /// Past three quarters of the globe it is the whole world, centred on Greenwich, so that
    /// outlines (split at the antimeridian) are whole and nothing lands off the edges.
    public func padded(fraction: Double, minimumSpan: Double) -> GeoExtent {
        let cosine = max(0.05, cos(centerLatitude * .pi / 180))
        if longitudeSpan * (1 + 2 * fraction) > 270 || minimumSpan / cosine > 270 {
            let latitudeSpan = max(self.latitudeSpan * (1 + 2 * fraction), minimumSpan)
            return GeoExtent(
                south: max(-85, centerLatitude - latitudeSpan / 2), north: min(85, centerLatitude + latitudeSpan / 2), west: -180,
                east: 180)
        }
        let latitudeSpan = max(self.latitudeSpan * (1 + 2 * fraction), minimumSpan)
        let longitudeSpan = max(self.longitudeSpan * (1 + 2 * fraction), minimumSpan / cosine)
        let center = centerLatitude
        var south = center - latitudeSpan / 2
        var north = center + latitudeSpan / 2
        if south < -85 { (south, north) = (-85, min(85, north - 85 - south)) }
        if north > 85 { (south, north) = (max(-85, south - (north - 85)), 85) }
        let middle = west + self.longitudeSpan / 2
        return GeoExtent(
            south: south, north: north, west: normalizedLongitude(middle - longitudeSpan / 2),
            east: normalizedLongitude(middle + longitudeSpan / 2))
    }
}

/// A longitude in [-180, 180).
func normalizedLongitude(_ longitude: Double) -> Double {
    var value = (longitude + 180).truncatingRemainder(dividingBy: 360)
    if value < 0 { value += 360 }
    return value - 180
}
