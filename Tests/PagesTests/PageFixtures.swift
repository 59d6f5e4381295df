import Foundation
import Pages
import Timeline

/// The publisher-style pages in Tests/Fixtures/pages (the seed's posts in other markup).
enum PageFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pages")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// `expected-posts.tsv`: the seed's nine posts, UTC stamp and headline, in page order.
    static func expectedPosts() throws -> [(stamp: String, headline: String)] {
        try String(contentsOf: folder.appendingPathComponent("expected-posts.tsv"), encoding: .utf8)
            .split(separator: "\n").map { line in
                let fields = line.split(separator: "\t", maxSplits: 1)
                return (String(fields[0]), String(fields[1]))
            }
    }

    static func read(_ name: String, contentType: String? = nil) throws -> HTMLPage {
        try HTMLPageReader().read(try bytes(name), contentType: contentType, name: name)
    }
}

extension String {
    /// No-break spaces and runs of white space as one space: how the fixtures' expectations are written.
    var folded: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
