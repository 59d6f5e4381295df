import Foundation

/// The kinds of input the readers take, and how an input's kind is told from its name and first bytes.
public enum InputFormat: String, Hashable, Sendable, CaseIterable {
    /// A live-blog page saved or copied as text (the stamp lines start posts).
    case liveblog
    /// One plain-text article (needs its publication time).
    case text
    /// JSON Lines, one article a line.
    case jsonl
    /// An HTML page, saved or fetched.
    case html
    /// An RSS or Atom feed.
    case feed

    /// The format of an input, from its name where that settles it, else from its first bytes.
    ///
    /// Markup is told by what it starts with (after a byte-order mark and white space): an XML
    /// declaration or root naming `rss`, `feed` or `rdf:RDF` is a feed; a doctype, `<html>`,
    /// `<head>`, `<body>` or a comment followed by those is HTML. Anything else is a text page.
    public static func sniff(_ head: [UInt8], name: String?) -> InputFormat {
        let lowerName = (name ?? "").lowercased()
        if lowerName.hasSuffix(".jsonl") || lowerName.hasSuffix(".ndjson") { return .jsonl }
        var start = head.startIndex
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < head.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        let text = String(decoding: head[start...].prefix(4096).map { $0 >= 0x80 ? 0x20 : $0 }, as: UTF8.self).lowercased()
        guard text.hasPrefix("<") else {
            if lowerName.hasSuffix(".html") || lowerName.hasSuffix(".htm") { return .html }
            return .liveblog
        }
        let firstElement = Self.firstElementName(text)
        if ["rss", "feed", "rdf:rdf"].contains(firstElement) { return .feed }
        if ["html", "head", "body", "!doctype"].contains(firstElement) || text.contains("<html") || text.contains("<body") { return .html }
        if lowerName.hasSuffix(".xml") || lowerName.hasSuffix(".rss") || lowerName.hasSuffix(".atom") { return .feed }
        return .html
    }

    /// The name of the first element (or `!doctype`), past the XML declaration, comments and processing instructions.
    static func firstElementName(_ text: String) -> String {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("?") || rest.hasPrefix("!--") {
                guard let close = rest.range(of: rest.hasPrefix("?") ? "?>" : "-->") else { return "" }
                rest = rest[close.upperBound...]
                continue
            }
            return String(rest.prefix { !" \t\r\n>/".contains($0) })
        }
        return ""
    }
}

extension InputFormat {
    /// The format a server's `Content-Type` names, when it names one (`application/xml` does not say which).
    public static func from(contentType: String?) -> InputFormat? {
        guard let mediaType = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() else { return nil }
        switch mediaType {
        case "text/html", "application/xhtml+xml": return .html
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml": return .feed
        case "text/plain": return .liveblog
        case "application/x-ndjson", "application/jsonl", "application/x-jsonlines": return .jsonl
        default: return nil
        }
    }
}
