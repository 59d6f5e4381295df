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
        "supt", "insp", "brig", "cdr", "fr", "sgt", "no", "nos", "vs", "v", "gov't", "amb", "det",
    ]

    /// Abbreviations with a final period that may end a sentence (`Inc.`, `Jan.`, `approx.`).
    public static let otherAbbreviations: Set<String> = Set([
        "inc", "ltd", "co", "corp", "approx", "est", "etc", "al", "dept", "univ", "assn", "bros", "ave", "blvd", "rd",
        "km", "mi", "vol", "fig",
    ]).union(monthAbbreviations).union(weekdayAbbreviations)

    /// The months, lower-case (`january` ... `december`).
    public static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
    /// Month abbreviations as news writes them, lower-case, without the period (`jan`, `sept`).
    public static let monthAbbreviations: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// The days of the week, lower-case (`monday` ... `sunday`).
    public static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]
    /// Weekday abbreviations, lower-case, without the period (`mon`, `thurs`).
    public static let weekdayAbbreviations: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Clitics English splits off the word before them (Penn and Universal Dependencies style).
    public static let clitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    static let titleHashes = Set(titleAbbreviations.map { FNV.lowerHash($0) })
    static let otherHashes = Set(otherAbbreviations.map { FNV.lowerHash($0) })
}
