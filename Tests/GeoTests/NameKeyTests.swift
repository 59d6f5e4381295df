import Testing
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
}
