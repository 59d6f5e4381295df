/// Treebank sentences made into training examples: tokens, features and hints, with case and place-name augmentation.
extension LanguageTrainer {
    func prepare(_ sentence: TreebankSentence, transform: (String) -> String = { $0 }) -> Prepared {
        let (text, ranges) = sentence.text(transform: transform)
        var bytes = Array(text.utf8)
        var tokens: [Token] = []
        var hints: [PlaceHint] = []
        bytes.withUnsafeMutableBufferPointer { mutable in
            let buffer = UnsafeBufferPointer(mutable)
            tokens = Self.tokens(of: sentence, ranges: ranges, in: buffer)
            hints = places?.hints(for: tokens, in: buffer) ?? [PlaceHint](repeating: .none, count: tokens.count)
        }
        let words = bytes.withUnsafeBufferPointer { WordFeatures.of(tokens, in: $0) }
        return Prepared(text: bytes, tokens: tokens, words: words, hints: hints, gold: sentence)
    }

    /// A treebank sentence's gold tokens over its text (`TreebankSentence.text()`), made as the tokenizer makes its own.
    static func tokens(of sentence: TreebankSentence, ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var scalar = 0
        for (index, range) in ranges.enumerated() {
            let count = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars.count
            let gap: TokenGap = index == 0 ? .paragraph : sentence.spaceAfter[index - 1] ? .space : .none
            if gap == .space { scalar += 1 }
            tokens.append(Tokenizer.token(bytes, range, scalars: scalar..<scalar + count, kind: kind(of: sentence, at: index),
                                          gapBefore: gap))
            scalar += count
        }
        return tokens
    }

    static func kind(of sentence: TreebankSentence, at index: Int) -> TokenKind {
        let form = sentence.forms[index]
        if form.unicodeScalars.allSatisfy({ UTF8Scan.isDigit($0.value) || ",.:/".unicodeScalars.contains($0) }),
           form.unicodeScalars.contains(where: { UTF8Scan.isDigit($0.value) }) { return .number }
        if let first = form.unicodeScalars.first, UTF8Scan.isApostrophe(first.value) || form.lowercased() == "n't" { return .clitic }
        if form.unicodeScalars.contains(where: { UTF8Scan.isLetter($0.value) || UTF8Scan.isDigit($0.value) }) { return .word }
        return sentence.tags[index].universal == .punct ? .punctuation : .symbol
    }

    /// Case augmentation: every tenth sentence is also seen in capitals and another in lower case,
    /// so headlines in capitals and lower-case messages are not out of the models' world.
    func augmented(_ sentences: [TreebankSentence]) -> [Prepared] {
        var result: [Prepared] = []
        var random = SeededRandom(seed: 0x504C_4143)
        var swapIndex = 0
        for (index, sentence) in sentences.enumerated() {
            var plain = prepare(sentence)
            // Hint dropout: some sentences are seen without the gazetteer, so names are also learned
            // from their context (the villages no gazetteer lists).
            if hintDropout > 0, index % hintDropout == 1 { plain.hints = [PlaceHint](repeating: .none, count: plain.hints.count) }
            result.append(plain)
            if !replacementPlaceNames.isEmpty, sentence.names.contains(where: { $0.type == .place }) {
                var swapped = prepare(replacingPlaces(in: sentence, random: &random))
                if swapIndex % 2 == 1 { swapped.hints = [PlaceHint](repeating: .none, count: swapped.hints.count) }
                swapped.namesOnly = true
                swapIndex += 1
                result.append(swapped)
            }
            if index % 10 == 3 { result.append(prepare(sentence) { $0.uppercased() }) }
            if index % 10 == 7 { result.append(prepare(sentence) { $0.lowercased() }) }
        }
        return result
    }

    /// `sentence` with each place name replaced by a name drawn from `replacementPlaceNames` (its tags
    /// and lemmas those of a proper noun, its name span moved to cover the new tokens).
    func replacingPlaces(in sentence: TreebankSentence, random: inout SeededRandom) -> TreebankSentence {
        var result = TreebankSentence(forms: [], tags: [], lemmas: [], spaceAfter: [], names: [])
        var position = 0
        for name in sentence.names.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) {
            for index in position..<name.tokens.lowerBound { copy(index) }
            if name.type == .place {
                let replacement = replacementPlaceNames[Int(random.next() % UInt64(replacementPlaceNames.count))]
                let words = replacement.split(separator: " ").map(String.init)
                let start = result.forms.count
                for (offset, word) in words.enumerated() {
                    result.forms.append(word)
                    result.tags.append(PartOfSpeech(universal: .propn, penn: "NNP"))
                    result.lemmas.append(word)
                    result.spaceAfter.append(offset + 1 < words.count || sentence.spaceAfter[name.tokens.upperBound - 1])
                }
                result.names.append((start..<result.forms.count, .place))
            } else {
                let start = result.forms.count
                for index in name.tokens { copy(index) }
                result.names.append((start..<result.forms.count, name.type))
            }
            position = name.tokens.upperBound
        }
        for index in position..<sentence.forms.count { copy(index) }
        return result

        func copy(_ index: Int) {
            result.forms.append(sentence.forms[index])
            result.tags.append(sentence.tags[index])
            result.lemmas.append(sentence.lemmas[index])
            result.spaceAfter.append(sentence.spaceAfter[index])
        }
    }
}
