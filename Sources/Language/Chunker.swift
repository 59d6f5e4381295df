/// Shallow phrases from part-of-speech tags: noun phrases, verb groups and prepositional phrases.
///
/// Rules over tags, in one left-to-right pass per sentence (the structure of English noun and verb
/// groups is fixed enough that tags decide it; no word is looked up by spelling except through
/// its lemma: forms of `be`/`get` make a passive, `have` a perfect, `will`/`shall` a future).
struct Chunker {
    let tags: UnsafeBufferPointer<PartOfSpeech>
    let tokens: UnsafeBufferPointer<Token>
    let lemma: (Int) -> String

    func chunk(_ sentence: Range<Int>, into phrases: inout [Phrase]) {
        var position = sentence.lowerBound
        let sentenceStart = phrases.count
        while position < sentence.upperBound {
            if let end = nounPhraseEnd(from: position, limit: sentence.upperBound) {
                phrases.append(nounPhrase(position..<end))
                position = end
            } else if let end = verbGroupEnd(from: position, limit: sentence.upperBound) {
                phrases.append(verbGroup(position..<end))
                position = end
            } else if tags[position].universal == .adp || (tags[position].universal == .sconj && tags[position].penn == "IN") {
                phrases.append(Phrase(kind: .prepositional, tokens: position..<position + 1, head: position))
                position += 1
            } else {
                position += 1
            }
        }
        link(phrases: &phrases, from: sentenceStart)
    }

    /// Prepositions of place, after which a participle before a name is read as the name's modifier.
    static let placePrepositions: Set<String> = ["in", "at", "near", "around", "inside", "outside", "across", "throughout"]

    /// Where a noun phrase starting at `start` ends, if one starts there.
    func nounPhraseEnd(from start: Int, limit: Int) -> Int? {
        var position = start
        var lastNominal: Int?
        while position < limit {
            let tag = tags[position]
            switch tag.universal {
            case .det, .adj, .num:
                // A determiner after the head starts a new phrase (`Kyiv this morning`).
                if lastNominal != nil && tag.universal == .det { return lastNominal.map { $0 + 1 } }
            case .noun, .propn:
                lastNominal = position
            case .pron:
                if tag.penn == "PRP$" || tag.penn == "WP$" { break }  // a possessive opens the phrase
                if lastNominal == nil && position == start { return position + 1 }
                return lastNominal.map { $0 + 1 }
            case .part where tag.penn == "POS":
                guard lastNominal != nil else { return nil }  // `Russia 's forces`
            case .adv:
                // `about 10 drones`, `very large`: an adverb inside a phrase before its head.
                guard position + 1 < limit,
                    [.adj, .num].contains(tags[position + 1].universal) || isComparisonInQuantity(position + 1, start: start, limit: limit)
                else {
                    return lastNominal.map { $0 + 1 }
                }
            case .adp where lastNominal == nil && isComparisonInQuantity(position, start: start, limit: limit),
                .sconj where lastNominal == nil && isComparisonInQuantity(position, start: start, limit: limit):
                // `more than 20 people`, `fewer than ten`: a comparison inside a quantity, not a preposition.
                break
            case .verb where position == start && ["VBG", "VBN"].contains(tag.penn) && position > 0 && position + 1 < limit
                && tags[position + 1].universal == .propn && Self.placePrepositions.contains(lemma(position - 1).lowercased()):
                // `in neighbouring X`, `in occupied Melitopol`: a participle between a preposition of place and a name
                // describes the name.
                break
            case .punct where tag.penn == "HYPH" && tokens[position].gapBefore == .none:
                guard lastNominal != nil || position > start, position + 1 < limit, tokens[position + 1].gapBefore == .none else {
                    return lastNominal.map { $0 + 1 }
                }
            default:
                return lastNominal.map { $0 + 1 }
            }
            position += 1
        }
        return lastNominal.map { $0 + 1 }
    }

    /// Whether `than` at `position` compares a quantity (`more than 20`, `fewer than ten`): after a comparative
    /// inside the phrase, before a number.
    func isComparisonInQuantity(_ position: Int, start: Int, limit: Int) -> Bool {
        position > start && ["JJR", "RBR"].contains(tags[position - 1].penn) && position + 1 < limit
            && tags[position + 1].universal == .num && lemma(position) == "than"
    }

    func nounPhrase(_ range: Range<Int>) -> Phrase {
        // The head is the last nominal: `the Belgorod region` -> region; a possessive's owner is not (`Russia's defence ministry`).
        var head = range.upperBound - 1
        while head > range.lowerBound, !tags[head].universal.isNominal, tags[head].universal != .num { head -= 1 }
        return Phrase(kind: .noun, tokens: range, head: head)
    }

    /// Where a verb group starting at `start` ends: auxiliaries, negation, adverbs, `to`, the verb, particles.
    func verbGroupEnd(from start: Int, limit: Int) -> Int? {
        var position = start
        var lastVerb: Int?
        while position < limit {
            let tag = tags[position]
            switch tag.universal {
            case .aux, .verb:
                lastVerb = position
            case .part where tag.penn == "RB" || tag.penn == "TO":
                break  // not, n't, to
            case .adv:
                // Only between verbs (`has already been`, `was reportedly hit`).
                guard position + 1 < limit, tags[position + 1].universal.isVerbal || tags[position + 1].universal == .adv
                        || tags[position + 1].universal == .part else { return lastVerb.map { $0 + 1 } }
            case .adp where tag.penn == "RP":
                guard lastVerb != nil else { return nil }  // shot down, blew up
            default:
                return lastVerb.map { $0 + 1 }
            }
            position += 1
        }
        return lastVerb.map { $0 + 1 }
    }

    func verbGroup(_ range: Range<Int>) -> Phrase {
        var head = range.upperBound - 1
        while head > range.lowerBound, !tags[head].universal.isVerbal { head -= 1 }
        // The main verb is the last full verb; a group of auxiliaries alone is headed by its last one (a copula).
        var main = head
        while main > range.lowerBound, tags[main].universal != .verb { main -= 1 }
        if tags[main].universal == .verb { head = main }
        var phrase = Phrase(kind: .verb, tokens: range, head: head)
        var hasBe = false, hasHave = false, hasOtherVerb = false, finite: PartOfSpeech?
        for position in range {
            let tag = tags[position]
            if tag.universal == .part && tag.penn == "RB" { phrase.isNegated = true }
            guard tag.universal.isVerbal, position != head else { continue }
            if finite == nil, ["VBD", "VBZ", "VBP", "MD"].contains(tag.penn) { finite = tag }
            let lemma = lemma(position)
            if lemma == "be" || lemma == "get" { hasBe = true }
            if lemma == "have" { hasHave = true }
            if lemma != "be" && lemma != "get" && lemma != "have" && !tag.isModal { hasOtherVerb = true }
            if tag.isModal {
                if lemma == "will" || lemma == "shall" { phrase.tense = .future } else { phrase.modal = lemma }
            }
        }
        let headTag = tags[head]
        if finite == nil, ["VBD", "VBZ", "VBP", "MD"].contains(headTag.penn) { finite = headTag }
        if headTag.isParticiple && headTag.universal == .verb {
            // `was shelled`, `has been hit`; a bare participle is a reduced passive (`a village shelled by`). A participle
            // after another verb with no `be` is no passive (`M23 rebels seized`, the noun read as a verb).
            phrase.voice = hasBe || (!hasHave && !hasOtherVerb) ? .passive : .active
        } else {
            phrase.voice = .active
        }
        // `has fluctuated sharply` with the adverb mistagged as the group's last verb is still perfect:
        // a past participle right after `have` makes it so, whatever the tagger made of the words after.
        let participleAfterHave = range.dropFirst().contains { position in
            var before = position - 1
            while before > range.lowerBound, tags[before].universal == .adv || tags[before].universal == .part { before -= 1 }
            return tags[position].penn == "VBN" && lemma(before) == "have"
        }
        phrase.isPerfect = hasHave && (headTag.isParticiple || participleAfterHave)
        if phrase.tense == nil {
            switch finite?.penn {
            case "VBD": phrase.tense = .past
            case "VBZ", "VBP": phrase.tense = .present
            case "MD": phrase.tense = phrase.modal == nil ? .future : .present
            default: phrase.tense = .nonFinite
            }
        }
        return phrase
    }

    /// Objects and attachments of the prepositional phrases of one sentence.
    func link(phrases: inout [Phrase], from first: Int) {
        var lastVerb: Int?
        for index in first..<phrases.count {
            // A semicolon joins two clauses: nothing after it hangs on a verb or a noun before it
            // (`... wounded a woman; in the X community, a drone struck a car`).
            let opensClause = index > first
                && (phrases[index - 1].tokens.upperBound..<phrases[index].tokens.lowerBound).contains { lemma($0) == ";" }
            if opensClause { lastVerb = nil }
            switch phrases[index].kind {
            case .verb: lastVerb = index
            case .noun: break
            case .prepositional:
                let end = phrases[index].tokens.upperBound
                if index + 1 < phrases.count, phrases[index + 1].kind == .noun, phrases[index + 1].tokens.lowerBound == end {
                    phrases[index].object = index + 1
                }
                let previous = index > first && !opensClause ? index - 1 : nil
                if let previous, phrases[previous].kind == .noun, phrases[previous].tokens.upperBound == phrases[index].tokens.lowerBound
                    || lemma(phrases[index].head) == "of" {
                    phrases[index].attachment = previous
                } else if let previous, phrases[previous].kind == .prepositional, phrases[previous].object == nil,
                          phrases[previous].tokens.upperBound + 3 >= phrases[index].tokens.lowerBound {
                    // `a strike on a flat in X`, with `a flat` read as an adjective and left out of any phrase: the
                    // second preposition hangs where the first does, not on the verb before them.
                    phrases[index].attachment = phrases[previous].attachment
                } else {
                    phrases[index].attachment = lastVerb
                }
                // `..., sources said, while an ambush the same day outside X left five dead`: a subordinating conjunction
                // opens a clause of its own; what follows it hangs on that clause's verb, not on the verb before it.
                if tags[phrases[index].head].universal == .sconj { lastVerb = nil }
            }
        }
    }
}
