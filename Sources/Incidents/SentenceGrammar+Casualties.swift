import Language

/// Casualty figures read from the phrase structure: the number in the phrase a killing or wounding
/// verb takes as its victims (the subject of a passive or of `die`, the object of an active verb).
///
/// It completes the word rules of ``CountReader`` where they find nothing (`Four people including a
/// teenager were killed`, `police shot dead three farmers`).
extension SentenceGrammar {
    /// What a casualty verb counts.
    enum Toll { case killed, injured }

    /// Verb lemmas that count the dead or the wounded.
    static let tollVerbs: [String: Toll] = [
        "kill": .killed, "die": .killed, "murder": .killed, "execute": .killed, "behead": .killed, "massacre": .killed,
        "injure": .injured, "wound": .injured, "hurt": .injured,
    ]

    /// Adjectives that count after a number (`five dead`, `12 wounded`).
    static let tollAdjectives: [String: Toll] = ["dead": .killed, "injured": .injured, "wounded": .injured]

    /// Number words up to the thousands, for figures written out (`Six people`).
    static let numberWords: [String: Int] = WordLists.cardinals.merging(["hundred": 100]) { first, _ in first }

    /// The killed and injured the sentence's grammar gives, each nil when it gives none, and the people a side lost
    /// (`losing three soldiers`), who are among the killed, with the side their noun names.
    func casualties() -> (killed: Int?, injured: Int?, lost: (count: Int, side: CombatSide?)?) {
        var killed: Int?, injured: Int?, lost: (count: Int, side: CombatSide?)?
        func note(_ toll: Toll, _ value: Int?) {
            guard let value else { return }
            switch toll {
            case .killed: if killed == nil { killed = value }
            case .injured: if injured == nil { injured = value }
            }
        }
        for index in phrases where phrase(index).kind == .verb {
            let group = phrase(index)
            // `fought off an attack on their base, losing two men`: people a side loses are its dead.
            if let people = peopleLost(index) {
                note(.killed, people)
                lost = lost ?? (people, CombatSide.of(text(phrase(index + 1).head).lowercased()))
                continue
            }
            // `beat a man to death`, `hacked to death two farmers`: a manner of killing with `to death` kills its object.
            if group.voice != .passive, CountLexicon.killingManners.contains(text(group.head).lowercased()), let victims = killedToDeath(by: index) {
                note(.killed, victims)
                continue
            }
            guard let toll = Self.tollVerbs[lemma(group.head)] ?? (lemma(group.head) == "shoot" && followsDead(group) ? .killed : nil)
                ?? (losesLife(index) ? .killed : nil)
            else { continue }
            // `lost their lives`: the ones who lost them are the dead.
            if losesLife(index) {
                note(toll, victims(before: index))
                continue
            }
            let passive = group.voice == .passive && !takesObject(index)
            if passive || lemma(group.head) == "die" {
                note(toll, victims(before: index))
            } else {
                note(toll, victims(after: index))
            }
        }
        // `five dead and 12 wounded`
        for token in span where tag(token).universal == .num {
            guard token + 1 < span.upperBound, let toll = Self.tollAdjectives[lemma(token + 1)] else { continue }
            note(toll, number(at: token))
        }
        return (killed, injured, lost)
    }

    /// `lost their lives`: `lose` with `life` as its object.
    private func losesLife(_ index: Int) -> Bool {
        guard lemma(phrase(index).head) == "lose", phrases.contains(index + 1), phrase(index + 1).kind == .noun else { return false }
        return lemma(phrase(index + 1).head) == "life"
    }

    /// `losing three men`, `lost two soldiers`: the figure of people that `lose` takes as its object (not `lost their
    /// homes`, nor `lost 40 percent`).
    private func peopleLost(_ index: Int) -> Int? {
        guard lemma(phrase(index).head) == "lose", phrase(index).voice != .passive, phrases.contains(index + 1) else { return nil }
        let object = phrase(index + 1)
        guard object.kind == .noun, object.tokens.lowerBound == phrase(index).tokens.upperBound, isPeople(lemma(object.head)) else { return nil }
        return count(in: object)
    }

    /// `shot dead`: the verb group or the word after it says the victims died.
    private func followsDead(_ group: Phrase) -> Bool {
        group.tokens.upperBound < span.upperBound && lemma(group.tokens.upperBound) == "dead"
    }

    /// The figure of the nearest counted phrase before verb group `index` in its clause (`Four people including a teenager were killed`).
    /// What is killed, dies or loses its life is a living being whatever the noun (`Four municipal agents lost their lives`).
    private func victims(before index: Int) -> Int? {
        var cursor = index - 1
        while phrases.contains(cursor), index - cursor <= 5 {
            let phrase = phrase(cursor)
            if phrase.kind == .verb, lemma(phrase.head) != "include" { break }
            if phrase.tokens.contains(where: isClauseBreak) { break }
            if phrase.kind == .noun, let value = count(in: phrase, anyHead: true) { return value }
            cursor -= 1
        }
        // With no figure in reach, one person right before the verb (`a policeman was shot dead`), not one of a counted
        // group (`Six people including a child were killed` is six).
        guard phrases.contains(index - 1), phrase(index - 1).kind == .noun, !phrase(index - 1).tokens.contains(where: isClauseBreak) else { return nil }
        return onePerson(phrase(index - 1))
    }

    /// The figure of the first counted phrase after verb group `index` (`killed at least 18 people`), else one person
    /// right after it (`killing him`, `killing the driver`).
    private func victims(after index: Int) -> Int? {
        var cursor = index + 1
        while phrases.contains(cursor), cursor - index <= 3 {
            let phrase = phrase(cursor)
            if phrase.kind == .verb { break }
            if phrase.kind == .noun, let value = count(in: phrase) { return value }
            cursor += 1
        }
        return phrases.contains(index + 1) && phrase(index + 1).kind == .noun ? onePerson(phrase(index + 1)) : nil
    }

    /// The people an active verb of a manner of killing puts `to death` (`beat a man to death`, `stabbed to death two
    /// guards`): the first noun phrase after the verb other than `death`, by its number or as one person; nil without
    /// `to death` within the verb's clause.
    private func killedToDeath(by index: Int) -> Int? {
        let end = phrase(index).tokens.upperBound
        guard (end..<min(span.upperBound, end + 6)).contains(where: { lemma($0) == "to" && span.contains($0 + 1) && lemma($0 + 1) == "death" })
        else { return nil }
        var cursor = index + 1
        while phrases.contains(cursor), cursor - index <= 4 {
            let group = phrase(cursor)
            if group.kind == .verb { return nil }
            if group.kind == .noun, lemma(group.head) != "death" { return count(in: group) ?? onePerson(group) }
            cursor += 1
        }
        return nil
    }

    /// 1 for a phrase that names one person without a number: `him`, `her`, `the driver`, `a policeman`.
    /// The `dead` of `shot dead` the chunker may put at the head of the object's phrase (`dead a local teacher`) is skipped.
    private func onePerson(_ phrase: Phrase) -> Int? {
        guard !phrase.tokens.contains(where: { tag($0).universal == .num }) else { return nil }
        var tokens = phrase.tokens
        if tokens.count > 1, lemma(tokens.lowerBound) == "dead" { tokens = (tokens.lowerBound + 1)..<tokens.upperBound }
        if tokens.count == 1, ["him", "her"].contains(text(phrase.head).lowercased()) { return 1 }
        let one = isPeople(lemma(phrase.head)) && tag(phrase.head).penn == "NN" && tokens.count <= 3
            && ["a", "an", "the", "its", "his", "her", "their"].contains(text(tokens.lowerBound).lowercased())
        return one ? 1 : nil
    }

    /// Whether a noun's lemma names people (`civilian`, `soldier`, `protester`, `officer`).
    private func isPeople(_ head: String) -> Bool {
        EventLexicon.civilians.contains(head) || EventLexicon.combatants.contains(head) || EventLexicon.participants[head] != nil
            || ["other", "victim", "casualty", "policeman", "officer", "member", "guard", "worker"].contains(head)
    }

    /// The number in a phrase of people (`18 people`, `two protesters`, `Two` alone), not of things (`30 drones`);
    /// with `anyHead`, of whatever the phrase names (the subject of a toll's passive or of `die`).
    private func count(in phrase: Phrase, anyHead: Bool = false) -> Int? {
        // `a ten-year-old child`: a number written onto another word is an age or a size, not a count.
        guard let number = phrase.tokens.first(where: {
            tag($0).universal == .num && ($0 + 1 >= span.upperBound || annotated.tokens[$0 + 1].gapBefore != .none)
        }) else { return nil }
        let people = isPeople(lemma(phrase.head))
        guard anyHead || phrase.head == number || people else { return nil }
        return self.number(at: number)
    }

    /// A figure written in digits (`1,200`) or words (`six`, `twenty`).
    private func number(at token: Int) -> Int? {
        let written = text(token).replacingOccurrences(of: ",", with: "")
        if let value = Int(written) { return value }
        return Self.numberWords[lemma(token)]
    }
}
