import Testing
import Language
@testable import Geo

@Suite("Name folding")
struct NameKeyTests {
    @Test("Transliteration variants fold to the same key", arguments: [
        ("Klimovsky", "Klimovskiy"), ("Ilsky", "Il’skiy"), ("Afipsky", "Afipskiy"), ("Afipsky", "Afipskij"),
        ("St. Petersburg", "Saint Petersburg"), ("Rostov-on-Don", "Rostov on Don"), ("Brańsk", "Bransk"),
        ("Zaporizhzhia", "ZAPORIZHZHIA"), ("São Paulo", "Sao Paulo"), ("Łódź", "Lodz"),
    ])
    func variantsFoldTogether(a: String, b: String) {
        #expect(NameKey.fold(a) == NameKey.fold(b))
        #expect(NameKey.fold(a) != nil)
    }

    @Test("Non-Latin names do not fold")
    func nonLatinIsRejected() {
        #expect(NameKey.fold("Москва") == nil)
        #expect(NameKey.fold("東京") == nil)
    }

    @Test("Division names also fold without their type word")
    func divisionWordsAreStripped() {
        let stripped = DivisionTerms.strippedKeys(of: NameKey.fold("Klimovskiy Rayon")!)
        #expect(stripped.contains(Array("klimovsky".utf8)))
        #expect(DivisionTerms.strippedKeys(of: NameKey.fold("Bryansk Oblast")!) == [Array("bryansk".utf8)])
    }

    @Test("A type word in another language opening a division's name goes with its article", arguments: [
        ("Province du Bam", ["bam"]), ("Departamento de Villaguay", ["villaguay"]), ("Kabupaten Aceh Besar", ["aceh besar"]),
        ("Cercle d’ Abeïbara", ["abeibara"]), ("Provincia di Teramo", ["teramo"]), ("Comuna Vlădeni", ["vladeni"]),
        ("Circunscrição de Macomia", ["macomia"]), ("Amphoe Bannang Sata", ["bannang sata"]), ("Huyen Tan Ky", ["tan ky"]),
        // English usage is `strippedKeys`' (`Bryansk Oblast`), and a type word alone before a name keeps no article.
        ("Bryansk Oblast", []), ("Province Orientale", []),
    ])
    func foreignTypeWordsAreStripped(name: String, keys: [String]) {
        #expect(DivisionTerms.foreignFormKeys(of: NameKey.fold(name)!) == keys.map { Array($0.utf8) })
    }

    @Test("An elided article after a type word is read away", arguments: [
        ("Arrondissement d'Aquin", "aquin"), ("Département de l'Océan", "ocean"),
    ])
    func elidedArticles(name: String, key: String) throws {
        let elided = try #require(DivisionTerms.withoutElision(name))
        #expect(DivisionTerms.foreignFormKeys(of: NameKey.fold(elided)!) == [Array(key.utf8)])
    }

    /// The language trainer's place feature leaves the keys of other languages' forms out, so the model it trains does not
    /// change with them; the recognizer's keeps them.
    @Test("The trainer's lexicon leaves a division's foreign-form key out", arguments: [
        ("Gunmen attacked a post in Tapoa province.", "Tapoa", false),
        ("Gunmen attacked a post in Oudalan province.", "Oudalan", true),
        ("Gunmen attacked a post in Kharkiv.", "Kharkiv", true),
    ])
    func trainerLexicon(text: String, name: String, trainerHints: Bool) throws {
        let tokens = Tokenizer.tokenize(text)
        var bytes = text
        let position = try #require(tokens.firstIndex { token in
            bytes.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[token.utf8Start..<token.utf8End]), as: UTF8.self) } == name
        })
        let hints = { (lexicon: GazetteerPlaceLexicon) in bytes.withUTF8 { lexicon.hints(for: tokens, in: $0) } }
        #expect(hints(GazetteerPlaceLexicon(gazetteer: TestSupport.gazetteer))[position].begins)
        #expect(hints(GazetteerPlaceLexicon(gazetteer: TestSupport.gazetteer, hintsFeaturesBeyondCountries: false))[position].begins == trainerHints)
    }
}
