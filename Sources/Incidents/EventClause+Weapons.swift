import Language

/// Weapons named in a sentence: which are used, and which are goods taken.
extension SentenceGrammar {
    /// Whether the word at `token` stands in goods a verb of taking took (`seized 10 rifles and several grenades`,
    /// `grenades were found`): arms held, no weapon used.
    func isTakenGoods(_ token: Int) -> Bool {
        guard var current = phrase(of: token), phrase(current).kind == .noun else { return false }
        var steps = 0
        while steps < 20, case .listed(let previous)? = link(of: current) {
            current = previous
            steps += 1
        }
        switch link(of: current) {
        case .object(let verb)?:
            return EventLexicon.takingVerbs.contains(lemma(phrase(verb).head))
        case .subject(let verb)?, .modifiedSubject(let verb)?:
            return phrase(verb).voice == .passive && EventLexicon.takingVerbs.contains(lemma(phrase(verb).head))
        default:
            return false
        }
    }

    /// The most telling weapon named in `tokens` (`suicide drone`: a drone; `missile explosion`: a missile).
    func weapon(in tokens: [Int]) -> EventLexicon.Weapon? {
        var best: EventLexicon.Weapon?
        for token in tokens where span.contains(token) && tag(token).universal != .verb {
            guard let weapon = weaponNamed(at: token), !isTakenGoods(token) else { continue }
            if best == nil || weapon.rank < best!.rank { best = weapon }
        }
        return best
    }

    /// The weapon word `token` names: `rocket-propelled grenades` are fired from the shoulder, as guns are, neither a
    /// hand grenade nor an artillery rocket.
    func weaponNamed(at token: Int) -> EventLexicon.Weapon? {
        guard let weapon = EventLexicon.weapons[lemma(token)] else { return nil }
        let propelled = { (at: Int) in span.contains(at) && self.lemma(at) == "propel" }
        if weapon == .grenade, propelled(token - 1) { return .firearm }
        if weapon == .artillery, span.contains(token + 1), text(token + 1) == "-", propelled(token + 2) { return .firearm }
        // `guided bombs`, `glide bombs`, `barrel bombs`: bombs dropped from the air, not planted.
        if weapon == .explosive, span.contains(token - 1), EventLexicon.droppedBombModifiers.contains(lemma(token - 1).lowercased()) {
            return .air
        }
        return weapon
    }

    /// The weapon named nearest to `token` in the sentence, not counting those another event's phrase owns.
    func nearestWeapon(to token: Int) -> EventLexicon.Weapon? {
        summary.freeWeapons.min { abs($0.token - token) < abs($1.token - token) }?.weapon
    }
}
