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

/// A token's part of speech: the universal tag and the Penn Treebank tag the tagger predicted together.
///
/// The Penn tag carries what the universal one does not: `VBN` (a participle: passives),
/// `VBD` (past), `VBZ`/`VBP` (present), `NNS` (plural), `MD` (modal).
public struct PartOfSpeech: Hashable, Sendable, CustomStringConvertible {
    public let universal: UniversalTag
    public let penn: String

    public init(universal: UniversalTag, penn: String) {
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

    func write(into writer: inout ByteWriter) {
        writer.u32(UInt32(tags.count))
        for tag in tags {
            writer.u8(tag.universal.rawValue)
            let penn = Array(tag.penn.utf8)
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
            tags.append(PartOfSpeech(universal: universal, penn: penn))
            position += 2 + length
        }
        self.init(tags: tags)
    }
}
