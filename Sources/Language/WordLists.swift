/// The project's one source of the closed word classes its tokenizer and readers need.
///
/// Open classes (verbs, nouns, names) are learned; these are the fixed conventions of written
/// English that no corpus of this size teaches reliably.
public enum WordLists {
    /// Abbreviations written with a final period that does not end a sentence when a capitalised
    /// name follows (`Gov. Gladkov`, `St. Petersburg`, `Lt. Col.`). Lower-case, without the period.
    public static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt", "maj",
        "cpl", "pvt", "adm", "cmdr", "rev", "st", "mt", "ft", "pres", "gens", "jr", "sr", "messrs", "hon",
        "supt", "insp", "brig", "cdr", "fr", "no", "nos", "vs", "v", "gov't", "amb", "det",
    ]

    /// Abbreviations with a final period that may end a sentence (`Inc.`, `Jan.`, `approx.`).
    public static let otherAbbreviations: Set<String> = Set([
        "inc", "ltd", "co", "corp", "approx", "est", "etc", "al", "dept", "univ", "assn", "bros", "ave", "blvd", "rd",
        "km", "mi", "vol", "fig",
    ] + monthAbbreviations.joined() + weekdayAbbreviations.joined())

    /// Units of length a distance from a place is measured in (`20 km north of X`, `ten kilometres from X`), lower-case.
    public static let lengthUnits: Set<String> = [
        "km", "kms", "kilometre", "kilometer", "kilometres", "kilometers", "mile", "miles", "metre", "meter", "metres", "meters",
    ]

    /// Compass points a place is said to lie towards from another (`north of X`, `north-east of X`), lower-case;
    /// a hyphenated point is two of these.
    public static let compassPoints: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    ]

    /// Month names, January first, capitalised as English writes them.
    public static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                "October", "November", "December"]
    /// The abbreviations news writes for each month (lower-case, without a period), January first.
    public static let monthAbbreviations: [[String]] = [
        ["jan"], ["feb"], ["mar"], ["apr"], [], ["jun"], ["jul"], ["aug"], ["sep", "sept"], ["oct"], ["nov"], ["dec"],
    ]
    /// Weekday names, Monday first (ISO 8601 order).
    public static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// The abbreviations news writes for each weekday (lower-case, without a period), Monday first.
    public static let weekdayAbbreviations: [[String]] = [
        ["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"], ["sun"],
    ]

    /// Cardinal numbers written as words, one to ninety (`twenty-five` is read as two of them).
    public static let cardinals: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Ordinal numbers written as words, first to twenty-first century's needs (`third`, `nineteenth`).
    public static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    ]

    /// Lower-case month names and abbreviations, as readers look words up (`january`, `sept`).
    public static let monthWords: Set<String> = Set(months.map { $0.lowercased() } + monthAbbreviations.joined())
    /// Lower-case weekday names (`monday` ... `sunday`).
    public static let weekdayWords: Set<String> = Set(weekdays.map { $0.lowercased() })

    /// Head nouns of named buildings and sites (`Sadiwa Hospital`, `Rajshahi College`, `Evin Prison`): a name
    /// ending in one names a facility, whatever kind of name the recognizer took it for.
    public static let facilityNouns: Set<String> = [
        "hospital", "clinic", "college", "school", "university", "academy", "mosque", "church", "cathedral", "temple",
        "synagogue", "shrine", "market", "bazaar", "mall", "stadium", "airport", "airbase", "station", "prison", "jail",
        "camp", "base", "barracks", "plant", "factory", "refinery", "port", "hotel", "bridge", "dam", "square", "palace",
    ]

    /// Words that put something near a place, not at it (`near X`, `on the outskirts of X`, `close to X`).
    public static let nearnessWords: Set<String> = ["near", "outside", "outskirts", "nearby", "around", "close", "vicinity"]

    /// Nouns that introduce a populated place (`the town of Shebekino`, `the port town that insurgents held`).
    public static let placeIntroducers: Set<String> = settlementNouns.union([
        "suburb", "capital", "port", "outskirts", "township", "locality", "municipality", "commune",
    ])

    /// Nouns of settlements as wholes, which an adjective before them describes (`the Kurdish town of X`, `the Christian
    /// village of X`), unlike a part's noun, which a name before it names (`the X district of Y`).
    public static let settlementNouns: Set<String> = ["town", "city", "village", "settlement", "hamlet"]

    /// Nouns of the parts a town is divided into (`the X neighbourhood`, `X district`).
    public static let townPartNouns: Set<String> = quarterNouns.union(["district", "area", "sector"])
    /// Nouns of a town's quarters (`the X neighbourhood`): a name written with one is no town of its own.
    public static let quarterNouns: Set<String> = ["neighbourhood", "neighborhood", "quarter", "suburb"]

    /// Nouns ending a street's name (`Rustaveli Avenue`): a street lies in a town, and is named after towns
    /// often enough (`Moscow Avenue` in Kharkiv) that its first word gives none.
    public static let streetNouns: Set<String> = ["street", "avenue", "boulevard", "lane", "road"]
    /// Nouns of roads between towns (`the Kaduna-Abuja highway`), named by the towns they join.
    public static let roadNouns: Set<String> = ["highway", "road", "motorway", "expressway"]
    /// Verbs by which a road names the towns it runs between (`the road linking X and Y`).
    public static let roadLinkingVerbs: Set<String> = ["link", "connect", "join"]

    /// Nouns after a name that make it a river's (`the Dnipro river`): a town's name there names no town.
    public static let riverNouns: Set<String> = ["river", "rivers", "riverbank", "riverbed"]

    /// Nouns of a line between two countries or regions (`the border with Mali`).
    public static let borderNouns: Set<String> = ["border", "frontier", "boundary"]

    /// Head nouns of institutions' names (`Bangladesh Nationalist Party`, `Kenya Medical Association`): a name of
    /// several words ending in one names an organisation, though it opens with a place. Not `union` or `bank`, which end
    /// places' names too (`the European Union`, `the West Bank`).
    public static let organizationNouns: Set<String> = [
        "party", "association", "commission", "committee", "council", "movement", "alliance", "coalition", "federation",
        "league", "ministry", "company", "corporation", "agency", "organization", "organisation", "institute",
        "foundation", "society", "group",
    ]

    /// Clitics English splits off the word before them (Penn and Universal Dependencies style).
    public static let clitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    static let titleHashes = Set(titleAbbreviations.map { FNV.lowerHash($0) })
    static let otherHashes = Set(otherAbbreviations.map { FNV.lowerHash($0) })
}
