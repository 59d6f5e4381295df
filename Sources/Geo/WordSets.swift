import Language

/// Small fixed vocabularies the recogniser consults, kept as hashes of lower-case ASCII words.
///
/// These are general English news conventions, not lists of a particular text's non-places.
enum WordSets {
    static func hash(_ word: String) -> UInt64 { NameKey.hash(word.utf8) }
    static func hashes(_ words: [String]) -> WordHashSet { WordHashSet(words.map(hash)) }

    /// Titles and roles that introduce a person's name (`Gov. Vyacheslav Gladkov`, `President Vladimir Putin`).
    static let titles = hashes([
        "president", "gov", "governor", "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative",
        "minister", "prime", "gen", "general", "col", "colonel", "lt", "lieutenant", "capt", "captain", "sgt", "sergeant",
        "king", "queen", "prince", "princess", "pope", "judge", "justice", "mayor", "chancellor", "secretary",
        "ambassador", "spokesperson", "spokesman", "spokeswoman", "commander", "sheikh", "emir", "sultan", "premier",
        "chairman", "chairwoman", "director", "chief", "officer", "adm", "admiral", "maj", "major", "prof", "professor",
        "rev", "reverend", "father", "sister", "brother", "lord", "lady", "sir", "dame", "deputy", "vice", "speaker",
        "leader", "coach", "pres", "ceo", "anchor", "correspondent", "reporter", "editor", "patriarch", "ayatollah",
        "cardinal", "bishop", "rabbi", "imam", "commissioner", "attorney", "detective", "sheriff", "officer", "agent",
        "cpl", "pvt", "marshal", "field", "saint",
    ])

    /// Verbs of saying that follow a person's name (`Hayes said`).
    static let speechVerbs = hashes([
        "said", "says", "told", "added", "wrote", "tweeted", "posted", "stated", "noted", "explained", "argued",
        "claimed", "insisted", "warned", "announced", "asked", "replied", "responded", "urged", "acknowledged",
        "confirmed", "denied", "admitted", "recalled", "testified",
    ])

    /// Never places in news: months, weekdays, and seats of power used for governments.
    /// Month names and their abbreviations (`Sept`, `Dec`), as written after a dateline's city.
    static let monthWords = hashes(Array(WordLists.monthWords))

    static let blockedKeys = hashes((WordLists.months + WordLists.weekdays).map { $0.lowercased() } + WordLists.monthAbbreviations.joined() + [
        "kremlin", "the kremlin", "white house", "pentagon", "downing street", "whitehall", "capitol hill", "capitol",
        // Adjectives of seas and oceans that name towns in the gazetteer (`Pacific`, Missouri); the seas,
        // oceans and regions themselves (`Black Sea`, `Middle East`, `Balkans`) are gazetteer entries.
        "elysee", "elysee palace", "pacific", "atlantic", "antarctic", "mediterranean",
        "baltic", "gulf", "quai d orsay", "foggy bottom", "zhongnanhai", "bankova", "blue house",
        "christmas", "easter", "ramadan", "eid", "god", "allah", "jesus", "internet", "earth", "moon", "mars",
    ])

    /// Frequent words that start sentences or fill title-case headlines, never names by themselves.
    static let common = hashes([
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "there", "here", "what", "when", "where", "who", "why", "how", "while",
        "after", "before", "during", "since", "until", "but", "and", "or", "so", "yet", "if", "as", "at", "by", "for",
        "from", "in", "into", "on", "of", "to", "with", "without", "about", "above", "across", "against", "along",
        "among", "around", "behind", "below", "beside", "between", "beyond", "despite", "down", "inside", "near", "off",
        "onto", "outside", "over", "past", "through", "throughout", "toward", "towards", "under", "up", "upon", "within",
        "also", "already", "however", "meanwhile", "earlier", "later", "today", "yesterday", "tomorrow", "now", "then",
        "some", "many", "most", "more", "several", "all", "both", "each", "every", "no", "not", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "last", "next", "other",
        "another", "such", "only", "even", "still", "just", "asked", "said", "says", "according", "remember", "watch",
        "read", "see", "update", "updated", "breaking", "live", "new", "sort", "posts", "men", "women", "people",
        "police", "officials", "authorities", "residents", "troops", "forces", "drones", "drone", "attack", "attacks",
        "video", "photos", "image", "images", "advertisement", "related", "analysis", "opinion", "context", "background",
        "note", "editor", "editors", "source", "sources", "more", "less", "again", "once", "well", "yes", "like",
        "ukrainian", "russian", "american", "british", "graduates", "alleged", "anti", "pro", "former", "ex", "top",
        "day", "week", "month", "year", "morning", "evening", "night", "afternoon", "will", "would", "can", "could",
        "should", "may", "might", "must", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
        "did", "not", "hit", "hits", "kills", "killed", "strike", "strikes", "says", "say", "war", "news", "report",
        "reports", "government", "state", "city", "town", "village", "region", "county", "district", "island",
        "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "mid", "upper",
        "lower", "greater", "old", "big", "little", "long", "high", "low", "free", "union", "independence", "victory",
        "liberty", "hope", "unity", "progress", "friendship", "peace", "mission", "church", "bank", "centre", "center",
    ])

    /// `of`, which joins a title to its place (`Governor of Bryansk`).
    static let of = hash("of")
    static let city = hash("city")

    /// Lower-case words allowed inside multi-word names (`Bosnia and Herzegovina`, `Rostov-on-Don`).
    static let connectors = hashes([
        "of", "on", "upon", "de", "del", "la", "le", "el", "al", "and", "na", "sur", "am", "an", "der", "du", "des",
        "da", "do", "dos", "das", "y", "the", "di", "van", "von", "bin", "en", "im", "ob", "pod", "nad", "sous",
    ])

    /// Particles inside Romance names (`San Juan de Lurigancho`, `Santa Cruz de la Sierra`, `Lula da Silva`), which the
    /// recognizer may read as the gap between two names.
    static let nameParticles = hashes(["de", "del", "da", "do", "dos", "das", "di", "du", "des"])
    /// Articles after a particle inside a Romance name (`de la`, `de los`).
    static let particleArticles = hashes(["la", "las", "los", "le", "les"])

    /// Nouns after a name that make it a populated place or a site in one (`Karpaty village`, `Ilsky oil refinery`).
    static let featureNouns = hashes([
        "village", "town", "city", "settlement", "hamlet", "refinery", "airport", "airfield", "port", "harbor",
        "harbour", "base", "airbase", "plant", "depot", "station", "suburb", "suburbs", "outskirts", "municipality",
        "neighborhood", "neighbourhood", "township", "camp", "checkpoint", "crossing", "hospital", "market", "mine",
        "dam", "bridge", "factory", "facility", "area", "residents", "mayor", "villages", "towns", "cities", "commune",
    ])
    /// Nouns after a name that make it a river's (`the Dnipro river`, `the Jordan River`).
    static let rivers = hashes(Array(WordLists.riverNouns))
    /// `a`, `an`: an apposition that opens with one describes the name before it (`X, a village in Y`).
    static let indefiniteArticles = hashes(["a", "an"])

    /// Settlement nouns (`town`, `village`), whose describing word before them is no name (`the Kurdish town of X`).
    static let settlementNouns = hashes(WordLists.settlementNouns.sorted())

    /// Words before `of X` that announce a populated place (`the town of Shebekino`).
    static let placeIntroducers = hashes(WordLists.placeIntroducers.sorted())

    /// Place nouns that introduce a settlement as one readers are not expected to know (`the town of X`, `X
    /// village`); `city`, `capital` and `port` are left out, as famous places are introduced with them too.
    static let smallSettlementNouns = hashes(["village", "town", "hamlet", "settlement", "township", "locality"])
    /// Nouns of a town's quarters (`the Bonfim neighbourhood`): the name is a part of a town, never a town elsewhere.
    static let quarterNouns = hashes(WordLists.quarterNouns.sorted())

    /// Lower-case nouns that make the name written right before them a place's (`the Kfar Dalim area`, `Bir Ali
    /// village`), whatever the recognizer read it as.
    static let placeNounsAfterName = hashes([
        "area", "village", "town", "hamlet", "settlement", "neighborhood", "neighbourhood", "suburb", "locality",
    ])

    /// Words that put the event near, not at, the place.
    static let nearWords = hashes(Array(WordLists.nearnessWords))

    /// Prepositions of location before a name.
    static let locativePrepositions = hashes([
        "in", "at", "near", "from", "to", "into", "outside", "across", "around", "toward", "towards", "over", "on",
        "inside", "through", "via", "between", "and", "of", "off",
    ])

    /// Adjectives of nearness before a container's name (`X, in neighbouring Y district`).
    static let neighbourWords = hashes(["neighbouring", "neighboring", "nearby", "adjacent"])

    /// Direction adjectives before a country or region (`southern Russia`).
    static let directions = hashes([
        "southern", "northern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
        "southwestern",
    ] + Array(WordLists.compassPoints))

    /// Common words that open names of places when capitalised (`Lower Shabelle`, `Upper Nile`, `Greater Pibor`).
    static let namePrefixes = hashes(["lower", "upper", "middle", "greater", "central", "north", "south", "east", "west",
                                      "northern", "southern", "eastern", "western", "new", "old"])

    static let lengthUnits = hashes(Array(WordLists.lengthUnits))

    static let waters = hashes(["waters"])

    static let coordinators = hashes(["and", "or"])

    /// Words after a name that show it is not an adjective (`in the US on Monday`, `the UK and France`).
    static let functionWords = hashes([
        "on", "in", "at", "and", "or", "to", "for", "from", "with", "by", "of", "as", "is", "was", "are", "were", "has",
        "have", "had", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "do", "but",
        "since", "after", "before", "during", "until", "over", "into", "against", "last", "this", "next", "on", "itself",
        "that", "which", "who", "where", "when", "while", "because", "if", "than", "via", "under", "amid",
        // Prepositions and adverbs of time or place: a name before them stands on its own (`in X near the border`).
        "near", "outside", "inside", "around", "across", "along", "alongside", "between", "among", "toward", "towards",
        "through", "throughout", "within", "beyond", "behind", "beside", "despite", "upon", "onto", "also", "again",
        "overnight", "yesterday", "today", "tonight", "earlier", "late", "early",
    ])

    static let `in` = hash("in")

    /// Ordinary English words that are also names of small towns: accepted only with a cue.
    static let englishWordNames = hashes([
        "freedom", "alliance", "liberty", "hope", "unity", "independence", "victory", "union", "justice", "progress",
        "friendship", "peace", "harmony", "concord", "commerce", "enterprise", "industry", "opportunity", "paradise",
        "eden", "energy", "security", "defiance", "reform", "republic", "truth", "surprise", "welcome", "comfort",
        "mission", "temple", "bank", "march", "may", "august", "independent", "democrat", "liberal", "social",
        "national", "federal", "central", "general", "royal", "golden", "green",
        "chester", "lincoln",
        "marion", "clinton", "franklin", "jackson", "madison", "hamilton", "trump", "biden", "obama", "bush",
        "kennedy", "carter", "reagan", "nixon", "johnson", "harris", "warren", "sanders", "pence", "graham",
        "stewart", "murray", "mitchell", "young", "price", "wood", "king", "page", "story", "mobile", "reading",
        "nice", "bath", "split", "most", "cork", "derby", "orange", "normal", "ransom", "usual", "south", "north",
        "east", "west", "midwest", "center", "centre", "middle", "western",
        "eastern", "northern", "southern", "coast", "island", "valley", "city", "state", "capital",
        // Institutions written with a capital that are also towns (`The Police in Zambia said`: Police, Poland).
        "police", "army", "navy", "government", "parliament", "congress", "senate", "court",
    ])
}
