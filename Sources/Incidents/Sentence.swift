import Language

/// A sentence of a post, with its place in the input and its words.
struct Sentence {
    var text: String
    /// Half-open Unicode-scalar offsets in the input.
    var range: Range<Int>
    /// Which paragraph of the post (-1 is the headline when there is one).
    var paragraph: Int
    /// The words the place and event rules read, an `'s` apart (`Krasnodar` `'s`).
    var words: [ReaderToken]
    /// The words the count, attribution and actor readers read, an `'s` with its word (`Krasnodar's`).
    var tokens: [ReaderToken]
    /// The sentence's tokens and phrases in the annotated text.
    var tokenSpan: Range<Int>
    var phraseSpan: Range<Int>
    /// What moves an annotated offset to the input's.
    var shift: Int
}

/// The pieces of a post (headline, paragraphs) as one text for the language layer, annotated
/// once, with the way back from its offsets to the input's.
///
/// Pieces are joined by blank lines, so no sentence runs from one into the next; each keeps the
/// Unicode-scalar offset it has in the input.
struct PostText {
    struct Piece {
        var text: String
        /// Where the piece starts in the input (scalars).
        var inputStart: Int
        /// Which paragraph it is (-1 for the headline).
        var paragraph: Int
        /// Where it starts and ends in the joined text (scalars).
        var joined: Range<Int>
    }

    let pieces: [Piece]
    let annotated: AnnotatedText

    init(pieces parts: [(text: String, start: Int, paragraph: Int)], annotator: Annotator) {
        var pieces: [Piece] = []
        var text = ""
        var offset = 0
        for part in parts {
            if !pieces.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let count = part.text.unicodeScalars.count
            pieces.append(Piece(text: part.text, inputStart: part.start, paragraph: part.paragraph, joined: offset..<(offset + count)))
            text += part.text
            offset += count
        }
        self.pieces = pieces
        annotated = annotator.annotate(text)
    }

    /// The piece holding joined offset `offset` (the last one starting at or before it).
    func piece(at offset: Int) -> Piece? {
        var low = 0, high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle].joined.lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? pieces[low - 1] : nil
    }

    /// A range of the joined text in input offsets (cut at its piece's end).
    func inputRange(_ range: Range<Int>) -> Range<Int>? {
        guard let piece = piece(at: range.lowerBound) else { return nil }
        let shift = piece.inputStart - piece.joined.lowerBound
        return (range.lowerBound + shift)..<(min(range.upperBound, piece.joined.upperBound) + shift)
    }

    /// The sentences of every piece, in order, their words a view of the annotated tokens.
    func sentences() -> [Sentence] {
        let tokens = annotated.tokens
        let phrases = annotated.phrases
        var phrase = 0
        return annotated.sentences.compactMap { sentence in
            while phrase < phrases.count, phrases[phrase].tokens.lowerBound < sentence.lowerBound { phrase += 1 }
            var phraseEnd = phrase
            while phraseEnd < phrases.count, phrases[phraseEnd].tokens.lowerBound < sentence.upperBound { phraseEnd += 1 }
            let phraseSpan = phrase..<phraseEnd
            guard !sentence.isEmpty else { return nil }
            let first = tokens[sentence.lowerBound], last = tokens[sentence.upperBound - 1]
            guard let piece = piece(at: first.scalarsStart) else { return nil }
            let shift = piece.inputStart - piece.joined.lowerBound
            return Sentence(
                text: String(annotated.text(of: sentence)), range: (first.scalarsStart + shift)..<(last.scalarsEnd + shift),
                paragraph: piece.paragraph,
                words: ReaderToken.view(tokens[sentence], in: annotated.text, offset: shift, possessive: .apart),
                tokens: ReaderToken.view(tokens[sentence], in: annotated.text, offset: shift),
                tokenSpan: sentence, phraseSpan: phraseSpan, shift: shift)
        }
    }
}

/// One-line summaries of text.
public enum SentenceSummary {
    /// The first sentence of a paragraph, for one-line summaries, as the language layer splits it.
    public static func firstSentence(of text: String) -> String {
        // Without a model the splitter still ends sentences at stops, only not after abbreviations.
        let (tokens, sentences) = SentenceSplitter.split(text, model: try? LanguageModel.shared())
        guard let first = sentences.first, !first.isEmpty else { return text }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: tokens[first.lowerBound].utf8Start)
        let end = utf8.index(utf8.startIndex, offsetBy: tokens[first.upperBound - 1].utf8End)
        return String(text[start..<end])
    }
}
