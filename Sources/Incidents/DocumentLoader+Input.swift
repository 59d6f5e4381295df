import Pages
import Timeline

/// Documents read from one input, with what the readers noticed on the way.
public struct LoadedInput: Sendable {
    public var documents: [ExtractedDocument]
    /// Notes from the HTML and feed readers (a page with no article element, an item with no date).
    public var notes: [String]
}

extension DocumentLoader {
    /// The documents of an input already read in its format (``PageInput/read(_:name:format:contentType:context:)``):
    /// an HTML page is one document, a feed one per item, a live blog one, a plain-text article one.
    ///
    /// JSON Lines are not read here: ``jsonLines(_:path:skipBadLines:each:)`` reads them an article at a time.
    ///
    /// - Parameters:
    ///   - name: how messages name the input (a file, a URL, `standard input`).
    ///   - path: the file it came from, kept as the document's path (nil for standard input, a URL or a request).
    ///   - published: a plain-text article's publication time; a live blog without stamps is read as an article at it.
    ///   - url: where a fetched page came from: a live blog read from a URL is known by its address.
    public func documents(
        from input: PageInput, format: InputFormat, name: String, path: String?, published: NormalizedTime?, url: String? = nil
    ) throws -> LoadedInput {
        switch input {
        case .html(let page):
            return LoadedInput(documents: [htmlPage(page, path: path, fetchedFrom: url)], notes: page.notes.map { "\(name): \($0)" })
        case .feed(let feed):
            let notes = feed.notes.map { "\(name): \($0)" }
            guard !feed.items.isEmpty else {
                throw PageError(.noPosts, "no \(feed.kind.rawValue) item with a publication time", source: name)
            }
            return LoadedInput(documents: self.feed(feed, path: path), notes: notes)
        case .text(let text):
            switch format {
            case .jsonl, .html, .feed:
                return LoadedInput(documents: [], notes: [])
            case .text:
                guard let published else {
                    throw TimelineError(.notAStamp, "\(name): a plain-text article needs its publication time", text: name)
                }
                return LoadedInput(documents: [article(text, published: published, path: path)], notes: [])
            case .liveblog:
                var document = try liveBlog(text, path: path)
                if let url {
                    // A page fetched as text is known by its address, as an HTML page is.
                    document.url = url
                    document.identity = "url:" + url
                }
                if document.posts.isEmpty {
                    if let published { return LoadedInput(documents: [article(text, published: published, path: path)], notes: []) }
                    throw TimelineError(
                        .notAStamp, "\(name): no post stamps found; for a single article use --format text --published TIME",
                        text: name)
                }
                return LoadedInput(documents: [document], notes: [])
            }
        }
    }
}
