import Foundation

/// The GeoNames-format source files, parsed into plain rows for the builder.
struct GazetteerSources {
    struct Country {
        var iso2: String
        var iso3: String
        var name: String
        var capital: String
        var population: Int
        var geonameid: Int
        var point: (latitude: Int32, longitude: Int32)?
        var pointIsCapital: Bool
        var demonym: String
        var altSpellings: [String]
    }

    struct Division {
        /// The full code: `RU.10` or `RU.10.547551`.
        var code: String
        var name: String
        var asciiName: String
        var geonameid: Int
    }

    struct PlaceRow {
        var geonameid: Int
        var name: String
        var asciiName: String
        var alternateNames: [String]
        var latitude: Int32
        var longitude: Int32
        /// GeoNames' feature class letter (`P`, `S`, `H` ...).
        var featureClass: String
        var featureCode: String
        var countryCode: String
        var admin1: String
        var admin2: String
        var population: Int
        var timeZone: String
    }

    var countries: [Country] = []
    var admin1: [Division] = []
    var admin2: [Division] = []
    var places: [PlaceRow] = []
    /// Alternate names by geonameid from `alternateNamesV2.txt`, when given (see ``readAlternateNames(_:for:)``).
    var alternateNames: [Int: [String]] = [:]
    /// Coordinates of ADM1/ADM2 and country (PCL*) rows when a full dump (class A rows) was given.
    var divisionPoints: [Int: (Int32, Int32)] = [:]

    /// Reads every source from a directory laid out like GeoNames' download area, keeping the feature
    /// classes `options` asks for from the place files.
    static func read(from directory: URL, options: GazetteerBuildOptions = .standard) throws -> GazetteerSources {
        var sources = GazetteerSources()
        let fileManager = FileManager.default
        let names = (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []
        func require(_ file: String) throws -> URL {
            guard names.contains(file) else { throw GeoError.missingSource(directory: directory.path, file: file) }
            return directory.appendingPathComponent(file)
        }
        sources.countries = try readCountryInfo(require("countryInfo.txt"))
        if names.contains("countries.tsv") {
            try mergeCountryPoints(directory.appendingPathComponent("countries.tsv"), into: &sources.countries)
        }
        sources.admin1 = try readDivisions(require("admin1CodesASCII.txt"))
        sources.admin2 = try readDivisions(require("admin2Codes.txt"))
        let placeFiles = placeFileNames(in: names)
        guard !placeFiles.isEmpty else {
            throw GeoError.missingSource(directory: directory.path, file: "cities500.txt (or cities*.txt, allCountries.txt, a country dump XX.txt)")
        }
        var seen = Set<Int>()
        for file in placeFiles {
            try readPlaces(directory.appendingPathComponent(file), classes: options.featureClasses, into: &sources, seen: &seen)
        }
        // What belongs to no country: continents, macro-regions, oceans and seas, islands.
        if names.contains(Self.noCountryFile) {
            try readFeatures(directory.appendingPathComponent(Self.noCountryFile), classes: options.featureClasses, into: &sources, seen: &seen)
        }
        sources.places.sort { $0.geonameid < $1.geonameid }
        // Alternate names by language, for the entries read above (divisions and countries have none of their own).
        if let file = [Self.alternateNamesFile, "alternateNames.txt"].first(where: names.contains) {
            var known = seen
            for country in sources.countries { known.insert(country.geonameid) }
            for division in sources.admin1 + sources.admin2 { known.insert(division.geonameid) }
            sources.alternateNames = try readAlternateNames(directory.appendingPathComponent(file), for: known)
        }
        return sources
    }

    /// GeoNames' alternate names by language (`alternateNamesV2.txt`; the older `alternateNames.txt` reads the same).
    static let alternateNamesFile = "alternateNamesV2.txt"

    /// The languages whose alternate names are kept: English, and names GeoNames tags with no language.
    static let keptNameLanguages: Set<Substring> = ["", "en"]

    /// Reads the alternate names of the entries in `known`, streaming the file a line at a time (the
    /// full file is 700 MB): English and untagged names only, without colloquial or historic ones
    /// (`Novorossiysk` was once the name of a Ukrainian village), nor links, postcodes and codes.
    /// Columns: id, geonameid, language, name, preferred, short, colloquial, historic, from, to.
    static func readAlternateNames(_ url: URL, for known: Set<Int>) throws -> [Int: [String]] {
        var names: [Int: [String]] = [:]
        try forEachLine(url) { fields, line in
            guard fields.count >= 4 else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "expected 10 columns, found \(fields.count)")
            }
            guard let geonameid = Int(fields[1]) else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "bad geonameid '\(fields[1])'")
            }
            guard known.contains(geonameid), keptNameLanguages.contains(fields[2]) else { return }
            let isColloquial = fields.count > 6 && fields[6] == "1", isHistoric = fields.count > 7 && fields[7] == "1"
            guard !isColloquial, !isHistoric, !fields[3].isEmpty else { return }
            names[geonameid, default: []].append(String(fields[3]))
        }
        return names
    }

    /// Calls `body` with the tab-separated fields of every line but empty and `#` comment lines, with
    /// the line's 1-based number. The file is read in chunks of ``readChunkSize`` bytes and decoded a
    /// line at a time, so memory does not grow with the file (`allCountries.txt` is 1.5 GB).
    static func forEachLine(_ url: URL, _ body: (_ fields: [Substring], _ line: Int) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw GeoError.unreadableFile(path: url.path, reason: "cannot open the file")
        }
        defer { try? handle.close() }
        var lineNumber = 0
        func emit(_ bytes: UnsafeRawBufferPointer) throws {
            lineNumber += 1
            var count = bytes.count
            if count > 0, bytes[count - 1] == 0x0D { count -= 1 }
            guard count > 0, bytes[0] != UInt8(ascii: "#") else { return }
            guard let line = String(validating: UnsafeRawBufferPointer(rebasing: bytes[0..<count]), as: UTF8.self) else {
                throw GeoError.badData(file: url.lastPathComponent, line: lineNumber, reason: "not UTF-8")
            }
            try body(line.split(separator: "\t", omittingEmptySubsequences: false), lineNumber)
        }
        // The start of a line that runs on into the next chunk.
        var carried: [UInt8] = []
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: readChunkSize) ?? Data() } catch {
                throw GeoError.unreadableFile(path: url.path, reason: error.localizedDescription)
            }
            if chunk.isEmpty { break }
            try chunk.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var start = 0
                for index in 0..<bytes.count where bytes[index] == 0x0A {
                    if carried.isEmpty {
                        try emit(UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                    } else {
                        carried.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
                        try carried.withUnsafeBytes(emit)
                        carried.removeAll(keepingCapacity: true)
                    }
                    start = index + 1
                }
                carried.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start...]))
            }
        }
        if !carried.isEmpty { try carried.withUnsafeBytes(emit) }
    }

    /// Bytes read at a time by ``forEachLine(_:_:)``.
    static let readChunkSize = 1 << 20

    /// GeoNames' dump of features that belong to no country.
    static let noCountryFile = "no-country.txt"

    /// The feature codes kept from features outside populated places (`no-country.txt`), and what
    /// each becomes: the continents and macro-regions news names (Europe, the Middle East, the Sahel),
    /// its waters (oceans, seas, gulfs, straits, bays, channels), and islands. Undersea features
    /// (class U), reefs, shoals, banks, streams, oil fields, buildings and the like are left out: news
    /// rarely names them and their names collide with towns.
    static let keptFeatures: [String: PlaceKind] = [
        "CONT": .continent, "RGN": .macroRegion, "RGNE": .macroRegion,
        "OCN": .water, "SEA": .water, "GULF": .water, "STRT": .water, "BAY": .water, "CHN": .water, "CHNM": .water,
        "ISL": .island, "ISLS": .island, "ATOL": .island,
    ]

    /// Reads the kept features of a geoname-table file (see ``keptFeatures``) and those of `classes`.
    static func readFeatures(_ url: URL, classes: Set<GeoNamesFeatureClass>, into sources: inout GazetteerSources, seen: inout Set<Int>) throws {
        try forEachLine(url) { fields, line in
            guard fields.count >= 18 else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "expected 19 columns, found \(fields.count)")
            }
            guard keptFeatures[String(fields[7])] != nil
                    || GeoNamesFeatureClass(rawValue: String(fields[6])).map(classes.contains) == true else { return }
            guard let geonameid = Int(fields[0]) else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "bad geonameid '\(fields[0])'")
            }
            guard seen.insert(geonameid).inserted else { return }
            sources.places.append(PlaceRow(
                geonameid: geonameid, name: String(fields[1]), asciiName: String(fields[2]),
                alternateNames: fields[3].isEmpty ? [] : fields[3].split(separator: ",").map { String($0) },
                latitude: try coordinate(fields[4], file: url, line: line, range: -90...90),
                longitude: try coordinate(fields[5], file: url, line: line, range: -180...180),
                featureClass: String(fields[6]), featureCode: String(fields[7]),
                countryCode: String(fields[8]), admin1: String(fields[10]), admin2: String(fields[11]),
                population: Int(fields[14]) ?? 0, timeZone: String(fields[17])))
        }
    }

    /// The place files to read, in this order: the smallest-threshold `cities*.txt` (`cities500.txt`),
    /// `allCountries.txt`, then country dumps (`RU.txt`, `UA.txt`). All that are present are read, a
    /// geonameid once, so a team can add every village of one country to the world's towns.
    static func placeFileNames(in names: [String]) -> [String] {
        let cities = names.filter { $0.hasPrefix("cities") && $0.hasSuffix(".txt") && Int($0.dropFirst(6).dropLast(4)) != nil }
            .sorted { Int($0.dropFirst(6).dropLast(4))! < Int($1.dropFirst(6).dropLast(4))! }
        let dumps = names.filter { $0.count == 6 && $0.hasSuffix(".txt") && $0.prefix(2).allSatisfy(\.isUppercase) }.sorted()
        return Array(cities.prefix(1)) + (names.contains("allCountries.txt") ? ["allCountries.txt"] : []) + dumps
    }

    // MARK: - Line reading

    static func coordinate(_ text: Substring, file: URL, line: Int, range: ClosedRange<Double>) throws -> Int32 {
        guard let value = Double(text), range.contains(value) else {
            throw GeoError.badData(file: file.lastPathComponent, line: line, reason: "bad coordinate '\(text)'")
        }
        return Int32((value * GazetteerFormat.coordinateScale).rounded())
    }

    // MARK: - Files

    static func readCountryInfo(_ url: URL) throws -> [Country] {
        var countries: [Country] = []
        try forEachLine(url) { fields, line in
            if fields[0].hasPrefix("#") || fields[0] == "ISO" { return }
            guard fields.count >= 17 else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "expected 19 columns, found \(fields.count)")
            }
            guard fields[0].count == 2, let geonameid = Int(fields[16]) else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "bad country code '\(fields[0])' or geonameid '\(fields[16])'")
            }
            countries.append(Country(
                iso2: String(fields[0]), iso3: String(fields[1]), name: String(fields[4]), capital: String(fields[5]),
                population: Int(fields[7]) ?? 0, geonameid: geonameid, point: nil, pointIsCapital: false,
                demonym: "", altSpellings: []))
        }
        return countries.sorted { $0.iso2 < $1.iso2 }
    }

    /// Adds conventional points, demonyms and alternative spellings from countryinfo's `countries.tsv`.
    static func mergeCountryPoints(_ url: URL, into countries: inout [Country]) throws {
        var header: [Substring] = []
        var byCode: [String: Int] = [:]
        for (index, country) in countries.enumerated() { byCode[country.iso2] = index }
        try forEachLine(url) { fields, line in
            if header.isEmpty { header = fields; return }
            func column(_ name: String) -> Substring? {
                guard let index = header.firstIndex(of: Substring(name)), index < fields.count else { return nil }
                return fields[index]
            }
            guard let code = column("iso2"), let index = byCode[String(code)] else { return }
            if let lat = column("latitude"), let lon = column("longitude"), !lat.isEmpty, !lon.isEmpty {
                countries[index].point = (
                    try coordinate(lat, file: url, line: line, range: -90...90),
                    try coordinate(lon, file: url, line: line, range: -180...180))
                countries[index].pointIsCapital = column("point_source") == "capital"
            }
            countries[index].demonym = String(column("demonym") ?? "")
            countries[index].altSpellings = (column("alt_spellings") ?? "").split(separator: ";").map { String($0) }
        }
    }

    static func readDivisions(_ url: URL) throws -> [Division] {
        var divisions: [Division] = []
        try forEachLine(url) { fields, line in
            if fields[0].hasPrefix("#") { return }
            guard fields.count >= 4, let geonameid = Int(fields[3]), fields[0].contains(".") else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "expected 'CODE<TAB>name<TAB>ascii name<TAB>geonameid', found '\(fields.joined(separator: "\t"))'")
            }
            divisions.append(Division(code: String(fields[0]), name: String(fields[1]), asciiName: String(fields[2]), geonameid: geonameid))
        }
        return divisions.sorted { $0.code < $1.code }
    }

    /// Reads the rows of `classes` from a geoname-table file; class A rows of divisions and countries give their points.
    static func readPlaces(_ url: URL, classes: Set<GeoNamesFeatureClass> = [.populatedPlaces],
                           into sources: inout GazetteerSources, seen: inout Set<Int>) throws {
        try forEachLine(url) { fields, line in
            guard fields.count >= 18 else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "expected 19 columns, found \(fields.count)")
            }
            guard let geonameid = Int(fields[0]) else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "bad geonameid '\(fields[0])'")
            }
            let latitude = try coordinate(fields[4], file: url, line: line, range: -90...90)
            let longitude = try coordinate(fields[5], file: url, line: line, range: -180...180)
            if fields[6] == "A" {
                // A full dump's division and country rows: GeoNames' own points for them.
                if fields[7] == "ADM1" || fields[7] == "ADM2" || fields[7].hasPrefix("PCL") { sources.divisionPoints[geonameid] = (latitude, longitude) }
                return
            }
            guard let featureClass = GeoNamesFeatureClass(rawValue: String(fields[6])), classes.contains(featureClass),
                  seen.insert(geonameid).inserted else { return }
            sources.places.append(PlaceRow(
                geonameid: geonameid, name: String(fields[1]), asciiName: String(fields[2]),
                alternateNames: fields[3].isEmpty ? [] : fields[3].split(separator: ",").map { String($0) },
                latitude: latitude, longitude: longitude, featureClass: String(fields[6]), featureCode: String(fields[7]),
                countryCode: String(fields[8]), admin1: String(fields[10]), admin2: String(fields[11]),
                population: Int(fields[14]) ?? 0, timeZone: String(fields[17])))
        }
    }
}
