import Pages
import Timeline

extension DocumentLoader {
    /// An HTML page: its posts (a live blog's, or one article's) with their incidents.
    ///
    /// The page's address is its identity, so a later save or fetch of the same live blog adds only
    /// its new posts; the extracted text is its content (re-saving with other ads changes nothing)
    /// and is stored with it, because every evidence range points into that text.
    public func htmlPage(_ page: HTMLPage, path: String?, fetchedFrom url: String? = nil) -> ExtractedDocument {
        let hash = SHA256.hex(page.text.utf8)
        let address = page.url ?? url
        let read = page.posts.map { extractor.extract(from: $0, in: page.text) }
        let publisher = page.publisher ?? Self.publisher(of: page.posts)
        return ExtractedDocument(
            identity: address.map { "url:" + $0 } ?? "sha256:" + hash, sourceID: path ?? url ?? "-", path: path, url: address,
            title: page.title, publisher: publisher, format: .html, pageDate: page.published?.start.utcDate.iso8601,
            contentHash: hash, posts: read.map(\.post), incidents: IncidentMerger.mergeAll(read.flatMap(\.incidents)),
            extractedText: page.text)
    }

    /// A feed: each item an article, known by its link (or id), with its text stored.
    public func feed(_ feed: Feed, path: String?) -> [ExtractedDocument] {
        feed.items.map { item in
            let hash = SHA256.hex(item.text.utf8)
            let read = extractor.extract(from: item.post, in: item.text)
            let identity = item.link.map { "url:" + $0 } ?? item.id.map { "id:" + $0 } ?? "sha256:" + hash
            return ExtractedDocument(
                identity: identity, sourceID: item.id ?? item.link ?? path ?? "-", path: path, url: item.link, title: item.title,
                publisher: feed.title, format: .feed, pageDate: nil, contentHash: hash, posts: [read.post],
                incidents: IncidentMerger.mergeAll(read.incidents), extractedText: item.text)
        }
    }
}
