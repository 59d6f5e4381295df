import Foundation
import Geo

/// One country's outline: polygons, each an outer ring followed by its holes.
public struct CountryOutline: Hashable, Sendable {
    /// ISO 3166 alpha-2 code (`RU`), or what the file gives for territories without one.
    public var code: String
    public var name: String
    public var polygons: [[[Coordinate]]]

    public init(code: String, name: String, polygons: [[[Coordinate]]]) {
        self.code = code
        self.name = name
        self.polygons = polygons
    }
}

/// Low-resolution country outlines for the map's background (`Gazetteer/countries.geojson`).
///
/// Too coarse to say which side of a border a town is on, and never used for that: places are
/// placed by the gazetteer; outlines only give the reader their bearings.
public struct CountryOutlines: Sendable {
    public static let fileName = "countries.geojson"

    public var countries: [CountryOutline]

    public init(countries: [CountryOutline]) { self.countries = countries }

    /// Reads a GeoJSON FeatureCollection of Polygon and MultiPolygon features with `iso_a2` and
    /// `name` properties; `path` names the file in errors.
    public init(geoJSON data: Data, path: String) throws {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let features = root["features"] as? [[String: Any]]
        else { throw MapError("\(path): not a GeoJSON FeatureCollection") }
        var countries: [CountryOutline] = []
        for (index, feature) in features.enumerated() {
            let properties = feature["properties"] as? [String: Any] ?? [:]
            let name = properties["name"] as? String ?? "feature \(index)"
            guard let geometry = feature["geometry"] as? [String: Any], let type = geometry["type"] as? String,
                let coordinates = geometry["coordinates"] as? [Any]
            else { throw MapError("\(path): feature \(index) ('\(name)') has no geometry") }
            let polygons: [[[Coordinate]]]
            switch type {
            case "Polygon": polygons = [try Self.rings(coordinates, path: path, name: name)]
            case "MultiPolygon": polygons = try coordinates.map { try Self.rings($0 as? [Any] ?? [], path: path, name: name) }
            default: throw MapError("\(path): feature \(index) ('\(name)') is a \(type), not a Polygon or MultiPolygon")
            }
            countries.append(CountryOutline(code: properties["iso_a2"] as? String ?? "", name: name, polygons: polygons))
        }
        self.countries = countries
    }

    private static func rings(_ value: [Any], path: String, name: String) throws -> [[Coordinate]] {
        try value.map { ring in
            guard let positions = ring as? [[Double]] else { throw MapError("\(path): '\(name)' has a ring that is not a list of positions") }
            return try positions.map { position in
                guard position.count >= 2, (-180...180).contains(position[0]), (-90...90).contains(position[1]) else {
                    throw MapError("\(path): '\(name)' has a position out of range: \(position)")
                }
                return Coordinate(latitude: position[1], longitude: position[0])
            }
        }
    }

    /// Loads `countries.geojson` from the first folder of ``Gazetteer/searchLocations(environment:)``
    /// that has one (it travels with the gazetteer).
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CountryOutlines {
        let folders = Gazetteer.searchLocations(environment: environment).map { $0.pathExtension == "bin" ? $0.deletingLastPathComponent() : $0 }
        for folder in folders {
            let file = folder.appendingPathComponent(fileName)
            if let data = FileManager.default.contents(atPath: file.path) { return try CountryOutlines(geoJSON: data, path: file.path) }
        }
        throw MapError("\(fileName) not found; looked in: \(folders.map(\.path).joined(separator: ", ")) (set TIMELINE_GAZETTEER to the Gazetteer folder)")
    }
}
