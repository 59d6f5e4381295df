import Foundation
import Language

/// Who says what a sentence reports, and where they said it.
public struct Attribution: Hashable, Sendable {
    /// The sources in order of mention, as written but without a leading `the`
    /// (`RIA`, `emergency services`; `Russian Defense Ministry`).
    public var sources: [String]
    /// Where it was said: a platform (`Telegram`) or the outlet told (`Reuters`).
    public var medium: String?
    /// One line for a source column (`RIA, citing emergency services`; `Gov. Vyacheslav Gladkov on Telegram`).
    public var text: String

    public init(sources: [String], medium: String? = nil, text: String) {
        self.sources = sources
        self.medium = medium
        self.text = text
    }
}

/// Reads the attribution of an English news sentence: `X said`, `according to X`, `X reported, citing Y`,
/// `X told Reuters`, `said X`.
///
/// The speaker is the noun phrase that ends at the speech verb and starts after the last clause
/// boundary (comma, quote, colon, sentence start). Words inside quotes are not attributions, nor are
/// passives (`no casualties were reported`) or pronouns (`he said`), which name no one.
public enum AttributionReader {
    /// The attribution of one sentence, or nil when it names no source.
    public static func read(_ sentence: String) -> Attribution? {
        read(ReaderToken.tokens(of: sentence))
    }

    /// The attribution of one sentence's words, or nil when it names no source.
    static func read(_ tokens: [ReaderToken]) -> Attribution? {
        AttributionReading(tokens: tokens).read()
    }

    /// Expands a short agency name to the full form the same text uses (`RIA` to `RIA Novosti`).
    ///
    /// A one-word source written in capitals (an acronym such as `RIA`) is replaced by its longest
    /// occurrence in `text` followed by capitalised name words, so a later `RIA reported` reads like
    /// the earlier `state news agency RIA Novosti said`.
    public static func expandAbbreviations(_ attribution: Attribution, using text: String) -> Attribution {
        expandAbbreviations(attribution, using: ReaderToken.tokens(of: text))
    }

    /// Expands a short agency name to the full form the words of the same text use.
    static func expandAbbreviations(_ attribution: Attribution, using tokens: [ReaderToken]) -> Attribution {
        var expanded = attribution
        var changed = false
        for (position, source) in attribution.sources.enumerated() {
            guard let full = fullForm(of: source, in: tokens), full != source else { continue }
            expanded.sources[position] = full
            expanded.text = replacingWord(source, with: full, in: expanded.text)
            changed = true
        }
        if changed {
            // Expansion can make two sources the same (`RIA` and `RIA Novosti`).
            var seen: Set<String> = []
            expanded.sources = expanded.sources.filter { seen.insert($0.lowercased()).inserted }
        }
        return expanded
    }

    /// The longest `source Name Name` in a text's words, for a one-word acronym `source`.
    static func fullForm(of source: String, in tokens: [ReaderToken]) -> String? {
        guard !source.contains(" "), source.count >= 2, source.count <= 6,
            source.unicodeScalars.allSatisfy({ $0.properties.isUppercase || ($0.value >= 0x30 && $0.value <= 0x39) })
        else { return nil }
        var best: String?
        for (index, token) in tokens.enumerated() where token.text == source {
            var end = index + 1
            while end < tokens.count, end - index <= 2, tokens[end].kind == .word, tokens[end].isCapitalized,
                tokens[end].range.lowerBound > tokens[end - 1].range.upperBound,
                !AttributionLexicon.notNameWords.contains(tokens[end].lower)
            {
                end += 1
            }
            guard end > index + 1 else { continue }
            let candidate = String(ReaderToken.quote(tokens, index..<end))
            if candidate.count > best?.count ?? 0 { best = candidate }
        }
        return best
    }

    /// Replaces the first whole-word `word` in `text`.
    static func replacingWord(_ word: String, with replacement: String, in text: String) -> String {
        var searchStart = text.startIndex
        while let found = text.range(of: word, range: searchStart..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let isBoundary = { (character: Character?) in character.map { !$0.isLetter && !$0.isNumber } ?? true }
            if isBoundary(before), isBoundary(after) {
                return text.replacingCharacters(in: found, with: replacement)
            }
            searchStart = found.upperBound
        }
        return text
    }
}

/// One attribution found in a sentence.
struct AttributionPiece {
    enum Link { case plain, citing, accordingTo }
    var source: String
    var link: Link
    var medium: String?
    /// Whether the medium is an outlet that was told (`to Reuters`) rather than a platform (`on Telegram`).
    var mediumIsOutlet = false
}

/// One pass over a sentence's tokens.
struct AttributionReading {
    let tokens: [ReaderToken]
    /// Whether each token is inside quotation marks.
    let quoted: [Bool]

    init(tokens: [ReaderToken]) {
        self.tokens = tokens
        var quoted: [Bool] = []
        quoted.reserveCapacity(tokens.count)
        var inside = false
        for token in tokens {
            switch token.lower {
            case "“", "«":
                inside = true
                quoted.append(true)
            case "”", "»":
                quoted.append(true)
                inside = false
            case "\"":
                quoted.append(true)
                inside.toggle()
            default:
                quoted.append(inside)
            }
        }
        self.quoted = quoted
    }

    func read() -> Attribution? {
        var pieces: [AttributionPiece] = []
        for index in tokens.indices where !quoted[index] && tokens[index].kind == .word {
            let word = tokens[index].lower
            if word == "according", lower(index + 1) == "to" {
                if let source = owner(from: index + 2) {
                    pieces.append(AttributionPiece(source: source, link: .accordingTo))
                }
            } else if word == "citing" || word == "quoting" {
                if let source = owner(from: index + 1) {
                    pieces.append(AttributionPiece(source: source, link: .citing))
                }
            } else if AttributionLexicon.agentVerbs.contains(word), lower(index + 1) == "by", lower(index - 1) == "as" {
                // `as reported by Interfax`.
                if let source = phrase(from: index + 2) {
                    pieces.append(AttributionPiece(source: source, link: .accordingTo))
                }
            } else if AttributionLexicon.speechVerbs.contains(word), !tokens[index].isCapitalized, let piece = speaker(of: index) {
                // Lower-case only: a capitalised `States` or `Reports` is a name or a headline noun.
                pieces.append(piece)
            }
        }
        guard !pieces.isEmpty else { return nil }
        var seen: Set<String> = []
        pieces = pieces.filter { seen.insert($0.source.lowercased()).inserted }
        var text = ""
        var medium: String?
        for (offset, piece) in pieces.enumerated() {
            if offset > 0 {
                switch piece.link {
                case .citing: text += ", citing "
                case .accordingTo: text += ", according to "
                case .plain: text += ", "
                }
            }
            text += piece.source
            if let pieceMedium = piece.medium {
                text += (piece.mediumIsOutlet ? " to " : " on ") + pieceMedium
                medium = medium ?? pieceMedium
            }
        }
        return Attribution(sources: pieces.map(\.source), medium: medium, text: text)
    }

    // MARK: helpers

    func lower(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].lower : nil
    }

    func text(_ range: Range<Int>) -> String {
        String(ReaderToken.quote(tokens, range))
    }

    /// Whether the token ends a clause: a comma, quote, colon, bracket, dash or a sentence stop.
    func isBoundary(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .mark else { return false }
        if token.lower == "." {
            // `Gov. Vyacheslav Gladkov`, `J. Smith`: a dot after an abbreviation or an initial goes on.
            guard index > 0, tokens[index - 1].kind == .word else { return true }
            let previous = tokens[index - 1]
            if WordLists.titleAbbreviations.contains(previous.lower) { return false }
            if previous.lower.count == 1, previous.isCapitalized { return false }
            if previous.lower.contains(".") { return false }
            return true
        }
        return AttributionLexicon.boundaryMarks.contains(token.lower)
    }

    /// The start of the clause segment that ends just before `index`.
    func segmentStart(before index: Int) -> Int {
        var start = index
        while start > 0, !isBoundary(start - 1), !quoted[start - 1] || quoted[index] { start -= 1 }
        return start
    }
}
