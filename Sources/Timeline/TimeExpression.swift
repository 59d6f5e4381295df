import Language

/// A time expression's meaning in TimeML's TIMEX3 terms: its type, normalized value and modifier.
///
/// Values follow TimeML's ISO 8601 forms: `2013-03-22`, `2013-03`, `2013`, `2013-W11`, `2013-W11-WE`,
/// `2012-SU`, `2013-Q3`, `2013-H1`, `199` (the 1990s), `19` (the 20th century), `2013-03-23T15:00`,
/// `2013-03-22TNI` (a part of a day), `P5Y`, `PT48H`, `PXY` (years, unspecified), `PAST_REF`,
/// `PRESENT_REF`, `FUTURE_REF`, and `X` for what no context fixes (`XXXX-WXX-5`: every Friday).
public struct Timex: Hashable, Sendable {
    /// TIMEX3's four types.
    public enum Kind: String, Hashable, Sendable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    /// TIMEX3's `mod`: which part of the period is meant, or how exactly.
    public enum Modifier: String, Hashable, Sendable {
        case start = "START", mid = "MID", end = "END", approximate = "APPROX"
        case lessThan = "LESS_THAN", moreThan = "MORE_THAN", equalOrLess = "EQUAL_OR_LESS", equalOrMore = "EQUAL_OR_MORE"

        /// `early`, `mid` and `late`, as said of a period.
        init?(qualifier: String) {
            switch qualifier {
            case "early", "beginning", "start": self = .start
            case "mid", "middle": self = .mid
            case "late", "end": self = .end
            default: return nil
            }
        }
    }

    /// What a relative expression was counted from.
    public enum Anchoring: String, Hashable, Sendable {
        /// The document's date (`yesterday`, `last week`, `Friday`).
        case document
        /// The expression before it in the text (`the next day`, `a year earlier`).
        case previous
        /// Nothing: the text says it all (`May 9, 2023`, `five years`).
        case none
    }

    public var kind: Kind
    public var value: String
    public var modifier: Modifier?
    public var anchoring: Anchoring

    public init(_ kind: Kind, _ value: String, modifier: Modifier? = nil, anchoring: Anchoring) {
        self.kind = kind
        self.value = value
        self.modifier = modifier
        self.anchoring = anchoring
    }
}

/// A time expression found in running text, in TimeML's terms and, where it names a stretch of
/// the calendar, placed on the UTC time line.
public struct TimeExpression: Hashable, Sendable {
    /// The text as written (without a leading `on`/`in`, as TimeML spans are).
    public var text: String
    /// Half-open offsets in Unicode scalars.
    public var range: Range<Int>
    public var timex: Timex
    /// The UTC interval and precision, for dates and times; nil for durations, sets, references
    /// (`now`, `recently`) and what cannot be placed.
    public var time: NormalizedTime?
}

extension RelativeTime {
    /// Every time expression in `text` (TimeML's DATE, TIME, DURATION and SET), anchored at
    /// `anchor` (the document's date) or at the expression before it; `base` is the scalar offset
    /// of `text` in its input.
    ///
    /// `tenseAt` gives the tense of the clause at a scalar offset (the caller's verb groups, see
    /// `AnnotatedText.clauseTense(near:)`): a weekday, a month or a date without a year is read
    /// ahead in the future, back in the past, and as the nearer one in the present.
    public static func extract(_ text: String, anchor: TimeAnchor, base: Int = 0,
                               tenseAt: ((Int) -> SentenceTense?)? = nil) -> [TimeExpression] {
        let (words, found) = matches(text, anchor: anchor, base: base, tense: nil, tenseAt: tenseAt)
        var slicer = ScalarSlicer(text)
        return found.map { match in
            let range = words[match.coreFirst].range.lowerBound..<words[match.end - 1].range.upperBound
            let written = slicer.slice(range.lowerBound - base, range.upperBound - base)
            var time = match.resolution.time
            time?.text = written
            time?.range = range
            return TimeExpression(text: written, range: range, timex: match.timex, time: time)
        }
    }
}

extension TimeMention.Resolution {
    var time: NormalizedTime? {
        if case .resolved(let time) = self { return time }
        return nil
    }
}

extension RelativeTime {
    /// Every time expression in `text`, each read in the tense of its clause as `clauses` (built
    /// on the same `text`) gives it.
    public static func extract(_ text: String, anchor: TimeAnchor, clauses: ClauseTenseReader) -> [TimeExpression] {
        extract(text, anchor: anchor, tenseAt: { offset in SentenceTense(clauses.tense(atScalar: offset)) })
    }
}

extension RelativeTime.SentenceTense {
    /// The reading a verb group's tense gives; none for a sentence without a finite verb.
    public init?(_ tense: Phrase.Tense?) {
        switch tense {
        case .past: self = .past
        case .future: self = .future
        case .present: self = .present
        case .nonFinite, nil: return nil
        }
    }
}
