/// What sort of thing a gazetteer entry is.
public enum PlaceKind: UInt8, Hashable, Sendable, CaseIterable, Codable {
    case country = 0
    case firstOrderDivision = 1
    case secondOrderDivision = 2
    case populatedPlace = 3
    /// A national capital (GeoNames PPLC).
    case capital = 4
    /// The seat of a division (GeoNames PPLA, PPLA2 .. PPLA5).
    case seat = 5
    /// A continent (GeoNames CONT: Europe, Africa).
    case continent = 6
    /// A region of several countries or parts of them (GeoNames RGN: the Middle East, the Sahel, the Balkans).
    case macroRegion = 7
    /// An ocean, sea, gulf, strait, bay or channel (the Black Sea, the Sea of Azov, the Strait of Hormuz).
    case water = 8
    /// An island or island group outside any country's populated places (the Spratly Islands).
    case island = 9
    /// A named feature read only when a build asks for its GeoNames class (`--feature-classes`): a building,
    /// airport, bridge, dam or power plant (S), a mountain or cape (T), a park or area (L), a road (R), a forest (V)
    /// or an undersea feature (U). Lakes, rivers and other waters of class H are ``water``.
    case feature = 10

    /// The coarse level used in JSON output: `country`, `admin1`, `admin2` or `place`.
    public var level: String {
        switch self {
        case .country: return "country"
        case .firstOrderDivision: return "admin1"
        case .secondOrderDivision: return "admin2"
        case .populatedPlace, .capital, .seat: return "place"
        case .continent: return "continent"
        case .macroRegion: return "region"
        case .water: return "water"
        case .island: return "island"
        case .feature: return "feature"
        }
    }

    /// Whether this is a division or a country rather than a populated place.
    public var isRegion: Bool {
        self == .country || self == .firstOrderDivision || self == .secondOrderDivision
    }

    /// Whether this is a populated place: a town, a seat or a capital.
    public var isTown: Bool {
        self == .populatedPlace || self == .seat || self == .capital
    }

    /// Whether this lies above or outside countries: a continent, a macro-region, a sea or an island of no country.
    public var isBeyondCountries: Bool {
        self == .continent || self == .macroRegion || self == .water || self == .island
    }
}

/// How exactly a mention's coordinates locate the event, in the UCDP/ACLED manner.
public enum LocationPrecision: String, Hashable, Sendable, CaseIterable, Codable {
    /// The named populated place itself.
    case exactPlace = "place"
    /// Near, outside or around the named place.
    case nearPlace = "near"
    /// Somewhere in a second-order division (district, rayon, county).
    case secondOrderDivision = "admin2"
    /// Somewhere in a first-order division (oblast, krai, state, province).
    case firstOrderDivision = "admin1"
    /// Somewhere in a country.
    case country = "country"
    /// At sea or in a country's waters.
    case water = "water"
}

/// Where a division's or country's representative point comes from (they have no polygons here).
public enum PointSource: UInt8, Hashable, Sendable, CaseIterable, Codable {
    /// The source row's own coordinates (every populated place).
    case own = 0
    /// The division's seat found by its GeoNames codes (a PPLA/PPLA2 row in that division).
    case seatByCode = 1
    /// The division's seat found by name (Klimovskiy Rayon -> Klimovo), because codes were missing.
    case seatByName = 2
    /// The most populous place carrying the division's code (no seat known).
    case largestPlace = 3
    /// The conventional country point of countries.tsv (Russia 60, 100).
    case conventional = 4
    /// The capital, when no conventional point exists.
    case capital = 5
    /// The parent division's point: nothing better was known.
    case parent = 6
    /// No point at all (Antarctica, Bouvet Island): coordinates are 0, 0.
    case none = 7
    /// The middle of the box the division's places span.
    case middleOfPlaces = 8
}

extension LocationPrecision {
    /// The precision of a place named as itself: a country, a division, or the populated place.
    public init(namedPlace kind: PlaceKind) {
        switch kind {
        case .country: self = .country
        case .firstOrderDivision: self = .firstOrderDivision
        case .secondOrderDivision: self = .secondOrderDivision
        case .populatedPlace, .capital, .seat, .island, .feature: self = .exactPlace
        case .continent, .macroRegion: self = .country
        case .water: self = .water
        }
    }
}
