import CCurl
import Foundation

/// What a server said about a page the last time, to ask again conditionally (`If-None-Match`, `If-Modified-Since`).
public struct FetchValidators: Hashable, Sendable {
    public var etag: String?
    public var lastModified: String?

    public init(etag: String?, lastModified: String?) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }
}

/// A page as a server sent it.
public struct FetchedPage: Sendable {
    /// The address after redirects.
    public var finalURL: String
    public var status: Int
    /// The `Content-Type` header, whose `charset=` comes before the page's own declaration.
    public var contentType: String?
    public var body: [UInt8]
    /// The validators to send next time.
    public var validators: FetchValidators
}

/// The answer to a fetch: the page, or "not modified" to a conditional request.
public enum FetchResult: Sendable {
    case page(FetchedPage)
    case notModified(finalURL: String)
}

/// Fetches pages over HTTP(S): redirects within a limit, a clear User-Agent, a timeout, a size limit, conditional requests.
///
/// Built on libcurl, which every Swift toolchain on Linux needs anyway, loaded with `dlopen` on the
/// first fetch (`Sources/CCurl`). Linking FoundationNetworking instead made every run of
/// `timelinectl`, fetching or not, load libcurl and the two dozen libraries behind it (7 ms of a
/// 22 ms `--help`); AsyncHTTPClient would add swift-nio and BoringSSL to every clean build.
public struct PageFetcher: Sendable {
    public static let userAgent = "timelinectl/1.0 (+https://github.com/timeline; incident database; reads live blogs once per ingest)"
    static let accept = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"

    /// Seconds to wait for the server to answer (and between pieces of the answer).
    public var timeout: Double
    /// The largest body read; a larger one is refused.
    public var maximumBytes: Int
    public var maximumRedirects: Int

    public init(timeout: Double = 30, maximumBytes: Int = 32 << 20, maximumRedirects: Int = 10) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
    }

    /// Fetches `address`, conditionally when `validators` are given.
    public func fetch(_ address: String, validators: FetchValidators? = nil) throws(FetchError) -> FetchResult {
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw FetchError(.invalidURL, "not an http or https address", url: address)
        }
        var response = ccurl_response()
        defer { ccurl_response_free(&response) }
        let timeoutMilliseconds = Int(max(timeout, 0.001) * 1000)
        withOptionalCStrings(validators?.etag, validators?.lastModified) { etag, lastModified in
            var request = ccurl_request(
                url: nil, user_agent: nil, accept: nil, if_none_match: etag, if_modified_since: lastModified,
                connect_timeout_ms: timeoutMilliseconds,
                total_timeout_ms: Int(max(timeout * 4, timeout + 60) * 1000),
                stall_seconds: max(1, Int(timeout.rounded(.up))),
                max_bytes: maximumBytes, max_redirects: maximumRedirects)
            address.withCString { url in
                Self.userAgent.withCString { agent in
                    Self.accept.withCString { accept in
                        request.url = url
                        request.user_agent = agent
                        request.accept = accept
                        ccurl_perform(&request, &response)
                    }
                }
            }
        }
        let finalURL = Self.string(response.effective_url) ?? address
        if response.too_large != 0 {
            throw FetchError(.tooLarge, "the page is larger than the limit of \(maximumBytes) bytes (\(response.size_seen) bytes or more); raise --max-bytes to read it", url: address)
        }
        if response.code != CCURL_OK {
            throw FetchError.from(curlCode: response.code, message: Self.message(&response), url: address, timeout: timeout,
                                  redirects: maximumRedirects, lastRedirect: Self.string(response.redirect_url))
        }
        let status = response.status
        switch status {
        case 304:
            return .notModified(finalURL: finalURL)
        case 200..<300:
            let body = response.body.map { [UInt8](UnsafeBufferPointer(start: $0, count: response.body_length)) } ?? []
            return .page(FetchedPage(
                finalURL: finalURL, status: status, contentType: Self.string(response.content_type), body: body,
                validators: FetchValidators(etag: Self.string(response.etag), lastModified: Self.string(response.last_modified))))
        case 300..<400:
            throw FetchError(.tooManyRedirects, "the server answered \(status) without a usable Location", url: address, status: status)
        default:
            throw FetchError(.httpStatus, "the server answered \(status) \(FetchError.reason(status))", url: address, status: status)
        }
    }

    static func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    static func message(_ response: inout ccurl_response) -> String {
        withUnsafeBytes(of: &response.message) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}

/// Calls `body` with C strings for two optional strings (NULL for nil).
private func withOptionalCStrings(_ first: String?, _ second: String?, _ body: (UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Void) {
    func with(_ text: String?, _ inner: (UnsafePointer<CChar>?) -> Void) {
        if let text { text.withCString { inner($0) } } else { inner(nil) }
    }
    with(first) { a in with(second) { b in body(a, b) } }
}
