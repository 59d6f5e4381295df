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
private struct AttributionPiece {
    enum Link { case plain, citing, accordingTo }
    var source: String
    var link: Link
    var medium: String?
    /// Whether the medium is an outlet that was told (`to Reuters`) rather than a platform (`on Telegram`).
    var mediumIsOutlet = false
}

/// One pass over a sentence's tokens.
private struct AttributionReading {
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

    private func lower(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].lower : nil
    }

    private func text(_ range: Range<Int>) -> String {
        String(ReaderToken.quote(tokens, range))
    }

    /// Whether the token ends a clause: a comma, quote, colon, bracket, dash or a sentence stop.
    private func isBoundary(_ index: Int) -> Bool {
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
    private func segmentStart(before index: Int) -> Int {
        var start = index
        while start > 0, !isBoundary(start - 1), !quoted[start - 1] || quoted[index] { start -= 1 }
        return start
    }

    // MARK: speaker of a speech verb

    /// The source of the speech verb at `verb`: the phrase before it, or after it (`said Oleh Kiper`).
    private func speaker(of verb: Int) -> AttributionPiece? {
        // Passives and nouns: `were reported`, `the reported downing`, `reports emerged`, `claims could not be verified`.
        if let previous = lower(verb - 1), AttributionLexicon.passiveMarkers.contains(previous) { return nil }
        if let next = lower(verb + 1), AttributionLexicon.nounFollowers.contains(next) || AttributionLexicon.speechVerbs.contains(next) {
            return nil
        }
        var lowerBound = segmentStart(before: verb)
        var upperBound = verb
        // `…, said Zabihullah Mujahid, the Taliban spokesman`: the speaker follows the verb.
        if lowerBound == verb, verb > 1, tokens[verb - 1].lower == ",", let after = invertedSpeaker(of: verb) {
            return piece(source: after, verb: verb)
        }
        // `Leonid Pasechnik, acting head of …, said`: the comma closing an aside stands before the verb.
        if lowerBound == verb, verb > 1, tokens[verb - 1].lower == "," {
            let asideStart = segmentStart(before: verb - 1)
            if asideStart < verb - 1, isNounPhrase(asideStart..<verb - 1) {
                lowerBound = asideStart
                upperBound = verb - 1
            }
        }
        let phraseEnd = upperBound
        var strippedConjunction = false
        // Drop trailing adverbs and perfect auxiliaries: `Gladkov also said`, `Peskov on Wednesday said`.
        while upperBound > lowerBound {
            let word = tokens[upperBound - 1].lower
            if AttributionLexicon.trailingAdverbs.contains(word) || AttributionLexicon.dayWords.contains(word) {
                upperBound -= 1
            } else if word == "on", upperBound < phraseEnd {
                upperBound -= 1
            } else if AttributionLexicon.conjunctions.contains(word) {
                upperBound -= 1
                strippedConjunction = true
            } else {
                break
            }
        }
        while lowerBound < upperBound, AttributionLexicon.conjunctions.contains(tokens[lowerBound].lower) {
            lowerBound += 1
            strippedConjunction = true
        }
        if lowerBound == upperBound {
            if strippedConjunction {
                // `Ukraine did not confirm …, but said`: the speaker is the subject of the sentence.
                return leadingSubject(of: firstClauseStart(), before: verb).map { piece(source: $0, verb: verb) }
            }
            // `“…,” said Oleh Kiper`.
            return invertedSpeaker(of: verb).map { piece(source: $0, verb: verb) }
        }
        var range = lowerBound..<upperBound
        if !isNounPhrase(range) {
            guard strippedConjunction, let subject = leadingSubject(of: range.lowerBound, before: verb) else { return nil }
            return piece(source: subject, verb: verb)
        }
        if range.count == 1, !tokens[range.lowerBound].isAcronym, AttributionLexicon.pronouns.contains(tokens[range.lowerBound].lower) {
            return nil
        }
        // `the statement added`: a document speaks for someone named elsewhere.
        let content = tokens[range].filter { !AttributionLexicon.articles.contains($0.lower) }
        if content.count == 1, AttributionLexicon.documentNouns.contains(content[0].lower) { return nil }
        // `OneWhale's statement said`: the owner speaks.
        if range.count >= 2, AttributionLexicon.documentNouns.contains(tokens[range.upperBound - 1].lower),
            tokens[range.upperBound - 2].lower.hasSuffix("'s")
        {
            let owner = text(range.lowerBound..<range.upperBound - 1)
            return piece(source: String(owner.dropLast(2)), verb: verb)
        }
        // `Leonid Pasechnik, acting head of …, said`: the name before the aside speaks.
        if let name = nameBeforeAside(range) { range = name }
        guard let source = clean(range) else { return nil }
        return piece(source: source, verb: verb)
    }

    /// The speaker named right after the verb: `said Oleh Kiper`, `said the Taliban spokesman`.
    private func invertedSpeaker(of verb: Int) -> String? {
        guard AttributionLexicon.invertingVerbs.contains(tokens[verb].lower), verb + 1 < tokens.count,
            tokens[verb + 1].kind == .word, tokens[verb + 1].isCapitalized || tokens[verb + 1].lower == "the"
        else { return nil }
        return phrase(from: verb + 1)
    }

    /// A piece for `source`, with the medium named after the verb (`said on Telegram`, `told Reuters`)
    /// or in an opening phrase (`In a statement on Telegram, …`).
    private func piece(source: String, verb: Int) -> AttributionPiece {
        var result = AttributionPiece(source: source, link: .plain)
        let first = verb + 1
        if tokens[verb].lower == "told" || tokens[verb].lower == "tells", first < tokens.count,
            tokens[first].isCapitalized || tokens[first].lower == "the", let outlet = phrase(from: first),
            outlet.first?.isUppercase == true
        {
            result.medium = outlet
            result.mediumIsOutlet = true
            return result
        }
        result.medium = platform(in: first..<min(tokens.count, verb + 13), stopAtBoundary: true)
        let speakerStart = segmentStart(before: verb)
        if result.medium == nil, speakerStart > 1, tokens[speakerStart - 1].lower == "," {
            let opening = segmentStart(before: speakerStart - 1)
            if let word = lower(opening), AttributionLexicon.openingWords.contains(word) {
                result.medium = platform(in: opening..<(speakerStart - 1), stopAtBoundary: false)
            }
        }
        return result
    }

    /// The start of the first segment that is not an opening phrase (`In a statement, …`).
    private func firstClauseStart() -> Int {
        var start = 0
        while let word = lower(start), AttributionLexicon.prepositions.contains(word),
            let comma = tokens.indices.first(where: { $0 > start && isBoundary($0) })
        {
            start = comma + 1
        }
        return start
    }

    /// The first platform named in `range` (`on Telegram`, `on messaging app Telegram`, `on X`).
    private func platform(in range: Range<Int>, stopAtBoundary: Bool) -> String? {
        for index in range {
            if stopAtBoundary, isBoundary(index) || tokens[index].lower == "that" { return nil }
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized else { continue }
            // `on Telegram`, `in a Telegram post`, `messaging app Telegram`; not `said Russia blocked Telegram`.
            let introduced = AttributionLexicon.platformIntroducers.contains(lower(index - 1) ?? "")
                || AttributionLexicon.documentNouns.contains(lower(index + 1) ?? "")
                || AttributionLexicon.platformPlaces.contains(lower(index + 1) ?? "")
            guard introduced else { continue }
            if token.lower == "x" {
                if lower(index - 1) == "on" { return "X" }
                continue
            }
            if token.lower == "truth", lower(index + 1) == "social" { return "Truth Social" }
            if let name = AttributionLexicon.platforms[token.lower] { return name }
        }
        return nil
    }

    /// Whether the tokens read as a noun phrase rather than a clause (`RIA did not report any damage`).
    private func isNounPhrase(_ range: Range<Int>) -> Bool {
        guard range.count <= 14 else { return false }
        guard let first = tokens[range].first(where: { $0.kind == .word }) else { return false }
        if AttributionLexicon.prepositions.contains(first.lower) { return false }
        for index in range {
            let word = tokens[index].lower
            if tokens[index].isAcronym { continue }
            if AttributionLexicon.clauseWords.contains(word) || word.hasSuffix("n't") { return false }
            if AttributionLexicon.speechVerbs.contains(word), !tokens[index].isCapitalized { return false }
            if tokens[index].kind == .mark, word != ".", word != "'", word != "-", word != "&" { return false }
        }
        return true
    }

    /// The subject that opens the segment at `start`: its words up to the first verb-like word (`RIA`).
    private func leadingSubject(of start: Int, before end: Int) -> String? {
        var stop = start
        while stop < end, tokens[stop].kind != .mark || tokens[stop].lower == ".",
            tokens[stop].isAcronym || !AttributionLexicon.clauseWords.contains(tokens[stop].lower), !tokens[stop].lower.hasSuffix("n't"),
            tokens[stop].isCapitalized || !AttributionLexicon.speechVerbs.contains(tokens[stop].lower)
        {
            stop += 1
        }
        guard stop > start, stop - start <= 6, tokens[start].isCapitalized,
            !AttributionLexicon.prepositions.contains(tokens[start].lower)
        else { return nil }
        return clean(start..<stop)
    }

    /// `Leonid Pasechnik, acting head of the self-declared Luhansk People's Republic`: the name, when
    /// the phrase before the verb is a lower-case aside after a name that opens the clause.
    private func nameBeforeAside(_ range: Range<Int>) -> Range<Int>? {
        guard let first = tokens[range].first, !first.isCapitalized, range.lowerBound >= 2,
            tokens[range.lowerBound - 1].lower == ","
        else { return nil }
        let nameEnd = range.lowerBound - 1
        let nameStart = segmentStart(before: nameEnd)
        guard nameStart < nameEnd, nameEnd - nameStart <= 7 else { return nil }
        // `Syrian Observatory for Human Rights`: a name may hold lower-case connectors, but not start with one.
        let isName = tokens[nameStart].isCapitalized && (nameStart..<nameEnd).allSatisfy {
            tokens[$0].isCapitalized || tokens[$0].lower == "." || ActorLexicon.nameConnectors.contains(tokens[$0].lower)
        }
        return isName ? nameStart..<nameEnd : nil
    }

    // MARK: phrases after a cue

    /// The noun phrase starting at `start`, up to a boundary, a time word, a relative word or a medium.
    private func phrase(from start: Int) -> String? {
        var end = start
        while end < tokens.count, !isBoundary(end), !quoted[end] || quoted[start] {
            let word = tokens[end].lower
            if tokens[end].isAcronym {
                end += 1
                continue
            }
            if AttributionLexicon.phraseEnders.contains(word) || AttributionLexicon.dayWords.contains(word) { break }
            if AttributionLexicon.speechVerbs.contains(word), end > start, !tokens[end].isCapitalized { break }
            // `on Wednesday`, `on Telegram`, `in a statement`: the phrase is over.
            if word == "on" || word == "in" || word == "at",
                let next = lower(end + 1),
                AttributionLexicon.dayWords.contains(next) || AttributionLexicon.platforms[next] != nil
                    || next == "a" || next == "an" || next == "its" || next == "his" || next == "her" || next == "their"
                    || tokens[end + 1].kind == .number || CountLexicon.months.contains(next)
            {
                break
            }
            end += 1
            if end - start > 16 { return nil }
        }
        guard end > start else { return nil }
        return clean(start..<end)
    }

    /// The source a cue names: `a statement released by the Russian government` names the government,
    /// and a bare `the statement` (said elsewhere) names no one.
    private func owner(from start: Int) -> String? {
        var head = start
        while let word = lower(head), AttributionLexicon.articles.contains(word) || word == "latest" || word == "new" { head += 1 }
        guard let noun = lower(head), AttributionLexicon.documentNouns.contains(noun) else { return phrase(from: start) }
        var index = head + 1
        while index < tokens.count, index < head + 6, !isBoundary(index) {
            if tokens[index].lower == "by" || tokens[index].lower == "from" { return phrase(from: index + 1) }
            index += 1
        }
        return nil
    }

    /// The phrase as written, without a leading `the`, trailing punctuation or a media descriptor
    /// (`state news agency RIA Novosti` is `RIA Novosti`).
    private func clean(_ range: Range<Int>) -> String? {
        var lowerBound = range.lowerBound
        var upperBound = range.upperBound
        while upperBound > lowerBound, tokens[upperBound - 1].kind == .mark, tokens[upperBound - 1].lower != "." || !isAbbreviationDot(upperBound - 1) {
            upperBound -= 1
        }
        if lowerBound < upperBound, tokens[lowerBound].lower == "the" { lowerBound += 1 }
        guard lowerBound < upperBound else { return nil }
        // `the dissident Freedom for Russia Legion`: a group's name without the words describing it.
        if !tokens[lowerBound].isCapitalized,
            let group = ActorReader.namedGroups(Array(tokens[lowerBound..<upperBound])).last,
            group.upperBound == upperBound - lowerBound
        {
            lowerBound += group.lowerBound
        }
        // `state news agency RIA Novosti`, `the militant group Hamas`: the name after a descriptor.
        if let descriptor = (lowerBound..<upperBound).last(where: { AttributionLexicon.descriptorNouns.contains(tokens[$0].lower) && !tokens[$0].isCapitalized }) {
            let after = descriptor + 1..<upperBound
            if !after.isEmpty, tokens[after.lowerBound].isCapitalized {
                lowerBound = after.lowerBound
            } else if after.isEmpty {
                // `the state-run Xinhua news agency`: the name before the descriptor.
                var nameEnd = descriptor
                while nameEnd > lowerBound, AttributionLexicon.descriptorNouns.contains(tokens[nameEnd - 1].lower) { nameEnd -= 1 }
                var nameStart = nameEnd
                while nameStart > lowerBound, tokens[nameStart - 1].isCapitalized { nameStart -= 1 }
                // `the Russian news agency` names no agency.
                if nameStart < nameEnd, nameEnd - nameStart <= 3, !(nameStart..<nameEnd).allSatisfy({ ActorLexicon.isDemonym(tokens[$0].lower) }) {
                    lowerBound = nameStart
                    upperBound = nameEnd
                }
            }
        }
        return text(lowerBound..<upperBound)
    }

    private func isAbbreviationDot(_ index: Int) -> Bool {
        index > 0 && WordLists.titleAbbreviations.contains(tokens[index - 1].lower)
    }
}

/// Words the attribution reader knows.
enum AttributionLexicon {
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "reported", "reports", "told", "tells", "wrote", "writes", "claimed", "claims",
        "announced", "announces", "stated", "states", "added", "adds", "confirmed", "confirms", "posted", "posts",
        "tweeted", "noted", "notes", "warned", "warns", "alleged", "alleges", "insisted", "insists", "explained",
        "declared", "acknowledged", "estimated", "reiterated", "revealed", "disclosed", "denied", "denies",
    ]
    /// Verbs that may come before their speaker (`said Oleh Kiper`).
    static let invertingVerbs: Set<String> = ["said", "says", "added", "wrote", "reported", "noted", "explained", "warned", "according"]
    /// `released by X`, `reported by X`.
    static let agentVerbs: Set<String> = ["released", "issued", "published", "reported", "announced", "posted", "confirmed", "shared"]
    /// Documents that speak for their owner.
    static let documentNouns: Set<String> = [
        "statement", "report", "reports", "post", "video", "message", "release", "communique", "briefing", "update",
        "announcement", "notice", "bulletin", "tweet", "statements",
    ]
    /// Before a speech verb, these make it passive or a noun.
    static let passiveMarkers: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "the", "a", "an", "its", "his", "her", "their", "of",
        "to", "not", "first", "widely", "unconfirmed", "initially", "these", "those", "such", "any", "no",
    ]
    /// After a speech verb, these show it is a noun (`reports emerged`, `claims could not be verified`).
    static let nounFollowers: Set<String> = [
        "could", "can", "cannot", "were", "was", "are", "is", "would", "will", "may", "might", "should", "must",
        "remain", "remained", "suggest", "suggested", "of", "from", "about", "emerged", "indicate", "indicated",
        "show", "showed", "circulating", "circulated", "surfaced", "have", "has", "had",
    ]
    static let articles: Set<String> = ["a", "an", "the"]
    static let platformIntroducers: Set<String> = ["on", "via", "app", "a", "his", "her", "its", "their", "the", "through"]
    static let platformPlaces: Set<String> = ["channel", "account", "page", "feed", "group"]
    static let trailingAdverbs: Set<String> = [
        "also", "later", "previously", "earlier", "separately", "further", "then", "again", "officially", "publicly",
        "initially", "has", "had", "have", "reportedly", "subsequently", "repeatedly", "now", "already",
        "recently", "yesterday", "today", "tonight", "late", "early", "last", "night", "morning", "evening",
    ]
    static let conjunctions: Set<String> = ["and", "but", "while", "whereas", "although", "though", "as", "however", "meanwhile", "so", "yet"]
    static let pronouns: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "who", "which", "this", "that", "there", "one", "these", "those",
    ]
    static let prepositions: Set<String> = [
        "in", "on", "at", "after", "before", "during", "since", "with", "for", "by", "from", "to", "into", "over",
        "under", "about", "following", "amid", "despite", "when", "if", "because", "asked", "speaking", "writing",
    ]
    /// Words that make a run of words a clause, not a speaker.
    static let clauseWords: Set<String> = [
        "that", "which", "who", "whom", "whose", "did", "does", "do", "will", "would", "could", "can", "should", "may",
        "might", "must", "is", "are", "was", "were", "been", "not", "cannot", "there", "it", "has", "have", "had",
    ]
    static let dayWords: Set<String> = WordLists.weekdays.union(["yesterday", "today", "tonight", "overnight", "earlier", "later"])
    /// Words that end a phrase after `according to`, `citing` or `said`.
    static let phraseEnders: Set<String> = [
        "who", "which", "that", "whose", "as", "after", "while", "when", "adding", "saying", "citing", "quoting",
        "because", "but", "since", "although", "though", "if", "where", "last", "this", "late", "early",
    ]
    static let boundaryMarks: Set<String> = [
        ",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "«", "»", "—", "–", "!", "?", "…",
    ]
    /// Opening phrases that may name the medium (`In a statement on Telegram, …`).
    static let openingWords: Set<String> = ["in", "on", "writing", "posting", "speaking", "via"]
    static let platforms: [String: String] = [
        "telegram": "Telegram", "twitter": "Twitter", "facebook": "Facebook", "instagram": "Instagram",
        "youtube": "YouTube", "tiktok": "TikTok", "vkontakte": "VKontakte", "vk": "VK", "whatsapp": "WhatsApp",
        "weibo": "Weibo", "wechat": "WeChat", "threads": "Threads", "bluesky": "Bluesky", "signal": "Signal",
    ]
    /// Nouns of a descriptor before a name: `state news agency RIA Novosti`, `the militant group Hamas`.
    static let descriptorNouns: Set<String> = [
        "agency", "agencies", "media", "outlet", "broadcaster", "newspaper", "daily", "channel", "network",
        "website", "tabloid", "paper", "publication", "wire", "group", "organization", "organisation", "monitor",
        "news", "service", "television", "tv", "radio", "portal", "magazine", "weekly",
    ]
    /// Capitalised words that do not continue an agency's name (`RIA Wednesday`).
    static let notNameWords: Set<String> = WordLists.weekdays.union(WordLists.months).union([
        "the", "a", "an", "and", "but", "in", "on", "at", "said", "says", "reported", "reports", "news",
    ])
}
