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

    /// Reads every source from a directory laid out like GeoNames' download area.
    static func read(from directory: URL) throws -> GazetteerSources {
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
            try readPlaces(directory.appendingPathComponent(file), into: &sources, seen: &seen)
        }
        // What belongs to no country: continents, macro-regions, oceans and seas, islands.
        if names.contains(Self.noCountryFile) {
            try readFeatures(directory.appendingPathComponent(Self.noCountryFile), into: &sources, seen: &seen)
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

    /// Calls `body` with the tab-separated fields of every line, reading the file in place (mapped)
    /// and decoding one line at a time, so a file of any size is never held as one string.
    static func forEachLine(_ url: URL, _ body: (_ fields: [Substring], _ line: Int) throws -> Void) throws {
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw GeoError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var start = 0, lineNumber = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var last = end
                if last > start, bytes[last - 1] == 0x0D { last -= 1 }
                if last > start {
                    guard let line = String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self) else {
                        throw GeoError.badData(file: url.lastPathComponent, line: lineNumber, reason: "not UTF-8")
                    }
                    if !line.hasPrefix("#") { try body(line.split(separator: "\t", omittingEmptySubsequences: false), lineNumber) }
                }
                start = end + 1
            }
        }
    }

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

    /// Reads the kept features of a geoname-table file (see ``keptFeatures``).
    static func readFeatures(_ url: URL, into sources: inout GazetteerSources, seen: inout Set<Int>) throws {
        try forEachRow(url) { fields, line in
            guard fields.count >= 18 else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "expected 19 columns, found \(fields.count)")
            }
            guard keptFeatures[String(fields[7])] != nil else { return }
            guard let geonameid = Int(fields[0]) else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "bad geonameid '\(fields[0])'")
            }
            guard seen.insert(geonameid).inserted else { return }
            sources.places.append(PlaceRow(
                geonameid: geonameid, name: String(fields[1]), asciiName: String(fields[2]),
                alternateNames: fields[3].isEmpty ? [] : fields[3].split(separator: ",").map { String($0) },
                latitude: try coordinate(fields[4], file: url, line: line, range: -90...90),
                longitude: try coordinate(fields[5], file: url, line: line, range: -180...180), featureCode: String(fields[7]),
                countryCode: String(fields[8]), admin1: String(fields[10]), admin2: String(fields[11]),
                population: Int(fields[14]) ?? 0, timeZone: String(fields[17])))
        }
    }

    /// The place files to read: `cities500.txt` when present, else the smallest-threshold
    /// `cities*.txt`, else `allCountries.txt` or country dumps (`RU.txt`).
    static func placeFileNames(in names: [String]) -> [String] {
        if names.contains("cities500.txt") { return ["cities500.txt"] }
        let cities = names.filter { $0.hasPrefix("cities") && $0.hasSuffix(".txt") }
            .sorted { (Int($0.dropFirst(6).dropLast(4)) ?? .max) < (Int($1.dropFirst(6).dropLast(4)) ?? .max) }
        if let first = cities.first { return [first] }
        if names.contains("allCountries.txt") { return ["allCountries.txt"] }
        return names.filter { $0.count == 6 && $0.hasSuffix(".txt") && $0.prefix(2).allSatisfy(\.isUppercase) }.sorted()
    }

    // MARK: - Line reading

    /// Calls `body` with the tab-separated fields of every line, with its 1-based number.
    static func forEachRow(_ url: URL, _ body: (_ fields: [Substring], _ line: Int) throws -> Void) throws {
        let data: Data
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw GeoError.unreadableFile(path: url.path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw GeoError.unreadableFile(path: url.path, reason: "not UTF-8")
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty { continue }
            try body(trimmed.split(separator: "\t", omittingEmptySubsequences: false), lineNumber)
        }
    }

    static func coordinate(_ text: Substring, file: URL, line: Int, range: ClosedRange<Double>) throws -> Int32 {
        guard let value = Double(text), range.contains(value) else {
            throw GeoError.badData(file: file.lastPathComponent, line: line, reason: "bad coordinate '\(text)'")
        }
        return Int32((value * GazetteerFormat.coordinateScale).rounded())
    }

    // MARK: - Files

    static func readCountryInfo(_ url: URL) throws -> [Country] {
        var countries: [Country] = []
        try forEachRow(url) { fields, line in
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
        try forEachRow(url) { fields, line in
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
        try forEachRow(url) { fields, line in
            if fields[0].hasPrefix("#") { return }
            guard fields.count >= 4, let geonameid = Int(fields[3]), fields[0].contains(".") else {
                throw GeoError.badData(file: url.lastPathComponent, line: line, reason: "expected 'CODE<TAB>name<TAB>ascii name<TAB>geonameid', found '\(fields.joined(separator: "\t"))'")
            }
            divisions.append(Division(code: String(fields[0]), name: String(fields[1]), asciiName: String(fields[2]), geonameid: geonameid))
        }
        return divisions.sorted { $0.code < $1.code }
    }

    static func readPlaces(_ url: URL, into sources: inout GazetteerSources, seen: inout Set<Int>) throws {
        try forEachRow(url) { fields, line in
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
            guard fields[6] == "P", seen.insert(geonameid).inserted else { return }
            sources.places.append(PlaceRow(
                geonameid: geonameid, name: String(fields[1]), asciiName: String(fields[2]),
                alternateNames: fields[3].isEmpty ? [] : fields[3].split(separator: ",").map { String($0) },
                latitude: latitude, longitude: longitude, featureCode: String(fields[7]),
                countryCode: String(fields[8]), admin1: String(fields[10]), admin2: String(fields[11]),
                population: Int(fields[14]) ?? 0, timeZone: String(fields[17])))
        }
    }
}
