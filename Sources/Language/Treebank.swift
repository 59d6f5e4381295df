import Foundation

/// A sentence of an annotated treebank (CoNLL-U): gold tokens, tags, lemmas and named spans.
public struct TreebankSentence: Sendable {
    public var forms: [String]
    public var tags: [PartOfSpeech]
    public var lemmas: [String]
    /// Whether a space follows each token in the original text (`SpaceAfter=No` says not).
    public var spaceAfter: [Bool]
    /// Named spans (token ranges) with their types; see `Treebank.names(...)` for what counts as a name.
    public var names: [(tokens: Range<Int>, type: NameType)]

    /// The sentence as text (tokens joined as the original spaced them), with each token's byte range.
    public func text(transform: (String) -> String = { $0 }) -> (text: String, ranges: [Range<Int>]) {
        var text = "", ranges: [Range<Int>] = []
        for (index, form) in forms.enumerated() {
            let written = transform(form)
            let start = text.utf8.count
            text += written
            ranges.append(start..<text.utf8.count)
            if index + 1 < forms.count { text += spaceAfter[index] ? " " : "" }
        }
        return (text, ranges)
    }
}

/// Reads CoNLL-U files (GUM's format): tokens, UPOS/XPOS, lemmas, and entity spans from MISC.
public enum Treebank {
    public static func read(_ url: URL) throws -> [TreebankSentence] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw LanguageError.unreadableFile(path: url.path, reason: "not UTF-8 or missing")
        }
        var sentences: [TreebankSentence] = []
        var rows: [[Substring]] = []
        var lineNumber = 0
        func flush() throws {
            defer { rows = [] }
            guard !rows.isEmpty else { return }
            sentences.append(try sentence(rows, file: url.lastPathComponent, endLine: lineNumber))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { try flush(); continue }
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw LanguageError.malformedTrainingData(file: url.path, line: lineNumber, text: String(line.prefix(80)),
                                                          reason: "expected 10 tab-separated columns, found \(columns.count)")
            }
            if columns[0].contains("-") || columns[0].contains(".") { continue }  // multiword tokens, empty nodes
            rows.append(columns)
        }
        try flush()
        return sentences
    }

    static func sentence(_ rows: [[Substring]], file: String, endLine: Int) throws -> TreebankSentence {
        var forms: [String] = [], tags: [PartOfSpeech] = [], lemmas: [String] = [], spaceAfter: [Bool] = []
        var heads: [Int] = []
        var entities: [(tokens: Range<Int>, type: String)] = []
        var open: [(id: Substring, type: Substring, start: Int)] = []
        for (index, row) in rows.enumerated() {
            forms.append(String(row[1]))
            lemmas.append(String(row[2]))
            guard let universal = UniversalTag(name: String(row[3])) else {
                throw LanguageError.malformedTrainingData(file: file, line: endLine - rows.count + index, text: String(row[3]),
                                                          reason: "unknown universal tag")
            }
            tags.append(PartOfSpeech(universal: universal, penn: PennTag(String(row[4]))))
            heads.append((Int(row[6]) ?? 0) - 1)
            let misc = row[9]
            spaceAfter.append(!misc.split(separator: "|").contains("SpaceAfter=No"))
            guard let field = misc.split(separator: "|").first(where: { $0.hasPrefix("Entity=") }) else { continue }
            // `(12-place-new-...` opens entity 12; `12)` closes it; `(5-time-...)` is one token.
            var rest = field.dropFirst("Entity=".count)
            while !rest.isEmpty {
                if rest.first == "(" {
                    let body = rest.dropFirst().prefix { $0 != "(" && $0 != ")" }
                    let parts = body.split(separator: "-", maxSplits: 2)
                    rest = rest.dropFirst(1 + body.count)
                    guard parts.count >= 2 else { continue }
                    if rest.first == ")" {
                        entities.append((index..<index + 1, String(parts[1])))
                        rest = rest.dropFirst()
                    } else {
                        open.append((parts[0], parts[1], index))
                    }
                } else {
                    let id = rest.prefix { $0 != ")" && $0 != "(" }
                    rest = rest.dropFirst(id.count)
                    if rest.first == ")" { rest = rest.dropFirst() }
                    if let position = open.lastIndex(where: { $0.id == id }) {
                        entities.append((open[position].start..<index + 1, String(open[position].type)))
                        open.remove(at: position)
                    }
                }
            }
        }
        let names = Self.names(entities: entities, tags: tags, heads: heads)
        return TreebankSentence(forms: forms, tags: tags, lemmas: lemmas, spaceAfter: spaceAfter, names: names)
    }

    /// The named mentions among entity spans: those whose syntactic head is a proper noun; the
    /// name is the run of proper nouns around the head (joined through `of`, `the`, `&`, `-`
    /// where a proper noun follows: `University of Texas`, `Ivano-Frankivsk`). Outer names win over nested ones.
    static func names(entities: [(tokens: Range<Int>, type: String)], tags: [PartOfSpeech],
                      heads: [Int]) -> [(tokens: Range<Int>, type: NameType)] {
        var candidates: [(tokens: Range<Int>, type: NameType)] = []
        for entity in entities {
            guard let head = entity.tokens.first(where: { !entity.tokens.contains(heads[$0]) }),
                  tags[head].universal == .propn else { continue }
            var start = head, end = head + 1
            func joins(_ position: Int) -> Bool {
                [.adp, .det, .cconj, .punct].contains(tags[position].universal) && tags[position].penn != "," && tags[position].penn != "."
            }
            while start > entity.tokens.lowerBound {
                if tags[start - 1].universal == .propn { start -= 1; continue }
                if start - 2 >= entity.tokens.lowerBound, joins(start - 1), tags[start - 2].universal == .propn { start -= 2; continue }
                break
            }
            while end < entity.tokens.upperBound {
                if tags[end].universal == .propn { end += 1; continue }
                if end + 1 < entity.tokens.upperBound, joins(end), tags[end + 1].universal == .propn { end += 2; continue }
                break
            }
            let type: NameType = switch entity.type {
            case "place": .place
            case "person": .person
            case "organization": .organization
            default: .other
            }
            candidates.append((start..<end, type))
        }
        candidates.sort { ($0.tokens.count, $1.tokens.lowerBound) > ($1.tokens.count, $0.tokens.lowerBound) }
        var chosen: [(tokens: Range<Int>, type: NameType)] = []
        for candidate in candidates where !chosen.contains(where: { $0.tokens.overlaps(candidate.tokens) }) {
            chosen.append(candidate)
        }
        return chosen.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
