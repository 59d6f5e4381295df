/// Lemmas (`struck` -> `strike`, `villages` -> `village`, `was` -> `be`) from the word and its Penn tag.
///
/// Learned from the training treebank: words whose lemma is not their lower-cased form are kept
/// as exceptions (with the closed class of English irregular verbs added), and for unseen words
/// the most frequent rewrite of their longest known ending under the same tag is applied
/// (`-ied` -> `-y` for VBD, `-ies` -> `-y` for NNS). Proper nouns are their own lemma.
public struct Lemmatizer: @unchecked Sendable {  // `strings` is in the mapping `rules` keeps alive
    let rules: HashTableLayout.Reader
    let strings: UnsafeRawBufferPointer
    /// Every lower-cased word and lemma of the training text: of two rewrites, the one giving a known word wins.
    let vocabulary: HashTableLayout.Reader

    static let longestSuffix = 5
    static let wholeWord: UInt32 = 15

    /// The lemma of the word at `range` of `bytes`, tagged `tag`.
    public func lemma(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, tag: PartOfSpeech) -> String {
        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        if tag.universal == .propn { return written }
        let lower = Self.lowercased(written)
        let tagHash = FNV.hash(tag.penn.name)
        let wordHash = FNV.lowerHash(lower)
        if let value = rules.value(Self.exceptionKey(tag: tagHash, word: wordHash)) { return apply(value, to: lower) }
        // A verb tagged with the wrong tense still has its lemma (`struck` read as VBP).
        if tag.universal == .verb || tag.universal == .aux {
            for sibling in Self.verbTagHashes where sibling != tagHash {
                if let value = rules.value(Self.exceptionKey(tag: sibling, word: wordHash)), case let lemma = apply(value, to: lower), lemma != lower {
                    return lemma
                }
            }
        }
        // `retook`, `rebuilt`: a prefix on an irregular verb keeps its forms.
        if tag.penn == "VBD" || tag.penn == "VBN", vocabulary.value(wordHash) == nil, let verb = IrregularVerbs.prefixedVerb(lower) { return verb }
        guard Self.inflectedTags.contains(tag.penn) else { return lower }
        if tag.penn == "NNS", vocabulary.value(wordHash) == nil, let lemma = compoundPlural(lower, tag: tagHash) { return lemma }
        let utf8 = Array(lower.utf8)
        var candidates: [String] = []
        for length in stride(from: min(Self.longestSuffix, utf8.count - 1), through: 1, by: -1) {
            let suffix = utf8.suffix(length)
            guard let value = rules.value(Self.ruleKey(tag: tagHash, suffix: suffix)) else { continue }
            let candidate = apply(value, to: lower)
            if vocabulary.value(FNV.lowerHash(candidate)) != nil { return candidate }
            candidates.append(candidate)
        }
        guard let first = candidates.first else { return lower }
        // Of a stem without its silent `e` and with it, English spelling decides where it can: no word
        // ends so (`accus`, `undertak`, `dispers`: the `e` was dropped before `-ed`, `-ing` or `-est`),
        // and none ends so with an `e` (`loote`, `hurle`: the rule's ending belonged to other words).
        if Self.suffixDroppingE.contains(tag.penn) {
            if !first.hasSuffix("e"), Self.lacksSilentE(first) { return first + "e" }
            if first.hasSuffix("e"), case let plain = String(first.dropLast()),
                lower.hasPrefix(plain), Self.endsInVowelPairAndConsonant(plain) || Self.takesNoSilentE(plain) {
                return Self.undoubled(plain)
            }
            if !first.hasSuffix("e") { return Self.undoubled(first) }
        }
        // Of two unknown stems, English spelling decides whether an `e` was dropped: never after a
        // vowel pair and one consonant (`looted` -> `loot`, `shouted` -> `shout`; but `voted` -> `vote`).
        if first.hasSuffix("e"), let plain = candidates.first(where: { $0 + "e" == first }), Self.endsInVowelPairAndConsonant(plain) {
            return plain
        }
        return first
    }

    /// The lemma of an unknown plural whose last part is a known irregular plural (`gunmen` ->
    /// `gunman`, `grandchildren` -> `grandchild`): an English compound inflects its head.
    func compoundPlural(_ lower: String, tag: UInt64) -> String? {
        let utf8 = Array(lower.utf8)
        guard utf8.count >= 6 else { return nil }
        for split in 3...(utf8.count - 3) where utf8[split] & 0xC0 != 0x80 {
            let head = String(decoding: utf8[split...], as: UTF8.self)
            guard let value = rules.value(Self.exceptionKey(tag: tag, word: FNV.lowerHash(head))) else { continue }
            let lemma = apply(value, to: head)
            // Only a head whose plural is irregular: `lies` -> `lie` must not make `rallies` `rallie`.
            guard lemma != head, !(head.hasPrefix(lemma) && head.utf8.count - lemma.utf8.count <= 2) else { continue }
            return String(decoding: utf8[..<split], as: UTF8.self) + lemma
        }
        return nil
    }

    /// Tags whose ending (`-ed`, `-ing`, `-er`, `-est`) drops a final silent `e` of the lemma.
    static let suffixDroppingE: Set<PennTag> = ["VBD", "VBN", "VBG", "JJR", "JJS"]

    /// Whether English spelling needs a silent `e` after `stem`: no word ends in `v` or (with a
    /// consonant before it) in `u`, and after one vowel a final `k`, `z`, `c` or `s` is spelled
    /// `-ck`, `-zz`, `-ss` or takes an `e` (`make`, `seize`, `place`, `accuse`).
    static func lacksSilentE(_ stem: String) -> Bool {
        let letters = Array(stem)
        guard letters.count >= 3, let last = letters.last else { return false }
        let before = letters[letters.count - 2]
        switch last {
        case "v": return true
        case "u": return !isVowel(before)
        case "k", "z": return isVowel(before) && !isVowel(letters[letters.count - 3])
        // `place`, `accuse`; `force`, `dance`, `disperse`, `sense`, `pulse`, `collapse`
        case "c", "s": return isVowel(before) ? !isVowel(letters[letters.count - 3]) : "rnlp".contains(before)
        case "g": return "rd".contains(before)  // `merge`, `judge`
        case "l": return "bptdkgfz".contains(before)  // `simple`, `battle`, `handle`
        default: return false
        }
    }

    /// A consonant doubled before an ending is one in the lemma (`stabbed` -> `stab`), but for the
    /// letters English doubles at a word's end (`shell`, `kiss`, `stuff`, `buzz`).
    static func undoubled(_ stem: String) -> String {
        guard stem.count >= 4, let last = stem.last, stem.dropLast().last == last, "bdgmnprt".contains(last) else { return stem }
        return String(stem.dropLast())
    }

    /// Whether `stem` ends in two consonants that English never follows with a silent `e` (`hurl`,
    /// `attack`, `bomb`, `burn`, `fight`): not `s`, `c`, `g`, `v`, `r`, `h` or `u` last, nor a
    /// pair `lacksSilentE` names.
    static func takesNoSilentE(_ stem: String) -> Bool {
        let letters = Array(stem)
        guard letters.count >= 3, let last = letters.last else { return false }
        let before = letters[letters.count - 2]
        guard !isVowel(last), !isVowel(before), last != "y", before != "y", !"scgvrhu".contains(last) else { return false }
        return !lacksSilentE(stem)
    }

    static func isVowel(_ letter: Character) -> Bool { "aeiou".contains(letter) }

    /// Vowel pairs after which English spells no silent `e` before one final consonant.
    static let vowelPairs: Set<String> = ["oo", "ee", "ea", "ai", "oa", "ou", "oi"]

    /// Whether `stem` ends in a vowel pair and one consonant that takes no silent `e` (not `s`, `v`, `z`,
    /// `c` or `g`: `cease`, `leave`, `gauze`, `voice`, `gouge`).
    static func endsInVowelPairAndConsonant(_ stem: String) -> Bool {
        let letters = Array(stem)
        guard letters.count >= 3, let last = letters.last, last.isLetter, !"aeiouysvzcg".contains(last) else { return false }
        return vowelPairs.contains(String(letters[(letters.count - 3)...(letters.count - 2)]))
    }

    /// Whether each word's lower-case form is an ordinary word of the training text (a name feature).
    func commonWords(_ words: [WordFeatures]) -> [Bool] {
        words.map { vocabulary.value($0.word) != nil }
    }

    static let verbTagHashes = ["VBD", "VBN", "VBZ", "VBG", "VBP", "VB"].map { FNV.hash($0) }

    /// Tags whose words inflect; other tags' lemma is the lower-cased word unless listed.
    static let inflectedTags: Set<PennTag> = ["NNS", "VBD", "VBN", "VBG", "VBZ", "VBP", "JJR", "JJS", "RBR", "RBS"]

    func apply(_ value: UInt32, to lower: String) -> String {
        let cut = Int(value & 0xF), length = Int(value >> 4 & 0xFF), offset = Int(value >> 12)
        let addition = String(decoding: UnsafeRawBufferPointer(rebasing: strings[offset..<offset + length]), as: UTF8.self)
        if cut == Self.wholeWord { return addition }
        let utf8 = Array(lower.utf8)
        guard cut < utf8.count else { return lower }
        return String(decoding: utf8.dropLast(cut), as: UTF8.self) + addition
    }

    static func lowercased(_ text: String) -> String {
        // ASCII fast path; other scripts through the standard library.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
                .replacingApostrophes()
        }
        return text.lowercased().replacingApostrophes()
    }

    static func exceptionKey(tag: UInt64, word: UInt64) -> UInt64 { hashMix(0xE0, hashMix(tag, word)) }

    static func ruleKey(tag: UInt64, suffix: some Collection<UInt8>) -> UInt64 {
        var hash = FNV.offset
        for byte in suffix { hash = FNV.add(hash, byte) }
        return hashMix(0xF0 &+ UInt64(suffix.count), hashMix(tag, hash))
    }
}

extension String {
    /// Typographic apostrophes as `'` (`n’t` -> `n't`).
    func replacingApostrophes() -> String {
        guard unicodeScalars.contains(where: { $0.value == 0x2019 || $0.value == 0x2018 || $0.value == 0x02BC }) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map {
            $0.value == 0x2019 || $0.value == 0x2018 || $0.value == 0x02BC ? "'" : $0
        }))
    }
}
