import Foundation

/// Files of the repository, found from this source file.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    static var seed: String {
        get throws { try text("seeds/000_fdd7082ede222f27.txt") }
    }
}

extension String {
    /// The text at half-open Unicode-scalar offsets, as a user's Python `text[start:end]` gives it.
    func scalars(_ range: Range<Int>) -> String {
        let scalars = Array(unicodeScalars)
        return String(String.UnicodeScalarView(scalars[range]))
    }
}
