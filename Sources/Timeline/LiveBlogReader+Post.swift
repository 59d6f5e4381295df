import Foundation

extension LiveBlogReader {
    /// Reads the lines of one post: stamp, headline, byline, captions, body, credits.
    func readPost(
        index: Int, stamp: StampLine, time: NormalizedTime, lines: ArraySlice<SourceLine>, updates: [StampLine],
        context: StampContext
    ) throws(TimelineError) -> Post {
        let stampLine = lines.first!
        var post = Post(
            index: index, stamp: time, authors: [], contributors: [], captions: [], paragraphs: [], updates: [],
            range: stampLine.range, line: stampLine.number)
        let updateLines = Set(updates.map(\.lineIndex))
        var body = Array(lines.dropFirst().filter { !$0.isBlank && !Noise.isNoise($0.text) })
        var lineIndexByNumber: [Int: Int] = [:]
        for (offset, line) in lines.enumerated() { lineIndexByNumber[line.number] = lines.startIndex + offset }
        for update in updates {
            if let line = lines.first(where: { lineIndexByNumber[$0.number] == update.lineIndex }) {
                post.updates.append(try normalize(update, line: line, context: context))
            }
        }
        body.removeAll { lineIndexByNumber[$0.number].map(updateLines.contains) == true }
        if let last = body.last { post.range = stampLine.range.lowerBound..<last.range.upperBound }
        switch stamp.tail {
        case .headline(let headline): post.headline = headline.normalizingSpaces()
        case .author(let author):
            post.byline = author.normalizingSpaces()
            post.authors = [author.normalizingSpaces()]
        case nil: break
        }
        if post.headline == nil, let first = body.first, !Byline.isByline(first.text) {
            post.headline = first.text.normalizingSpaces()
            post.headlineRange = first.range
            body.removeFirst()
        }
        if post.byline == nil, let first = body.first, Byline.isByline(first.text) {
            post.byline = first.text.normalizingSpaces()
            post.authors = Byline.names(in: first.text)
            body.removeFirst()
        }
        var cursor = 0
        while cursor < body.count {
            let line = body[cursor]
            // A caption stands twice: alone, then again followed by its credit.
            if cursor + 1 < body.count, body[cursor + 1].number == line.number + 1, line.text.count >= 20,
                body[cursor + 1].text.hasPrefix(line.text), body[cursor + 1].text.count > line.text.count
            {
                let credit = body[cursor + 1].text.dropFirst(line.text.count).trimmingSpaces()
                post.captions.append(Caption(text: line.text, credit: credit.isEmpty ? nil : credit.normalizingSpaces(), range: line.range))
                cursor += 2
                continue
            }
            if let credited = Byline.contributors(in: line.text) {
                post.contributors += credited
                cursor += 1
                continue
            }
            post.paragraphs.append(Paragraph.reading(line))
            cursor += 1
        }
        return post
    }
}

extension Paragraph {
    /// Lead-ins that introduce a paragraph of context rather than news.
    static let leadIns: Set<String> = [
        "some context", "some background", "remember", "background", "context", "catch up", "note",
        "key context", "for context", "more background", "recap", "why it matters", "what we know",
        "the big picture", "in case you missed it", "analysis", "fact check", "earlier", "previously",
    ]

    static func reading(_ line: SourceLine) -> Paragraph {
        if let colon = line.text.firstIndex(of: ":"), line.text.distance(from: line.text.startIndex, to: colon) <= 24 {
            let lead = String(line.text[..<colon])
            if leadIns.contains(lead.lowercased()) {
                let rest = line.text[line.text.index(after: colon)...]
                let text = rest.trimmingSpaces()
                let skipped = line.text.unicodeScalars.count - text.unicodeScalars.count
                return Paragraph(text: text, leadIn: lead, range: (line.range.lowerBound + skipped)..<line.range.upperBound)
            }
        }
        return Paragraph(text: line.text, leadIn: nil, range: line.range)
    }
}

/// Lines a browser saves that are not news: controls, share links, video markers.
enum Noise {
    static let lines: Set<String> = [
        "sort bydropdown arrow", "sort by", "dropdown arrow", "link copied!", "link copied", "copy link", "share",
        "advertisement", "hide caption", "show caption", "toggle caption", "enlarge this image", "reuse this content",
        "skip to content", "load more", "show more", "see all updates", "show key events only", "key events",
        "facebook", "twitter", "email", "whatsapp", "pinned", "pinned post", "video", "play video", "watch",
        "get our live blog alerts", "please turn on javascript", "close", "menu", "newest first", "oldest first",
        "latest", "oldest", "live", "live updates", "ad feedback", "video ad feedback", "skip to main content",
        "skip to navigation", "sign in", "subscribe", "print subscriptions", "search jobs", "search",
        "breaking", "breaking news", "key event", "live reporting", "summary",
    ]

    static func isNoise(_ text: String) -> Bool {
        // Furniture is short: a paragraph is not compared with the lists (nor counted in characters).
        guard text.utf8.count <= 160 else { return false }
        if text.count <= 40, lines.contains(text.lowercased()) { return true }
        return isVideoMarker(text)
    }

    /// `04:05 - Source: CNN`
    static func isVideoMarker(_ text: String) -> Bool {
        guard let range = text.range(of: " - Source: ") ?? text.range(of: " – Source: ") else { return false }
        let clock = text[..<range.lowerBound]
        return !clock.isEmpty && clock.count <= 8 && clock.allSatisfy { $0.isNumber || $0 == ":" }
    }

    /// `18 Posts` -> 18.
    static func postCount(_ text: String) -> Int? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, ["posts", "post", "updates", "update"].contains(parts[1].lowercased()) else { return nil }
        return Int(parts[0])
    }
}

/// Bylines (`From CNN's Anna Chernova`, `By A, B and C, CNN`) and credits (`Previous reporting from ...`).
enum Byline {
    static func isByline(_ text: String) -> Bool {
        (text.hasPrefix("From ") || text.hasPrefix("By ")) && text.split(separator: " ").count <= 16 && !text.hasSuffix(".")
    }

    /// `Previous reporting from CNN's David McKenzie`, `CNN's X contributed reporting to this post.`
    static func contributors(in text: String) -> [String]? {
        // A credit is one short line (16 words at most, checked below); a paragraph is not lowered to find out.
        guard text.utf8.count <= 240 else { return nil }
        let lower = text.lowercased()
        for prefix in ["previous reporting from ", "additional reporting by ", "additional reporting from ", "reporting by "]
        where lower.hasPrefix(prefix) && text.split(separator: " ").count <= 16 {
            return names(in: String(text.dropFirst(prefix.count)))
        }
        if text.split(separator: " ").count <= 16,
            let range = lower.range(of: " contributed reporting") ?? lower.range(of: " contributed to this report")
        {
            return names(in: String(text[..<range.lowerBound]))
        }
        return nil
    }

    /// The people a byline names, without the outlet (`CNN's`, `, CNN`) or `staff`.
    static func names(in text: String) -> [String] {
        var rest = Substring(text.normalizingSpaces())
        for prefix in ["From ", "By ", "from ", "by "] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count) }
        var names: [String] = []
        let parts = rest.replacingOccurrences(of: " and ", with: ", ").replacingOccurrences(of: " & ", with: ", ")
            .split(separator: ",")
        for part in parts {
            var name = part.trimmingSpaces()
            // Drop an outlet's possessive: `CNN's Anna Chernova`, `Reuters’ Tom Balmforth`.
            if let space = name.firstIndex(of: " ") {
                let first = name[..<space]
                if first.hasSuffix("'s") || first.hasSuffix("’s") || first.hasSuffix("'") || first.hasSuffix("’") {
                    name = String(name[name.index(after: space)...])
                }
            }
            let words = name.split(separator: " ")
            if words.isEmpty || name.lowercased().contains("staff") { continue }
            // A lone capitalised outlet (`CNN`, `AFP`) is not a person.
            if words.count == 1, name == name.uppercased() { continue }
            names.append(name)
        }
        return names
    }
}

extension StringProtocol {
    /// Every run of white space (no-break spaces included) as one space, trimmed: for names and
    /// headlines, which are compared and shown; body text keeps its bytes for its ranges.
    public func normalizingSpaces() -> String {
        if isNormalizedSpacing { return String(self) }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether the text is plain ASCII with single spaces between words and none at its ends: then
    /// normalizing it changes nothing (most lines of a page, checked byte by byte, no Unicode tables).
    public var isNormalizedSpacing: Bool {
        var previousSpace = true
        for byte in utf8 {
            if byte >= 0x80 || byte < 0x20 { return false }
            if byte == 0x20 {
                if previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
        }
        return !previousSpace || isEmpty
    }

    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
