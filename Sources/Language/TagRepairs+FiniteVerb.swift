/// A sentence with a subject and no finite verb: its participle is the simple past.
extension TagRepairs {
    /// `The stock fluctuated, rising to $42`: a full sentence (it ends with a stop) needs a finite verb; when
    /// the tagger gave it none, the first `-ed` or irregular past-and-participle form right after its subject
    /// (a noun, name or pronoun, no auxiliary before it in the sentence) is that verb; with no participle, a form that is
    /// also the simple past read as a noun between a noun and its object (`A drone strike hit X`). A headline (`Soldiers
    /// killed in ambush`, no stop) keeps its participle, and so does a form followed by the passive's `by`.
    func repairMissingFiniteVerb(_ tags: inout [PartOfSpeech], past: PartOfSpeech) {
        let finite: Set<PennTag> = ["VBD", "VBZ", "VBP", "MD"]
        for sentence in sentences where sentence.count >= 3 {
            guard let last = sentence.last(where: { tags[$0].universal != .punct || [".", "!", "?"].contains(word($0)) }),
                  [".", "!", "?"].contains(word(last)),
                  !sentence.contains(where: { finite.contains(tags[$0].penn) || tags[$0].universal == .aux }) else { continue }
            guard let index = sentence.first(where: { tags[$0].penn == "VBN" }) else {
                // `A drone strike hit X on Tuesday`: with no participle either, a form that is also the simple past (`hit`,
                // `cut`, `beat`), read as a noun after a noun and before its object, is that past.
                if let index = sentence.first(where: { index in
                    index > sentence.lowerBound && index + 1 < sentence.upperBound && tags[index].penn == "NN"
                        && tags[index - 1].universal == .noun && [.propn, .det, .num].contains(tags[index + 1].universal)
                        && IrregularVerbs.pastSameAsBase.contains(word(index))
                }) {
                    tags[index] = past
                }
                continue
            }
            guard index > sentence.lowerBound, [.noun, .propn, .pron].contains(tags[index - 1].universal),
                  index + 1 >= sentence.upperBound || word(index + 1) != "by" else { continue }
            let form = word(index)
            if form.hasSuffix("ed") || IrregularVerbs.pastOnly.contains(form) { tags[index] = past }
        }
    }
}
