/// Words that name a kind of division, in GeoNames names (`Bryansk Oblast`) and in news (`Bryansk region`).
enum DivisionTerms {
    /// The level a division word points to in news English.
    enum Level: Hashable, Sendable { case first, second, either }

    /// Folded division words and the level they usually mean.
    static let levels: [String: Level] = [
        "region": .first, "oblast": .first, "krai": .first, "kray": .first, "province": .first,
        "state": .first, "governorate": .first, "prefecture": .first, "territory": .either,
        "republic": .first, "voivodeship": .first, "canton": .first, "okrug": .first,
        "district": .second, "rayon": .second, "raion": .second, "county": .second,
        "municipality": .second, "parish": .second, "department": .either, "borough": .second,
        "oblasts": .first, "regions": .first, "districts": .second, "provinces": .first, "states": .first,
        "governorates": .first, "prefectures": .first, "counties": .second, "rayons": .second, "raions": .second,
        "municipalities": .second, "departments": .either,
        // Local units that news names after their seat: Nigeria's LGAs, Myanmar's townships, South Asia's
        // tehsils, talukas and upazilas, Mali's cercles, Ethiopia's woredas, West Africa's communes.
        "lga": .second, "lgas": .second, "township": .second, "townships": .second, "tehsil": .second,
        "taluka": .second, "taluk": .second, "upazila": .second, "cercle": .second, "woreda": .second,
        "commune": .second, "communes": .second,
        // Bangladesh's divisions are its first order, Cameroon's its second (`Bui division`).
        "division": .either, "divisions": .either,
    ]

    /// Division terms of several words, by their words in lower case, with the level they mean.
    static let phrases: [(words: [String], level: Level)] = [
        (["local", "government", "area"], .second), (["local", "government", "areas"], .second),
        (["local", "government"], .second),
    ]
    static let phraseHashes: [(hashes: [UInt64], level: Level)] = phrases.map { ($0.words.map(WordSets.hash), $0.level) }

    /// The division term a query ends with (`Konduga Local Government Area`, `Bryansk region`): its
    /// level and how many words it takes.
    static func trailingTerm(of words: [String]) -> (level: Level, length: Int)? {
        for phrase in phrases where words.count > phrase.words.count && Array(words.suffix(phrase.words.count)) == phrase.words {
            return (phrase.level, phrase.words.count)
        }
        guard words.count > 1, let last = words.last, let level = levels[last] else { return nil }
        return (level, 1)
    }

    /// Plural division words (`Hatay and Gaziantep provinces`): a cue for each name, not part of its span.
    static let plurals: Set<String> = [
        "oblasts", "regions", "districts", "provinces", "states", "governorates", "prefectures", "counties", "rayons",
        "raions", "municipalities", "departments", "divisions",
    ]
    static let pluralHashes = WordSets.hashes(Array(plurals))

    /// `levels` keyed by the hash of the lower-case word, for the recogniser.
    static let levelsByHash: [UInt64: Level] = Dictionary(uniqueKeysWithValues: levels.map { (WordSets.hash($0.key), $0.value) })

    /// Type words the builder strips from division names so `Klimovskiy Rayon` is also found as `klimovsky`.
    static let strippable: [String] = [
        "oblast", "krai", "kray", "rayon", "raion", "district", "county", "province", "region",
        "governorate", "municipality", "prefecture", "department", "parish", "state", "republic",
        "city", "okrug", "autonomous okrug", "municipal district", "urban okrug", "gorod", "municipio",
        "departamento", "provincia", "wilaya", "muhafazat", "mintaqat", "district of", "republic of",
        "province of", "state of", "city of", "region of", "canton of", "municipality of",
    ]

    /// Type words of other languages that open GeoNames' division names (`Province du Bam`, `Cercle de Bourem`,
    /// `Kabupaten Aceh Besar`, `Comuna Vlădeni`, `Amphoe Bannang Sata`, `Huyen X`), besides those of `strippable` that do (`Municipio de X`).
    static let foreignOpeningWords: [String] = [
        "departement", "arrondissement", "cercle", "commune", "territoire", "distrito", "concelho", "partido", "daira",
        "delegation", "caza", "circunscricao", "kabupaten", "kota", "comuna", "municipiul", "oras", "powiat", "okres",
        "obshtina", "opcina", "opstina", "amphoe", "king amphoe", "huyen", "muang", "srok", "markaz", "gemeente",
        "shahrestan e", "shahrestan-e",
    ]

    /// Articles and prepositions between a type word and the name (`du`, `de la`, `del`, `di`), longest first.
    static let articles: [String] = ["de la ", "de los ", "de las ", "del ", "des ", "dos ", "das ", "de ", "du ", "do ", "da ", "di ", "d "]

    /// The name with an elided French article after a type word dropped (`Arrondissement d'Aquin` ->
    /// `Arrondissement Aquin`), or nil when it has none.
    static func withoutElision(_ name: String) -> String? {
        var result = name
        for article in [" l'", " l’", " d'", " d’", " L'", " D'"] { result = result.replacingOccurrences(of: article, with: " ") }
        return result == name ? nil : result
    }

    /// Folded variants of a division name written in another language's order: without the type word that opens it
    /// and the article after it (`bam` for `Province du Bam`, `villaguay` for `Departamento de Villaguay`), where
    /// `strippedKeys` gives none of them.
    static func foreignFormKeys(of folded: [UInt8]) -> [[UInt8]] {
        let text = String(decoding: folded, as: UTF8.self)
        let plain = strippedKeys(of: folded)
        var results: [[UInt8]] = []
        for word in strippable + foreignOpeningWords where text.hasPrefix(word + " ") {
            var stem = text.dropFirst(word.count + 1)
            let article = articles.first { stem.hasPrefix($0) && stem.count > $0.count }
            guard article != nil || foreignOpeningWords.contains(word) else { continue }
            if let article { stem = stem.dropFirst(article.count) }
            let key = Array(stem.utf8)
            if !key.isEmpty, !plain.contains(key), !results.contains(key) { results.append(key) }
        }
        return results
    }

    /// Folded variants of a division name without its type word (`bryansk` for `Bryansk Oblast`).
    static func strippedKeys(of folded: [UInt8]) -> [[UInt8]] {
        let text = String(decoding: folded, as: UTF8.self)
        var results: [[UInt8]] = []
        for word in strippable {
            if text.hasSuffix(" " + word) {
                let stem = text.dropLast(word.count + 1)
                if !stem.isEmpty { results.append(Array(stem.utf8)) }
            }
            if text.hasPrefix(word + " ") {
                let stem = text.dropFirst(word.count + 1)
                if !stem.isEmpty { results.append(Array(stem.utf8)) }
            }
        }
        return results
    }
}
