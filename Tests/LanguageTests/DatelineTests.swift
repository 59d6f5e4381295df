import Testing
@testable import Language

/// A wire story's dateline is tagged apart from the sentence its dash opens. Sentences written here.
@Suite("Datelines")
struct DatelineTests {
    @Test(arguments: [
        ("KYIV, Ukraine (AP) — Warplanes struck a depot.", "Warplanes"),
        ("DHAKA, Oct 28 (Reuters) - Police fired tear gas.", "Police"),
        ("BEIRUT — Gunmen opened fire.", "Gunmen"),
        // No dateline: a first word in capitals of fewer than three letters, a hyphen inside a word, no capitals,
        // a lower-case word before the dash, a sentence too short to hold one.
        ("US forces struck a depot.", nil),
        ("KYIV north-east of the city was hit.", nil),
        ("Kyiv — Warplanes struck a depot.", nil),
        ("KYIV said — nothing.", nil),
        ("HIGHLIGHTS", nil),
        ("KYIV —", nil),
    ] as [(String, String?)])
    func storyStart(_ text: String, _ expected: String?) {
        var copy = text
        let start = copy.withUTF8 { bytes in
            let tokens = Tokenizer.tokenize(bytes)
            return Dateline.storyStart(in: 0..<tokens.count, tokens: tokens, bytes: bytes).map { index in
                String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].utf8]), as: UTF8.self)
            }
        }
        #expect(start == expected)
    }

    @Test(arguments: [
        ("IDLIB, Syria — Warplanes believed to be Russian struck the outskirts of Ariha.", "Warplanes", UniversalTag.noun),
        ("MAIDUGURI, Nigeria (AP) — Gunmen abducted 11 farmers.", "Gunmen", UniversalTag.noun),
    ])
    func theWordAfterTheDashIsReadAsASentenceStart(_ text: String, _ word: String, _ tag: UniversalTag) throws {
        let annotated = ModelSupport.annotator.annotate(text)
        let index = try #require(annotated.tokens.indices.first { annotated.text(of: $0) == word })
        #expect(annotated.tags[index].universal == tag)
    }
}
