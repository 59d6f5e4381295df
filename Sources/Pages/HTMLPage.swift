import Timeline

/// An HTML page read into posts: the text the reader extracted, and every post with ranges into it.
public struct HTMLPage: Sendable {
    /// A live blog (many posts) or one article.
    public enum Kind: String, Hashable, Sendable {
        case liveBlog = "live blog"
        case article
    }

    /// Where the posts and their stamps came from, most exact first.
    public enum PostSource: String, Hashable, Sendable {
        case jsonLD = "schema.org JSON-LD"
        case timeElements = "machine-readable times (<time datetime>, data-* timestamps)"
        case shownStamps = "stamps shown in the page's markup"
        case text = "stamps in the page's text"
    }

    public var kind: Kind
    public var source: PostSource
    /// The text the reader extracted (stamp, headline, byline, paragraphs and captions of each
    /// post, a line each); every range in ``posts`` is half-open Unicode scalar offsets into it.
    public var text: String
    public var posts: [Post]
    public var title: String?
    /// The page's own address (`<link rel=canonical>`, `og:url`, or its JSON-LD `url`): its identity.
    public var url: String?
    /// The outlet (JSON-LD `publisher`, `og:site_name`).
    public var publisher: String?
    /// The page's own publication time, where it gives one.
    public var published: NormalizedTime?
    /// The page's last modification (`dateModified`), as written.
    public var modified: String?
    /// The page's language tag (`<html lang="en-GB">`, `og:locale`).
    public var language: String?
    /// An article's dateline (`MOSCOW`), from JSON-LD.
    public var dateline: String?
    /// The charset the bytes were decoded from, and where it was declared.
    public var charset: String
    public var charsetSource: CharsetSource
    /// Decisions worth telling the user: a contradiction between JSON-LD and the visible stamps
    /// and which was used, a JSON-LD block that was not valid.
    public var notes: [String]
}
