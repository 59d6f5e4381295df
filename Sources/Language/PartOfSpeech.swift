/// Universal Dependencies part-of-speech tags (UPOS).
public enum UniversalTag: UInt8, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as Universal Dependencies writes it (`NOUN`, `PROPN`).
    public var description: String { Self.names[Int(rawValue)] }

    static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
                        "PUNCT", "SCONJ", "SYM", "VERB", "X"]

    public init?(name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    /// Nouns, proper nouns and pronouns: what can head a noun phrase.
    public var isNominal: Bool { self == .noun || self == .propn || self == .pron }
    public var isVerbal: Bool { self == .verb || self == .aux }
}

/// A Penn Treebank tag (with the extensions English UD treebanks use: `HYPH`, `NFP`, `ADD`, `GW`).
///
/// Stored as a small index so a tag copies without reference counting; compares with string literals (`tag.penn == "VBN"`).
public struct PennTag: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let index: UInt8

    static let names = [
        "XX", "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
        "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP",
        "WP$", "WRB", ",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "ADD", "AFX", "GW", "$", "#",
    ]
    static let indexByName: [String: UInt8] = {
        var index: [String: UInt8] = [:]
        for (position, name) in names.enumerated() { index[name] = UInt8(position) }
        return index
    }()

    /// The tag named `name`; a name outside the Penn set reads as `XX` (unknown).
    public init(_ name: String) { index = Self.indexByName[name] ?? 0 }
    public init(stringLiteral name: String) { self.init(name) }
    init(index: UInt8) { self.index = index < Self.names.count ? index : 0 }

    public var name: String { Self.names[Int(index)] }
    public var description: String { name }
}

/// A token's part of speech: the universal tag and the Penn Treebank tag the tagger predicted together.
///
/// The Penn tag carries what the universal one does not: `VBN` (a participle: passives),
/// `VBD` (past), `VBZ`/`VBP` (present), `NNS` (plural), `MD` (modal).
public struct PartOfSpeech: Hashable, Sendable, CustomStringConvertible {
    public let universal: UniversalTag
    public let penn: PennTag

    public init(universal: UniversalTag, penn: PennTag) {
        self.universal = universal
        self.penn = penn
    }

    public var description: String { "\(universal)/\(penn)" }
    public var isParticiple: Bool { penn == "VBN" }
    public var isPastTense: Bool { penn == "VBD" }
    public var isGerund: Bool { penn == "VBG" }
    public var isModal: Bool { penn == "MD" }
    public var isPlural: Bool { penn == "NNS" || penn == "NNPS" }
}

/// The tagger's classes: every (universal, Penn) pair seen often enough in training, in a fixed order.
public struct Tagset: Sendable {
    public let tags: [PartOfSpeech]
    let index: [PartOfSpeech: Int]

    public init(tags: [PartOfSpeech]) {
        self.tags = tags
        var index: [PartOfSpeech: Int] = [:]
        for (position, tag) in tags.enumerated() { index[tag] = position }
        self.index = index
    }

    public func position(of tag: PartOfSpeech) -> Int? { index[tag] }

    func write(into writer: inout BinaryWriter) {
        writer.u32(UInt32(tags.count))
        for tag in tags {
            writer.u8(tag.universal.rawValue)
            let penn = Array(tag.penn.name.utf8)
            writer.u8(UInt8(penn.count))
            writer.bytes.append(contentsOf: penn)
        }
    }

    init(file: MappedFile, offset: Int) {
        let count = Int(file.u32(offset))
        var position = offset + 4
        var tags: [PartOfSpeech] = []
        for _ in 0..<count {
            let universal = UniversalTag(rawValue: file.u8(position)) ?? .x
            let length = Int(file.u8(position + 1))
            let penn = String(decoding: file.bytes(position + 2, length), as: UTF8.self)
            tags.append(PartOfSpeech(universal: universal, penn: PennTag(penn)))
            position += 2 + length
        }
        self.init(tags: tags)
    }
}
