import Testing
@testable import Language

@Suite("Sentences, tags, lemmas, phrases and names on sentences the project writes")
struct AnnotationTests {
    struct SplitCase: Sendable, CustomTestStringConvertible {
        var text: String
        var sentences: [String]
        var testDescription: String { text }
    }

    static let splits: [SplitCase] = [
        SplitCase(text: "Drones hit Kursk. Two people were hurt!", sentences: ["Drones hit Kursk.", "Two people were hurt!"]),
        SplitCase(text: "Gov. Vyacheslav Gladkov said it. Nobody died.", sentences: ["Gov. Vyacheslav Gladkov said it.", "Nobody died."]),
        SplitCase(text: "He flew to the U.S. The talks failed.", sentences: ["He flew to the U.S.", "The talks failed."]),
        SplitCase(text: "Staff at the U.S. Embassy left.", sentences: ["Staff at the U.S. Embassy left."]),
        SplitCase(text: "“It is over,” she said. Then silence.", sentences: ["“It is over,” she said.", "Then silence."]),
        SplitCase(text: "Shelling in Kherson\nTwo people were injured.", sentences: ["Shelling in Kherson", "Two people were injured."]),
        SplitCase(text: "a line that is wrapped\nin the middle of a sentence.", sentences: ["a line that is wrapped\nin the middle of a sentence."]),
        SplitCase(text: "no punctuation at all", sentences: ["no punctuation at all"]),
        // A label of capitalised words before a colon heads what follows.
        SplitCase(text: "- SYRIA: Clashes erupted in Dhiban.", sentences: ["- SYRIA:", "Clashes erupted in Dhiban."]),
        SplitCase(text: "Lahore: Police fired tear gas.", sentences: ["Lahore:", "Police fired tear gas."]),
        SplitCase(text: "Dated: 18-11-2024", sentences: ["Dated: 18-11-2024"]),
        SplitCase(text: "The governor said: The town is safe.", sentences: ["The governor said: The town is safe."]),
    ]

    @Test("Sentence boundaries", arguments: splits)
    func sentences(_ c: SplitCase) {
        let annotated = ModelSupport.annotator.annotate(c.text)
        #expect(annotated.sentences.map { String(annotated.text(of: $0)) } == c.sentences)
    }

    struct TagCase: Sendable, CustomTestStringConvertible {
        var text: String
        var word: String
        var universal: UniversalTag
        /// Nil where the Penn tag is not asserted: the tense of an irregular past the treebank barely has
        /// (`struck`) is not reliable, its part of speech and lemma are.
        var penn: PennTag?
        var lemma: String
        var testDescription: String { "\(word) in \(text)" }
    }

    static let tags: [TagCase] = [
        TagCase(text: "Russian missiles struck Odesa overnight.", word: "struck", universal: .verb, penn: nil, lemma: "strike"),
        TagCase(text: "Shebekino was shelled again.", word: "shelled", universal: .verb, penn: "VBN", lemma: "shell"),
        TagCase(text: "Shebekino was shelled again.", word: "was", universal: .aux, penn: "VBD", lemma: "be"),
        TagCase(text: "Three villages were evacuated.", word: "villages", universal: .noun, penn: "NNS", lemma: "village"),
        TagCase(text: "Residents fled the fighting.", word: "fled", universal: .verb, penn: "VBD", lemma: "flee"),
        // A form that is also a simple past, after a subject and before its object or a past verb it is joined to.
        TagCase(text: "A crowd in Port-de-Paix beat two men to death.", word: "beat", universal: .verb, penn: "VBD", lemma: "beat"),
        TagCase(text: "A crowd in Port-de-Paix beat and burned two men.", word: "beat", universal: .verb, penn: "VBD", lemma: "beat"),
        // A word that is no past form, read as one after a name, is a noun.
        TagCase(text: "The bomb hit Hawija, a former Islamic State stronghold in Kirkuk province.", word: "stronghold", universal: .noun,
                penn: "NN", lemma: "stronghold"),
        // A gerund between a determiner and a finite verb heads a noun phrase.
        TagCase(text: "The kidnapping came a day after bandits killed four vigilantes.", word: "kidnapping", universal: .noun, penn: "NN",
                lemma: "kidnapping"),
        // A third-person present right before a past form, with no subject before it, is a plural noun.
        TagCase(text: "On Tuesday, shells fired from army positions struck a market in the town.", word: "shells", universal: .noun,
                penn: "NNS", lemma: "shell"),
        // A participle joined by a hyphen to its particle before a noun is a compound adjective.
        TagCase(text: "Police found five bodies near several burned-out trucks.", word: "burned", universal: .adj, penn: "JJ", lemma: "burned"),
        TagCase(text: "The strike killed two people.", word: "strike", universal: .noun, penn: "NN", lemma: "strike"),
        TagCase(text: "The strike killed two people.", word: "people", universal: .noun, penn: "NNS", lemma: "person"),
        TagCase(text: "Police arrested dozens of protesters.", word: "arrested", universal: .verb, penn: "VBD", lemma: "arrest"),
        // An unseen verb: after a vowel pair and one consonant English drops no `e` (`looted` is `loot`, not `loote`).
        TagCase(text: "Fighters looted shops in the market.", word: "looted", universal: .verb, penn: "VBD", lemma: "loot"),
        TagCase(text: "Soldiers hooted at the crowd.", word: "hooted", universal: .verb, penn: "VBD", lemma: "hoot"),
        // A prefix on an irregular verb keeps its forms; a past-only form between a subject and its object is the verb.
        TagCase(text: "Government forces retook the airport on Monday.", word: "retook", universal: .verb, penn: "VBD", lemma: "retake"),
        TagCase(text: "Troops retook two villages.", word: "retook", universal: .verb, penn: "VBD", lemma: "retake"),
        // Read as an adjective after its subject, too.
        TagCase(text: "Fighting resumed after separatist rebels overran Anefis last week.", word: "overran", universal: .verb,
                penn: "VBD", lemma: "overrun"),
        // A sentence with no finite verb: a form that is also the simple past, read as a noun between a noun and its object.
        TagCase(text: "A drone strike hit Gondar on Friday.", word: "hit", universal: .verb, penn: "VBD", lemma: "hit"),
        // After a parenthesis closing on the subject, a past-only form is the verb; a noun after it keeps it a noun.
        TagCase(text: "The bomber, on foot, struck Sunday morning as people queued.", word: "struck", universal: .verb, penn: "VBD", lemma: "strike"),
        TagCase(text: "In the north, ground forces advanced.", word: "ground", universal: .noun, penn: "NN", lemma: "ground"),
        TagCase(text: "Engineers have rebuilt the bridge.", word: "rebuilt", universal: .verb, penn: "VBN", lemma: "rebuild"),
        // After a modal a base form stays one, whatever a prefix and an irregular past would make of it.
        TagCase(text: "Prices will rebound next year.", word: "rebound", universal: .verb, penn: "VB", lemma: "rebound"),
        // Between a number and a finite verb, a word the tagger reads as an adjective is the noun counted.
        TagCase(text: "Gunmen opened fire, after which one civilian died.", word: "civilian", universal: .noun, penn: "NN", lemma: "civilian"),
        TagCase(text: "One civilian car was hit.", word: "civilian", universal: .adj, penn: "JJ", lemma: "civilian"),
        // After a form of `be`, an irregular participle read as an adjective is the passive's verb when a secondary
        // predicate or the agent's `by` follows.
        TagCase(text: "At least 13 people were shot dead in Nakuru on Tuesday.", word: "shot", universal: .verb, penn: "VBN", lemma: "shoot"),
        // A past-only form after a sentence's first word read as an adjective is the verb: that word is its subject.
        TagCase(text: "Unrest broke out in the city.", word: "broke", universal: .verb, penn: "VBD", lemma: "break"),
        // A sentence with a subject and no finite verb: its `-ed` form after the subject is the simple past; a
        // headline (no stop) and a form before the passive's `by` keep the participle.
        TagCase(text: "Interior ministry officials warned of possible further attacks.", word: "warned", universal: .verb, penn: "VBD", lemma: "warn"),
        TagCase(text: "Five soldiers killed in ambush near Mandera", word: "killed", universal: .verb, penn: "VBN", lemma: "kill"),
        // A present without its `-s` after a singular subject does not agree: a form that is also the past is that past.
        TagCase(text: "A crowd beat a woman to death in the town of Taxco on Thursday.", word: "beat", universal: .verb, penn: "VBD", lemma: "beat"),
        // An irregular past read as an adjective, joined by `and` to a past verb and followed by no noun, is the next verb.
        TagCase(text: "Gunmen stopped a bus near the town, ordered the passengers off and shot dead four of them.", word: "shot",
                universal: .verb, penn: "VBD", lemma: "shoot"),
        // A word spelt as a regular past is no present (`need`, an `-eed` verb, stays one).
        TagCase(text: "Attackers stabbed to death two farmers.", word: "stabbed", universal: .verb, penn: "VBD", lemma: "stab"),
        TagCase(text: "Farmers need water for their cattle.", word: "need", universal: .verb, penn: "VBP", lemma: "need"),
        // A form that is also the simple past, before `to death`, is that past.
        TagCase(text: "A mob beat to death a man in the market.", word: "beat", universal: .verb, penn: "VBD", lemma: "beat"),
        // A capitalised word before a noun inside prose is a name or adjective modifying it, not a present verb.
        TagCase(text: "Soldiers retook the hill, which Islamist fighters had held for months.", word: "Islamist",
                universal: .propn, penn: "NNP", lemma: "Islamist"),
    ]

    @Test("Part of speech and lemma", arguments: tags)
    func tag(_ c: TagCase) throws {
        let annotated = ModelSupport.annotator.annotate(c.text)
        let index = try #require(annotated.tokens.indices.first { annotated.text(of: $0) == c.word })
        #expect(annotated.tags[index].universal == c.universal)
        if let penn = c.penn { #expect(annotated.tags[index].penn == penn) }
        #expect(annotated.lemma(of: index) == c.lemma)
    }

    /// Lemmas of words the treebank lacks: an ending's rule counts words, not tokens, and English
    /// spelling decides a dropped `e` or a doubled consonant.
    @Test("Lemmas of unseen words", arguments: [
        ("The mayor was accused of corruption.", "accused", "accuse"),
        ("The town was overrun by rebels.", "overrun", "overrun"),
        ("A truck rammed the gate.", "rammed", "ram"),
        ("They smuggled weapons across the border.", "smuggled", "smuggle"),
        ("Three servicemen were killed.", "servicemen", "serviceman"),
        ("Policemen dispersed the crowd.", "Policemen", "policeman"),
        ("Gunmen stabbed two guards.", "stabbed", "stab"),
        ("Police were dispersing the rally.", "dispersing", "disperse"),
        ("Supporters held rallies in three cities.", "rallies", "rally"),
        ("Protesters hurled stones at the police.", "hurled", "hurl"),
        ("Fighters looted shops in the market.", "looted", "loot"),
    ])
    func unseenLemma(_ text: String, _ word: String, _ lemma: String) throws {
        let annotated = ModelSupport.annotator.annotate(text)
        let index = try #require(annotated.tokens.indices.first { annotated.text(of: $0) == word })
        #expect(annotated.lemma(of: index) == lemma)
    }

    @Test("English spelling of a stem", arguments: [
        ("accus", true, false), ("undertak", true, false), ("dispers", true, false), ("argu", true, false),
        ("simpl", true, false), ("hurl", false, true), ("attack", false, true), ("burn", false, true),
        ("visit", false, false), ("shell", false, true), ("centr", false, false),
    ])
    func stemSpelling(_ stem: String, _ lacksE: Bool, _ noE: Bool) {
        #expect(Lemmatizer.lacksSilentE(stem) == lacksE)
        #expect(Lemmatizer.takesNoSilentE(stem) == noE)
    }

    struct VerbCase: Sendable, CustomTestStringConvertible {
        var text: String
        var head: String
        var voice: Phrase.Voice
        var tense: Phrase.Tense
        var negated: Bool
        var modal: String?
        var testDescription: String { text }
    }

    static let verbs: [VerbCase] = [
        VerbCase(text: "Kherson came under fire.", head: "came", voice: .active, tense: .past, negated: false, modal: nil),
        VerbCase(text: "Shebekino was shelled overnight.", head: "shelled", voice: .passive, tense: .past, negated: false, modal: nil),
        VerbCase(text: "The depot has been hit twice.", head: "hit", voice: .passive, tense: .present, negated: false, modal: nil),
        VerbCase(text: "Troops have captured the town.", head: "captured", voice: .active, tense: .present, negated: false, modal: nil),
        VerbCase(text: "The minister will not attend.", head: "attend", voice: .active, tense: .future, negated: true, modal: nil),
        VerbCase(text: "Rebels could attack the base.", head: "attack", voice: .active, tense: .present, negated: false, modal: "could"),
        // The tagger reads `rebels` as a verb (so the group's tense is that verb's): a participle after another verb and no
        // `be` is still no passive.
        VerbCase(text: "GOMA, DR Congo — M23 rebels seized the town of Kirumba on Monday.", head: "seized", voice: .active, tense: .present,
                 negated: false, modal: nil),
    ]

    @Test("Verb groups: voice, tense, negation, modality", arguments: verbs)
    func verbGroup(_ c: VerbCase) throws {
        let annotated = ModelSupport.annotator.annotate(c.text)
        let phrase = try #require(annotated.phrases.first { $0.kind == .verb && annotated.text(of: $0.head) == c.head })
        #expect(phrase.voice == c.voice)
        #expect(phrase.tense == c.tense)
        #expect(phrase.isNegated == c.negated)
        #expect(phrase.modal == c.modal)
    }

    @Test func aPrepositionAfterOneWithoutAnObjectHangsWhereThatOneDoes() throws {
        // The tagger reads `flat` as an adjective and leaves it out of any phrase: `in Tyre` still hangs on `strike`.
        let annotated = ModelSupport.annotator.annotate("On Monday morning, an Israeli strike on a flat in Tyre wounded seven people.")
        let on = try #require(annotated.phrases.firstIndex { $0.kind == .prepositional && annotated.text(of: $0.head) == "on" && $0.tokens.lowerBound > 0 })
        #expect(annotated.phrases[on].object == nil)
        let inTyre = try #require(annotated.phrases.firstIndex { $0.kind == .prepositional && annotated.text(of: $0.head) == "in" })
        let attachment = try #require(annotated.phrases[inTyre].attachment)
        #expect(annotated.text(of: annotated.phrases[attachment].head) == "strike")
    }

    @Test func nounPhrasesHaveHeadsAndPrepositionsTheirObjects() throws {
        let annotated = ModelSupport.annotator.annotate("Drones attacked the village of Kozinka in the Belgorod region.")
        let labels = annotated.phraseLabels()
        let words = annotated.tokens.indices.map { String(annotated.text(of: $0)) }
        #expect(Array(zip(words, labels)).map { "\($0.0)/\($0.1)" }.joined(separator: " ")
            == "Drones/B-NP attacked/B-VP the/B-NP village/I-NP of/B-PP Kozinka/B-NP in/B-PP the/B-NP Belgorod/I-NP region/I-NP ./O")
        let of = try #require(annotated.phrases.firstIndex { $0.kind == .prepositional && annotated.text(of: $0.head) == "of" })
        let object = try #require(annotated.phrases[of].object)
        #expect(annotated.text(of: annotated.phrases[object].head) == "Kozinka")
        let attachment = try #require(annotated.phrases[of].attachment)
        #expect(annotated.text(of: annotated.phrases[attachment].head) == "village")
        let region = try #require(annotated.phrases.first { $0.kind == .noun && annotated.text(of: $0.head) == "region" })
        #expect(annotated.text(of: region.tokens) == "the Belgorod region")
    }

    struct NameCase: Sendable, CustomTestStringConvertible {
        var text: String
        var names: [String]
        var testDescription: String { text }
    }

    static let names: [NameCase] = [
        NameCase(text: "Anna Chernova reported from Moscow on Tuesday.", names: ["person: Anna Chernova", "place: Moscow"]),
        NameCase(text: "President Joe Biden met Olaf Scholz on Friday.", names: ["person: President Joe Biden", "person: Olaf Scholz"]),
        // A name never ends in a lower-case function word (the recognizer ran on into `on`).
        NameCase(text: "Protesters gathered in Tahrir Square on Thursday.", names: ["place: Tahrir Square"]),
        // Two words the recognizer begins a place at each, nothing between them, are one name.
        NameCase(text: "Heavy fighting erupted late on Monday in the Abu Salim district, killing four people.", names: ["place: Abu Salim"]),
    ]

    @Test("Names and their types (no gazetteer)", arguments: names)
    func recognizes(_ c: NameCase) {
        let annotated = ModelSupport.annotator.annotate(c.text)
        let found = annotated.names.filter { $0.type != .other }.map { "\($0.type): \(annotated.text(of: $0.tokens))" }
        #expect(found == c.names)
        #expect(annotated.names.allSatisfy { $0.confidence > 0.5 && $0.confidence <= 1 })
    }

    @Test func aVillageNoGazetteerListsIsAPlaceByItsContext() {
        // No gazetteer here: `near X, in the Y region` says place.
        let annotated = ModelSupport.annotator.annotate("Fighting was reported near Novoselivka, in the Donetsk region.")
        let village = annotated.names.first { annotated.text(of: $0.tokens) == "Novoselivka" }
        #expect(village?.type == .place)
    }

    @Test func capitalsAndLowerCaseAreReadAsSuch() {
        let upper = ModelSupport.annotator.annotate("DRONES ATTACK MOSCOW AS KYIV VOWS RESPONSE")
        #expect(upper.tokens.withUnsafeBufferPointer { CaseMode.of($0, 0..<upper.tokens.count) } == .upper)
        #expect(upper.tags.filter { $0.universal == .verb || $0.universal == .noun || $0.universal == .propn }.count >= 4)
    }
}
