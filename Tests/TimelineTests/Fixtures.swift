import Foundation
import Testing
@testable import Timeline

/// Files of the repository, found from this source file.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// A document date written `YYYY-MM-DD`, as a UTC anchor.
    static func anchor(_ iso: String) throws -> TimeAnchor {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let date = parts.count == 3 ? CivilDate(year: parts[0], month: parts[1], day: parts[2]) : nil
        return try TimeAnchor(date: try #require(date, "not a date: '\(iso)'"), zone: .utc)
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
