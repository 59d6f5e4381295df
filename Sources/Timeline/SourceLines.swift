/// A line of an input, with its 1-based number and its place in Unicode scalars.
public struct SourceLine: Hashable, Sendable {
    /// The line without its terminator and without surrounding white space.
    public var text: String
    public var number: Int
    /// Scalar offsets of ``text`` (trimmed) from the start of the input, half-open.
    public var range: Range<Int>

    public var isBlank: Bool { text.isEmpty }
}

/// Splits an input into lines, counting offsets in Unicode scalars (a BOM counts as one).
public func sourceLines(_ input: String) -> [SourceLine] {
    var lines: [SourceLine] = []
    var offset = 0
    var number = 1
    var current = String.UnicodeScalarView()
    var lineStart = 0
    func finish(at end: Int) {
        // Trim white space (and a BOM) at both ends, moving the range with it.
        var scalars = Substring.UnicodeScalarView(current)
        var start = lineStart
        var stop = end
        while let first = scalars.first, first.properties.isWhitespace || first == "\u{FEFF}" {
            scalars.removeFirst()
            start += 1
        }
        while let last = scalars.last, last.properties.isWhitespace {
            scalars.removeLast()
            stop -= 1
        }
        lines.append(SourceLine(text: String(scalars), number: number, range: start..<max(start, stop)))
        current = String.UnicodeScalarView()
        number += 1
    }
    var previousWasCR = false
    for scalar in input.unicodeScalars {
        if scalar == "\n" {
            if !previousWasCR { finish(at: offset) }
            previousWasCR = false
            offset += 1
            lineStart = offset
            continue
        }
        if previousWasCR { previousWasCR = false }
        if scalar == "\r" {
            finish(at: offset)
            previousWasCR = true
            offset += 1
            lineStart = offset
            continue
        }
        current.append(scalar)
        offset += 1
    }
    if !current.isEmpty || lineStart < offset { finish(at: offset) }
    return lines
}
