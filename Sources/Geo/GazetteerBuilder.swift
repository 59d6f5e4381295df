import Foundation

/// Turns GeoNames-format sources into the compact `gazetteer.bin` (deterministic: same sources, same bytes).
public struct GazetteerBuilder: Sendable {
    public let sourceDirectory: URL
    public let options: GazetteerBuildOptions

    public init(sourceDirectory: URL, options: GazetteerBuildOptions = .standard) {
        self.sourceDirectory = sourceDirectory
        self.options = options
    }

    /// Reads the sources and writes `gazetteer.bin` and `README.md` into `outputDirectory`.
    @discardableResult
    public func build(into outputDirectory: URL) throws -> GazetteerBuildSummary {
        let sources = try GazetteerSources.read(from: sourceDirectory, options: options)
        let (countries, admin1, admin2) = (sources.countries.count, sources.admin1.count, sources.admin2.count)
        let places = sources.places.count(where: { $0.featureClass == GeoNamesFeatureClass.populatedPlaces.rawValue })
        let beyondCountries = sources.places.count(where: { $0.featureClass != "P" && $0.countryCode.isEmpty })
        let features = sources.places.count - places - beyondCountries
        // The assembly owns the rows from here, so it can let them go once they are records.
        var assembly = GazetteerAssembly(sources: consume sources)
        let bytes = try assembly.encode()
        try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        let binary = outputDirectory.appendingPathComponent(GazetteerFormat.fileName)
        try Data(bytes).write(to: binary)
        let summary = GazetteerBuildSummary(
            countries: countries, admin1: admin1, admin2: admin2, places: places,
            featuresBeyondCountries: beyondCountries, features: features,
            featureClasses: options.featureClasses.sorted().map(\.rawValue).joined(),
            foldedFeatureCodes: assembly.foldedFeatureCodes,
            keys: assembly.keyCount, bytes: bytes.count,
            admin2BySeatName: assembly.admin2BySeatName, placesWithInferredAdmin2: assembly.inferredAdmin2Places)
        try Data(GazetteerReadme.text(summary).utf8).write(to: outputDirectory.appendingPathComponent("README.md"))
        // The map's country outlines travel with the gazetteer, copied as they are.
        let outlines = sourceDirectory.appendingPathComponent("countries.geojson")
        if let data = FileManager.default.contents(atPath: outlines.path) {
            try data.write(to: outputDirectory.appendingPathComponent("countries.geojson"))
        }
        return summary
    }
}

/// Counts reported by a build (and written into the generated README).
public struct GazetteerBuildSummary: Hashable, Sendable {
    public var countries: Int
    public var admin1: Int
    public var admin2: Int
    public var places: Int
    /// Continents, macro-regions, seas and islands of no country (from `no-country.txt`).
    public var featuresBeyondCountries: Int
    /// Features of a country read by class (`--feature-classes`): airports, bridges, rivers, mountains.
    public var features: Int = 0
    /// The feature class letters read from the place files (`P` by default).
    public var featureClasses: String = "P"
    /// Rare feature codes stored as their class letter, beyond the 127 the file format indexes.
    public var foldedFeatureCodes: [String] = []
    public var keys: Int
    public var bytes: Int
    public var admin2BySeatName: Int
    public var placesWithInferredAdmin2: Int
}

/// The in-memory tables the builder fills before encoding them.
struct GazetteerAssembly {
    struct Record {
        var geonameid: Int
        var name: String
        var asciiName: String
        var alternates: [String]
        var code: String
        var latitude: Int32 = 0
        var longitude: Int32 = 0
        var population: Int = 0
        var country: UInt16 = GazetteerFormat.none16
        var admin1: UInt16 = GazetteerFormat.none16
        var admin2: UInt16 = GazetteerFormat.none16
        var timeZone: String = ""
        var kind: PlaceKind
        var pointSource: PointSource = .own
        var featureCode: String
        /// GeoNames' class letter: `A` for countries and divisions, the row's own for places.
        var featureClass = "A"
        var admin2Inferred = false
        var anchor: UInt32 = GazetteerFormat.none32
        var keys: [[UInt8]] = []
        /// ISO code of the country (kept for key rules; not encoded separately).
        var countryCode = ""
    }

    /// The parsed sources; the place rows and alternate names are emptied once they are records (memory).
    var sources: GazetteerSources
    var records: [Record] = []
    var keyCount = 0
    var admin2BySeatName = 0
    var inferredAdmin2Places = 0
    var foldedFeatureCodes: [String] = []

    init(sources: GazetteerSources) {
        self.sources = sources
    }

    var countryBase: Int { 0 }
    var admin1Base: Int { sources.countries.count }
    var admin2Base: Int { admin1Base + sources.admin1.count }
    var placeBase: Int { admin2Base + sources.admin2.count }

    mutating func encode() throws -> [UInt8] {
        guard sources.admin1.count < 0xFFFF, sources.admin2.count < 0xFFFF, sources.countries.count < 0xFFFF else {
            throw GeoError.capacityExceeded(what: "more than 65534 countries, admin1 or admin2 divisions")
        }
        makeRecords()
        locateDivisions()
        foldRareFeatureCodes()
        return try GazetteerEncoder(records: records, sources: sources).encode(keyCount: &keyCount)
    }

    // MARK: - Records

    private mutating func makeRecords() {
        var countryIndex: [String: UInt16] = [:]
        for (i, country) in sources.countries.enumerated() {
            countryIndex[country.iso2] = UInt16(i)
            let alternates = country.altSpellings.filter { Self.keepCountrySpelling($0, of: country) }
            var record = Record(geonameid: country.geonameid, name: country.name, asciiName: country.name,
                                alternates: alternates, code: country.iso2, population: country.population,
                                country: UInt16(i), kind: .country, featureCode: "PCLI")
            if let point = sources.divisionPoints[country.geonameid] {
                // A full dump gave the country its own row: GeoNames' point.
                (record.latitude, record.longitude) = point
                record.pointSource = .own
            } else if let point = country.point {
                record.latitude = point.latitude
                record.longitude = point.longitude
                record.pointSource = country.pointIsCapital ? .capital : .conventional
            } else {
                record.pointSource = .none  // replaced by the capital's point in `locateDivisions` when there is one
            }
            records.append(record)
        }
        var admin1Index: [String: UInt16] = [:]
        for (i, division) in sources.admin1.enumerated() {
            admin1Index[division.code] = UInt16(i)
            let country = countryIndex[String(division.code.prefix(while: { $0 != "." }))] ?? GazetteerFormat.none16
            records.append(Record(geonameid: division.geonameid, name: division.name, asciiName: division.asciiName,
                                  alternates: [], code: division.code, country: country, admin1: UInt16(i),
                                  kind: .firstOrderDivision, featureCode: "ADM1"))
        }
        var admin2Index: [String: UInt16] = [:]
        for (i, division) in sources.admin2.enumerated() {
            admin2Index[division.code] = UInt16(i)
            let parts = division.code.split(separator: ".", omittingEmptySubsequences: false)
            let country = countryIndex[String(parts[0])] ?? GazetteerFormat.none16
            let admin1 = parts.count > 1 ? admin1Index["\(parts[0]).\(parts[1])"] ?? GazetteerFormat.none16 : GazetteerFormat.none16
            records.append(Record(geonameid: division.geonameid, name: division.name, asciiName: division.asciiName,
                                  alternates: [], code: division.code, country: country, admin1: admin1,
                                  admin2: UInt16(i), kind: .secondOrderDivision, featureCode: "ADM2"))
        }
        for row in sources.places {
            let kind = Self.kind(of: row)
            let a1 = admin1Index["\(row.countryCode).\(row.admin1)"] ?? GazetteerFormat.none16
            let a2 = row.admin2.isEmpty ? GazetteerFormat.none16
                : admin2Index["\(row.countryCode).\(row.admin1).\(row.admin2)"] ?? GazetteerFormat.none16
            records.append(Record(
                geonameid: row.geonameid, name: row.name, asciiName: row.asciiName,
                alternates: Self.keptAlternates(row), code: row.admin2.isEmpty ? "" : "\(row.countryCode).\(row.admin1).\(row.admin2)",
                latitude: row.latitude, longitude: row.longitude, population: row.population,
                country: countryIndex[row.countryCode] ?? GazetteerFormat.none16, admin1: a1, admin2: a2,
                timeZone: row.timeZone, kind: kind, featureCode: row.featureCode, featureClass: row.featureClass,
                countryCode: row.countryCode))
        }
        sources.places = []
        if !sources.alternateNames.isEmpty {
            for i in records.indices {
                guard let names = sources.alternateNames[records[i].geonameid] else { continue }
                records[i].alternates = Self.merged(records[i].alternates, names, name: records[i].name, asciiName: records[i].asciiName)
            }
            sources.alternateNames = [:]
        }
        for i in records.indices { records[i].keys = Self.keys(of: records[i]) }
        addSpellingsOfNamesakeTowns()
    }

    /// What a place row is: a town by its code for class P; else the kind ``GazetteerSources/keptFeatures`` gives its
    /// code (a region of one country is a feature of it, not a macro-region); other waters (H) are water; the rest features.
    static func kind(of row: GazetteerSources.PlaceRow) -> PlaceKind {
        if row.featureClass == GeoNamesFeatureClass.populatedPlaces.rawValue {
            return row.featureCode == "PPLC" ? .capital : (row.featureCode.hasPrefix("PPLA") ? .seat : .populatedPlace)
        }
        if let kind = GazetteerSources.keptFeatures[row.featureCode], kind != .macroRegion || row.countryCode.isEmpty { return kind }
        return row.featureClass == GeoNamesFeatureClass.hydrographic.rawValue ? .water : .feature
    }

    /// The file indexes at most 127 feature codes (seven bits). A build with many classes has more (GeoNames
    /// has some 650): the rarest codes of classes other than P and A are stored as their class letter (`S`),
    /// the most frequent kept, ties by code, so the choice is deterministic.
    mutating func foldRareFeatureCodes() {
        var counts: [String: Int] = [:]
        var classOf: [String: String] = [:]
        for record in records {
            counts[record.featureCode, default: 0] += 1
            classOf[record.featureCode] = record.featureClass
        }
        guard counts.count > Self.featureCodeCapacity else { return }
        let protected = counts.keys.filter { classOf[$0] == "P" || classOf[$0] == "A" || GazetteerSources.keptFeatures[$0] != nil }
        let others = counts.keys.filter { !protected.contains($0) }.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
        let letters = Set(others.compactMap { classOf[$0] })
        let room = max(0, Self.featureCodeCapacity - protected.count - letters.count)
        let folded = Set(others.dropFirst(room))
        for i in records.indices where folded.contains(records[i].featureCode) {
            records[i].featureCode = records[i].featureClass
        }
        foldedFeatureCodes = folded.sorted()
    }

    /// Feature codes the file format can index.
    static let featureCodeCapacity = 127

    /// Gives a division the spellings of the town it is named after, because division rows have no
    /// alternate names: admin1 `Kiev` is also `Kyiv`, `Kharkivs'ka Oblast'` also `Kharkiv`.
    /// The town is searched in the same country; second-order divisions are left alone (too many namesakes).
    private mutating func addSpellingsOfNamesakeTowns() {
        var probesByDivision: [Int: [[UInt8]]] = [:]
        for i in admin1Base..<admin2Base {
            probesByDivision[i] = records[i].keys + records[i].keys.map(Self.adjectiveStem)
        }
        // Only places under a key some division probes for are indexed: a full dump has millions of places.
        let probed = Set(probesByDivision.values.joined().map(NameKey.hash))
        var placesByKey: [UInt64: [Int]] = [:]
        for i in placeBase..<records.count {
            for key in records[i].keys {
                let hash = NameKey.hash(key)
                if probed.contains(hash) { placesByKey[hash, default: []].append(i) }
            }
        }
        for i in admin1Base..<admin2Base {
            let probes = probesByDivision[i]!
            var best: (place: Int, probe: [UInt8])?
            for probe in probes {
                for place in placesByKey[NameKey.hash(probe)] ?? [] {
                    guard records[place].country == records[i].country else { continue }
                    if best == nil || records[place].population > records[best!.place].population { best = (place, probe) }
                }
            }
            guard let (town, probe) = best else { continue }
            // The matching spelling itself (a stem like `kharkiv`), and the town's own name when the
            // division matched one of its alternates (`Kiev` -> `Kyiv`); never its ASCII form (`Washington, D.C.`).
            var additions = [probe]
            if let own = NameKey.fold(records[town].name) { additions.append(own) }
            for key in additions where !records[i].keys.contains(key) { records[i].keys.append(key) }
        }
    }

    /// Latin-script alternate names worth keeping: one per folded spelling, no codes, no lower-case romanisations.
    static func keptAlternates(_ row: GazetteerSources.PlaceRow) -> [String] {
        merged([], row.alternateNames, name: row.name, asciiName: row.asciiName)
    }

    /// `existing` and the kept ones of `added`: one per folded spelling, in the Latin script, without
    /// all-capital codes (`MOW`), all-lower-case romanisations or names longer than 80 characters.
    static func merged(_ existing: [String], _ added: [String], name: String, asciiName: String) -> [String] {
        var seen = Set<[UInt8]>()
        for known in [name, asciiName] + existing { if let key = NameKey.fold(known) { seen.insert(key) } }
        var kept = existing
        for alternate in added {
            guard alternate.count <= 80, alternate.lowercased() != alternate, alternate.uppercased() != alternate,
                  let key = NameKey.fold(alternate), !key.isEmpty, seen.insert(key).inserted else { continue }
            kept.append(alternate)
        }
        return kept
    }

    /// News abbreviations allowed as country names; other all-capital spellings are ISO codes.
    static let countryAbbreviations: Set<String> = ["US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK", "KSA", "CAR", "BiH"]

    static func keepCountrySpelling(_ spelling: String, of country: GazetteerSources.Country) -> Bool {
        guard NameKey.fold(spelling) != nil, spelling != country.name else { return false }
        if spelling.uppercased() == spelling { return countryAbbreviations.contains(spelling) }
        return true
    }

    static func keys(of record: Record) -> [[UInt8]] {
        let countryCode = record.countryCode.isEmpty ? String(record.code.prefix(2)) : record.countryCode
        return keys(names: [record.name, record.asciiName] + record.alternates, kind: record.kind, countryCode: countryCode)
    }

    /// The folded keys a record of `kind` is indexed under, from its names. With `foreignForms`, a division's name in
    /// another language's order is also read without its opening type word and article (`Province du Bam` -> `bam`).
    static func keys(names: [String], kind: PlaceKind, countryCode: String, foreignForms: Bool = true) -> [[UInt8]] {
        var keys: [[UInt8]] = []
        var seen = Set<[UInt8]>()
        func add(_ key: [UInt8]) { if !key.isEmpty, seen.insert(key).inserted { keys.append(key) } }
        for name in names {
            guard let key = NameKey.fold(name) else { continue }
            add(key)
            switch kind {
            case .firstOrderDivision, .secondOrderDivision:
                DivisionTerms.strippedKeys(of: key).forEach(add)
                guard foreignForms else { break }
                DivisionTerms.foreignFormKeys(of: key).forEach(add)
                // An elided article (`Département de l'Océan`, `Arrondissement d'Aquin`) folds into the name: read without it.
                if let elided = DivisionTerms.withoutElision(name).flatMap(NameKey.fold) {
                    DivisionTerms.foreignFormKeys(of: elided).forEach(add)
                }
            case .country: strippedCountryKey(key).map(add)
            default: break
            }
            if kind != .country, arabicArticleCountries.contains(countryCode) {
                withoutArabicArticle(key).map(add)
            }
        }
        return keys
    }

    /// `Republic of the Congo` is also `congo`, `Kingdom of Sweden` also `sweden`.
    static func strippedCountryKey(_ key: [UInt8]) -> [UInt8]? {
        let text = String(decoding: key, as: UTF8.self)
        let prefixes = ["democratic republic of the ", "republic of the ", "islamic republic of ", "united republic of ",
                        "republic of ", "kingdom of ", "commonwealth of ", "federated states of ", "state of ",
                        "principality of ", "sultanate of ", "federal republic of "]
        for prefix in prefixes where text.hasPrefix(prefix) && text.count > prefix.count + 2 {
            return Array(text.dropFirst(prefix.count).utf8)
        }
        return nil
    }

    /// Countries whose names carry the Arabic article, written with or without it in news (`Al Hudaydah`, `Hodeidah`).
    static let arabicArticleCountries: Set<String> = [
        "AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE", "MR", "EH",
    ]

    static func withoutArabicArticle(_ key: [UInt8]) -> [UInt8]? {
        let text = String(decoding: key, as: UTF8.self)
        for article in ["al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "ad "] where text.hasPrefix(article) {
            let rest = text.dropFirst(article.count)
            return rest.count >= 4 ? Array(rest.utf8) : nil
        }
        return nil
    }
}
