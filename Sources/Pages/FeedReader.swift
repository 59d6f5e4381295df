import Timeline

/// One item of an RSS or Atom feed: an article with its link, title, time and text.
public struct FeedItem: Sendable {
    public var title: String?
    /// The article's address (RSS `link`, Atom `link rel=alternate`): its identity.
    public var link: String?
    /// RSS `guid` or Atom `id`, the identity when there is no link.
    public var id: String?
    /// The text the reader made of the item (stamp, title, paragraphs); the post's ranges point into it.
    public var text: String
    public var post: Post
}

/// An RSS 2.0 or Atom 1.0 feed read into articles.
public struct Feed: Sendable {
    public enum Kind: String, Hashable, Sendable {
        case rss = "RSS"
        case atom = "Atom"
    }

    public var kind: Kind
    public var title: String?
    public var link: String?
    public var items: [FeedItem]
    /// Items that were skipped, and why (no time, a time that is not one).
    public var notes: [String]
}

/// Reads RSS 2.0 and Atom 1.0 feeds: each item an article with its link, title, published time and content.
public struct FeedReader: Sendable {
    public var context: StampContext

    public init(context: StampContext = StampContext()) {
        self.context = context
    }

    public func read(_ bytes: [UInt8], contentType: String? = nil, name: String) throws(PageError) -> Feed {
        guard bytes.count <= HTMLPageReader.maximumBytes else {
            throw PageError(.tooLarge, "\(bytes.count >> 20) MB is larger than a feed can be (the limit is \(HTMLPageReader.maximumBytes >> 20) MB)", source: name)
        }
        let decoded = try PageCharset.decode(bytes, transport: contentType, isXML: true, name: name)
        let tree = try MarkupTree(xml: decoded.utf8, name: name)
        guard let root = tree.nodes[0].children.first(where: { !tree.nodes[$0].isText }) else {
            throw PageError(.notAFeed, "no root element", source: name)
        }
        switch Self.local(tree.nodes[root].name) {
        case "rss":
            guard let channel = tree.child(root, named: "channel") else { throw PageError(.notAFeed, "an <rss> without a <channel>", source: name) }
            return read(tree, channel: channel, itemName: "item", kind: .rss, name: name)
        case "rdf", "RDF":
            return read(tree, channel: root, itemName: "item", kind: .rss, name: name)
        case "feed":
            return read(tree, channel: root, itemName: "entry", kind: .atom, name: name)
        default:
            throw PageError(.notAFeed, "the root element is <\(tree.nodes[root].name)>, not <rss> or <feed>", source: name)
        }
    }

    private func read(_ tree: MarkupTree, channel: Int, itemName: String, kind: Feed.Kind, name: String) -> Feed {
        var feed = Feed(kind: kind, title: text(tree, channel, "title"), link: link(tree, channel), items: [], notes: [])
        let items = tree.elements(under: channel) { Self.local($0.name) == itemName }
        for (number, item) in items.enumerated() {
            let title = text(tree, item, "title")
            let label = "item \(number + 1)" + (title.map { " '\($0.prefix(50))'" } ?? "")
            guard let written = text(tree, item, "pubDate") ?? text(tree, item, "dc:date") ?? text(tree, item, "published")
                ?? text(tree, item, "updated")
            else {
                feed.notes.append("\(label) has no publication time; skipped")
                continue
            }
            guard let stamp = try? NormalizedTime(stamp: written, context: context) else {
                feed.notes.append("\(label): '\(written)' is not a time; skipped")
                continue
            }
            let body = text(tree, item, "content:encoded") ?? text(tree, item, "content") ?? text(tree, item, "description")
                ?? text(tree, item, "summary") ?? ""
            // Atom's <author> holds a <name>; RSS's is `desk@example.com (Anna Chernova)`.
            let authorElements = tree.nodes[item].children.filter { Self.local(tree.nodes[$0].name) == "author" }
            let authors = [text(tree, item, "dc:creator")].compactMap { $0 }
                + authorElements.compactMap { text(tree, $0, "name") ?? Self.rssAuthor(tree.rawText(of: $0).normalizingSpaces()) }
            var writer = PageTextWriter()
            let content = PostContent(stamp: stamp, headline: title, authors: authors.filter { !$0.isEmpty }, paragraphs: paragraphs(of: body))
            let post = writer.appendPost(content, index: 0)
            feed.items.append(
                FeedItem(title: title, link: link(tree, item), id: text(tree, item, "guid") ?? text(tree, item, "id"), text: writer.text, post: post))
        }
        return feed
    }

    /// An item's content as paragraphs: HTML (escaped or in CDATA) is parsed and read by blocks; plain text by lines.
    func paragraphs(of body: String) -> [String] {
        guard body.contains("<") else { return body.split(separator: "\n").map(String.init) }
        guard let fragment = try? MarkupTree(html: Array(("<html><body>" + body + "</body></html>").utf8), name: "feed item") else {
            return [body]
        }
        let root = fragment.elements(named: "body").first ?? 0
        return fragment.blocks(under: root).map(\.text)
    }

    /// The text of the first child named `name` (local name, or `prefix:local`).
    func text(_ tree: MarkupTree, _ parent: Int, _ name: String) -> String? {
        let found = tree.nodes[parent].children.first { index in
            let node = tree.nodes[index].name
            return name.contains(":") ? node == name : Self.local(node) == name
        }
        guard let found else { return nil }
        let text = tree.rawText(of: found).normalizingSpaces()
        return text.isEmpty ? nil : text
    }

    /// RSS `link` text, or Atom's `link rel="alternate"` (or with no `rel`).
    func link(_ tree: MarkupTree, _ parent: Int) -> String? {
        let links = tree.nodes[parent].children.filter { Self.local(tree.nodes[$0].name) == "link" }
        for link in links {
            let attributes = tree.nodes[link].attributes
            if let href = attributes["href"], (attributes["rel"] ?? "alternate") == "alternate" { return href }
            let text = tree.rawText(of: link).normalizingSpaces()
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// RSS `author` is an e-mail address with the name in brackets: `desk@example.com (Anna Chernova)`.
    static func rssAuthor(_ text: String) -> String {
        guard let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else { return text }
        return String(text[text.index(after: open)..<close])
    }

    static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }
}
