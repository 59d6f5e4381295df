import Foundation

/// Layout of `language.bin`, the weights the language layer memory-maps (all integers little-endian).
///
/// A header (`magic`, version, section count) and a directory of `(id, offset, length)` triples,
/// then the sections, each 8-byte aligned. Tables are open-addressing hash tables of hashed keys
/// (`HashTableLayout`) with 32-bit values; a perceptron section is such a table whose
/// values point into an array of packed weights (`class << 16 | Int16 weight`), each run
/// preceded by its length.
public enum ModelFile {
    static let magic: [UInt8] = Array("TLLANG\0\u{1}".utf8)
    static let version: UInt32 = 1
    public static let fileName = "language.bin"

    public enum Section: UInt32, CaseIterable, Sendable {
        case tagset = 1, posWeights, tagDictionary, nameWeights, lemmaRules, lemmaStrings, about, vocabulary, closedClassWords
    }

}

/// Appends little-endian values to a byte buffer: the one writer of the project's binary files
/// (`language.bin` here, `gazetteer.bin` in Geo).
public struct BinaryWriter {
    public var bytes: [UInt8] = []

    public init() {}

    public mutating func u8(_ value: UInt8) { bytes.append(value) }
    public mutating func u16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func i32(_ value: Int32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func f32(_ value: Float) { u32(value.bitPattern) }
    public mutating func pad(to alignment: Int) { while bytes.count % alignment != 0 { bytes.append(0) } }
}

/// An open-addressing table of 64-bit hashed keys and 32-bit values, written and read in the same layout.
///
/// A slot keeps the key's high 32 bits (its low 32 bits chose the slot), so a table costs 8 bytes a
/// slot at a load of 3/4. An unknown key that shares both halves' slot and fingerprint with a known
/// one reads its value: about one lookup in 2^32, harmless for features and dictionaries.
enum HashTableLayout {
    @inline(__always) static func slot(_ key: UInt64, capacity: Int) -> Int {
        Int((UInt64(UInt32(truncatingIfNeeded: key)) &* UInt64(capacity)) >> 32)
    }

    @inline(__always) static func fingerprint(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }

    /// `u32 capacity, u32 0`, then `capacity` slots of `u32 fingerprint, u32 value` (one cache line per probe).
    static func write(_ entries: [(key: UInt64, value: UInt32)], into writer: inout BinaryWriter) {
        let capacity = max(8, entries.count * 4 / 3 + 1)
        var keys = [UInt32](repeating: 0, count: capacity), values = [UInt32](repeating: 0, count: capacity)
        for entry in entries.sorted(by: { $0.key < $1.key }) {
            let print = fingerprint(entry.key)
            var slot = slot(entry.key, capacity: capacity)
            while keys[slot] != 0 { slot = slot + 1 == capacity ? 0 : slot + 1 }
            keys[slot] = print
            values[slot] = entry.value
        }
        writer.u32(UInt32(capacity))
        writer.u32(0)
        for slot in 0..<capacity {
            writer.u32(keys[slot])
            writer.u32(values[slot])
        }
    }

    /// A table at `offset` of a mapped file.
    struct Reader: @unchecked Sendable {  // points into an immutable mapping it keeps alive
        let file: MappedFile
        let capacity: Int
        let slots: UnsafePointer<UInt64>
        let end: Int

        init(file: MappedFile, offset: Int) {
            self.file = file
            capacity = Int(file.u32(offset))
            slots = (file.base + offset + 8).assumingMemoryBound(to: UInt64.self)
            end = offset + 8 + 8 * capacity
        }

        @inline(__always) func value(_ key: UInt64) -> UInt32? {
            let print = HashTableLayout.fingerprint(key)
            var slot = HashTableLayout.slot(key, capacity: capacity)
            while true {
                let stored = UInt64(littleEndian: slots[slot])
                let storedPrint = UInt32(truncatingIfNeeded: stored)
                if storedPrint == print { return UInt32(truncatingIfNeeded: stored >> 32) }
                if storedPrint == 0 { return nil }
                slot = slot + 1 == capacity ? 0 : slot + 1
            }
        }
    }
}

/// Builds `language.bin` from its sections.
struct ModelFileBuilder {
    var sections: [(ModelFile.Section, [UInt8])] = []

    mutating func add(_ section: ModelFile.Section, _ writer: BinaryWriter) { sections.append((section, writer.bytes)) }

    func bytes() -> [UInt8] {
        var writer = BinaryWriter()
        writer.bytes.append(contentsOf: ModelFile.magic)
        writer.u32(ModelFile.version)
        writer.u32(UInt32(sections.count))
        let directoryStart = writer.bytes.count
        var offset = directoryStart + 12 * sections.count
        var directory: [(UInt32, UInt32, UInt32)] = []
        for (id, body) in sections {
            offset = (offset + 7) & ~7
            directory.append((id.rawValue, UInt32(offset), UInt32(body.count)))
            offset += body.count
        }
        for (id, start, length) in directory {
            writer.u32(id)
            writer.u32(start)
            writer.u32(length)
        }
        for ((_, body), (_, start, _)) in zip(sections, directory) {
            while writer.bytes.count < Int(start) { writer.u8(0) }
            writer.bytes.append(contentsOf: body)
        }
        return writer.bytes
    }
}

/// The sections of a mapped `language.bin`, checked on opening.
struct ModelFileSections: Sendable {
    let file: MappedFile
    let offsets: [ModelFile.Section: (offset: Int, length: Int)]

    init(path: String) throws {
        let file = try MappedFile(path: path)
        self.file = file
        guard file.count >= 16, (0..<8).allSatisfy({ file.u8($0) == ModelFile.magic[$0] }) else {
            throw LanguageError.incompatibleModel(path: path, reason: "not a Timeline language model (bad magic)")
        }
        guard file.u32(8) == ModelFile.version else {
            throw LanguageError.incompatibleModel(path: path, reason: "version \(file.u32(8)), this build reads \(ModelFile.version)")
        }
        let count = Int(file.u32(12))
        guard 16 + 12 * count <= file.count else {
            throw LanguageError.incompatibleModel(path: path, reason: "section directory runs past the end (truncated file?)")
        }
        var offsets: [ModelFile.Section: (Int, Int)] = [:]
        for index in 0..<count {
            let entry = 16 + 12 * index
            let start = Int(file.u32(entry + 4)), length = Int(file.u32(entry + 8))
            guard start % 8 == 0, start + length <= file.count else {
                throw LanguageError.incompatibleModel(path: path, reason: "section \(index) runs past the end (truncated file?)")
            }
            if let section = ModelFile.Section(rawValue: file.u32(entry)) { offsets[section] = (start, length) }
        }
        for section in ModelFile.Section.allCases where offsets[section] == nil {
            throw LanguageError.incompatibleModel(path: path, reason: "section \(section) is missing")
        }
        self.offsets = offsets
    }

    func offset(_ section: ModelFile.Section) -> Int { offsets[section]!.offset }
    func length(_ section: ModelFile.Section) -> Int { offsets[section]!.length }
}
