/// The one error type of the Pages module: what is wrong with a page or feed, and where.
public struct PageError: Error, Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case unknownCharset, undecodable, tooLarge, unreadableMarkup, noPosts, notAFeed, badStamp
    }

    public var kind: Kind
    public var message: String
    /// The file or URL.
    public var source: String
    /// The 1-based line in the input, where known.
    public var line: Int?

    public init(_ kind: Kind, _ message: String, source: String, line: Int? = nil) {
        self.kind = kind
        self.message = message
        self.source = source
        self.line = line
    }
}

extension PageError: CustomStringConvertible {
    public var description: String {
        source + (line.map { ":\($0)" } ?? "") + ": " + message
    }
}
