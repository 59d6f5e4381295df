import Foundation

/// A latitude and longitude in degrees (WGS 84), exact to the five decimals GeoNames gives.
public struct Coordinate: Hashable, Sendable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km).
    public func distance(to other: Coordinate) -> Double {
        let toRadians = Double.pi / 180
        let dLat = (other.latitude - latitude) * toRadians
        let dLon = (other.longitude - longitude) * toRadians
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude * toRadians) * cos(other.latitude * toRadians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371.0088 * asin(min(1, a.squareRoot()))
    }
}

/// One gazetteer entry: a country, a division or a populated place, with its hierarchy.
public struct Place: Hashable, Sendable, Identifiable {
    /// The GeoNames id of the place itself (a district's own id, not its seat's).
    public var geonameid: Int
    public var name: String
    public var asciiName: String
    /// Latin-script alternate names kept by the importer (one per distinct folded spelling).
    public var alternateNames: [String] {
        get { joinedAlternateNames.isEmpty ? [] : joinedAlternateNames.split(separator: "\t").map(String.init) }
        set { joinedAlternateNames = newValue.joined(separator: "\t") }
    }
    /// The alternates as stored, tab-separated: splitting is left to whoever asks for them.
    var joinedAlternateNames: String
    public var kind: PlaceKind
    /// The GeoNames feature code (`PPLA2`, `ADM1`, `PCLI` ...).
    public var featureCode: String
    public var countryCode: String
    public var countryName: String
    /// The full GeoNames admin1 code (`RU.10`), nil when the source has none.
    public var admin1Code: String?
    public var admin1Name: String?
    /// The full GeoNames admin2 code (`RU.10.547551`), nil when unknown.
    public var admin2Code: String?
    public var admin2Name: String?
    /// True when the admin2 was found through the place being its district's seat, not by code.
    public var admin2Inferred: Bool
    /// The point: a place's own, a division's seat or capital, a country's conventional point.
    public var coordinate: Coordinate
    public var pointSource: PointSource
    public var population: Int
    /// IANA time zone; for divisions and countries the zone of their seat or capital.
    public var timeZone: String?

    public var id: Int { geonameid }
}

extension Place {
    /// A place from its parts, for entries kept outside the gazetteer (a database's copy of one).
    ///
    /// Declared in an extension so the internal memberwise initializer the gazetteer decodes with stays.
    public init(
        geonameid: Int, name: String, asciiName: String? = nil, alternateNames: [String] = [], kind: PlaceKind,
        featureCode: String = "", countryCode: String, countryName: String, admin1Code: String? = nil,
        admin1Name: String? = nil, admin2Code: String? = nil, admin2Name: String? = nil, admin2Inferred: Bool = false,
        coordinate: Coordinate, pointSource: PointSource = .own, population: Int = 0, timeZone: String? = nil
    ) {
        self.init(
            geonameid: geonameid, name: name, asciiName: asciiName ?? name,
            joinedAlternateNames: alternateNames.joined(separator: "\t"), kind: kind, featureCode: featureCode,
            countryCode: countryCode, countryName: countryName, admin1Code: admin1Code, admin1Name: admin1Name,
            admin2Code: admin2Code, admin2Name: admin2Name, admin2Inferred: admin2Inferred, coordinate: coordinate,
            pointSource: pointSource, population: population, timeZone: timeZone)
    }
}
