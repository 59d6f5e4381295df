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
        let publisher = Self.publisher(of: page)
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
        let bodyLines = lines.filter { !$0.isBlank && (title != nil || $0.number != firstLine?.number) }
        var post = Post(
            index: 0, stamp: published, headline: headline, authors: [], contributors: [], captions: [],
            paragraphs: bodyLines.map { Paragraph(text: $0.text, leadIn: nil, range: $0.range) }, updates: [],
            range: 0..<text.unicodeScalars.count, line: 1)
        if title == nil { post.headlineRange = firstLine?.range }
        let hash = SHA256.hex(text.utf8)
        let identity = url.map { "url:" + $0 } ?? id.map { "id:" + $0 } ?? "sha256:" + hash
        let read = extractor.extract(from: post, in: text)
        return ExtractedDocument(
            identity: identity, sourceID: id ?? path ?? "-", path: path, url: url, title: headline, publisher: publisher,
            format: format, pageDate: nil, contentHash: hash, posts: [read.post],
            incidents: IncidentMerger.mergeAll(read.incidents))
    }

    /// JSON Lines, one article a line: `id`, `published`, `text`, optional `title`, `url`, `publisher`.
    ///
    /// A broken line is an error naming the file and line; `skipBadLines` reads the others and
    /// returns the errors instead.
    public func jsonLines(_ text: String, path: String, skipBadLines: Bool = false) throws(TimelineError)
        -> (documents: [ExtractedDocument], skipped: [TimelineError])
    {
        var documents: [ExtractedDocument] = []
        var skipped: [TimelineError] = []
        for line in sourceLines(text) where !line.isBlank {
            do {
                documents.append(try jsonLine(line, path: path))
            } catch {
                guard skipBadLines else { throw error }
                skipped.append(error)
            }
        }
        return (documents, skipped)
    }

    private func jsonLine(_ line: SourceLine, path: String) throws(TimelineError) -> ExtractedDocument {
        func fail(_ message: String) -> TimelineError {
            TimelineError(.unreadableInput, message, text: String(line.text.prefix(80)), file: path, line: line.number)
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line.text.utf8))) as? [String: Any] else {
            throw fail("not a JSON object: '\(line.text.prefix(80))'")
        }
        guard let body = object["text"] as? String else { throw fail("no \"text\" string") }
        guard let publishedText = object["published"] as? String else { throw fail("no \"published\" string") }
        let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init)
        guard let id else { throw fail("no \"id\"") }
        let published: NormalizedTime
        do {
            published = try NormalizedTime(stamp: publishedText, context: context)
        } catch {
            throw fail("\"published\" \(error.message)")
        }
        return article(
            body, published: published, path: path, id: id, url: object["url"] as? String,
            title: object["title"] as? String, publisher: object["publisher"] as? String, format: .jsonl)
    }

    /// The outlet a page belongs to: `CNN` from `From CNN's ...` bylines or `..., CNN` in the header.
    static func publisher(of page: LiveBlogPage) -> String? {
        var votes: [String: Int] = [:]
        for post in page.posts {
            guard let byline = post.byline else { continue }
            let words = byline.split(separator: " ")
            guard words.count >= 2 else { continue }
            let candidate = words[1]
            for suffix in ["'s", "’s"] where candidate.hasSuffix(suffix) {
                votes[String(candidate.dropLast(suffix.count)), default: 0] += 1
            }
            if words.count == 3, words[2].lowercased() == "staff" { votes[String(candidate), default: 0] += 1 }
        }
        return votes.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
    }
}
