import Language

/// The cheap first look at each word: whether any pattern can open there.
extension Matcher {
    /// Words no pattern starts with: everything but numbers, `'` (`'79`), words opening with a
    /// digit (`1990s`, `31st`) and the words below. Checked first, so that ordinary words cost one lookup.
    static let openingWords: Set<String> = {
        var words: Set<String> = [
            "overnight", "tonight", "today", "yesterday", "tomorrow", "this", "last", "next", "earlier", "early", "late",
            "mid", "on", "in", "recently", "noon", "midday", "midnight", "the", "a", "an", "every", "each", "once", "twice",
            "these", "those", "that", "fiscal", "calendar", "same", "current", "latest", "recent", "most", "year",
            // Not openers, but what may follow one (`the future`, `the full year`, `the weekend`).
            "future", "near", "distant", "full", "whole", "entire", "weekend", "period", "comparable", "corresponding",
            "morning", "afternoon", "evening", "night", "latter",
            // Holidays (`Matcher.holidays`) open with these.
            "christmas", "boxing", "new", "valentine", "halloween", "good", "easter", "thanksgiving",
        ]
        words.formUnion(weekdayIndex.keys)
        words.formUnion(weekdayIndex.keys.map { $0 + "s" })
        words.formUnion(monthIndex.keys)
        words.formUnion(WordLists.cardinals.keys)
        words.formUnion(WordLists.ordinals.keys)
        words.formUnion(YearPart.seasons.keys)
        words.formUnion(DurationUnit.allCases.map(\.rawValue) + DurationUnit.allCases.map { $0.rawValue + "s" } + ["centuries"])
        words.formUnion(setAdverbs.keys)
        words.formUnion(referenceAdverbs.keys)
        words.formUnion(vagueCounts)
        words.formUnion(spanWords)
        return words
    }()

    /// Whether any pattern may start at word `index` (see ``openingWords``); the commonest
    /// openers (`the`, `a`, `in`, `on`, `that`, `this`) only before another word that may.
    func mayOpen(at index: Int) -> Bool {
        let word = words[index]
        switch word.kind {
        case .number: return true
        case .mark: return word.lower == "'" || word.lower == "’"
        case .word:
            if let first = word.lower.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") { return true }
            guard Self.openingWords.contains(word.lower) else { return false }
            if Self.leadingWords.contains(word.lower) { return index + 1 < words.count && mayOpen(at: index + 1) }
            return true
        }
    }

    /// Openers that make no expression alone (`a` does in `a year`, whose second word opens too).
    static let leadingWords: Set<String> = ["the", "a", "an", "in", "on", "that", "this"]
}
