import Language

/// One name found in the text, before and during resolution.
struct Candidate {
    /// Tokens of the name itself (inclusive).
    var first: Int
    var last: Int
    /// Tokens of the whole mention: the name plus a division word, `waters`, or a direction.
    var spanFirst: Int
    var spanLast: Int
    var keyHash: UInt64
    var records: [Int] = []
    /// The records whose own full name is this key (not an alternate or a stripped division name).
    var primaryRecords: [Int] = []
    /// Country record of a demonym.
    var demonymCountry: Int?
    var division: DivisionTerms.Level?
    var featureCue = false
    /// The text introduces the name as a village or town (`the town of X`, `X village`): a place readers are not
    /// expected to know, so no city's fame speaks for a namesake abroad.
    var smallSettlementCue = false
    /// Written as a town's quarter (`the X neighbourhood`).
    var quarterCue = false
    /// Named as a city (`the southern city of X`, `X city`): a large place is meant over a village of that name.
    var cityCue = false
    var nearCue = false
    /// The name opens a dateline in capitals (`KYIV, Sept 5 (Reuters) -`): a town, wherever the story happens.
    var datelineCue = false
    var waterCue = false
    var prepositionCue = false
    var personCue = false
    var sentenceInitial = false
    var directionToken: Int?
    /// Index of a candidate that contains this one (`X, Y`, `X in Y`, `Y's X`).
    var container: Int?
    /// The container is stated as holding it (`X in Y`, `X village in the Y region`, `X district, Y region`), not only set beside it.
    var containerHolds = false
    /// The container is a town the name lies in (`the city's X district`): it holds what lies within `townReach` of it.
    var containerIsTown = false
    /// Candidates ranked by score after resolution: (record, raw score).
    var ranked: [(record: Int, score: Double)] = []
    /// Context-free part of each record's score, computed once.
    var baseScores: [Double] = []
    var accepted = false
    /// Not accepted because the gazetteer's place of this name lies in another region than the story's: a
    /// place it lacks, kept unresolved.
    var namesakeElsewhere = false
    /// Not accepted because the gazetteer's place of this name is a town far abroad, in a country the story
    /// never names: a place it lacks, kept unresolved.
    var namesakeAbroad = false
    /// Another mention of the same name that was refused because the text puts it in a place that does not hold the
    /// gazetteer's namesake (`Pale Township, Sagaing Region` ... `a Pale Township official`): this one is that place too.
    var sameAsRefused: Int?

    var isDemonym: Bool { demonymCountry != nil }
    var best: Int? { ranked.first?.record }
}

/// The per-call working state of `Geoparser.extract`.
struct DocumentAnalysis {
    let parser: Geoparser
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    var gazetteer: Gazetteer { parser.gazetteer }
    var candidates: [Candidate] = []
    /// Hashes of words seen in lower case somewhere in the document (so `Attack` is a common word).
    var lowercaseWords: WordHashSet
    /// Tokens on title-case lines (headlines where every word is capitalised).
    var titleCaseLine: [Bool] = []
    var tokenKeys: [[UInt8]?]
    /// The recognizer's names, in word positions (`first...last`), with their type and confidence.
    var names: [(first: Int, last: Int, name: NameSpan)] = []
    /// The most words between a name's first and last (so a lookup by position need look back only so far).
    var longestName = 0
    /// The lemma of a token of the stream (by its stream position), for the few words whose form varies (`villages`).
    var lemma: (Int) -> String = { _ in "" }
    /// The part of speech of a stream token.
    var partOfSpeech: (Int) -> PartOfSpeech? = { _ in nil }

    init(parser: Geoparser, bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], names: [NameSpan] = []) {
        self.parser = parser
        self.bytes = bytes
        self.tokens = tokens
        // Stream positions to word positions (names start and end on words).
        var wordAt: [Int: Int] = [:]
        for (position, token) in tokens.enumerated() { wordAt[token.streamIndex] = position }
        for name in names {
            let words = name.tokens.compactMap { wordAt[$0] }
            guard let first = words.first, let last = words.last else { continue }
            // `Tse-Orbiam`, read as two names of one type around the hyphen: one name, as written.
            if let previous = self.names.last, previous.last + 1 == first, previous.name.type == name.type,
                tokens[previous.last].gapAfter == .hyphen
            {
                let joined = NameSpan(tokens: previous.name.tokens.lowerBound..<name.tokens.upperBound, type: name.type,
                                      confidence: (previous.name.confidence + name.confidence) / 2)
                self.names[self.names.count - 1] = (previous.first, last, joined)
                continue
            }
            // `San Juan de Lurigancho`, read as two names of one type around the particle: one name.
            if let previous = self.names.last, previous.name.type == name.type, first > previous.last + 1, first <= previous.last + 3,
                WordSets.nameParticles.contains(tokens[previous.last + 1].wordHash),
                first == previous.last + 2 || WordSets.particleArticles.contains(tokens[previous.last + 2].wordHash),
                (previous.last + 1..<first).allSatisfy({ !tokens[$0].isCapitalized && tokens[$0 - 1].gapAfter == .space && tokens[$0].gapAfter == .space })
            {
                let joined = NameSpan(tokens: previous.name.tokens.lowerBound..<name.tokens.upperBound, type: name.type,
                                      confidence: (previous.name.confidence + name.confidence) / 2)
                self.names[self.names.count - 1] = (previous.first, last, joined)
                continue
            }
            self.names.append((first, last, name))
        }
        // In text order, which lookups by position rely on.
        self.names.sort { $0.first < $1.first }
        longestName = self.names.map { $0.last - $0.first }.max() ?? 0
        self.tokenKeys = Array(repeating: nil, count: tokens.count)
        self.lowercaseWords = WordHashSet(capacity: tokens.count)
        for token in tokens where !token.isCapitalized && token.letterCount > 0 { lowercaseWords.insert(token.wordHash) }
        titleCaseLine = Self.markTitleCaseLines(tokens)
    }

    /// The recognizer's names that may hold a span starting at word `first`: those starting at most `longestName` words
    /// before it and not after it, found by bisection on their starts (a long document has thousands of names).
    func namesStarting(near first: Int) -> ArraySlice<(first: Int, last: Int, name: NameSpan)> {
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle].first < first - longestName { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < names.count, names[end].first <= first { end += 1 }
        return names[low..<end]
    }

    static func markTitleCaseLines(_ tokens: [Token]) -> [Bool] {
        var marks = [Bool](repeating: false, count: tokens.count)
        var lineStart = 0, words = 0, capitalised = 0
        for index in tokens.indices {
            if tokens[index].letterCount >= 4 {
                words += 1
                if tokens[index].isCapitalized { capitalised += 1 }
            }
            let lineEnds = tokens[index].gapAfter == .newline || tokens[index].gapAfter == .end || index == tokens.count - 1
            guard lineEnds else { continue }
            if words >= 3 && capitalised * 10 >= words * 8 {
                for i in lineStart...index { marks[i] = true }
            }
            lineStart = index + 1
            words = 0
            capitalised = 0
        }
        return marks
    }

    // MARK: - Token helpers

    func text(_ token: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[token].byteStart..<tokens[token].byteEnd]), as: UTF8.self)
    }

    mutating func key(_ token: Int) -> [UInt8] {
        if let key = tokenKeys[token] { return key }
        let key = NameKey.fold(utf8: UnsafeBufferPointer(rebasing: bytes[tokens[token].byteStart..<tokens[token].byteEnd])) ?? []
        tokenKeys[token] = key
        return key
    }

    /// Hash of the folded name spanning tokens `first...last` (joined by single spaces).
    /// With `closed`, parts joined by a hyphen are read as one word (`Pétion-Ville` as GeoNames' `Pétionville`).
    mutating func spanHash(_ first: Int, _ last: Int, closed: Bool = false) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in first...last {
            let key = key(index)
            if key.isEmpty { return nil }
            if index > first, !(closed && tokens[index - 1].gapAfter == .hyphen) { hash ^= 32; hash = hash &* 0x0000_0100_0000_01b3 }
            for byte in key { hash ^= UInt64(byte); hash = hash &* 0x0000_0100_0000_01b3 }
        }
        return hash
    }

    func word(_ index: Int, in set: WordHashSet) -> Bool {
        index >= 0 && index < tokens.count && set.contains(tokens[index].wordHash)
    }

    func isCommonWord(_ index: Int) -> Bool {
        WordSets.common.contains(tokens[index].wordHash) || lowercaseWords.contains(tokens[index].wordHash)
            // A sentence's first word read as an adverb (`Early on Friday, ...`: Early, Texas) opens no name; a word in
            // capitals is read by its place in a dateline, not by a tagger trained on ordinary case (`NAIROBI - Police ...`).
            || (tokens[index].startsSentence && !tokens[index].isAllCaps && partOfSpeech(tokens[index].streamIndex)?.universal == .adv)
    }

    func divisionLevel(_ index: Int) -> DivisionTerms.Level? {
        divisionTerm(at: index)?.level
    }

    /// The division term starting at `index` (`district`, `Local Government Area`): its level and how many tokens it takes.
    func divisionTerm(at index: Int) -> (level: DivisionTerms.Level, length: Int)? {
        guard index >= 0 && index < tokens.count else { return nil }
        for phrase in DivisionTerms.phraseHashes where index + phrase.hashes.count <= tokens.count {
            let fits = phrase.hashes.indices.allSatisfy { offset in
                tokens[index + offset].wordHash == phrase.hashes[offset] && (offset == 0 || joined(index + offset - 1))
            }
            if fits { return (phrase.level, phrase.hashes.count) }
        }
        return DivisionTerms.levelsByHash[tokens[index].wordHash].map { ($0, 1) }
    }

    /// Whether tokens `a` and `a + 1` are joined by a plain space or hyphen.
    func joined(_ a: Int) -> Bool {
        a >= 0 && a + 1 < tokens.count && (tokens[a].gapAfter == .space || tokens[a].gapAfter == .hyphen)
    }
}
