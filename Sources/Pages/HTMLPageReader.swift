import Foundation
import Timeline

/// Reads a saved or fetched HTML page into posts: schema.org first, then the page's markup, then its text.
///
/// 1. A schema.org `LiveBlogPosting` gives the posts from `liveBlogUpdate`, each stamp its
///    `datePublished`; each update is matched to its block on the page (by its headline) for
///    paragraphs and captions, else its `articleBody` is the body.
/// 2. Else repeated blocks each holding a machine-readable time (`<time datetime>`, a `data-*`
///    timestamp) are the posts.
/// 3. Else repeated blocks each showing a stamp in their markup, or the page's readable text
///    (furniture dropped) read by the text page reader as a copied page would be: whichever finds
///    more posts (live pages often call themselves a `NewsArticle`: the posts they show come first).
/// 4. Else a `NewsArticle`/`Article` (JSON-LD) is one article.
public struct HTMLPageReader: Sendable {
    /// Larger pages are refused: live-blog pages are a few megabytes even with their scripts.
    public static let maximumBytes = 32 << 20

    public var context: StampContext

    public init(context: StampContext = StampContext()) {
        self.context = context
    }

    static let liveBlogTypes: Set<String> = ["LiveBlogPosting"]
    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report", "WebPageElement",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// Reads a page's bytes; `contentType` is the HTTP `Content-Type`, whose charset comes first.
    public func read(_ bytes: [UInt8], contentType: String? = nil, name: String) throws(PageError) -> HTMLPage {
        guard bytes.count <= Self.maximumBytes else {
            throw PageError(.tooLarge, "\(bytes.count >> 20) MB is larger than a page can be (the limit is \(Self.maximumBytes >> 20) MB)", source: name)
        }
        let decoded = try PageCharset.decode(bytes, transport: contentType, name: name)
        let tree = try MarkupTree(html: decoded.utf8, name: name)
        let jsonLD = JSONLD(tree)
        var page = HTMLPage(
            kind: .liveBlog, source: .jsonLD, text: "", posts: [], title: nil, url: nil, publisher: nil, published: nil,
            modified: nil, language: nil, dateline: nil, charset: decoded.charset, charsetSource: decoded.source, notes: jsonLD.problems)
        readMetadata(tree, jsonLD: jsonLD, into: &page)
        var layout = PostLayout(tree: tree, context: context)
        layout.fallbackDate = [page.modified, page.published?.text].compactMap { $0.flatMap(Self.writtenDate) }.first
        let metadataTimes = [page.modified, page.published?.text].compactMap { $0 }
        layout.fallbackZone = PageZone.forStamps(language: page.language, url: page.url, writtenTimes: metadataTimes)
        // Machine-readable times written without an offset (`datetime="2024-03-31 03:12:45"`) are in the page's zone.
        if layout.context.defaultZone == nil, let zone = layout.fallbackZone {
            layout.context.defaultZone = zone
        }
        let timed = written(layout.timedPosts(layout.machineTimes()), layout: layout)
        // The posts by stamps shown in the markup, found once when first asked for.
        var shownOnce: (posts: [Post], text: String)??
        func shownPosts() -> (posts: [Post], text: String)? {
            if let found = shownOnce { return found }
            let found = written(layout.timedPosts(layout.visibleStamps()), layout: layout)
            shownOnce = .some(found)
            return found
        }
        if let blog = jsonLD.first(ofType: Self.liveBlogTypes), !JSONLD.objects(blog, "liveBlogUpdate").isEmpty {
            var fromJSONLD = page
            try readLiveBlog(blog, layout: layout, into: &fromJSONLD, name: name)
            // Some publishers list only their latest updates in JSON-LD: the page's own posts then win.
            let shownCount = timed == nil ? (shownPosts()?.posts.count ?? 0) : 0
            let pageCount = max(timed?.posts.count ?? 0, shownCount)
            if pageCount > fromJSONLD.posts.count {
                page.notes.append(
                    "its JSON-LD lists \(fromJSONLD.posts.count) updates where the page shows \(pageCount) posts; the page's posts were read")
            } else if !fromJSONLD.posts.isEmpty {
                return fromJSONLD
            }
        }
        if let timed {
            page.posts = timed.posts
            page.text = timed.text
            page.source = .timeElements
            return page
        }
        // Stamps shown in the markup (`<span>15:47 BST</span>`), or in the page's text: the reading
        // that finds more posts, the markup's on a tie (it knows which posts have no headline).
        // Live pages often call themselves a NewsArticle; posts shown on the page come first.
        let shown = shownPosts()
        let text: Result<HTMLPage, PageError>
        do {
            text = .success(try readText(tree, layout: layout, into: page, name: name))
        } catch {
            text = .failure(error)
        }
        let textPosts = (try? text.get())?.posts.count ?? 0
        if let shown, shown.posts.count >= textPosts {
            page.posts = shown.posts
            page.text = shown.text
            page.source = .shownStamps
            return page
        }
        if let article = jsonLD.first(ofType: Self.articleTypes), let published = JSONLD.string(article, "datePublished"), textPosts < 2 {
            try readArticle(article, published: published, layout: layout, into: &page, name: name)
            return page
        }
        return try text.get()
    }

    /// The posts found by their time markers, written out; nil for fewer than two.
    ///
    /// Most must have a paragraph of their own: times in a list of links (`Related`, `Most read`)
    /// stand beside headlines only, and are no posts.
    private func written(_ timed: [PostLayout.TimedPost], layout: PostLayout) -> (posts: [Post], text: String)? {
        guard timed.count >= 2 else { return nil }
        var writer = PageTextWriter()
        var posts: [Post] = []
        for post in timed {
            guard let content = layout.content(of: post) else { continue }
            posts.append(writer.appendPost(content, index: posts.count))
        }
        let withBody = posts.filter { !$0.paragraphs.isEmpty }.count
        return posts.count >= 2 && withBody * 2 > posts.count ? (posts, writer.text) : nil
    }

    private func readMetadata(_ tree: MarkupTree, jsonLD: JSONLD, into page: inout HTMLPage) {
        var meta: [String: String] = [:]
        for index in tree.elements(named: "meta") {
            let attributes = tree.nodes[index].attributes
            guard let key = attributes["property"] ?? attributes["name"], let content = attributes["content"] else { continue }
            meta[key.lowercased()] = meta[key.lowercased()] ?? content
        }
        let canonical = tree.elements(named: "link").first { index in
            (tree.nodes[index].attributes["rel"] ?? "").lowercased().split(separator: " ").contains("canonical")
        }
        let main = jsonLD.first(ofType: Self.liveBlogTypes) ?? jsonLD.first(ofType: Self.articleTypes)
        page.url = canonical.flatMap { tree.nodes[$0].attributes["href"] } ?? meta["og:url"] ?? main.flatMap(JSONLD.url)
        page.publisher = main.flatMap { JSONLD.names($0, "publisher").first } ?? meta["og:site_name"]
        let titleElement = tree.elements(named: "title").first.map { tree.rawText(of: $0).normalizingSpaces() }
        page.title = main.flatMap { JSONLD.string($0, "headline") } ?? meta["og:title"] ?? titleElement
        if let published = main.flatMap({ JSONLD.string($0, "datePublished") }) ?? meta["article:published_time"] {
            page.published = try? NormalizedTime(stamp: published, context: context)
        }
        page.dateline = main.flatMap { JSONLD.string($0, "dateline") }
        page.modified = main.flatMap { JSONLD.string($0, "dateModified") } ?? meta["article:modified_time"]
        page.language = tree.elements(named: "html").first.flatMap { tree.nodes[$0].attributes["lang"] } ?? meta["og:locale"]
        if page.published == nil, let written = main.flatMap({ JSONLD.string($0, "datePublished") }) ?? meta["article:published_time"] {
            page.notes.append("the page's datePublished '\(written)' is not a time; it was left out")
        }
    }

    /// Posts from a `LiveBlogPosting`'s `liveBlogUpdate` entries, in the order the page lists them.
    private func readLiveBlog(_ blog: [String: Any], layout: PostLayout, into page: inout HTMLPage, name: String) throws(PageError) {
        let listed = JSONLD.objects(blog, "liveBlogUpdate")
        let blocks = visibleBlocks(of: listed, layout: layout)
        // In the order the page shows them when every update was found on it (some publishers list
        // them oldest first), else as JSON-LD lists them.
        var order = Array(listed.indices)
        if !blocks.contains(where: { $0 == nil }), Set(blocks).count == blocks.count { order.sort { blocks[$0]! < blocks[$1]! } }
        var writer = PageTextWriter()
        for number in order {
            let update = listed[number]
            guard let published = JSONLD.string(update, "datePublished") else {
                page.notes.append("JSON-LD update \(number + 1) has no datePublished; it was skipped")
                continue
            }
            var stamp = try stampValue(published, name: name, what: "JSON-LD update \(number + 1) datePublished")
            let headline = JSONLD.string(update, "headline")
            var content: PostContent
            if let block = blocks[number], var visible = layout.content(ofBlock: block, headline: layout.hasHeading(block) ? nil : headline, stamp: stamp) {
                if let shown = layout.visibleStamp(in: block), shown.start != stamp.start {
                    page.notes.append(
                        "post \(number + 1) '\((headline ?? "").prefix(50))': JSON-LD datePublished \(published) disagrees with the page's visible <time datetime=\"\(shown.text)\">; "
                            + "the visible time is used, as it is what readers were shown")
                    stamp = shown
                    visible.stamp = shown
                }
                // The headline readers were shown (JSON-LD's may be rewritten for search engines).
                if visible.headline == nil { visible.headline = headline }
                content = visible
            } else {
                let body = (JSONLD.string(update, "articleBody") ?? "").components(separatedBy: "\n")
                content = PostContent(stamp: stamp, headline: headline, paragraphs: body)
            }
            if content.authors.isEmpty { content.authors = JSONLD.names(update, "author") }
            if let modified = JSONLD.string(update, "dateModified"), let time = try? NormalizedTime(stamp: modified, context: context),
                time.start != stamp.start
            {
                content.updates = [time]
            }
            page.posts.append(writer.appendPost(content, index: page.posts.count))
        }
        page.kind = .liveBlog
        page.source = .jsonLD
        page.text = writer.text
    }

    /// The block on the page that shows each JSON-LD update: the one carrying its headline, else
    /// the one whose machine-readable time is its `datePublished`.
    private func visibleBlocks(of updates: [[String: Any]], layout: PostLayout) -> [Int?] {
        let byHeadline = layout.blocksByHeadline(updates.compactMap { JSONLD.string($0, "headline") })
        var blocks: [Int?] = updates.map { update in JSONLD.string(update, "headline").flatMap { byHeadline[PostLayout.key($0)] } }
        guard blocks.contains(where: { $0 == nil }) else { return blocks }
        let timed = layout.timedPosts(layout.machineTimes())
        for (number, update) in updates.enumerated() where blocks[number] == nil {
            guard let published = JSONLD.string(update, "datePublished"), let time = try? NormalizedTime(stamp: published, context: context) else { continue }
            if let post = timed.first(where: { $0.stamp.start == time.start && !blocks.contains($0.block) }) { blocks[number] = post.block }
        }
        return blocks
    }

    /// One article from a `NewsArticle` (or `Article`): its stamp `datePublished`, its body from the page.
    private func readArticle(
        _ article: [String: Any], published: String, layout: PostLayout, into page: inout HTMLPage, name: String
    ) throws(PageError) {
        let stamp = try stampValue(published, name: name, what: "JSON-LD datePublished")
        let headline = JSONLD.string(article, "headline")
        var content = layout.articleContent(headline: headline, stamp: stamp)
        if content.paragraphs.isEmpty {
            content.paragraphs = (JSONLD.string(article, "articleBody") ?? "").components(separatedBy: "\n")
        }
        if content.authors.isEmpty { content.authors = JSONLD.names(article, "author") }
        var writer = PageTextWriter()
        page.posts = [writer.appendPost(content, index: 0)]
        page.text = writer.text
        page.kind = .article
        page.source = .jsonLD
    }

    /// The page's readable text, read as a text page: its stamp lines start posts.
    private func readText(_ tree: MarkupTree, layout: PostLayout, into page: HTMLPage, name: String) throws(PageError) -> HTMLPage {
        var page = page
        let body = tree.elements(named: "body").first ?? 0
        let lines = tree.blocks(under: body).map(\.text).filter { !PageTextWriter.isFurniture($0) }
        let text = lines.joined(separator: "\n")
        let read: LiveBlogPage
        var reader = LiveBlogReader(context: context, source: name)
        // Stamps with a clock only (`15:47 BST`) take the page's date from its metadata: the
        // newest post's day is the day of its last modification (the calendar date as written).
        reader.fallbackDate = layout.fallbackDate
        reader.fallbackZone = layout.fallbackZone
        do {
            read = try reader.read(text)
        } catch {
            throw PageError(.badStamp, "in the page's text: \(error.message)", source: name)
        }
        guard !read.posts.isEmpty else {
            let what = lines.isEmpty ? "no readable text (only scripts, styles and furniture)" : "no post stamps"
            throw PageError(
                .noPosts,
                "\(what): no schema.org LiveBlogPosting or NewsArticle, no blocks with <time datetime>, and no line that reads as a post's stamp",
                source: name)
        }
        page.text = text
        page.posts = read.posts
        page.source = .text
        page.kind = .liveBlog
        if page.title == nil { page.title = read.title }
        return page
    }

    /// The calendar date an ISO 8601 value writes (`2024-06-13` of `2024-06-13T14:47:00+00:00`).
    static func writtenDate(_ value: String) -> CivilDate? {
        let parts = value.prefix(10).split(separator: "-")
        guard value.count >= 10, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    private func stampValue(_ value: String, name: String, what: String) throws(PageError) -> NormalizedTime {
        do {
            return try NormalizedTime(stamp: value, context: context)
        } catch {
            throw PageError(.badStamp, "\(what) '\(value)' is not a time: \(error.message)", source: name)
        }
    }
}
