/// A live-blog page taken apart: its header and its posts in page order.
public struct LiveBlogPage: Hashable, Sendable {
    /// The first line of the page (often the newest headline).
    public var title: String?
    /// The line that dates the page (`May 31, 2023 - Russia-Ukraine news`) and the date it gives.
    public var dateLine: String?
    public var date: CivilDate?
    /// Authors named in the page header (`By Kathleen Magramo, ... and Mike Hayes, CNN`).
    public var authors: [String]
    /// The page's own `Updated ...` stamp.
    public var updated: NormalizedTime?
    /// The post count the page declares (`18 Posts`); the posts present may be fewer.
    public var declaredPostCount: Int?
    public var posts: [Post]
}

/// One post of a live blog, with everything traced to where it stands in the input.
public struct Post: Hashable, Sendable {
    /// 0-based position in page order (page order is not time order).
    public var index: Int
    public var stamp: NormalizedTime
    public var headline: String?
    /// Where the headline stands in the input (scalar offsets); nil for a headline on the stamp's line.
    public var headlineRange: Range<Int>?
    /// The byline as written (`From CNN's Anna Chernova`).
    public var byline: String?
    /// People named in the byline; empty for `From CNN staff`.
    public var authors: [String]
    /// People credited at the end (`Previous reporting from CNN's David McKenzie`).
    public var contributors: [String]
    public var captions: [Caption]
    public var paragraphs: [Paragraph]
    /// A post's own `Updated at ...` stamps.
    public var updates: [NormalizedTime]
    /// The whole post, stamp line to last line: half-open offsets in Unicode scalars.
    public var range: Range<Int>
    /// The 1-based line of the stamp.
    public var line: Int

    public init(
        index: Int, stamp: NormalizedTime, headline: String? = nil, headlineRange: Range<Int>? = nil, byline: String? = nil,
        authors: [String], contributors: [String], captions: [Caption], paragraphs: [Paragraph],
        updates: [NormalizedTime], range: Range<Int>, line: Int
    ) {
        self.index = index
        self.stamp = stamp
        self.headline = headline
        self.headlineRange = headlineRange
        self.byline = byline
        self.authors = authors
        self.contributors = contributors
        self.captions = captions
        self.paragraphs = paragraphs
        self.updates = updates
        self.range = range
        self.line = line
    }

    /// The body paragraphs joined by blank lines.
    public var bodyText: String { paragraphs.map(\.text).joined(separator: "\n\n") }
}

/// A photo caption and its credit (`Sefa Karacan/Anadolu Agency/Getty Images`).
public struct Caption: Hashable, Sendable {
    public var text: String
    public var credit: String?
    public var range: Range<Int>
}

/// A body paragraph; a lead-in such as `Some context:` is kept apart from its text.
public struct Paragraph: Hashable, Sendable {
    public var text: String
    /// `Some context`, `Remember`, `Some background` (without the colon).
    public var leadIn: String?
    /// Scalar offsets of ``text`` (after any lead-in).
    public var range: Range<Int>

    public init(text: String, leadIn: String?, range: Range<Int>) {
        self.text = text
        self.leadIn = leadIn
        self.range = range
    }
}
