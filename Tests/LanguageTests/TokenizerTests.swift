import Testing
@testable import Language

@Suite("One tokenizer: Universal Dependencies conventions, offsets in Unicode scalars")
struct TokenizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var tokens: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Drones didn't reach Moscow.", tokens: "Drones|did|n't|reach|Moscow|."),
        Case(text: "Krasnodar's governor", tokens: "Krasnodar|'s|governor"),
        Case(text: "Krasnodar’s governor", tokens: "Krasnodar|’s|governor"),
        Case(text: "they won't", tokens: "they|wo|n't"),
        Case(text: "U.S. forces and the U.K.", tokens: "U.S.|forces|and|the|U.K."),
        Case(text: "Gov. Vyacheslav Gladkov", tokens: "Gov.|Vyacheslav|Gladkov"),
        Case(text: "at 4 a.m. local time", tokens: "at|4|a.m.|local|time"),
        Case(text: "1,200 people, 2.5 km at 10:30", tokens: "1,200|people|,|2.5|km|at|10:30"),
        Case(text: "an Su-34 jet", tokens: "an|Su|-|34|jet"),
        Case(text: "Ivano-Frankivsk", tokens: "Ivano|-|Frankivsk"),
        Case(text: "O'Brien and Il’skiy", tokens: "O'Brien|and|Il’skiy"),
        Case(text: "see https://example.org/a?b=1.", tokens: "see|https://example.org/a?b=1|."),
        Case(text: "@KyivIndependent #Ukraine", tokens: "@KyivIndependent|#Ukraine"),
        Case(text: "“Quiet,” he said...", tokens: "“|Quiet|,|”|he|said|..."),
        Case(text: "J. Smith", tokens: "J.|Smith"),
        Case(text: "Sept. 5", tokens: "Sept.|5"),
        Case(text: "the end.", tokens: "the|end|."),
    ]

    @Test("Splits as the treebanks do", arguments: cases)
    func splits(_ c: Case) {
        let tokens = Tokenizer.tokenize(c.text)
        let scalars = Array(c.text.unicodeScalars)
        let written = tokens.map { String(String.UnicodeScalarView(scalars[$0.scalars])) }
        #expect(written.joined(separator: "|") == c.tokens)
    }

    @Test func scalarAndByteRangesAgreeOnNonASCIIText() {
        let text = "Київ 🙂 — Kharkiv’s mayor"
        let tokens = Tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        let bytes = Array(text.utf8)
        #expect(tokens.count == 6)
        for token in tokens {
            let byScalars = String(String.UnicodeScalarView(scalars[token.scalars]))
            let byBytes = String(decoding: bytes[token.utf8], as: UTF8.self)
            #expect(byScalars == byBytes)
        }
        // "Kharkiv" starts after "Київ", a space, the emoji (one scalar), a space, the dash and a space.
        #expect(tokens[3].scalars == 9..<16)
    }

    @Test func kindsFlagsAndGaps() {
        let tokens = Tokenizer.tokenize("NATO said\n\nKyiv's 7 drones")
        #expect(tokens.map(\.kind) == [.word, .word, .word, .clitic, .number, .word])
        #expect(tokens[0].isAllCaps && tokens[0].isCapitalized)
        #expect(!tokens[1].isCapitalized && tokens[1].hasLowercase)
        #expect(tokens.map(\.gapBefore) == [.paragraph, .space, .paragraph, .none, .space, .space])
        #expect(tokens[2].lowerHash == FNV.lowerHash("kyiv"))
    }

    @Test func emptyAndBlankTextsHaveNoTokens() {
        #expect(Tokenizer.tokenize("").isEmpty)
        #expect(Tokenizer.tokenize(" \n\t ").isEmpty)
    }
}
