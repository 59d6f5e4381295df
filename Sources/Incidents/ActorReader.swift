import Foundation
import Language

/// Reads the armed or protesting actors a sentence names.
///
/// Three kinds, found in one pass and kept in order of mention without repeats:
/// a modified force noun (`Ukrainian forces`, `Sudanese army`, `Houthi rebels`, `Kremlin-backed forces`),
/// a named group (a capitalised run with `Legion`, `Corps`, `Brigade`, `Forces`… in it, or a well-known
/// name such as `Hamas` or `M23`), and a bare generic noun (`gunmen`, `militants`, `police`).
public enum ActorReader {
    /// The actors named in one sentence, as written.
    public static func actors(in sentence: String) -> [String] {
        actors(in: ReaderToken.tokens(of: sentence))
    }

    /// The actors named in one sentence's words, as written.
    static func actors(in tokens: [ReaderToken]) -> [String] {
        var found: [(range: Range<Int>, name: String)] = []

        func add(_ range: Range<Int>) {
            guard !found.contains(where: { $0.range.overlaps(range) }) else { return }
            let name = String(ReaderToken.quote(tokens, range))
            found.append((range, name))
        }

        // Named groups first, so `Rapid Support Forces` is not read as `Support Forces`.
        for range in namedGroups(tokens) { add(range) }
        for range in knownNames(tokens) { add(range) }
        for range in forceNouns(tokens) { add(range) }

        var seen: Set<String> = []
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
            .map(\.name)
            .filter { seen.insert($0.lowercased()).inserted }
    }

    /// Capitalised runs (with `of`, `for`, `al` inside) that contain a group word: `Freedom for Russia Legion`,
    /// `Armed Forces of Ukraine`, `Wagner Group`.
    static func namedGroups(_ tokens: [ReaderToken]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalized || tokens[index].lower.hasPrefix("al-") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count {
                if tokens[end].kind == .word, tokens[end].isCapitalized || tokens[end].lower.hasPrefix("al-") {
                    end += 1
                } else if ActorLexicon.nameConnectors.contains(tokens[end].lower), end + 1 < tokens.count,
                    tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized
                {
                    end += 2
                } else {
                    break
                }
            }
            defer { index = end }
            guard let last = (index..<end).last(where: { ActorLexicon.groupWords.contains(tokens[$0].lower) }) else { continue }
            var start = index
            // Sentence openers and titles are not part of a name: `The Rapid Support Forces`, `Monday Wagner Group`.
            while start < last, ActorLexicon.notNameStarts.contains(tokens[start].lower) { start += 1 }
            var stop = last + 1
            // `Armed Forces of Ukraine`, `Army of Islam`: the `of` phrase belongs to the name.
            if stop < end, tokens[stop].lower == "of" || tokens[stop].lower == "for" {
                var next = stop + 1
                while next < end, tokens[next].isCapitalized { next += 1 }
                if next > stop + 1 { stop = next }
            }
            let words = tokens[start..<stop].map(\.lower)
            if words.contains(where: ActorLexicon.nonArmedGroupWords.contains) { continue }
            // `Eastern Front`, `the Army` alone, `Group`: a direction or a bare group word is not a name.
            if stop - start == 1 { continue }
            if stop - start == 2, ActorLexicon.directions.contains(words[0]) { continue }
            ranges.append(start..<stop)
        }
        return ranges
    }

    /// Well-known armed groups named without a group word: `Hamas`, `Boko Haram`, `Islamic State`, `M23`.
    static func knownNames(_ tokens: [ReaderToken]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for index in tokens.indices where tokens[index].kind != .mark {
            guard let names = ActorLexicon.knownNamesByFirstWord[tokens[index].lower] else { continue }
            for name in names where index + name.count <= tokens.count {
                guard zip(name, tokens[index..<index + name.count]).allSatisfy({ $0 == $1.lower }) else { continue }
                // Acronyms and names are capitalised: `is` and `rsf` in running text are not groups.
                guard tokens[index].isCapitalized || tokens[index].kind == .number || tokens[index].lower.hasPrefix("al") else { continue }
                ranges.append(index..<index + name.count)
                break
            }
        }
        return ranges
    }

    /// Force and generic nouns with their modifiers: `Ukrainian forces`, `pro-Russian separatist forces`,
    /// `government troops`, `Houthi rebels`, and bare `gunmen` or `police`.
    static func forceNouns(_ tokens: [ReaderToken]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for index in tokens.indices where tokens[index].kind == .word {
            // Lower-case in running text; a capital only where a sentence or quote starts (`Gunmen killed …`).
            if tokens[index].isCapitalized, index > 0, tokens[index - 1].kind != .mark { continue }
            let noun = tokens[index].lower
            // `armed men`, `masked men`: men are an actor only when armed or unknown.
            if noun == "men", index > 0, ActorLexicon.armedMenModifiers.contains(tokens[index - 1].lower) {
                ranges.append(index - 1..<index + 1)
                continue
            }
            guard ActorLexicon.forceNouns.contains(noun) || ActorLexicon.genericNouns.contains(noun) else { continue }
            var end = index + 1
            if ActorLexicon.adjectivalForceNouns.contains(noun), end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized {
                let next = tokens[end].lower
                if ActorLexicon.personnelNouns.contains(next) {
                    // `police officers`, `army soldiers`.
                    end += 1
                } else if !ActorLexicon.nounFollowers.contains(next) {
                    // `military equipment`, `police station`: an adjective, not an actor.
                    continue
                }
            }
            var start = index
            while start > 0, index - start < 3, isModifier(tokens[start - 1]) { start -= 1 }
            if start == index, !ActorLexicon.genericNouns.contains(noun) { continue }
            ranges.append(start..<end)
        }
        return ranges
    }

    /// A word that can name whose force it is: a capitalised word, `pro-X`, `X-backed`, `government`.
    static func isModifier(_ token: ReaderToken) -> Bool {
        guard token.kind == .word, CountLexicon.smallNumber(token.lower) == nil else { return false }
        if token.isCapitalized || token.lower.hasPrefix("al-") { return !ActorLexicon.notNameStarts.contains(token.lower) }
        if ActorLexicon.modifierWords.contains(token.lower) { return true }
        if token.lower.hasPrefix("pro-") || token.lower.hasPrefix("anti-") { return true }
        return ActorLexicon.modifierSuffixes.contains { token.lower.hasSuffix($0) }
    }
}

/// Words the actor reader knows.
enum ActorLexicon {
    /// Words that make a capitalised run a group's name.
    static let groupWords: Set<String> = [
        "legion", "legions", "corps", "brigade", "brigades", "battalion", "battalions", "army", "armies", "front",
        "movement", "forces", "force", "militia", "militias", "group", "guards", "guard", "regiment", "navy",
        "gang", "gangs", "cartel", "cartels",
    ]
    /// Group words after a place that make it a non-state group's name or home (`the Sinaloa cartel`, `the Donetsk
    /// militia`). Not a unit's (`the Lahore corps commander`'s residence is in Lahore) nor a front line (`the Bakhmut front`).
    static let groupWordsAfterPlace: Set<String> = ["gang", "gangs", "cartel", "cartels", "militia", "militias"]
    /// Capitalised runs with these are not armed groups (`International Crisis Group`, `Peace Corps`).
    static let nonArmedGroupWords: Set<String> = [
        "crisis", "eurasia", "media", "research", "working", "contact", "rights", "advocacy", "consulting",
        "investment", "bank", "peace", "press", "salvation", "olympic", "task", "coast", "seven", "twenty",
    ]
    static let directions: Set<String> = ["eastern", "western", "northern", "southern", "southeastern", "northeastern", "southwestern", "northwestern", "home"]
    static let nameConnectors: Set<String> = ["of", "for", "al", "el", "de", "du", "and", "the"]
    /// Capitalised words that open a sentence or a title rather than a name.
    static let notNameStarts: Set<String> = WordLists.weekdayWords.union([
        "the", "a", "an", "on", "in", "at", "by", "for", "and", "but", "as", "after", "before", "when", "while",
        "yesterday", "today", "meanwhile", "however", "some", "many", "several", "both", "all", "two", "three", "four",
        "five", "this", "that", "these", "those", "his", "her", "their", "its", "our", "it", "we", "they", "he", "she",
        "if", "also", "earlier", "later", "last", "overnight", "according", "one", "no", "other", "more", "most",
    ])
    /// Force nouns that need a modifier to name an actor (`Russian forces`; bare `forces` names no one).
    static let forceNouns: Set<String> = [
        "forces", "troops", "army", "military", "soldiers", "navy", "militia", "militias", "paramilitaries",
        "marines", "servicemen", "fighters", "units", "guards", "commandos", "gendarmes", "gendarmerie",
        "separatists", "loyalists", "jihadists", "extremists", "insurgents", "rebels", "militants", "police",
        "gunmen", "protesters", "demonstrators", "policemen",
    ]
    /// Nouns that name an actor on their own.
    static let genericNouns: Set<String> = [
        "gunmen", "militants", "rebels", "insurgents", "jihadists", "bandits", "protesters", "protestors",
        "demonstrators", "rioters", "police", "policemen", "militiamen", "attackers", "assailants", "separatists",
        "kidnappers", "pirates", "extremists", "terrorists", "paramilitaries", "settlers", "vigilantes",
    ]
    /// Institutions and office-holders that act for a place (`Mozambique's government`, `Israel's defense minister`).
    static let institutionNouns: Set<String> = [
        "government", "ministry", "minister", "president", "leader", "regime", "junta", "administration", "authority",
        "authorities", "official", "officials", "parliament", "cabinet", "embassy", "envoy", "delegation", "spokesman",
        "spokesperson", "negotiator", "negotiators", "command", "commander", "agency", "service", "services",
        "ambassador", "ambassadors", "consul", "consulate", "diplomat", "diplomats",
    ]
    /// Force nouns also used as adjectives (`military equipment`).
    static let adjectivalForceNouns: Set<String> = ["military", "army", "police", "militia", "navy"]
    static let personnelNouns: Set<String> = ["officers", "officer", "units", "personnel", "troops", "soldiers", "commandos", "forces"]
    /// Words after an adjectival force noun that show it is the noun (`police said`, `the army in Kharkiv`).
    static let nounFollowers: Set<String> = [
        "said", "says", "say", "reported", "claimed", "announced", "has", "have", "had", "was", "were", "is", "are",
        "and", "or", "in", "on", "at", "of", "from", "to", "near", "with", "after", "during", "killed", "shot",
        "opened", "fired", "attacked", "stormed", "arrested", "detained", "launched", "carried", "took", "seized",
        "captured", "retook", "withdrew", "used", "clashed", "entered", "raided", "also", "later", "would",
        "will", "could", "did", "told", "confirmed", "denied", "stated", "spokesman", "spokesperson",
    ]
    /// Lower-case modifiers that say whose force it is.
    static let modifierWords: Set<String> = [
        "government", "security", "armed", "rebel", "separatist", "opposition", "paramilitary", "federal", "state",
        "regime", "riot", "allied", "coalition", "islamist", "jihadist", "tribal", "militia", "junta", "border",
        "national", "regular", "special", "local", "unidentified", "unknown", "masked", "suspected",
    ]
    static let armedMenModifiers: Set<String> = ["armed", "masked", "unidentified", "unknown", "gunmen", "hooded"]
    /// `Kremlin-backed forces`, `Iran-aligned militias`, `Moscow-installed police`.
    static let modifierSuffixes: [String] = ["-backed", "-led", "-aligned", "-allied", "-installed", "-controlled", "-linked", "-affiliated", "-supported", "-based"]

    /// Armed groups named without a group word, by first lower-cased word.
    static let knownNamesByFirstWord: [String: [[String]]] = {
        let names: [[String]] = [
            ["hamas"], ["hezbollah"], ["hizbollah"], ["hizballah"], ["al-shabaab"], ["al-shabab"], ["al", "shabaab"],
            ["boko", "haram"], ["isis"], ["isil"], ["isis-k"], ["iswap"], ["islamic", "state"], ["daesh"], ["taliban"],
            ["m23"], ["houthis"], ["houthi"], ["ansar", "allah"], ["rsf"], ["wagner"], ["al-qaeda"], ["al-qaida"],
            ["al", "qaeda"], ["aqap"], ["jnim"], ["pkk"], ["ypg"], ["sdf"], ["hts"], ["hayat", "tahrir", "al-sham"],
            ["islamic", "jihad"], ["adf"], ["eln"], ["farc"], ["tatmadaw"], ["idf"], ["azov"], ["hizb", "ut-tahrir"],
            ["janjaweed"], ["fano"], ["tplf"], ["kataib", "hezbollah"], ["al-nusra"], ["ltte"], ["lra"],
        ]
        var byFirst: [String: [[String]]] = [:]
        for name in names { byFirst[name[0], default: []].append(name) }
        // Longest first, so `Islamic State` wins over a shorter reading.
        return byFirst.mapValues { $0.sorted { $0.count > $1.count } }
    }()

    /// Whether a lower-cased word looks like a people's adjective (`russian`, `sudanese`, `israeli`, `turkish`).
    static func isDemonym(_ word: String) -> Bool {
        if demonyms.contains(word) { return true }
        guard word.count > 4 else { return false }
        return demonymEndings.contains { word.hasSuffix($0) }
    }

    static let demonymEndings: [String] = ["ian", "ean", "ese", "ish", "ani", "eli", "aqi", "iti", "can", "ic"]
    static let demonyms: Set<String> = ["thai", "greek", "czech", "dutch", "french", "swiss", "iraqi", "omani", "malian", "afghan", "yemeni", "saudi", "emirati"]
}
