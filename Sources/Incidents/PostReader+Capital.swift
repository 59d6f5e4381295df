import Geo
import Language

/// `the capital`: a place the text names by its role, not its name.
extension PostReader {
    /// A reference to a national capital in tokens `span`: `the capital`, `the capital city`, `Haiti's capital`,
    /// `the Haitian capital`, `the capital of Haiti`, with the capital it names. The country is the one the phrase
    /// names (by a possessive, a demonym or `of`), else the story's main country. A capital the text names
    /// right after (`the capital, Bamako`, `the capital Kyiv`) is left to that name; a `regional`, `state` or
    /// `provincial` capital is a division's seat, which the phrase alone does not say.
    static func capitalReferences(in span: Range<Int>, annotated: AnnotatedText, gazetteer: Gazetteer,
                                  places: [(tokens: Range<Int>, place: Place)], country: String?) -> [(tokens: Range<Int>, place: Place)] {
        var found: [(tokens: Range<Int>, place: Place)] = []
        for token in span where annotated.tags[token].universal == .noun && annotated.lemma(of: token).lowercased() == "capital" {
            guard token > span.lowerBound else { continue }
            let before = token - 1
            var start = before
            var named: String?
            let countryAt = { (index: Int) -> String? in
                places.first { $0.tokens.contains(index) && $0.place.kind == .country }?.place.countryCode
            }
            if annotated.tags[before].penn == "POS", before > span.lowerBound, let owner = countryAt(before - 1) {
                // `Haiti's capital`.
                named = owner
                start = places.first { $0.tokens.contains(before - 1) }!.tokens.lowerBound
            } else if [.adj, .propn].contains(annotated.tags[before].universal), let demonym = countryAt(before) {
                // `the Haitian capital` (a demonym is often tagged as a name: `the Kenyan capital`).
                named = demonym
                guard before > span.lowerBound, annotated.lemma(of: before - 1).lowercased() == "the" else { continue }
                start = before - 1
            } else if annotated.lemma(of: before).lowercased() != "the" {
                continue
            }
            var end = token + 1
            if end < span.upperBound, annotated.lemma(of: end).lowercased() == "city" { end += 1 }
            if end < span.upperBound {
                // `the capital Kyiv`, `the capital, Bamako`: the name says it.
                let next = annotated.text(of: end) == "," && end + 1 < span.upperBound ? end + 1 : end
                if annotated.tags[next].universal == .propn { continue }
                if annotated.lemma(of: end).lowercased() == "of" {
                    guard end + 1 < span.upperBound, let of = countryAt(end + 1) ?? countryAt(end + 2) else { continue }
                    let country = places.first { $0.tokens.contains(end + 1) || $0.tokens.contains(end + 2) }!.tokens.upperBound
                    // `the capital of Sudan's North Darfur state`: the country owns the division whose capital it is.
                    if country < span.upperBound, annotated.tags[country].penn == "POS" { continue }
                    named = of
                    end = country
                } else if annotated.tags[end].universal == .noun {
                    // `capital punishment`, `capital flight`.
                    continue
                }
            }
            guard let code = named ?? country, let nation = gazetteer.country(code: code), let capital = gazetteer.seat(of: nation) else { continue }
            found.append((start..<end, capital))
        }
        return found
    }
}
