/// Reads the tense of the clause at any offset of a text, annotating only the lines asked about.
///
/// Time expressions need a clause's tense only where the calendar leaves a choice (a weekday, a
/// date without a year); tagging just those lines keeps extraction close to the matcher's speed.
public final class ClauseTenseReader {
    private let annotator: Annotator
    private let scalars: [Unicode.Scalar]
    /// Scalar offsets where each line starts, and one past the end.
    private let lineStarts: [Int]
    private var annotated: [Int: AnnotatedText] = [:]

    public init(text: String, model: LanguageModel) {
        annotator = Annotator(model: model)
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        if starts.last != scalars.count { starts.append(scalars.count) }
        lineStarts = starts
    }

    /// The tense of the clause holding scalar `offset` (see ``AnnotatedText/clauseTense(near:)``).
    public func tense(atScalar offset: Int) -> Phrase.Tense? {
        var low = 0, high = lineStarts.count - 1
        while low + 1 < high {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        let start = lineStarts[low]
        let text = annotated[low] ?? {
            let line = annotator.annotate(String(String.UnicodeScalarView(scalars[start..<lineStarts[low + 1]])))
            annotated[low] = line
            return line
        }()
        guard let token = text.token(atScalar: offset - start) else { return nil }
        return text.clauseTense(near: token)
    }
}
