/// What a structured page (an HTML page, a feed item) says of one post, before it is written out.
public struct PostContent: Hashable, Sendable {
    /// The post's time, its `text` the value as the page gave it (`2023-05-31T07:26:00-04:00`).
    public var stamp: NormalizedTime
    public var headline: String?
    public var byline: String?
    /// People the page names as authors; read from the byline when empty.
    public var authors: [String]
    public var paragraphs: [String]
    public var captions: [CaptionContent]
    /// The post's own later stamps (`dateModified`).
    public var updates: [NormalizedTime]

    public init(
        stamp: NormalizedTime, headline: String? = nil, byline: String? = nil, authors: [String] = [], paragraphs: [String],
        captions: [CaptionContent] = [], updates: [NormalizedTime] = []
    ) {
        self.stamp = stamp
        self.headline = headline
        self.byline = byline
        self.authors = authors
        self.paragraphs = paragraphs
        self.captions = captions
        self.updates = updates
    }
}

/// A photo caption and its credit as a page marks them up (`<figcaption>`).
public struct CaptionContent: Hashable, Sendable {
    public var text: String
    public var credit: String?

    public init(text: String, credit: String? = nil) {
        self.text = text
        self.credit = credit
    }
}

/// Writes the text a structured page is stored as, and builds its posts with ranges into that text.
///
/// A post is written as lines, the way a text page lays it out: stamp, headline, byline, body
/// paragraphs, then captions, with a blank line between posts. Every range is half-open Unicode
/// scalar offsets into ``text``, so evidence from an HTML page points into the stored text just as
/// evidence from a text page points into the file. Paragraph lead-ins (`Some context:`) and
/// credits (`Previous reporting from ...`) are read by the same rules as a text page's.
public struct PageTextWriter: Sendable {
    public private(set) var text = ""
    private var scalarCount = 0
    private var nextLine = 1

    public init() {}

    /// Appends one line (white space runs made single) and returns where it stands.
    @discardableResult
    public mutating func appendLine(_ line: String) -> SourceLine {
        let clean = line.normalizingSpaces()
        if !text.isEmpty {
            text += "\n"
            scalarCount += 1
        }
        let start = scalarCount
        text += clean
        scalarCount += clean.unicodeScalars.count
        defer { nextLine += 1 }
        return SourceLine(text: clean, number: nextLine, range: start..<scalarCount)
    }

    /// Appends a blank line (between posts).
    public mutating func appendBlankLine() {
        text += "\n"
        scalarCount += 1
        nextLine += 1
    }

    /// Writes one post and returns it as a text page's reader would have read it.
    public mutating func appendPost(_ content: PostContent, index: Int) -> Post {
        if !text.isEmpty { appendBlankLine() }
        var stamp = content.stamp
        let stampLine = appendLine(stamp.text)
        stamp.range = stampLine.range
        var post = Post(
            index: index, stamp: stamp, authors: content.authors, contributors: [], captions: [], paragraphs: [],
            updates: content.updates, range: stampLine.range, line: stampLine.number)
        var last = stampLine
        if let headline = content.headline?.normalizingSpaces(), !headline.isEmpty {
            last = appendLine(headline)
            post.headline = last.text
            post.headlineRange = last.range
        }
        if let byline = content.byline?.normalizingSpaces(), !byline.isEmpty {
            last = appendLine(byline)
            post.byline = last.text
            if post.authors.isEmpty { post.authors = Byline.names(in: byline) }
        }
        for paragraph in content.paragraphs where !paragraph.normalizingSpaces().isEmpty {
            last = appendLine(paragraph)
            if let credited = Byline.contributors(in: last.text) {
                post.contributors += credited
            } else {
                post.paragraphs.append(Paragraph.reading(last))
            }
        }
        for caption in content.captions where !caption.text.normalizingSpaces().isEmpty {
            last = appendLine(caption.text)
            post.captions.append(Caption(text: last.text, credit: caption.credit?.normalizingSpaces(), range: last.range))
        }
        post.range = stampLine.range.lowerBound..<last.range.upperBound
        return post
    }

    /// Whether a line reads as a byline (`From CNN's Anna Chernova`, `By A and B`).
    public static func isByline(_ line: String) -> Bool { Byline.isByline(line.normalizingSpaces()) }

    /// Whether a short line is page furniture a browser copies with the news (`Copy link`, `Advertisement`).
    public static func isFurniture(_ line: String) -> Bool { Noise.isNoise(line.normalizingSpaces()) }
}
