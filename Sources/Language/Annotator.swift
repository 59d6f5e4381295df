/// Text turned into one annotated stream: tokens, sentences, tags, lemmas, phrases and names.
public struct AnnotatedText: Sendable {
    public let text: String
    public let tokens: [Token]
    /// Token ranges, one per sentence, covering every token in order.
    public let sentences: [Range<Int>]
    /// One part of speech per token.
    public let tags: [PartOfSpeech]
    public let phrases: [Phrase]
    public let names: [NameSpan]
    /// The BIO name label of each token (`NameLabel`).
    public let nameLabels: [UInt8]
    let model: LanguageModel

    /// The token's text as written.
    public func text(of index: Int) -> Substring {
        let utf8 = text.utf8
        let token = tokens[index]
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: token.utf8Start)..<utf8.index(utf8.startIndex, offsetBy: token.utf8End)])
    }

    /// The text of tokens `range` as written, with the spacing between them.
    public func text(of range: Range<Int>) -> Substring {
        guard !range.isEmpty else { return "" }
        let utf8 = text.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: tokens[range.lowerBound].utf8Start)..<utf8.index(utf8.startIndex, offsetBy: tokens[range.upperBound - 1].utf8End)])
    }

    /// The lemma of a token (`struck` -> `strike`, `were` -> `be`); computed on demand.
    public func lemma(of index: Int) -> String {
        var copy = text
        return copy.withUTF8 { model.lemmatizer.lemma($0, tokens[index].utf8, tag: tags[index]) }
    }

    /// The sentence holding token `index`.
    public func sentence(containing index: Int) -> Int? {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= index { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].contains(index) ? low : nil
    }

    /// The CoNLL-2000 chunk label of each token (`B-NP`, `I-VP`, `B-PP`, `O`).
    public func phraseLabels() -> [String] {
        var labels = [String](repeating: "O", count: tokens.count)
        for phrase in phrases {
            for position in phrase.tokens {
                labels[position] = (position == phrase.tokens.lowerBound ? "B-" : "I-") + phrase.kind.description
            }
        }
        return labels
    }
}

/// Runs the language layer over text.
public struct Annotator: Sendable {
    public let model: LanguageModel
    public let places: (any PlaceLexicon)?

    public init(model: LanguageModel, places: (any PlaceLexicon)? = nil) {
        self.model = model
        self.places = places
    }

    public func annotate(_ text: String) -> AnnotatedText {
        var copy = text
        return copy.withUTF8 { bytes in annotate(text, bytes: bytes) }
    }

    func annotate(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> AnnotatedText {
        let tokens = Tokenizer.tokenize(bytes)
        let sentences = SentenceSplitter.split(tokens, in: bytes) { Self.isFunctionWord($0, in: bytes, model: model) }
        return annotate(text, bytes: bytes, tokens: tokens, sentences: sentences)
    }

    /// Whether the tagger's dictionary knows `token` as a function word (`The`, `He`, `In`), which
    /// tells the sentence splitter that a period kept on an abbreviation ended the sentence.
    static func isFunctionWord(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>, model: LanguageModel) -> Bool {
        let tagger = model.tagger
        guard let cls = tagger.dictionary.value(WordFeatures(token, in: bytes).exact) else {
            // A capitalised function word at a sentence start is in the dictionary in lower case.
            return tagger.dictionary.value(token.lowerHash).map { isFunction(tagger.tagset.tags[Int($0)]) } ?? false
        }
        return isFunction(tagger.tagset.tags[Int(cls)])
    }

    /// Annotates tokens already split into sentences (a treebank's gold tokens, for evaluation).
    func annotate(_ text: String, bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Range<Int>]) -> AnnotatedText {
        let words = WordFeatures.of(tokens, in: bytes)
        let tagger = model.tagger
        var classes = [UInt8](repeating: 0, count: tokens.count)
        var labels = [UInt8](repeating: 0, count: tokens.count)
        let hints = places?.hints(for: tokens, in: bytes) ?? [PlaceHint](repeating: .none, count: tokens.count)
        let vocabulary = model.lemmatizer.vocabulary
        var names: [NameSpan] = []
        words.withUnsafeBufferPointer { words in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                classes.withUnsafeMutableBufferPointer { classBuffer in
                    for sentence in sentences {
                        // A dateline is tagged apart from the story its dash opens.
                        var parts = [sentence]
                        if let start = Dateline.storyStart(in: sentence, tokens: tokens, bytes: bytes) {
                            parts = [sentence.lowerBound..<start, start..<sentence.upperBound]
                        }
                        for part in parts {
                            tagger.tag(words, sentence: part, caseMode: CaseMode.of(tokenBuffer, part), into: classBuffer)
                        }
                    }
                }
                classes.withUnsafeBufferPointer { classBuffer in
                    hints.withUnsafeBufferPointer { hintBuffer in
                        labels.withUnsafeMutableBufferPointer { labelBuffer in
                            for sentence in sentences {
                                let mode = CaseMode.of(tokenBuffer, sentence)
                                names += model.names.recognize(words, tags: classBuffer, hints: hintBuffer,
                                                               common: { vocabulary.value(words[$0].word) != nil },
                                                               sentence: sentence, caseMode: mode, labels: labelBuffer)
                            }
                        }
                    }
                }
            }
        }
        for index in names.indices where names[index].type == .place && names[index].tokens.count > 1 {
            let head = tokens[names[index].tokens.upperBound - 1]
            if WordLists.organizationNouns.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[head.utf8]), as: UTF8.self).lowercased()) {
                names[index].type = .organization
            }
        }
        var tags = classes.map { tagger.tagset.tags[Int($0)] }
        TagRepairs(bytes: bytes, tokens: tokens, sentences: sentences, tagset: tagger.tagset, vocabulary: vocabulary).repair(&tags)
        // A name never ends in a lower-case function word (`Tahrir Square on Thursday`: the recognizer ran on into `on`);
        // inside one it may stand (`Bosnia and Herzegovina`, `Isle of Man`).
        for index in names.indices {
            var end = names[index].tokens.upperBound
            while end - 1 > names[index].tokens.lowerBound, !tokens[end - 1].isCapitalized, Self.isFunction(tags[end - 1]) {
                end -= 1
                labels[end] = 0
            }
            names[index].tokens = names[index].tokens.lowerBound..<end
        }
        var phrases: [Phrase] = []
        tags.withUnsafeBufferPointer { tagBuffer in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                let lemmatizer = model.lemmatizer
                let chunker = Chunker(tags: tagBuffer, tokens: tokenBuffer) { index in
                    lemmatizer.lemma(bytes, tokens[index].utf8, tag: tags[index])
                }
                for sentence in sentences { chunker.chunk(sentence, into: &phrases) }
            }
        }
        return AnnotatedText(text: text, tokens: tokens, sentences: sentences, tags: tags, phrases: phrases, names: names,
                             nameLabels: labels, model: model)
    }

    static func isFunction(_ tag: PartOfSpeech) -> Bool {
        switch tag.universal {
        case .det, .pron, .adp, .cconj, .sconj, .aux, .part: true
        default: false
        }
    }
}
