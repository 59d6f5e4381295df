import Geo

extension RegionScope {
    /// The region a user names (`Belgorod region`, `RU.09`, `Russia`, `Klimovsky district`).
    ///
    /// - Throws: ``StoreError`` listing the candidates when the name is ambiguous, or the nearest
    ///   known names when it is unknown.
    public static func named(_ query: String, in gazetteer: Gazetteer) throws -> RegionScope {
        let lookup = gazetteer.region(query)
        guard let best = lookup.best else {
            let suggestions = lookup.nearestNames.prefix(5).joined(separator: ", ")
            throw StoreError("unknown region '\(query)'" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions)?"))
        }
        let rivals = lookup.candidates.dropFirst().filter { $0.kind.level == best.kind.level }
        if !rivals.isEmpty {
            let listed = lookup.candidates.prefix(6).map { "\($0.name) (\(code(of: $0)), \($0.countryName))" }
            throw StoreError("region '\(query)' is ambiguous: \(listed.joined(separator: "; ")); give a code such as \(code(of: best))")
        }
        return RegionScope(place: best)
    }

    /// The scope of a gazetteer entry at its own level.
    public init(place: Place) {
        switch place.kind {
        case .country:
            self.init(level: .country, code: place.countryCode, geonameid: place.geonameid, name: place.name)
        case .firstOrderDivision:
            self.init(level: .admin1, code: place.admin1Code ?? place.countryCode, geonameid: place.geonameid, name: place.name)
        case .secondOrderDivision:
            self.init(level: .admin2, code: place.admin2Code ?? "", geonameid: place.geonameid, name: place.name)
        // A sea, a continent or a macro-region is matched as the one entry it is (no code holds its parts).
        case .populatedPlace, .capital, .seat, .continent, .macroRegion, .water, .island, .feature:
            self.init(level: .place, code: String(place.geonameid), geonameid: place.geonameid, name: place.name)
        }
    }

    /// Whether a district query may miss incidents: district codes are sparse in the sources.
    public var mayBeIncomplete: Bool { level == .admin2 }

    private static func code(of place: Place) -> String {
        switch place.kind {
        case .country: place.countryCode
        case .firstOrderDivision: place.admin1Code ?? place.countryCode
        case .secondOrderDivision: place.admin2Code ?? String(place.geonameid)
        default: String(place.geonameid)
        }
    }
}
