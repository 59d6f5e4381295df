import Foundation

/// The answer to a name, code or phrase lookup: ranked candidates, or the nearest names.
public struct PlaceLookup: Hashable, Sendable {
    public var query: String
    /// Best first: the requested level first, then by kind and population.
    public var candidates: [Place]
    /// When nothing matched: known names closest in spelling.
    public var nearestNames: [String]

    public var isAmbiguous: Bool { candidates.count > 1 }
    public var best: Place? { candidates.first }
}

extension Gazetteer {
    /// Resolves a name, alias, code or phrase at any level: `Bryansk`, `Belgorod region`,
    /// `Belgorod Oblast`, `RU.09`, `RU.10.547551`, `Russia`, `RU`, `Klimovsky district`, a geonameid.
    ///
    /// `suggestions` false skips the nearest spellings of an unknown name (an edit-distance search
    /// of every name): for readers that look up many candidate names and need only the matches.
    public func resolve(_ query: String, countryCode: String? = nil, suggestions: Bool = true) -> PlaceLookup {
        lookup(query, countryCode: countryCode, regionsOnly: false, suggestions: suggestions)
    }

    /// Like `resolve`, for the store's regions: countries, first- and second-order divisions.
    /// A district that is no longer in the sources (`Perevalsk district`) resolves to its seat town.
    public func region(_ query: String, countryCode: String? = nil) -> PlaceLookup {
        lookup(query, countryCode: countryCode, regionsOnly: true)
    }

    func lookup(_ query: String, countryCode: String?, regionsOnly: Bool, suggestions: Bool = true) -> PlaceLookup {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        var result = PlaceLookup(query: query, candidates: [], nearestNames: [])
        if let coded = recordsForCode(trimmed) {
            result.candidates = coded.map(place(at:))
            return result
        }
        guard let folded = NameKey.fold(trimmed), !folded.isEmpty else { return result }
        let words = folded.split(separator: 32)
        var level: DivisionTerms.Level?
        var records = self.records(forFoldedKey: folded)
        if records.isEmpty || regionsOnly,
           let term = DivisionTerms.trailingTerm(of: words.map { String(decoding: $0, as: UTF8.self) }) {
            level = term.level
            let dropped = words.suffix(term.length).reduce(0) { $0 + $1.count + 1 }
            let base = Array(folded.dropLast(dropped))
            records = self.records(forFoldedKey: base) + records
        }
        if let countryCode, let country = countryRecord(code: countryCode) {
            records = records.filter { countryRecord($0) == country }
        }
        records = Array(Set(records))
        let regions = records.filter { kind($0).isRegion }
        if regionsOnly && !regions.isEmpty { records = regions }
        func levelMatches(_ record: Int) -> Bool {
            switch (level, kind(record)) {
            case (.first?, .firstOrderDivision), (.second?, .secondOrderDivision), (.either?, .firstOrderDivision),
                 (.either?, .secondOrderDivision): return true
            default: return false
            }
        }
        var ranked = rankedByPrior(records)
        if level != nil {
            // `Moscow region` is Moscow Oblast before the city-subject Moscow; `Kyiv region` is not Kyiv City.
            func typeRank(_ record: Int) -> Int {
                let name = self.name(record)
                if name.hasSuffix(" City") { return 2 }
                return NameKey.fold(name).map { DivisionTerms.strippedKeys(of: $0).isEmpty } == true ? 1 : 0
            }
            ranked = ranked.enumerated().sorted { a, b in
                let ra = typeRank(a.element), rb = typeRank(b.element)
                return ra != rb ? ra < rb : a.offset < b.offset
            }.map(\.element)
        }
        result.candidates = (ranked.filter(levelMatches) + ranked.filter { !levelMatches($0) }).map(place(at:))
        if result.candidates.isEmpty, suggestions { result.nearestNames = nearestNames(to: folded) }
        return result
    }

    /// Records for `RU`, `RUS`, `RU.10`, `RU.10.547551` or a bare geonameid; nil when not code-shaped.
    func recordsForCode(_ text: String) -> [Int]? {
        if let id = Int(text) { return record(geonameid: id).map { [$0] } ?? [] }
        let isCodeShaped = text.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == ".") }
        guard isCodeShaped, text.count >= 2 else { return nil }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        switch parts.count {
        case 1 where text.count == 2 || text.count == 3: return countryRecord(code: text).map { [$0] } ?? []
        case 2: return binarySearch(code: text, in: admin1Base..<admin2Base).map { [$0] } ?? []
        case 3: return binarySearch(code: text, in: admin2Base..<placeBase).map { [$0] } ?? []
        default: return nil
        }
    }
}
