import Timeline

/// One line of a page's readable text and the block element it came from.
public struct RenderedBlock: Hashable, Sendable {
    public var text: String
    /// The nearest block element holding the text (a `<p>`, a heading, a table cell).
    public var node: Int
}

extension MarkupTree {
    /// Elements whose content is never text a reader reads.
    static let unreadElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option", "input", "textarea",
        "canvas", "video", "audio", "object", "embed", "head", "title", "meta", "link", "img", "picture", "source", "map",
    ]

    /// Elements that start a line of their own; everything else is inline and runs on.
    static let blockElements: Set<String> = [
        "html", "body", "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3",
        "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "caption", "blockquote", "figure", "figcaption", "pre", "address", "hr", "br", "form", "fieldset", "center",
        "details", "summary",
    ]

    /// Landmark elements that hold a site's furniture, not its story.
    static let furnitureElements: Set<String> = ["nav", "aside", "footer", "form"]

    /// ARIA roles of furniture.
    static let furnitureRoles: Set<String> = ["navigation", "banner", "complementary", "contentinfo", "search", "dialog", "menu"]

    /// Words that publishers' templates use in the class or id of furniture: share bars, ad slots,
    /// related and most-read lists, newsletters, cookie notices. Matched as whole words of the
    /// attribute (`ad-slot` has `ad`; `headline` has none).
    static let furnitureClassWords: Set<String> = [
        "share", "sharing", "social", "ad", "ads", "advert", "advertisement", "sponsored", "promo", "related", "newsletter",
        "cookie", "cookies", "comments", "breadcrumb", "breadcrumbs", "menu", "nav", "navigation", "sidebar", "subscribe",
        "popular", "trending", "recommended", "outbrain", "taboola", "mostread", "most-read", "skip", "paywall", "modal",
    ]

    /// Whether an element is site furniture (navigation, sharing, ads, related links) rather than content.
    public func isFurniture(_ index: Int) -> Bool {
        let node = nodes[index]
        if Self.furnitureElements.contains(node.name) { return true }
        if let role = node.attributes["role"]?.lowercased(), Self.furnitureRoles.contains(role) { return true }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = node.attributes["style"]?.lowercased().filter({ $0 != " " }), style.contains("display:none") { return true }
        for attribute in ["class", "id"] {
            guard let value = node.attributes[attribute]?.lowercased() else { continue }
            let words = value.split { !$0.isLetter && !$0.isNumber }
            if words.contains(where: { Self.furnitureClassWords.contains(String($0)) }) { return true }
            if value.contains("most-read") || value.contains("most_read") { return true }
        }
        return false
    }

    /// The readable lines under `root`: one per block, white space collapsed, furniture and
    /// scripts dropped, and nothing under the nodes in `skipping`.
    public func blocks(under root: Int, skipping: Set<Int> = []) -> [RenderedBlock] {
        var blocks: [RenderedBlock] = []
        var line = ""
        var lineNode = root
        func flush() {
            let text = line.normalizingSpaces()
            if !text.isEmpty { blocks.append(RenderedBlock(text: text, node: lineNode)) }
            line = ""
        }
        // (node, leaving): a block element flushes the line both when entered and when left.
        var stack: [(Int, Bool, Int)] = [(root, false, root)]
        while let (index, leaving, enclosingBlock) = stack.popLast() {
            let node = nodes[index]
            if node.isText {
                if line.isEmpty { lineNode = enclosingBlock }
                line += node.text
                continue
            }
            let isBlock = Self.blockElements.contains(node.name)
            if leaving {
                if isBlock { flush() }
                continue
            }
            if index != root && (skipping.contains(index) || Self.unreadElements.contains(node.name) || isFurniture(index)) {
                // A dropped element still ends the words before it (`Share<nav>` is not `Share...`).
                if isBlock { flush() } else { line += " " }
                continue
            }
            if isBlock { flush() }
            let block = isBlock ? index : enclosingBlock
            stack.append((index, true, enclosingBlock))
            for child in node.children.reversed() { stack.append((child, false, block)) }
        }
        flush()
        return blocks
    }

    /// The readable text of one element on one line.
    public func lineText(of index: Int) -> String {
        blocks(under: index).map(\.text).joined(separator: " ")
    }

    /// The nearest ancestor (or the node itself) named one of `names`.
    public func ancestor(of index: Int, named names: Set<String>) -> Int? {
        var current: Int? = index
        while let node = current {
            if names.contains(nodes[node].name) { return node }
            current = nodes[node].parent
        }
        return nil
    }
}
