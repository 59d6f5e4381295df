/// What a URL answered the last time it was ingested.
public struct StoredFetch: Hashable, Sendable {
    public var url: String
    public var finalURL: String
    public var etag: String?
    public var lastModified: String?
    public var contentHash: String
    public var fetchedAt: String

    public init(url: String, finalURL: String, etag: String?, lastModified: String?, contentHash: String, fetchedAt: String) {
        self.url = url
        self.finalURL = finalURL
        self.etag = etag
        self.lastModified = lastModified
        self.contentHash = contentHash
        self.fetchedAt = fetchedAt
    }
}
