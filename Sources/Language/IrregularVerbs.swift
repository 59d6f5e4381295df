/// English irregular verbs (base, past, past participle; alternatives with `/`): a closed class
/// the lemmatizer's training adds to what the treebank happens to contain.
public enum IrregularVerbs {
    static let table = """
    arise arose arisen|awake awoke awoken|be was/were been|bear bore borne/born|beat beat beaten|become became become|
    begin began begun|bend bent bent|bet bet bet|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|
    break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|build built built|
    burn burnt burnt|burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|
    cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|
    do did done|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|
    feel felt felt|fight fought fought|find found found|flee fled fled|fly flew flown|forbid forbade forbidden|
    forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|
    freeze froze frozen|get got got/gotten|give gave given|go went gone|grind ground ground|grow grew grown|
    hang hung hung|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|
    keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|leap leapt leapt|leave left left|
    lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|
    meet met met|mislead misled misled|mistake mistook mistaken|overcome overcame overcome|overrun overran overrun|
    overtake overtook overtaken|overthrow overthrew overthrown|pay paid paid|prove proved proven|put put put|
    quit quit quit|read read read|rebuild rebuilt rebuilt|rid rid rid|ride rode ridden|ring rang rung|rise rose risen|
    run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|
    shake shook shaken|shed shed shed|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|
    sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid|speak spoke spoken|
    speed sped sped|spend spent spent|spin spun spun|split split split|spread spread spread|spring sprang sprung|
    stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck/stricken|
    strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken|
    teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|thrust thrust thrust|
    tread trod trodden|undergo underwent undergone|understand understood understood|undertake undertook undertaken|
    uphold upheld upheld|upset upset upset|wake woke woken|wear wore worn|weep wept wept|win won won|wind wound wound|
    withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|write wrote written
    """

    /// Simple-past forms that are no verb's base form (`broke`, `fought`, `struck`; not `hit`, `lay`): a
    /// present-tense tag on one of them is the tagger's slip.
    static let pastOnly: Set<String> = {
        let bases = Set(table.split(separator: "|").compactMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map(String.init) })
        return Set(forms.filter { $0.1 == "VBD" }.map(\.0)).subtracting(bases)
    }()

    /// Participles that are no verb's base form (`shot`, `struck`, `beaten`; not `hit`, `come`).
    static let participleOnly: Set<String> = {
        let bases = Set(table.split(separator: "|").compactMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }).first.map(String.init) })
        return Set(forms.filter { $0.1 == "VBN" }.map(\.0)).subtracting(bases)
    }()

    /// Simple-past forms that are their verb's base form too (`beat`, `hit`, `cut`, `spread`).
    static let pastSameAsBase: Set<String> = Set(forms.filter { $0.1 == "VBD" && $0.0 == $0.2 }.map(\.0))

    /// Whether a word is only ever a past participle or past form (`shot`, `beaten`), never a base form.
    static func isParticipleOnly(_ word: String) -> Bool { participleOnly.contains(word) }

    /// Present forms that end in `-ed` without being a past: the `-eed` verbs (`need`, `proceed`) and these.
    static let presentsInEd: Set<String> = ["shed", "wed", "embed", "shred", "bed", "sled"]

    /// Whether a lower-case word is spelt as a regular simple past (`stabbed`, `attacked`), which no present is.
    static func isRegularPast(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("ed") && !word.hasSuffix("eed") && !presentsInEd.contains(word) && word.allSatisfy(\.isLetter)
    }

    /// The forms of `be`, the passive's auxiliary: the table's past forms and the present ones.
    static let beForms: Set<String> = Set(forms.filter { $0.2 == "be" }.map(\.0)).union(["be", "being", "is", "are", "am"])
    /// Present forms of the auxiliaries that take a participle after them (`is fired`, `has fired`, `gets fired`).
    static let auxiliaryForms: Set<String> = ["is", "has", "does", "gets", "'s", "’s"]

    /// Prefixes that make a verb of an irregular one and keep its forms (`retook`, `outran`, `undertook`).
    static let prefixes = ["re", "over", "under", "out", "mis"]

    /// The verb of a past or participle form with a prefix the table lacks (`retook` -> `retake`,
    /// `rebuilt` -> `rebuild`); nil when the rest is no form of the table or is a form of its own (`overran`).
    public static func prefixedVerb(_ form: String) -> String? {
        guard formLemmas[form] == nil else { return nil }
        for prefix in prefixes where form.hasPrefix(prefix) && form.count >= prefix.count + 3 {
            if let lemma = formLemmas[String(form.dropFirst(prefix.count))] { return prefix + lemma }
        }
        return nil
    }

    /// Whether a word is only ever a simple past (`fought`, `retook`), prefixed or not.
    public static func isPastOnly(_ word: String) -> Bool {
        if pastOnly.contains(word) { return true }
        guard formLemmas[word] == nil else { return false }
        return prefixes.contains { word.hasPrefix($0) && pastOnly.contains(String(word.dropFirst($0.count))) }
    }

    private static let formLemmas: [String: String] = {
        var lemmas: [String: String] = [:]
        for (form, _, lemma) in forms where lemmas[form] == nil { lemmas[form] = lemma }
        return lemmas
    }()

    /// Every past and participle form of the table (`struck`, `been`, `put`).
    public static let pastAndParticipleForms: Set<String> = Set(forms.map(\.0))

    /// The verb a simple-past form belongs to (`shot` -> `shoot`), for a form that is no base form.
    public static func verb(ofPast form: String) -> String? { pastLemmas[form] }

    private static let pastLemmas: [String: String] = {
        var lemmas: [String: String] = [:]
        for (form, penn, lemma) in forms where penn == "VBD" && pastOnly.contains(form) { lemmas[form] = lemma }
        return lemmas
    }()

    /// `(form, Penn tag, lemma)` for every past and participle form.
    static var forms: [(String, String, String)] {
        var result: [(String, String, String)] = []
        for entry in table.split(separator: "|") {
            let parts = entry.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            guard parts.count == 3 else { continue }
            for past in parts[1].split(separator: "/") { result.append((String(past), "VBD", parts[0])) }
            for participle in parts[2].split(separator: "/") { result.append((String(participle), "VBN", parts[0])) }
        }
        return result
    }
}
