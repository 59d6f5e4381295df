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

    /// Lower-case month names and abbreviations, as readers look words up (`january`, `sept`).
    public static let monthWords: Set<String> = Set(months.map { $0.lowercased() } + monthAbbreviations.joined())
    /// Lower-case weekday names (`monday` ... `sunday`).
    public static let weekdayWords: Set<String> = Set(weekdays.map { $0.lowercased() })

    /// Clitics English splits off the word before them (Penn and Universal Dependencies style).
    public static let clitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    static let titleHashes = Set(titleAbbreviations.map { FNV.lowerHash($0) })
    static let otherHashes = Set(otherAbbreviations.map { FNV.lowerHash($0) })
}
