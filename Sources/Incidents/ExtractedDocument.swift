import Timeline

/// An input document read and analysed, ready for the store.
public struct ExtractedDocument: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable, CaseIterable {
        case liveblog, text, jsonl, html, feed
    }

    /// What makes two copies the same document: its URL, else publisher and date line, else content.
    public var identity: String
    /// The input's own id (JSON Lines) or its path.
    public var sourceID: String
    public var path: String?
    public var url: String?
    public var title: String?
    public var publisher: String?
    public var format: Format
    /// The page's date line as a date (`2023-05-31`).
    public var pageDate: String?
    /// SHA-256 of the input bytes, hex (of the extracted text for HTML pages and feed items).
    public var contentHash: String
    /// The text the reader extracted from an HTML page or feed item, which evidence ranges point
    /// into; nil for text inputs, whose ranges point into the input itself.
    public var extractedText: String?
    public var posts: [ExtractedPost]
    /// Incidents of the whole document, reports of one event merged; evidence names its posts.
    public var incidents: [Incident]

    public init(
        identity: String, sourceID: String, path: String?, url: String?, title: String?, publisher: String?, format: Format,
        pageDate: String?, contentHash: String, posts: [ExtractedPost], incidents: [Incident], extractedText: String? = nil
    ) {
        self.extractedText = extractedText
        self.identity = identity
        self.sourceID = sourceID
        self.path = path
        self.url = url
        self.title = title
        self.publisher = publisher
        self.format = format
        self.pageDate = pageDate
        self.contentHash = contentHash
        self.posts = posts
        self.incidents = incidents
    }
}

/// A post with what was found in it.
public struct ExtractedPost: Hashable, Sendable {
    public var position: Int
    public var stamp: NormalizedTime
    public var headline: String
    public var byline: String?
    public var authors: [String]
    public var body: String
    /// The whole post in the input: half-open Unicode-scalar offsets.
    public var range: Range<Int>
    /// Place mentions found but not resolved, for the ingest summary.
    public var unresolved: [String]
    /// Sentences that tell an event for which no place was found anywhere in the post: no
    /// incident could be made, and the ingest summary says so (an event is never dropped silently).
    public var unplacedEvents: [String]

    public init(
        position: Int, stamp: NormalizedTime, headline: String, byline: String?, authors: [String], body: String,
        range: Range<Int>, unresolved: [String], unplacedEvents: [String] = []
    ) {
        self.unplacedEvents = unplacedEvents
        self.position = position
        self.stamp = stamp
        self.headline = headline
        self.byline = byline
        self.authors = authors
        self.body = body
        self.range = range
        self.unresolved = unresolved
    }
}
