/// A line of an input, with its 1-based number and its place in Unicode scalars.
public struct SourceLine: Hashable, Sendable {
    /// The line without its terminator and without surrounding white space.
    public var text: String
    public var number: Int
    /// Scalar offsets of ``text`` (trimmed) from the start of the input, half-open.
    public var range: Range<Int>

    public var isBlank: Bool { text.isEmpty }

    public init(text: String, number: Int, range: Range<Int>) {
        self.text = text
        self.number = number
        self.range = range
    }
}

/// Splits an input into lines, counting offsets in Unicode scalars (a BOM counts as one).
///
/// One pass over the scalars; each line's text is made once from its trimmed slice.
public func sourceLines(_ input: String) -> [SourceLine] {
    let scalars = input.unicodeScalars
    var lines: [SourceLine] = []
    var number = 1
    var index = scalars.startIndex
    var offset = 0
    var lineStart = index
    var lineStartOffset = 0
    func finish(at end: String.UnicodeScalarView.Index, _ endOffset: Int) {
        var first = lineStart
        var firstOffset = lineStartOffset
        var last = end
        var lastOffset = endOffset
        while first < last, isBlank(scalars[first]) {
            first = scalars.index(after: first)
            firstOffset += 1
        }
        while last > first {
            let previous = scalars.index(before: last)
            guard isBlank(scalars[previous]) else { break }
            last = previous
            lastOffset -= 1
        }
        lines.append(SourceLine(text: String(scalars[first..<last]), number: number, range: firstOffset..<lastOffset))
        number += 1
    }
    while index < scalars.endIndex {
        let scalar = scalars[index]
        guard scalar == "\n" || scalar == "\r" else {
            index = scalars.index(after: index)
            offset += 1
            continue
        }
        finish(at: index, offset)
        index = scalars.index(after: index)
        offset += 1
        if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" {
            index = scalars.index(after: index)
            offset += 1
        }
        lineStart = index
        lineStartOffset = offset
    }
    if lineStart < scalars.endIndex { finish(at: scalars.endIndex, offset) }
    return lines
}

/// White space or a byte-order mark, checked cheaply for ASCII first.
@inline(__always)
private func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar == " " || scalar == "\t" || scalar.value == 0x0B || scalar.value == 0x0C }
    return scalar == "\u{FEFF}" || scalar.properties.isWhitespace
}
