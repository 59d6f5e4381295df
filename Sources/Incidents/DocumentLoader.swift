import Foundation
import Geo
import Timeline

/// Reads inputs (live-blog pages, plain-text articles, JSON Lines) into analysed documents.
public struct DocumentLoader: Sendable {
    public var extractor: IncidentExtractor
    public var context: StampContext

    public init(extractor: IncidentExtractor, context: StampContext = StampContext()) {
        self.extractor = extractor
        self.context = context
    }

    /// A live-blog page: each post with its incidents.
    public func liveBlog(_ text: String, path: String?) throws(TimelineError) -> ExtractedDocument {
        let page = try LiveBlogReader(context: context, source: path).read(text)
        let publisher = Self.publisher(of: page.posts)
        let hash = SHA256.hex(text.utf8)
        let identity: String
        if let publisher, let date = page.date, let dateLine = page.dateLine {
            // The first line of a live blog is its newest headline; the date line stays put.
            identity = "liveblog:\(publisher.lowercased())|\(date.iso8601)|\(dateLine.lowercased())"
        } else {
            identity = "sha256:" + hash
        }
        let read = page.posts.map { extractor.extract(from: $0, in: text) }
        return ExtractedDocument(
            identity: identity, sourceID: path ?? "-", path: path, url: nil, title: page.title, publisher: publisher,
            format: .liveblog, pageDate: page.date?.iso8601, contentHash: hash, posts: read.map(\.post),
            incidents: IncidentMerger.mergeAll(read.flatMap(\.incidents)))
    }

    /// One plain-text article: its first line is its title, `published` its stamp.
    public func article(
        _ text: String, published: NormalizedTime, path: String?, id: String? = nil, url: String? = nil,
        title: String? = nil, publisher: String? = nil, format: ExtractedDocument.Format = .text
    ) -> ExtractedDocument {
        let lines = sourceLines(text)
        let firstLine = lines.first { !$0.isBlank }
        let headline = title ?? firstLine?.text ?? ""
        // A plain-text file's first line is its title; a JSON Lines `text` is all body unless it opens with a
        // line set apart as a title is (see `opensWithTitle`).
        let firstLineIsTitle = title == nil && (format == .text || Self.opensWithTitle(lines))
        let bodyLines = lines.filter { !$0.isBlank && !(firstLineIsTitle && $0.number == firstLine?.number) }
        var post = Post(
            index: 0, stamp: published, headline: headline, authors: [], contributors: [], captions: [],
            paragraphs: bodyLines.map { Paragraph(text: $0.text, leadIn: nil, range: $0.range) }, updates: [],
            range: 0..<text.unicodeScalars.count, line: 1)
        if firstLineIsTitle { post.headlineRange = firstLine?.range }
        let hash = SHA256.hex(text.utf8)
        let identity = url.map { "url:" + $0 } ?? id.map { "id:" + $0 } ?? "sha256:" + hash
        let read = extractor.extract(from: post, in: text)
        return ExtractedDocument(
            identity: identity, sourceID: id ?? path ?? "-", path: path, url: url, title: headline, publisher: publisher,
            format: format, pageDate: nil, contentHash: hash, posts: [read.post],
            incidents: IncidentMerger.mergeAll(read.incidents))
    }

    /// Whether a text's first line is a title: set apart by a blank line from a body that follows, and not
    /// written as a sentence (no closing punctuation) nor longer than a headline (`Police warn of fighting in
    /// Enga after court ruling`, then the story). A title tells what the story is about, in headline grammar
    /// the tagger reads badly; like a page's headline it gives context, not events.
    static func opensWithTitle(_ lines: [SourceLine]) -> Bool {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), first + 2 < lines.count, lines[first + 1].isBlank,
            lines[(first + 2)...].contains(where: { !$0.isBlank }), let last = lines[first].text.unicodeScalars.last
        else { return false }
        let words = lines[first].text.split(separator: " ").count
        return words <= maximumTitleWords && !sentenceClosers.contains(last)
    }

    /// A headline's length at most, in words.
    static let maximumTitleWords = 20
    /// What ends a line written as a sentence (or its quotation), not as a title.
    static let sentenceClosers: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", ",", "\"", "\u{201D}", "'", "\u{2019}", ")"]

    /// JSON Lines, one article a line: `id`, `published`, `text`, optional `title`, `url`, `publisher`.
    ///
    /// Every line is checked before any is handed on, so a broken line refuses the whole file
    /// (naming the file and line) and nothing is written; with `skipBadLines` the others are read
    /// and the errors returned. Documents are made and handed to `each` one at a time, so memory
    /// does not grow with the number of articles.
    public func jsonLines(
        _ text: String, path: String, skipBadLines: Bool = false, each: (ExtractedDocument) throws -> Void
    ) throws -> [TimelineError] {
        var articles: [JSONArticle] = []
        var skipped: [TimelineError] = []
        for line in sourceLines(text) where !line.isBlank {
            do {
                articles.append(try JSONArticle(line, path: path, context: context))
            } catch {
                guard skipBadLines else { throw error }
                skipped.append(error)
            }
        }
        for item in articles {
            try each(article(
                item.text, published: item.published, path: path, id: item.id, url: item.url, title: item.title,
                publisher: item.publisher, format: .jsonl))
        }
        return skipped
    }

    /// The outlet a page belongs to: `CNN` from `From CNN's ...` bylines or `..., CNN` in the header.
    static func publisher(of posts: [Post]) -> String? {
        var votes: [String: Int] = [:]
        for post in posts {
            guard let byline = post.byline else { continue }
            let words = ReaderToken.tokens(of: byline)
            guard words.count >= 2 else { continue }
            let candidate = words[1]
            if candidate.lower.hasSuffix("'s") { votes[String(candidate.text.dropLast(2)), default: 0] += 1 }
            if words.count == 3, words[2].lower == "staff" { votes[String(candidate.text), default: 0] += 1 }
        }
        return votes.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
    }
}

/// One line of JSON Lines, checked.
struct JSONArticle {
    var id: String
    var published: NormalizedTime
    var text: String
    var title: String?
    var url: String?
    var publisher: String?

    init(_ line: SourceLine, path: String, context: StampContext) throws(TimelineError) {
        func fail(_ message: String) -> TimelineError {
            TimelineError(.unreadableInput, message, text: String(line.text.prefix(80)), file: path, line: line.number)
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.text.utf8))) as? [String: Any] else {
            throw fail("not a JSON object: '\(line.text.prefix(80))'")
        }
        guard let text = object["text"] as? String else { throw fail("no \"text\" string") }
        guard let publishedText = object["published"] as? String else { throw fail("no \"published\" string") }
        guard let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) else { throw fail("no \"id\"") }
        do {
            published = try NormalizedTime(stamp: publishedText, context: context)
        } catch {
            throw fail("\"published\": \(error.message)")
        }
        self.id = id
        self.text = text
        title = object["title"] as? String
        url = object["url"] as? String
        publisher = object["publisher"] as? String
    }
}
