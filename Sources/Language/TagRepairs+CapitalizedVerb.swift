/// A capitalised word inside running prose read as a present or base verb.
extension TagRepairs {
    /// `which Islamist insurgents had held`: in a sentence written in ordinary case, a capitalised word that opens no
    /// sentence, quotation or parenthesis and stands right before a noun is a proper name or adjective modifying that
    /// noun (`Rwandan troops`), not a present or base verb, which prose writes in lower case. A title-case line (most of
    /// its words capitalised, as headlines are) keeps its tags: there case says nothing.
    func repairCapitalizedVerbs(_ tags: inout [PartOfSpeech]) {
        guard let properNoun = tagset.tags.first(where: { $0.penn == "NNP" }) else { return }
        let presentOrBase: Set<PennTag> = ["VBP", "VBZ", "VB"]
        for sentence in sentences where sentence.count >= 4 {
            guard sentence.contains(where: { presentOrBase.contains(tags[$0].penn) }) else { continue }
            var lower = 0, capitalized = 0
            for position in sentence where tokens[position].hasLetter {
                if tokens[position].isCapitalized || tokens[position].isAllCaps { capitalized += 1 } else { lower += 1 }
            }
            guard lower > capitalized else { continue }
            for index in sentence.dropFirst().dropLast() where presentOrBase.contains(tags[index].penn) {
                guard tokens[index].isCapitalized, !tokens[index].isAllCaps,
                      tags[index - 1].universal != .punct || word(index - 1) == ",",
                      [.noun, .propn].contains(tags[index + 1].universal) else { continue }
                tags[index] = properNoun
            }
        }
    }
}
