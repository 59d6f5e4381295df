/// Corrections to the tagger's output where English grammar leaves one reading: closed-class
/// facts (irregular past forms) and positions no other tag can take. Each one is a slip the
/// averaged perceptron makes on words or contexts GUM barely has.
struct TagRepairs {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let sentences: [Range<Int>]
    let tagset: Tagset
    let vocabulary: HashTableLayout.Reader

    /// Three passes, each reading what the one before decided.
    func repair(_ tags: inout [PartOfSpeech]) {
        guard let past = tagset.tags.first(where: { $0.penn == "VBD" }), let noun = tagset.tags.first(where: { $0.penn == "NN" }) else { return }
        // The tags are checked before the word is read: most tokens are neither.
        for index in tags.indices {
            if ["VBP", "VBZ", "VB"].contains(tags[index].penn) {
                // `Clashes broke out`, `troops retook it`: a simple-past form read as present or base is past.
                if !isBaseAfterAuxiliary(index, tags), isPastForm(index) { tags[index] = past }
                // `Attackers stabbed two guards`: no present ends in `-ed` but those of `-eed` and a few short words (`need`,
                // `shed`, `wed`): a present so spelt is the past.
                else if tags[index].penn == "VBP", IrregularVerbs.isRegularPast(word(index)) { tags[index] = past }
                // `A crowd beat a woman`: a present without its `-s` after a singular subject does not agree; a form
                // that is also the simple past is that past.
                else if tags[index].penn == "VBP", index > 0, ["NN", "NNP"].contains(tags[index - 1].penn), opensClause(before: index, tags),
                    IrregularVerbs.pastSameAsBase.contains(word(index))
                {
                    tags[index] = past
                }
            } else if tags[index].penn == "NN", index + 1 < tags.count, inOneSentence(index, index + 1), opensClause(before: index, tags),
                ["CD", "DT", "PRP$"].contains(tags[index + 1].penn)
                    || (index + 2 < tags.count && ["and", "or"].contains(word(index + 1)) && tags[index + 2].penn == "VBD" && inOneSentence(index, index + 2))
                    || (index + 2 < tags.count && word(index + 1) == "to" && word(index + 2) == "death" && inOneSentence(index, index + 2)),
                IrregularVerbs.pastSameAsBase.contains(word(index))
            {
                // `a crowd in X beat two men to death`, `beat and burned`, `beat to death a man`: a form that is also a simple
                // past, after a subject and before its object, `to death` or a past verb it is joined to, is that past.
                tags[index] = past
            } else if [.noun, .adj].contains(tags[index].universal), opensClause(before: index, tags), !startsVerb(after: index, tags),
                isPastForm(index)
            {
                // `Government forces retook the airport`, `artillery struck positions near X`: a past-only form after a
                // subject is the verb, whatever follows it (a bare plural, a preposition, the sentence's end); read as an
                // adjective too (`after militiamen overran the town`).
                tags[index] = past
            } else if tags[index].universal == .noun, afterParenthesis(index, tags), !startsVerb(after: index, tags), isPastForm(index),
                index + 1 >= tags.count || tags[index + 1].universal != .noun
            {
                // `The bomber, on foot, struck Sunday morning`: the same after a subject's parenthesis, with no verb before
                // it in the sentence (`ground forces` after a comma stays a noun: a noun follows it).
                tags[index] = past
            }
        }
        // `stopped a bus, ordered the passengers off and shot dead four of them`: an irregular past form read as an
        // adjective, joined by `and` or `or` to a clause whose verb is a simple past, and followed by no noun it could
        // describe, is that clause's next verb.
        for index in tags.indices where index > 1 && tags[index].penn == "JJ" && ["and", "or"].contains(word(index - 1)) {
            guard IrregularVerbs.pastAndParticipleForms.contains(word(index)), inOneSentence(index - 1, index),
                  index + 1 >= tags.count || !inOneSentence(index, index + 1) || ![.noun, .propn].contains(tags[index + 1].universal),
                  (max(0, index - 15)..<(index - 1)).contains(where: { tags[$0].penn == "VBD" && inOneSentence($0, index) })
            else { continue }
            tags[index] = past
        }
        // `A dawn raid by`: a past or participle tag on a word that is no past form (no `-ed`, not irregular)
        // after a determiner, adjective or noun is a noun the tagger misread.
        // After a name too (`a former Islamic State stronghold`).
        for index in tags.indices where index > 0 && (tags[index].penn == "VBD" || tags[index].penn == "VBN") {
            guard [.det, .adj, .noun, .propn].contains(tags[index - 1].universal) else { continue }
            let word = self.word(index)
            if !word.hasSuffix("ed"), !IrregularVerbs.pastAndParticipleForms.contains(word), IrregularVerbs.prefixedVerb(word) == nil,
               word.allSatisfy(\.isLetter) {
                tags[index] = noun
            }
        }
        // `The kidnapping came`, `the shelling of X`: a gerund right after a determiner and before a finite verb, a
        // preposition or a mark heads a noun phrase: a noun.
        for index in tags.indices where index > 0 && index + 1 < tags.count && tags[index].penn == "VBG" && tags[index - 1].penn == "DT" {
            guard inOneSentence(index - 1, index + 1),
                  ["VBD", "VBZ", "VBP", "MD", "IN"].contains(tags[index + 1].penn) || tags[index + 1].universal == .punct else { continue }
            tags[index] = noun
        }
        // `were shot dead`, `was struck by`: an irregular participle read as an adjective after a form of `be` is the
        // passive's verb when a secondary predicate or the agent's `by` follows (`were lost`, `is upset` stay adjectives).
        if let participle = tagset.tags.first(where: { $0.penn == "VBN" }) {
            for index in tags.indices where index > 0 && index + 1 < tags.count && tags[index].penn == "JJ" && tags[index - 1].universal == .aux {
                guard inOneSentence(index - 1, index + 1), tags[index + 1].universal == .adj || word(index + 1) == "by",
                      IrregularVerbs.beForms.contains(word(index - 1)), IrregularVerbs.isParticipleOnly(word(index)) else { continue }
                tags[index] = participle
            }
        }
        // `burned-out trucks`, `a bombed-out school`: a participle joined by a hyphen to its particle before a noun is a
        // compound adjective modifying that noun, not a verb.
        if let adjective = tagset.tags.first(where: { $0.penn == "JJ" }) {
            for index in tags.indices where index + 3 < tags.count && ["VBN", "VBD"].contains(tags[index].penn) && tags[index + 1].penn == "HYPH" {
                guard tags[index + 2].penn == "RP" || tags[index + 2].universal == .adp, [.noun, .propn].contains(tags[index + 3].universal),
                      inOneSentence(index, index + 3) else { continue }
                tags[index] = adjective
            }
        }
        // `, shells fired from rebel positions struck`: a third-person present right before a past form, with no subject
        // before it, is a plural noun that form qualifies (a finite verb takes no finite verb after it; an auxiliary,
        // `has fired`, `is fired`, does).
        if let plural = tagset.tags.first(where: { $0.penn == "NNS" }) {
            for index in tags.indices where index + 1 < tags.count && tags[index].penn == "VBZ" && ["VBD", "VBN"].contains(tags[index + 1].penn) {
                let opens = index == 0 || !inOneSentence(index - 1, index) || [.punct, .det, .adp, .num, .adj].contains(tags[index - 1].universal)
                guard opens, inOneSentence(index, index + 1), !IrregularVerbs.auxiliaryForms.contains(word(index)), word(index).hasSuffix("s") else { continue }
                tags[index] = plural
            }
        }
        repairCapitalizedVerbs(&tags)
        repairMissingFiniteVerb(&tags, past: past)
        // `one civilian died`: an adjective between a number and a finite verb is the noun the number counts
        // and the verb's subject (an adjective modifies a noun that would follow it).
        for index in tags.indices where index > 0 && index + 1 < tags.count && tags[index].penn == "JJ" && tags[index - 1].penn == "CD" {
            if ["VBD", "VBZ", "VBP", "MD"].contains(tags[index + 1].penn), inOneSentence(index - 1, index + 1) { tags[index] = noun }
        }
    }

    /// The word at `index` in lower case.
    func word(_ index: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].utf8]), as: UTF8.self).lowercased()
    }

    /// Whether the word is only ever a simple past (`fought`, `retook`); a prefixed form only when no word of
    /// that spelling is known (`rebound` is a verb of its own).
    func isPastForm(_ index: Int) -> Bool {
        let word = self.word(index)
        if IrregularVerbs.pastOnly.contains(word) { return true }
        return IrregularVerbs.isPastOnly(word) && vocabulary.value(FNV.lowerHash(word)) == nil
    }

    /// Whether a base form follows a modal, `to` or `do` (`prices will rebound`, `did not rebound`): a base form.
    func isBaseAfterAuxiliary(_ index: Int, _ tags: [PartOfSpeech]) -> Bool {
        guard tags[index].penn == "VB" else { return false }
        return (max(0, index - 2)..<index).contains { before in
            tags[before].penn == "MD" || ["to", "do", "does", "did"].contains(word(before))
        }
    }

    /// Whether the word before is a subject's head (a noun or a pronoun) in the same sentence, or the sentence's first
    /// word read as an adjective (`Unrest broke out`: a noun the tagger did not know, with nothing before it to modify).
    func opensClause(before index: Int, _ tags: [PartOfSpeech]) -> Bool {
        guard index > 0, inOneSentence(index - 1, index) else { return false }
        if tags[index - 1].universal == .adj { return index == 1 || !inOneSentence(index - 2, index - 1) }
        return [.noun, .propn, .pron].contains(tags[index - 1].universal)
    }

    /// Whether token `index` follows a comma that closes a parenthesis after the sentence's subject: no verb before it
    /// in the sentence, and a noun, name or pronoun before the comma that opened the parenthesis.
    func afterParenthesis(_ index: Int, _ tags: [PartOfSpeech]) -> Bool {
        guard index > 1, tags[index - 1].penn == ",", inOneSentence(index - 1, index) else { return false }
        var cursor = index - 2
        while cursor > 0, inOneSentence(cursor, index), tags[cursor].penn != "," {
            if [.verb, .aux].contains(tags[cursor].universal) { return false }
            cursor -= 1
        }
        guard cursor > 0, tags[cursor].penn == ",", inOneSentence(cursor - 1, index) else { return false }
        let opening = cursor
        while cursor > 0, inOneSentence(cursor - 1, index) {
            cursor -= 1
            if [.verb, .aux].contains(tags[cursor].universal) { return false }
        }
        return [.noun, .propn, .pron].contains(tags[opening - 1].universal)
    }

    /// Whether the word after is a verb in the same sentence (then the form before it is no verb of its own).
    func startsVerb(after index: Int, _ tags: [PartOfSpeech]) -> Bool {
        index + 1 < tags.count && inOneSentence(index, index + 1) && [.verb, .aux].contains(tags[index + 1].universal)
    }

    /// Whether tokens `a` and `b` lie in one sentence.
    func inOneSentence(_ a: Int, _ b: Int) -> Bool {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= a { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].contains(a) && sentences[low].contains(b)
    }
}
