import Language

/// Names a place noun introduces or follows: `the town of X`, `the villages of X`, `the X border area`.
extension DocumentAnalysis {
    /// Whether the name starting at `first` is the complement of a place noun: `the town of X`, `villages of X`.
    func introducedAsPlace(_ first: Int) -> Bool {
        let of = first - 1
        guard of >= 1, tokens[of].wordHash == WordSets.hash("of"), tokens[of].gapAfter == .space, joined(of - 1) else { return false }
        return introducesPlace(of - 1)
    }

    /// The capitalised words starting at `start`, with a lower-case Arabic article written on to them
    /// (`al-Sadiwa`, `Tell Tonkoro`), as the name a place noun introduces; at most four words.
    func nameAfterPlaceNoun(_ start: Int) -> (first: Int, last: Int)? {
        var head = start
        if !tokens[start].isCapitalized {
            guard word(start, in: Self.arabicArticles), tokens[start].gapAfter == .hyphen, start + 1 < tokens.count,
                  tokens[start + 1].isCapitalized else { return nil }
            head = start + 1
        }
        guard tokens[head].letterCount >= 2, !tokens[head].isAllCaps || tokens[head].letterCount > 3 else { return nil }
        var last = head
        guard !word(head, in: WordSets.blockedKeys) else { return nil }
        while last - head < 3, joined(last), tokens[last + 1].isCapitalized, divisionLevel(last + 1) == nil,
              !word(last + 1, in: WordSets.blockedKeys) { last += 1 }
        return (start, last)
    }

    /// The capitalised words right before a place noun (`the Kfar Dalim area`, `in Bir Ali village`) after `the`
    /// or a locative preposition; at most four, none an ordinary word.
    func nameBeforePlaceNoun(_ noun: Int) -> (first: Int, last: Int)? {
        var last = noun - 1
        // `the Kfar Zalim border area`: a common noun may stand between the name and its place noun.
        if nounModifier(last) { last -= 1 }
        guard last >= 1, tokens[last].gapAfter == .space, tokens[last].isCapitalized, tokens[last].letterCount >= 2,
              !isCommonWord(last) else { return nil }
        var first = last
        // A common word that opens names (`the Lower Shabelle region`, `the Upper Nile region`) is part of it.
        while last - first < 3, first >= 1, joined(first - 1), tokens[first - 1].isCapitalized,
              !isCommonWord(first - 1) || word(first - 1, in: WordSets.namePrefixes),
              !word(first - 1, in: WordSets.blockedKeys) { first -= 1 }
        let before = first - 1
        guard before >= 0 else { return nil }
        // `Chittagong's Muradpur area`: a place's possessive stands where `the` would.
        if tokens[before].gapAfter == .possessive {
            return candidates.contains { $0.accepted && !$0.isDemonym && $0.spanLast == before } ? (first, last) : nil
        }
        guard tokens[before].gapAfter == .space,
              tokens[before].wordHash == WordSets.hash("the") || word(before, in: WordSets.locativePrepositions),
              !word(before, in: WordSets.coordinators)
        else { return nil }
        return (first, last)
    }

    /// Whether word `index` is a lower-case singular common noun joined to the word after it (`border` in `X border area`).
    func nounModifier(_ index: Int) -> Bool {
        index >= 1 && index + 1 < tokens.count && joined(index) && joined(index - 1) && !tokens[index].isCapitalized
            && partOfSpeech(tokens[index].streamIndex)?.penn == "NN"
    }

    static let arabicArticles = WordSets.hashes(Array(RomanizationKey.articles))

    /// A noun that introduces a place (`village`, `town`, `outskirts`), in any number (`the villages of`).
    func introducesPlace(_ index: Int) -> Bool {
        word(index, in: WordSets.placeIntroducers)
            || WordSets.placeIntroducers.contains(WordSets.hash(lemma(tokens[index].streamIndex)))
    }
}
