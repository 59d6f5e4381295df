/// Lists of counted people: `two soldiers and four attackers`, `a man and his three daughters`,
/// `six children, two women and a man`. A list adds up.
extension CountReading {
    /// One counted phrase of a list and where it ends.
    private struct ListItem {
        var count: Count
        var end: Int
    }

    /// Possessives that may open a counted phrase (`her two children`).
    private static let possessives: Set<String> = ["her", "his", "their", "its"]
    /// Words that end a counted phrase inside a list: a preposition starts a place or a time, not more of the noun.
    private static let itemStops: Set<String> = ["in", "at", "on", "near", "from", "during", "inside", "outside"]

    /// The total of the list of counted phrases starting at `start`, with the index past its last phrase
    /// and how many phrases it holds. Phrases after a comma count only when the list is closed by `and`
    /// (`five people, a police spokesman said` is five). In an object list a count that opens its own
    /// clause ends the list (`killing 12 and 5 injured`); a subject list runs up to its verb.
    func countedList(from start: Int, asSubject: Bool) -> (total: Count, end: Int, items: Int)? {
        guard let first = listItem(at: start) else { return nil }
        var items = [first]
        var kept = 1
        var index = first.end
        while index < tokens.count {
            var next = pastName(from: index)
            var closes = false
            if tokens[next].lower == "," { next += 1 }
            if lower(next) == "and" {
                closes = true
                next += 1
            }
            guard next > index, let item = listItem(at: next) else { break }
            // `killing 12 and 5 injured`: a count that opens its own clause is no part of the list.
            if !asSubject, let span = spanStarting(at: next), startsClause(after: span) { break }
            items.append(item)
            if closes { kept = items.count }
            index = item.end
        }
        // `killing at least 11 passengers, two health workers and a resident said`: a list run into a speech verb
        // ends with the speakers; the object is its first item.
        if !asSubject, kept > 1, let after = lower(items[kept - 1].end), AttributionLexicon.speechVerbs.contains(after) { kept = 1 }
        let used = items.prefix(kept)
        let total = used.dropFirst().reduce(first.count) { sum, item in
            Count(sum.value + item.count.value, Self.combined(sum.qualifier, item.count.qualifier))
        }
        return (total, used.last!.end, kept)
    }

    /// The index past a name in an `of` complement inside a list (`eight members of the Village Guard (VG) and
    /// their driver`), when a comma or `and` follows it; `index` itself otherwise.
    func pastName(from index: Int) -> Int {
        guard lower(index) == "of" else { return index }
        var position = index + 1
        while position < tokens.count, position - index <= 10 {
            let token = tokens[position]
            if token.lower == "," || token.lower == "and" { return position - 1 > index ? position : index }
            let isBracket = token.lower == "(" || token.lower == ")"
            guard isBracket || token.lower == "the" || token.lower == "of" || (token.kind == .word && token.isCapitalized) else { return index }
            position += 1
        }
        return index
    }

    /// The index past an `of` complement that ends a subject list before its verb (`three soldiers and a member of
    /// the Civilian Joint Task Force (CJTF) were killed`); `index` itself when there is none.
    func pastComplement(from index: Int) -> Int {
        guard lower(index) == "of" else { return index }
        var position = index + 1
        while position < tokens.count, position - index <= 12 {
            let word = tokens[position].lower
            if CountLexicon.auxiliaries.contains(word) || CountLexicon.passiveEvents[word] != nil { return position }
            let isBracket = word == "(" || word == ")"
            // `of the Lashkar-e-Taiba`: a hyphen inside a name.
            let isHyphen = word == "-" && position + 1 < tokens.count && tokens[position + 1].kind == .word
            guard tokens[position].kind == .word || isBracket || isHyphen else { return index }
            if CountLexicon.phraseStops.contains(word), !Self.complementWords.contains(word) { return index }
            position += 1
        }
        return index
    }

    /// Function words inside a name in an `of` complement (`the Civilian Joint Task Force`).
    private static let complementWords: Set<String> = ["the", "of", "for", "and"]

    /// The noun of one known person at `index` (`the driver`, `their civilian driver`, `his elder son`): a
    /// definite or possessive word, at most two plain words, then a singular person noun (the last of a run).
    func knownPerson(at index: Int) -> Int? {
        guard index < tokens.count, CountLexicon.definiteDeterminers.contains(tokens[index].lower) else { return nil }
        var head: Int?
        var position = index + 1
        while position < tokens.count, position - index <= 3, tokens[position].kind == .word {
            let word = tokens[position].lower
            if CountLexicon.phraseStops.contains(word) || CountLexicon.auxiliaries.contains(word) || CountLexicon.passiveEvents[word] != nil { break }
            if CountLexicon.singlePersonNouns.contains(word) { head = position } else if head != nil { break }
            position += 1
        }
        return head
    }

    /// A counted phrase at `index`: a number (`three women`, `her two children`) or one person (`a man`).
    private func listItem(at index: Int) -> ListItem? {
        guard index < tokens.count else { return nil }
        var position = index
        if Self.possessives.contains(tokens[position].lower), spanStarting(at: position + 1) != nil { position += 1 }
        let count: Count
        if let span = spanStarting(at: position) {
            // `two of those injured`: a part of another count.
            if lower(span.end) == "of" || lower(span.end) == "among" { return nil }
            count = span.count
            position = span.end
        } else if tokens[position].lower == "a" || tokens[position].lower == "an" {
            count = Count(1)
            position += 1
        } else if let head = knownPerson(at: position) {
            // `and their driver`, `and his son`: one person the text already knows.
            return ListItem(count: Count(1), end: head + 1)
        } else {
            return nil
        }
        var words: [Int] = []
        while position < tokens.count, words.count < 3, tokens[position].kind == .word {
            let word = tokens[position].lower
            if CountLexicon.phraseStops.contains(word) || Self.itemStops.contains(word) || CountLexicon.auxiliaries.contains(word)
                || CountLexicon.passiveEvents[word] != nil || CountLexicon.activeVerbs[word] != nil
            {
                break
            }
            words.append(position)
            position += 1
        }
        // `a number of`, `a drone`: one person only when something names a person.
        if count.value == 1, words.isEmpty { return nil }
        if words.contains(where: { CountLexicon.collectiveNouns.contains(tokens[$0].lower) || CountLexicon.nonPersonNouns.contains(tokens[$0].lower) }) {
            return nil
        }
        return ListItem(count: count, end: position)
    }
}
