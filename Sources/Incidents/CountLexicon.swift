import Language

/// Words the count reader knows.
enum CountLexicon {
    static let qualifiers: [(words: [String], qualifier: Count.Qualifier)] = [
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["not", "less", "than"], .atLeast),
        (["in", "excess", "of"], .atLeast), (["at", "least"], .atLeast), (["more", "than"], .atLeast),
        (["upwards", "of"], .atLeast), (["over"], .atLeast), (["as", "many", "as"], .upTo), (["up", "to"], .upTo),
        (["at", "most"], .upTo), (["fewer", "than"], .upTo), (["less", "than"], .upTo), (["under"], .upTo),
        (["close", "to"], .about), (["an", "estimated"], .about), (["estimated"], .about), (["about"], .about),
        (["around"], .about), (["approximately"], .about), (["roughly"], .about), (["some"], .about),
        (["nearly"], .about), (["almost"], .about), (["approx"], .about),
        // Words that add nothing to the figure.
        (["a", "total", "of"], .exact), (["another"], .exact), (["an", "additional"], .exact), (["a", "further"], .exact),
    ]

    /// Qualifiers of one word (`about`, `around`, `over`), which a tagger may read as a preposition before the figure.
    static let approximators: Set<String> = Set(qualifiers.filter { $0.words.count == 1 }.map { $0.words[0] })

    /// The qualifiers by first word, longest first, so a token needs one look-up.
    static let qualifiersByFirstWord: [String: [(words: [String], qualifier: Count.Qualifier)]] = {
        var byFirst: [String: [(words: [String], qualifier: Count.Qualifier)]] = [:]
        for entry in qualifiers { byFirst[entry.words[0], default: []].append(entry) }
        return byFirst.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    static let multipliers: [String: Int] = ["hundred": 100, "thousand": 1000, "million": 1_000_000]

    static let numberWords: [String: Int] = WordLists.cardinals

    /// One to ninety-nine in words, including `twenty-five`.
    static func smallNumber(_ word: String) -> Int? {
        if let value = numberWords[word] { return value }
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = numberWords[String(parts[0])], let ones = numberWords[String(parts[1])],
            tens >= 20, tens % 10 == 0, ones < 10
        else { return nil }
        return tens + ones
    }

    /// Month names and their abbreviations (`May`, `Sept`).
    static let months: Set<String> = WordLists.monthWords
    static let ageWords: Set<String> = ["aged", "age", "ages"]
    static let moneyMarks: Set<String> = ["$", "€", "£", "¥", "₴", "₽", "#", "№", "no", "number", "route", "highway", "article", "resolution"]
    /// Nouns of places a toll may be counted over (`the two places`, `the three villages`, `both neighbourhoods`).
    static let countedPlaceNouns: Set<String> = WordLists.placeIntroducers.union(WordLists.townPartNouns)
        .union(["place", "location", "site", "community"])
    /// Their plurals: a number before one counts places, not people (`died in the three villages and 40 were hurt`).
    static let countedPlacePlurals: Set<String> = Set(countedPlaceNouns.map { noun in
        noun.hasSuffix("y") ? String(noun.dropLast()) + "ies" : noun.hasSuffix("s") ? noun : noun + "s"
    })

    /// Words after a number that make it a measure, not a count of people or things.
    static let units: Set<String> = [
        "km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "meters", "metres", "meter",
        "metre", "m", "feet", "ft", "yards", "cm", "mm", "kg", "kilograms", "tons", "tonnes", "pounds", "hours", "hour",
        "minutes", "minute", "seconds", "days", "day", "weeks", "week", "months", "month", "years", "year", "decades",
        "times", "degrees", "percent", "per", "%", "dollars", "euros", "rubles", "roubles", "hryvnias", "hryvnia",
        "square", "acres", "hectares", "mph", "kph", "calibre", "caliber", "storey", "story", "floor", "floors",
    ]
    static let timeMarks: Set<String> = ["a.m", "p.m", "am", "pm", "gmt", "utc", "et", "bst", "cet", "hrs", "h", "o'clock"]
    static let oneDeterminers: Set<String> = ["the", "this", "that", "any", "no", "every", "each", "which", "someone"]
    static let yearPrepositions: Set<String> = ["in", "since", "until", "till", "by", "from", "of", "year", "before", "after", "during", "early", "late", "mid", "between"]

    /// A count right after these is part of another count.
    static let subsetWords: Set<String> = ["including", "incl", "among", "included", "includes", "excluding", "besides"]
    /// Words that make a figure one more than a figure told before (`also`, `two more`, `a further three`).
    static let additionWords: Set<String> = ["also", "more", "further", "another", "additional"]
    /// Words that open an aside inside a subject (`Ten people, including three children, were killed`).
    static let asideOpeners: Set<String> = ["including", "among", "mostly", "most", "many", "all", "both", "mainly"]

    /// Casualty words after a subject, keyed to their field.
    static let passiveEvents: [String: String] = [
        "killed": "fatalities", "dead": "fatalities", "died": "fatalities", "slain": "fatalities", "perished": "fatalities",
        "martyred": "fatalities", "deaths": "fatalities", "fatalities": "fatalities", "beheaded": "fatalities",
        "executed": "fatalities", "massacred": "fatalities", "murdered": "fatalities", "slaughtered": "fatalities",
        "lynched": "fatalities",
        // `Seventeen of the assailants were neutralised`: armies' word for enemies killed.
        "neutralised": "fatalities", "neutralized": "fatalities",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "hospitalized": "injured",
        "hospitalised": "injured", "injuries": "injured", "wounds": "injured", "burns": "injured",
        // `42 people were being treated in hospital`: the wounded who survive.
        "treated": "injured",
        "arrested": "arrested", "detained": "arrested", "arrests": "arrested", "detentions": "arrested",
        "evacuated": "evacuated", "evacuees": "evacuated",
        "abducted": "abducted", "kidnapped": "abducted", "abductions": "abducted", "kidnappings": "abducted",
    ]
    /// Participles that are also active past tenses: bare after a subject, they need a passive follower.
    static let transitiveEvents: Set<String> = [
        "killed", "injured", "wounded", "hurt", "arrested", "detained", "evacuated", "abducted", "kidnapped", "slain",
        "beheaded", "executed", "massacred", "murdered", "slaughtered", "lynched", "treated", "neutralised", "neutralized",
    ]
    /// Verbs whose object is the count (`killing 12`).
    /// Two-word verbs that take their victims as object (`shot dead four farmers`, `gunned down three`).
    static let activePhrases: [[String]: String] = [
        ["shot", "dead"]: "fatalities", ["shooting", "dead"]: "fatalities", ["gunned", "down"]: "fatalities",
        ["gunning", "down"]: "fatalities",
    ]

    static let activeVerbs: [String: String] = [
        "killing": "fatalities", "killed": "fatalities", "kills": "fatalities", "kill": "fatalities",
        "beheaded": "fatalities", "beheading": "fatalities", "executed": "fatalities", "executing": "fatalities",
        "massacred": "fatalities", "massacring": "fatalities", "murdered": "fatalities", "murdering": "fatalities",
        "slaughtered": "fatalities", "slaughtering": "fatalities", "lynched": "fatalities", "lynching": "fatalities",
        // `neutralising about 20 terrorists`: armies' word for enemies killed, as after a subject.
        "neutralised": "fatalities", "neutralising": "fatalities", "neutralized": "fatalities", "neutralizing": "fatalities",
        "wounding": "injured", "wounded": "injured", "wounds": "injured", "injuring": "injured", "injured": "injured",
        "injures": "injured", "hurting": "injured",
        "arrested": "arrested", "arresting": "arrested", "arrests": "arrested", "arrest": "arrested",
        "detained": "arrested", "detaining": "arrested", "detains": "arrested", "detain": "arrested",
        "evacuated": "evacuated", "evacuating": "evacuated", "evacuates": "evacuated", "evacuate": "evacuated",
        "abducted": "abducted", "abducting": "abducted", "abducts": "abducted", "kidnapped": "abducted",
        "kidnapping": "abducted", "kidnaps": "abducted",
    ]
    /// Double quotation marks, as reader tokens write them (a word quoted is still the word: `were "neutralised"`).
    static let doubleQuoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}"]
    /// Quotation marks of both kinds (typographic single ones fold to `'`): a figure quoted from a source (`killing 'around
    /// 10' soldiers`) is still the verb's object.
    static let quoteMarks: Set<String> = doubleQuoteMarks.union(["'"])
    /// Words that make the noun after them one known person (`the driver`, `its pilot`, `his wife`).
    static let definiteDeterminers: Set<String> = ["the", "its", "his", "her", "their"]
    /// Singular nouns for one person, civilian or fighter (`killing the driver`, `wounding its commander`).
    static let singlePersonNouns: Set<String> = EventLexicon.civilians.subtracting(["people", "family"])
        .union(EventLexicon.combatants).union(EventLexicon.relatives).union(perpetrators)
    /// Whether a word names people, singular or plural (`driver`, `soldiers`, `people`, `policemen`, `children`).
    static func isPersonNoun(_ word: String) -> Bool {
        word == "people" || word == "persons" || singlePersonNouns.contains(word) || singlePersonNouns.contains(singular(word))
    }

    /// The singular of a person noun's plural (`children` -> `child`, `policemen` -> `policeman`, `soldiers` ->
    /// `soldier`); any other word as it is.
    static func singular(_ word: String) -> String {
        if let singular = irregularPlurals[word] { return singular }
        if word.hasSuffix("men") { return String(word.dropLast(3)) + "man" }
        return word.hasSuffix("s") ? String(word.dropLast()) : word
    }
    private static let irregularPlurals: [String: String] = ["children": "child", "women": "woman", "men": "man", "wives": "wife"]

    /// One who carried an attack out, counted among its dead as ACLED counts them (`the bomber also died`).
    static let perpetrators: Set<String> = ["bomber", "attacker", "assailant", "shooter", "gunman", "hijacker", "kidnapper", "abductor", "raider"]
    /// Keys that count people, so `killing 12 protesters` still counts fatalities.
    static let personKeys: Set<String> = ["protesters"]
    /// Nouns of deaths told with their victims after `of` (`the deaths of seven civilians`).
    static let deathNouns: Set<String> = ["death", "deaths", "killing", "killings", "murder", "murders"]
    static let injuryNouns: Set<String> = ["injuries", "injury", "wounds", "burns", "fractures", "concussions"]
    /// Verbs that bring the living somewhere (`were taken to hospital`, `was rushed to a clinic`).
    static let conveyingVerbs: Set<String> = ["taken", "rushed", "admitted", "airlifted", "brought", "transported", "transferred", "flown"]
    /// Places where the wounded are cared for.
    static let careNouns: Set<String> = ["hospital", "hospitals", "clinic", "clinics", "infirmary"]
    /// Verbs of coming through alive (`survived with gunshot wounds`, `escaped with minor injuries`).
    static let survivalVerbs: Set<String> = ["survived", "escaped"]
    static let killingManners: Set<String> = [
        "beat", "beaten", "stabbed", "burned", "burnt", "hacked", "crushed", "stoned", "tortured", "shot", "starved", "trampled",
        // The participle of a clause after the event (`stormed the camp, hacking to death at least 11 people`).
        "beating", "stabbing", "burning", "hacking", "crushing", "stoning", "torturing", "shooting", "starving", "trampling",
    ]
    static let lifeTakingVerbs: Set<String> = ["claimed", "claiming", "claims", "cost", "costing", "took", "taking", "lost"]

    /// Between a subject and its casualty word: `were`, `have been`, `are feared`, `were seriously`.
    static let auxiliaries: Set<String> = [
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "reportedly", "also", "later", "all",
        "both", "each", "confirmed", "reported", "believed", "feared", "thought", "said", "known", "to", "got",
        "seriously", "critically", "severely", "badly", "lightly", "slightly", "fatally", "mortally", "gravely",
        "allegedly", "initially", "subsequently", "now", "already", "still", "apparently", "likely", "probably", "presumed",
        "suffered", "sustained", "minor", "serious", "severe", "light", "critical", "life-threatening", "multiple",
        "shrapnel", "gunshot", "moderate", "officially", "either", "may", "might", "could", "will", "would",
    ]
    /// Words that may follow a passive participle with no auxiliary (`12 killed in`, `5 injured as`).
    static let passiveFollowers: Set<String> = [
        "in", "on", "at", "and", "or", "as", "when", "after", "during", "by", "while", "since", "near", "across",
        "over", "overnight", "yesterday", "today", "tonight", "this", "last", "early", "late", "earlier", "following",
        "amid", "outside", "inside", "along", "from", "so", "including", "with", "were", "was", "are", "is",
        "before", "throughout", "around", "within", "among", "there", "here", "recently", "because",
        "but", "according", "officials", "police", "authorities", "say", "says", "said", "reported", "per",
    ]
    /// Nouns that are never casualties in a subject (`3 rockets killed 5 people`).
    static let nonPersonNouns: Set<String> = [
        "drones", "missiles", "rockets", "shells", "strikes", "airstrikes", "bombs", "attacks", "explosions",
        "blasts", "shots", "rounds", "projectiles", "grenades", "mines", "tanks", "vehicles", "buildings", "homes",
        "houses", "drone", "missile", "rocket", "shell", "strike", "airstrike", "bomb", "attack", "explosion", "blast",
        // `Three bodies were taken to hospital`: the dead, counted elsewhere, are not the wounded brought in.
        "bodies", "corpses",
    ]
    /// Words that end a subject phrase before any casualty word.
    static let phraseStops: Set<String> = [
        "which", "who", "whom", "whose", "that", "when", "where", "while", "after", "before", "as", "because", "but",
        "said", "says", "say", "told", "according", "if", "than", "then", "so", "since", "until", "to", "by", "of",
        "with", "without", "for", "not", "no", "into", "via", "against", "the", "a", "an", "and", "or",
    ]

    /// Nouns counted in a column of their own, keyed by plural.
    static let countedNouns: [String: String] = [
        "drones": "drones", "uavs": "drones", "missiles": "missiles", "rockets": "rockets", "shells": "shells",
        "protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters",
    ]
    static let singularCountedNouns: [String: String] = [
        "drone": "drones", "uav": "drones", "missile": "missiles", "rocket": "rockets", "protester": "protesters",
        "protestor": "protesters", "demonstrator": "protesters",
    ]
    /// Lower-case words that may stand between a number and a counted noun (`10 attack drones`).
    static let nounModifiers: Set<String> = [
        "attack", "kamikaze", "combat", "cruise", "ballistic", "guided", "artillery", "mortar", "tank", "unmanned",
        "enemy", "hostile", "explosive", "hypersonic", "air", "surface", "incoming", "suicide", "loitering", "naval",
        "sea", "aerial", "unidentified", "armed", "more", "other", "additional", "further", "peaceful",
        "student", "opposition", "government", "anti", "military", "heavy", "long", "range", "short",
        "strike", "reconnaissance", "fpv", "small", "large", "rocket", "shahed", "interceptor", "anti-aircraft",
    ]

    /// Nouns after `a` that stand for more than one (`a number of`, `a family of five`).
    static let collectiveNouns: Set<String> = [
        "number", "few", "handful", "lot", "host", "dozen", "hundred", "thousand", "score", "couple", "family",
        "group", "crowd", "series", "total", "wave", "convoy", "busload", "string", "majority", "minority", "third",
        "quarter", "half", "fraction", "percentage", "range", "variety", "unit", "team", "squad", "platoon",
    ]

    /// `the number of dead`, `the number of people injured`.
    static let tollNouns: [String: String] = [
        "dead": "fatalities", "deaths": "fatalities", "fatalities": "fatalities", "killed": "fatalities",
        "victims": "fatalities", "injured": "injured", "wounded": "injured", "injuries": "injured",
    ]
    static let tollQualifiers: Set<String> = ["people", "those", "civilians", "persons"]
    /// Words that say whose or how final a toll is between its article and `toll` (`a provisional toll`, `the official
    /// death toll`).
    static let tollAdjectives: Set<String> = ["provisional", "preliminary", "official", "initial", "final", "overall", "latest", "new", "revised"]
    /// Verbs by which a toll grows as it is told again (`the death toll rose to 40`, `had risen to 11`).
    static let risingVerbs: Set<String> = [
        "rose", "risen", "rises", "climbed", "climbs", "increased", "jumped", "reached", "hit", "mounted",
    ]

    /// Verbs by which a source raises its own toll (`later raised the toll to 11`, `the toll was raised to 19`,
    /// `bringing the number of dead to 14`): the figure after it replaces the first. Not `put`: another source's figure
    /// (`local sources put the toll at 30`) stands beside the official one, which stays.
    static let raisingVerbs: Set<String> = [
        "raised", "raises", "revised", "revises", "updated", "updates", "increased", "pushed",
        "bringing", "brings", "brought", "taking", "takes", "took",
    ]

    /// Verbs by which a source gives its own estimate of a toll (`residents put the toll at 14`): beside a figure told
    /// before in the sentence, a conflicting report.
    static let estimateVerbs: Set<String> = ["put", "puts", "placed", "places"]

    /// Adverbs that make a toll given after them an update of the one told before (`later put the toll at 8`).
    static let updatingAdverbs: Set<String> = ["later", "since", "subsequently", "now"]
    /// Adverbs that mark a figure as a first one, which a later figure replaces (`initially reported 11 dead`).
    static let firstFigureAdverbs: Set<String> = ["initially", "originally", "earlier"]
    /// Times after `by` that date a later figure (`by Sunday`, `by evening`).
    static let updatingTimes: Set<String> = WordLists.weekdayWords.union([
        "morning", "afternoon", "evening", "nightfall", "night", "midday", "noon", "then", "late", "dawn", "midnight", "early",
    ])

    /// Verbs that give a toll its figure without changing it (`the toll stood at 12`, `the toll is 40`).
    static let tollVerbs: Set<String> = ["stands", "stood", "stand", "is", "was", "remains", "remained", "put", "puts", "placed"]
    /// Nouns for what is told of casualties: denying them denies the telling, not the casualties (`no details of any casualties`).
    static let informationNouns: Set<String> = ["details", "detail", "information", "word", "figures", "figure", "indication", "confirmation"]

    static let exceedingVerbs: Set<String> = [
        "surpassed", "surpasses", "surpassing", "exceeded", "exceeds", "exceeding", "passed", "passes", "topped",
        "tops", "crossed", "crosses", "over",
    ]

    /// `no (immediate) (reports of) casualties`.
    static let zeroFillers: Set<String> = [
        "immediate", "immediately", "reported", "further", "other", "civilian", "serious", "major", "any", "known",
        "confirmed", "reports", "report", "of", "human", "initial", "new",
    ]
    /// Words that make a sentence's toll one the story has since replaced (`Initial reports put the toll at five`).
    static let earlierTollWords: Set<String> = ["initial", "initially", "earlier", "previously"]
    /// Participles of telling a toll, which after `had` tell an earlier one (`had put the toll at five`, `had counted 12 dead`).
    static let tellingParticiples: Set<String> = ["put", "reported", "given", "said", "announced", "estimated", "counted", "confirmed"]
    /// Gerunds by which `without` denies casualties themselves (`without causing casualties`).
    static let causingGerunds: Set<String> = ["causing", "inflicting", "leaving", "resulting"]
    static let zeroNouns: [String: [String]] = [
        "casualties": ["fatalities", "injured"], "victims": ["fatalities", "injured"],
        "deaths": ["fatalities"], "fatalities": ["fatalities"], "dead": ["fatalities"],
        "injuries": ["injured"], "injured": ["injured"], "wounded": ["injured"],
    ]
    /// What `no one was …` says: being hurt or harmed covers death too.
    static let zeroVerbs: [String: [String]] = [
        "killed": ["fatalities"], "died": ["fatalities"], "dead": ["fatalities"],
        "injured": ["injured"], "wounded": ["injured"],
        "hurt": ["fatalities", "injured"], "harmed": ["fatalities", "injured"],
    ]
    static let negations: Set<String> = ["not", "no", "without", "never", "cannot"]
    /// `civilians remained unharmed`, `the crew escaped unhurt`: nobody was killed or hurt.
    static let unharmedWords: Set<String> = ["unharmed", "unhurt", "unscathed", "uninjured"]
    /// The verbs that put a state on their subject (`were`, `remained`, `escaped`).
    static let stateVerbs: Set<String> = ["was", "were", "is", "are", "remained", "remain", "remains", "escaped", "left", "came", "emerged"]
}
