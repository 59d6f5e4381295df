import Foundation
import Language

/// Finds place names in English news text and resolves them against the gazetteer.
///
/// Recognition reads the language layer's stream: runs of capitalised words are looked up in the
/// gazetteer, so person names, organisations and credits (`Anna Chernova`, `Democratic Alliance`,
/// `Getty Images`) are recognised as wholes and not mistaken for places; a gazetteer name inside a
/// longer person or organisation name the recognizer found is not a place (`Bank of England`);
/// and a place name the recognizer found that no gazetteer entry matches is kept, unresolved.
/// Resolution scores every candidate by kind and population, division and feature words,
/// `X, Y` / `X in Y` / `Y's X` patterns, and the countries and first-order divisions the rest
/// of the document settles on.
public struct Geoparser: Sendable {
    /// How far from the story's places a town of a country the story never names may lie, in kilometres
    /// (a town across a border is near; a namesake on another continent is not the story's).
    public static let abroadReach = 1_000.0
    /// How sure the recognizer must be that a name is a place's for a name the gazetteer lacks to be kept, unresolved.
    public static let minimumUnresolvedConfidence = 0.6

    public let gazetteer: Gazetteer
    /// Folded demonym (and plural) hash -> country record.
    let demonyms: [UInt64: Int]
    /// The keys of `demonyms`, for a lookup without SipHash on every span tried.
    let demonymKeys: WordHashSet
    /// Longest demonym in words, to bound the span search.
    let longestDemonym: Int
    let placeCache = PlaceCache()
    /// The language layer; without it (no model file) recognition reads the tokens alone.
    public let annotator: Annotator

    /// A parser over `gazetteer`, reading text with `language` (by default the model `LanguageModel.load()` finds).
    public init(gazetteer: Gazetteer, language: LanguageModel? = nil) throws {
        self.gazetteer = gazetteer
        annotator = Annotator(model: try language ?? LanguageModel.shared(), places: GazetteerPlaceLexicon(gazetteer: gazetteer))
        var demonyms: [UInt64: Int] = [:]
        var longest = 1
        for country in 0..<gazetteer.countryCount {
            let demonym = gazetteer.countryExtra(country, 1)
            guard !demonym.isEmpty else { continue }
            for form in [demonym, demonym + "s"] {
                guard let key = NameKey.fold(form) else { continue }
                // Shared demonyms (`Chinese`, `Indian`) belong to the most populous country using them.
                let hash = NameKey.hash(key)
                if let existing = demonyms[hash], gazetteer.population(existing) >= gazetteer.population(country) { continue }
                demonyms[hash] = country
                longest = max(longest, key.split(separator: 32).count)
            }
        }
        // Common adjectives the demonym column lacks.
        let extras: [(String, String)] = [("Saudi", "SA"), ("Emirati", "AE"), ("Congolese", "CD"), ("Dutch", "NL")]
        for (adjective, code) in extras {
            guard let country = gazetteer.countryRecord(code: code), let key = NameKey.fold(adjective) else { continue }
            demonyms[NameKey.hash(key)] = demonyms[NameKey.hash(key)] ?? country
        }
        self.demonyms = demonyms
        self.demonymKeys = WordHashSet(demonyms.keys)
        self.longestDemonym = longest
    }

    /// Every place mention in `text`, in order of appearance.
    public func extract(_ text: String) -> [PlaceMention] {
        extract(annotator.annotate(text))
    }

    /// Every place mention in an annotated text, in order of appearance.
    public func extract(_ annotated: AnnotatedText) -> [PlaceMention] {
        var text = annotated.text
        return text.withUTF8 { bytes in
            let tokens = Token.words(of: annotated, bytes: bytes)
            var document = DocumentAnalysis(parser: self, bytes: bytes, tokens: tokens, names: annotated.names)
            document.lemma = { annotated.lemma(of: $0) }
            document.partOfSpeech = { $0 < annotated.tags.count ? annotated.tags[$0] : nil }
            document.recognize()
            document.resolve()
            return document.mentions()
        }
    }
}
