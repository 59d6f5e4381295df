/// A GeoNames feature class a gazetteer build can read from a place file (the `feature class` column).
///
/// Class A (divisions and countries) is not among them: divisions come from the admin code files, and a full
/// dump's A rows only give them GeoNames' own points.
public enum GeoNamesFeatureClass: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Cities, towns, villages (P): always read.
    case populatedPlaces = "P"
    /// Spots, buildings and farms (S): airports, bridges, dams, power plants, stadiums, hospitals, mosques.
    case spots = "S"
    /// Streams and lakes (H): rivers, lakes, reservoirs, bays and seas of a country.
    case hydrographic = "H"
    /// Mountains, hills, rocks (T): also capes, passes, valleys and islands of a country.
    case terrain = "T"
    /// Parks and areas (L): parks, military areas, oil fields, regions of a country.
    case areas = "L"
    /// Roads and railroads (R): roads, streets, railway lines, tunnels.
    case roads = "R"
    /// Forests and heaths (V).
    case vegetation = "V"
    /// Undersea features (U): seamounts, trenches.
    case undersea = "U"

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What a gazetteer build reads beyond the default: which feature classes of the place files.
public struct GazetteerBuildOptions: Hashable, Sendable {
    /// The classes kept from `cities*.txt`, `allCountries.txt` and country dumps; always holds ``GeoNamesFeatureClass/populatedPlaces``.
    public private(set) var featureClasses: Set<GeoNamesFeatureClass>

    /// The bundled gazetteer's choice: populated places only.
    public static let standard = GazetteerBuildOptions(featureClasses: [])

    /// The options keeping populated places and `featureClasses`.
    public init(featureClasses: Set<GeoNamesFeatureClass>) {
        self.featureClasses = featureClasses.union([.populatedPlaces])
    }

    /// Reads a list of class letters as a user writes it (`P,S,H`, `s h`, `SH`), or the first letter that names no class.
    public static func featureClasses(from list: String) -> Result<Set<GeoNamesFeatureClass>, UnknownFeatureClass> {
        var classes = Set<GeoNamesFeatureClass>()
        for character in list where character != "," && !character.isWhitespace {
            guard let featureClass = GeoNamesFeatureClass(rawValue: character.uppercased()) else {
                return .failure(UnknownFeatureClass(letter: character))
            }
            classes.insert(featureClass)
        }
        return .success(classes)
    }

    /// A letter that names no GeoNames feature class a build reads.
    public struct UnknownFeatureClass: Error, Hashable, Sendable {
        public let letter: Character
    }
}
