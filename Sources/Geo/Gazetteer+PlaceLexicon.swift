import Language

/// The gazetteer as the name recognizer's place feature: which tokens begin or continue a known place name.
public struct GazetteerPlaceLexicon: PlaceLexicon {
    public let gazetteer: Gazetteer
    /// Longest name tried, in tokens (`Kamianets - Podilskyi`, `Rostov - on - Don`).
    static let longestName = 5

    /// Whether continents, macro-regions, seas and islands of no country, and divisions by their names in another
    /// language's order (`Soum` for `Province du Soum`), give hints. The language trainer leaves them out, so the
    /// model it trains depends only on the towns, divisions and countries as they were indexed when the model was
    /// tuned, and not on every key added since.
    public var hintsFeaturesBeyondCountries = true

    public init(gazetteer: Gazetteer, hintsFeaturesBeyondCountries: Bool = true) {
        self.gazetteer = gazetteer
        self.hintsFeaturesBeyondCountries = hintsFeaturesBeyondCountries
    }

    /// Names start at capitalised words; the longest known name at each start is marked.
    public func hints(for tokens: [Language.Token], in bytes: UnsafeBufferPointer<UInt8>) -> [PlaceHint] {
        var hints = [PlaceHint](repeating: .none, count: tokens.count)
        var start = 0
        while start < tokens.count {
            let token = tokens[start]
            guard token.kind == .word, token.isCapitalized else { start += 1; continue }
            var found: (end: Int, rank: PlaceHint.Rank, primary: Bool)?
            var end = start
            // The folded name of tokens start...end, built a word at a time (words joined by one space, as
            // `NameKey.fold` joins them; hyphens and apostrophes inside a name fold to the same space or nothing).
            var hash = FNV.offset
            var words = 0
            while end < tokens.count, end - start < Self.longestName {
                let last = tokens[end]
                // A name runs through words and the hyphens and apostrophes written inside it.
                if end > start, last.gapBefore != .none && last.gapBefore != .space { break }
                if last.kind == .word {
                    // Later words of a name are capitalised, or written on to it (`Rostov-on-Don`).
                    if end > start, !last.isCapitalized, last.gapBefore != .none { break }
                    guard let key = NameKey.fold(utf8: UnsafeBufferPointer(rebasing: bytes[last.utf8Start..<last.utf8End])),
                          !key.isEmpty else { break }
                    if words > 0 { hash = FNV.add(hash, 32) }
                    for byte in key { hash = FNV.add(hash, byte) }
                    words += 1
                    if gazetteer.containsKey(hash: hash) {
                        let entries = gazetteer.entries(forHash: hash).filter {
                            hintsFeaturesBeyondCountries
                                || (!gazetteer.kind($0.record).isBeyondCountries && !gazetteer.isForeignFormKey(hash, of: $0))
                        }
                        if let best = gazetteer.rankedByPrior(entries.map(\.record)).first {
                            found = (end + 1, rank(of: best), entries.contains { $0.record == best && $0.isPrimaryName })
                        }
                    }
                } else if !(last.kind == .punctuation && last.gapBefore == .none) || end == start {
                    break
                }
                end += 1
            }
            guard let match = found else { start += 1; continue }
            hints[start] = PlaceHint(begins: true, rank: match.rank, primary: match.primary)
            for position in start + 1..<match.end { hints[position] = PlaceHint(begins: false, rank: match.rank, primary: match.primary) }
            start = match.end
        }
        return hints
    }

    func rank(of record: Int) -> PlaceHint.Rank {
        switch gazetteer.kind(record) {
        case .country, .continent, .macroRegion, .water: .country
        case .firstOrderDivision: .firstLevelDivision
        case .secondOrderDivision: .otherDivision
        case .capital, .seat, .populatedPlace, .island, .feature:
            switch gazetteer.population(record) {
            case 1_000_000...: .largeCity
            case 100_000...: .city
            case 10_000...: .town
            default: .minorPlace
            }
        }
    }
}

extension Gazetteer {
    /// Whether a key hash reaches a division only through its name in another language's order (`bam` for
    /// `Province du Bam`), a key the builder adds with `foreignForms`.
    func isForeignFormKey(_ hash: UInt64, of entry: (record: Int, isPrimaryName: Bool)) -> Bool {
        let kind = kind(entry.record)
        guard !entry.isPrimaryName, kind == .firstOrderDivision || kind == .secondOrderDivision else { return false }
        let strings = recordStrings(entry.record)
        let names = [strings.name, strings.ascii] + strings.alternates.split(separator: "\t").map(String.init)
        let country = place(at: entry.record).countryCode
        let all = GazetteerAssembly.keys(names: names, kind: kind, countryCode: country)
        guard all.contains(where: { NameKey.hash($0) == hash }) else { return false }
        return !GazetteerAssembly.keys(names: names, kind: kind, countryCode: country, foreignForms: false).contains { NameKey.hash($0) == hash }
    }

    /// The names of every `stride`-th populated place, in record order, as the gazetteer writes them
    /// (deterministic: the language trainer swaps them into training sentences).
    public func samplePlaceNames(stride step: Int) -> [String] {
        let populated = (placeBase..<recordCount).filter { !kind($0).isBeyondCountries }
        return Swift.stride(from: 0, to: populated.count, by: max(1, step)).map { name(populated[$0]) }
    }
}
