import Synchronization

/// Names written in another romanization than the gazetteer's: `Tal Rifaat` for Tall Rif‘at, `Ein
/// al-Fijeh` for ‘Ayn al Fījah, `Yechiam` for Yeẖi‘am. Arabic, Hebrew, Persian and Pashto names reach news in
/// several spellings; GeoNames keeps one or two. Used only as a last resort, inside one country the
/// story names, where a single entry must match.
extension Gazetteer {
    /// The one town or division of country `countryCode` (and of first-order division `admin1Code`,
    /// when given) whose name or ASCII name is `name` in another romanization; nil when none or several are.
    public func romanizationVariant(of name: String, countryCode: String, admin1Code: String? = nil) -> Place? {
        guard let query = RomanizationKey(name), query.skeleton.count >= 3,
              let country = countryRecord(code: countryCode) else { return nil }
        var found: Int?
        for entry in romanizationSlot.entries(ofCountry: country, in: self)[query.skeleton] ?? [] {
            if let admin1Code, let admin1 = admin1Record(entry.record), code(admin1) != admin1Code { continue }
            guard Self.editDistance(entry.letters, query.letters, limit: 1) <= max(1, query.letters.count / 4) else { continue }
            if let earlier = found, earlier != entry.record { return nil }
            found = entry.record
        }
        return found.map { place(at: $0) }
    }

    /// The one first-order division of country `countryCode` whose name is `name` in another romanization
    /// (`Lower Shabelle` for Lower Shabeelle): a walk over the divisions only, not every town. A division's name is
    /// also compared without its type word (`Ingushetia` for `Ingushetiya Republic`): for first-order divisions
    /// only, whose names a text rarely shares with a town.
    public func romanizedFirstOrderDivision(of name: String, countryCode: String) -> Place? {
        guard let query = RomanizationKey(name), query.skeleton.count >= 3,
              let country = countryRecord(code: countryCode) else { return nil }
        var found: Int?
        for record in admin1Base..<admin2Base where countryRecord(record) == country {
            let strings = recordStrings(record)
            let stripped = DivisionTerms.strippedKeys(of: Array(strings.ascii.lowercased().utf8)).map { String(decoding: $0, as: UTF8.self) }
            let matches = ([strings.name, strings.ascii] + stripped).contains { written in
                guard let key = RomanizationKey(written), key.skeleton == query.skeleton else { return false }
                return Self.editDistance(key.letters, query.letters, limit: 1) <= max(1, query.letters.count / 4)
            }
            guard matches else { continue }
            if let earlier = found, earlier != record { return nil }
            found = record
        }
        return found.map { place(at: $0) }
    }
}

/// The divisions and towns of each country by the skeletons of their names' romanization keys, built for a
/// country the first time one of its names is looked for and shared by all threads: a walk over every record
/// and its keys for each unknown name had cost a long story a twentieth of its reading.
final class RomanizationIndexSlot: Sendable {
    /// One spelling of a record: its key's letters (the skeleton is where it is filed).
    struct Entry: Sendable {
        let record: Int
        let letters: [UInt8]
    }

    private let byCountry = Mutex<[Int: [[UInt8]: [Entry]]]>([:])

    /// The records of country record `country` by skeleton, in record order.
    func entries(ofCountry country: Int, in gazetteer: Gazetteer) -> [[UInt8]: [Entry]] {
        if let built = byCountry.withLock({ $0[country] }) { return built }
        var bySkeleton: [[UInt8]: [Entry]] = [:]
        for record in gazetteer.admin1Base..<gazetteer.recordCount where gazetteer.countryRecord(record) == country {
            let strings = gazetteer.recordStrings(record)
            var seen: [[UInt8]] = []
            for written in [strings.name, strings.ascii] {
                guard let key = RomanizationKey(written), !seen.contains(key.letters) else { continue }
                seen.append(key.letters)
                bySkeleton[key.skeleton, default: []].append(Entry(record: record, letters: key.letters))
            }
        }
        return byCountry.withLock { table in
            if let built = table[country] { return built }
            table[country] = bySkeleton
            return bySkeleton
        }
    }
}

/// A name reduced to what its romanizations share: ASCII letters without separators, apostrophes,
/// an Arabic article (`al-`, `el-`) or a final `h` after a vowel, with `kh`/`ch` as `h`, `q` as `k`, `y` as `i`, `ou` as `u` and
/// doubled letters single; its skeleton keeps the consonants (and `V` for a leading vowel).
struct RomanizationKey: Equatable {
    var letters: [UInt8]
    var skeleton: [UInt8]

    static let articles: Set<String> = ["al", "el", "ar", "as", "ad", "an", "at", "ash", "az"]

    init?(_ name: String) {
        guard let folded = NameKey.fold(name) else { return nil }
        var words = folded.split(separator: UInt8(ascii: " ")).map { Array($0.filter { (97...122).contains($0) }) }
        words.removeAll(where: \.isEmpty)
        if words.count > 1, Self.articles.contains(String(decoding: words[0], as: UTF8.self)) { words.removeFirst() }
        var text = Array(words.joined())
        let h = UInt8(ascii: "h")
        var normalized: [UInt8] = []
        var index = 0
        while index < text.count {
            let byte = text[index]
            let next = index + 1 < text.count ? text[index + 1] : 0
            if (byte == UInt8(ascii: "k") || byte == UInt8(ascii: "c")) && next == h {
                normalized.append(h)
                index += 2
                continue
            }
            if byte == UInt8(ascii: "o") && next == UInt8(ascii: "u") {
                normalized.append(UInt8(ascii: "u"))
                index += 2
                continue
            }
            switch byte {
            case UInt8(ascii: "q"): normalized.append(UInt8(ascii: "k"))
            case UInt8(ascii: "y"): normalized.append(UInt8(ascii: "i"))
            default: normalized.append(byte)
            }
            index += 1
        }
        text = []
        for byte in normalized where text.last != byte { text.append(byte) }
        // A final `h` after a vowel (the Arabic feminine ending, `Kabkabiyah` for Kabkabiya) is written or not.
        if text.count >= 4, text.last == UInt8(ascii: "h"), Set("aeiou".utf8).contains(text[text.count - 2]) { text.removeLast() }
        guard !text.isEmpty else { return nil }
        letters = text
        let vowels: Set<UInt8> = Set("aeiou".utf8)
        skeleton = (vowels.contains(text[0]) ? [UInt8(ascii: "V")] : []) + text.filter { !vowels.contains($0) }
    }
}
