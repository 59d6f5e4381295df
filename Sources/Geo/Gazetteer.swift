import Foundation
import Language

/// The bundled world gazetteer: countries, divisions and populated places, memory-mapped.
///
/// Loading maps `gazetteer.bin` and reads its header only (well under a millisecond);
/// records are decoded into `Place` values on demand. Immutable, so one instance serves all threads.
public final class Gazetteer: Sendable {
    let file: MappedFile
    public let path: String
    public let countryCount: Int
    public let admin1Count: Int
    public let admin2Count: Int
    public let placeCount: Int
    let zoneCount: Int
    let featureCount: Int
    let keyCount: Int
    let records: Int, strings: Int, keyHashes: Int, keyChecks: Int, keyRecords: Int
    let zones: Int, features: Int, anchors: Int, countryExtras: Int, keyBuckets: Int
    /// Spellings offered for unknown names, built on first use.
    let suggestionSlot = SuggestionIndexSlot()
    /// Each country's names by romanization, built per country on first use.
    let romanizationSlot = RomanizationIndexSlot()

    /// Opens a gazetteer from `gazetteer.bin` or a folder holding it.
    public init(contentsOf url: URL) throws {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        let fileURL = exists && isDirectory.boolValue ? url.appendingPathComponent(GazetteerFormat.fileName) : url
        path = fileURL.path
        let file: MappedFile
        do { file = try MappedFile(path: fileURL.path) } catch let error as LanguageError {
            if case .unreadableFile(let path, let reason) = error { throw GeoError.unreadableFile(path: path, reason: reason) }
            throw error
        }
        self.file = file
        guard file.count >= GazetteerFormat.headerSize,
              Array(file.bytes(0, 8)) == GazetteerFormat.magic else {
            throw GeoError.incompatibleGazetteer(path: path, reason: "no TLGZ0002 header; rebuild it with `timelinectl gazetteer build`")
        }
        func count(_ i: Int) -> Int { Int(file.u32(GazetteerFormat.countsOffset + 4 * i)) }
        countryCount = count(0); admin1Count = count(1); admin2Count = count(2); placeCount = count(3)
        zoneCount = count(4); featureCount = count(5); keyCount = count(6)
        var offsets: [Int] = []
        for section in GazetteerFormat.Section.allCases {
            let entry = GazetteerFormat.sectionsOffset + 16 * section.rawValue
            let start = Int(file.u64(entry)), length = Int(file.u64(entry + 8))
            guard start + length <= file.count else {
                throw GeoError.incompatibleGazetteer(path: path, reason: "section \(section) runs past the end (truncated file?)")
            }
            offsets.append(start)
        }
        (records, strings, keyHashes, keyChecks, keyRecords) = (offsets[0], offsets[1], offsets[2], offsets[3], offsets[4])
        (zones, features, anchors, countryExtras, keyBuckets) = (offsets[5], offsets[6], offsets[7], offsets[8], offsets[9])
    }

    /// Where `load()` looks, in order: `$TIMELINE_GAZETTEER`, `Gazetteer/` beside the executable
    /// and in its parent folders, then `Gazetteer/` in the current directory and its parents.
    public static func searchLocations(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var locations: [URL] = []
        if let explicit = environment["TIMELINE_GAZETTEER"], !explicit.isEmpty {
            locations.append(URL(fileURLWithPath: explicit))
        }
        locations += ResourceLocator.candidates(folder: "Gazetteer")
        return locations
    }

    /// Loads the first gazetteer found in `searchLocations()`.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Gazetteer {
        let locations = searchLocations(environment: environment)
        for location in locations {
            let file = location.pathExtension == "bin" ? location : location.appendingPathComponent(GazetteerFormat.fileName)
            if FileManager.default.fileExists(atPath: file.path) { return try Gazetteer(contentsOf: file) }
        }
        throw GeoError.gazetteerNotFound(searched: locations.map(\.path))
    }

    // MARK: - Record access

    var recordCount: Int { countryCount + admin1Count + admin2Count + placeCount }
    var admin1Base: Int { countryCount }
    var admin2Base: Int { countryCount + admin1Count }
    var placeBase: Int { countryCount + admin1Count + admin2Count }

    @inline(__always) func field(_ record: Int, _ offset: Int) -> Int { records + record * GazetteerFormat.recordSize + offset }

    func geonameid(_ record: Int) -> Int { Int(file.u32(field(record, GazetteerFormat.RecordField.geonameid))) }
    func population(_ record: Int) -> Int { Int(file.u32(field(record, GazetteerFormat.RecordField.population))) }
    func kind(_ record: Int) -> PlaceKind {
        PlaceKind(rawValue: file.u8(field(record, GazetteerFormat.RecordField.kindAndPointSource)) & 0x0F) ?? .populatedPlace
    }
    func pointSource(_ record: Int) -> PointSource {
        PointSource(rawValue: file.u8(field(record, GazetteerFormat.RecordField.kindAndPointSource)) >> 4) ?? .none
    }
    func countryOrdinal(_ record: Int) -> Int? { ordinal(file.u16(field(record, GazetteerFormat.RecordField.country))) }
    func admin1Ordinal(_ record: Int) -> Int? { ordinal(file.u16(field(record, GazetteerFormat.RecordField.admin1))) }
    func admin2Ordinal(_ record: Int) -> Int? { ordinal(file.u16(field(record, GazetteerFormat.RecordField.admin2))) }
    private func ordinal(_ value: UInt16) -> Int? { value == GazetteerFormat.none16 ? nil : Int(value) }

    /// The admin1 record index a record belongs to (itself for an admin1).
    func admin1Record(_ record: Int) -> Int? { admin1Ordinal(record).map { admin1Base + $0 } }
    func admin2Record(_ record: Int) -> Int? { admin2Ordinal(record).map { admin2Base + $0 } }
    func countryRecord(_ record: Int) -> Int? { countryOrdinal(record) }

    func coordinate(_ record: Int) -> Coordinate {
        Coordinate(latitude: Double(file.i32(field(record, GazetteerFormat.RecordField.latitude))) / GazetteerFormat.coordinateScale,
                   longitude: Double(file.i32(field(record, GazetteerFormat.RecordField.longitude))) / GazetteerFormat.coordinateScale)
    }

    /// The string with a one-byte length at `offset` of the string section.
    func string(at offset: Int) -> String {
        let length = Int(file.u8(strings + offset))
        return String(decoding: file.bytes(strings + offset + 1, length), as: UTF8.self)
    }

    /// The four strings of a record: name, ASCII name, tab-joined alternates, code.
    func recordStrings(_ record: Int) -> (name: String, ascii: String, alternates: String, code: String) {
        var offset = Int(file.u32(field(record, GazetteerFormat.RecordField.strings)))
        let name = string(at: offset)
        offset += 1 + Int(file.u8(strings + offset))
        let ascii = string(at: offset)
        offset += 1 + Int(file.u8(strings + offset))
        let alternatesLength = Int(file.u16(strings + offset))
        let alternates = String(decoding: file.bytes(strings + offset + 2, alternatesLength), as: UTF8.self)
        offset += 2 + alternatesLength
        let code = string(at: offset)
        return (name, ascii.isEmpty ? name : ascii, alternates, code)
    }

    func name(_ record: Int) -> String { string(at: Int(file.u32(field(record, GazetteerFormat.RecordField.strings)))) }
    func code(_ record: Int) -> String { recordStrings(record).code }

    func timeZone(_ record: Int) -> String? {
        let index = Int(file.u16(field(record, GazetteerFormat.RecordField.timeZone)))
        guard index < zoneCount else { return nil }
        return string(at: Int(file.u32(zones + 4 * index)))
    }

    func featureCode(_ record: Int) -> String {
        let index = Int(file.u8(field(record, GazetteerFormat.RecordField.featureCode)) & 0x7F)
        return index < featureCount ? string(at: Int(file.u32(features + 4 * index))) : ""
    }

    func admin2Inferred(_ record: Int) -> Bool {
        file.u8(field(record, GazetteerFormat.RecordField.featureCode)) & GazetteerFormat.admin2InferredFlag != 0
    }

    /// The seat or capital record of a division or country.
    func anchor(_ record: Int) -> Int? {
        guard record < placeBase else { return nil }
        let value = file.u32(anchors + 4 * record)
        return value == GazetteerFormat.none32 ? nil : Int(value)
    }

    /// ISO3 code, demonym and capital name of a country ordinal.
    func countryExtra(_ country: Int, _ field: Int) -> String {
        string(at: Int(file.u32(countryExtras + 12 * country + 4 * field)))
    }

    /// Decodes a record into a `Place`.
    func place(at record: Int) -> Place {
        let texts = recordStrings(record)
        let kind = kind(record)
        let country = countryRecord(record)
        let admin1 = admin1Record(record)
        let admin2 = admin2Record(record)
        return Place(
            geonameid: geonameid(record), name: texts.name, asciiName: texts.ascii,
            joinedAlternateNames: texts.alternates,
            kind: kind, featureCode: featureCode(record),
            countryCode: country.map(code) ?? "", countryName: country.map(name) ?? "",
            admin1Code: admin1.map(code), admin1Name: admin1.map(name),
            admin2Code: admin2.map(code) ?? (kind == .populatedPlace || kind == .seat || kind == .capital ? (texts.code.isEmpty ? nil : texts.code) : nil),
            admin2Name: admin2.map(name), admin2Inferred: admin2Inferred(record),
            coordinate: coordinate(record), pointSource: pointSource(record),
            population: population(record), timeZone: timeZone(record))
    }
}
