import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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
/// Built on FoundationNetworking's URLSession, which the toolchain ships (on libcurl): no package
/// to build, where AsyncHTTPClient would add swift-nio and BoringSSL to every clean build.
public struct PageFetcher: Sendable {
    public static let userAgent = "timelinectl/1.0 (+https://github.com/timeline; incident database; reads live blogs once per ingest)"

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
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData, timeoutInterval: timeout)
        request.setValue(Self.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5", forHTTPHeaderField: "Accept")
        if let etag = validators?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = validators?.lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }

        let transfer = Transfer(maximumBytes: maximumBytes, maximumRedirects: maximumRedirects)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = max(timeout * 4, timeout + 60)
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        session.dataTask(with: request).resume()
        let outcome = transfer.wait()

        if let refusal = outcome.refusal { throw refusal.error(url: address, limit: maximumBytes, redirects: maximumRedirects) }
        if let error = outcome.error { throw FetchError.from(error, url: address, timeout: timeout) }
        guard let response = outcome.response else { throw FetchError(.unreachable, "no answer", url: address) }
        let finalURL = response.url?.absoluteString ?? address
        let header = { (name: String) in response.value(forHTTPHeaderField: name) }
        switch response.statusCode {
        case 304:
            return .notModified(finalURL: finalURL)
        case 200..<300:
            return .page(FetchedPage(
                finalURL: finalURL, status: response.statusCode, contentType: header("Content-Type"), body: outcome.body,
                validators: FetchValidators(etag: header("ETag"), lastModified: header("Last-Modified"))))
        case 300..<400:
            throw FetchError(.tooManyRedirects, "more than \(maximumRedirects) redirects (last to '\(header("Location") ?? "?")')", url: address)
        default:
            let reason = HTTPURLResponse.localizedString(forStatusCode: response.statusCode)
            throw FetchError(.httpStatus, "the server answered \(response.statusCode) \(reason)", url: address, status: response.statusCode)
        }
    }
}

/// One transfer's state, filled in by URLSession's delegate callbacks on its own queue.
final class Transfer: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// Why the transfer was stopped on purpose.
    enum Refusal {
        case tooLarge(Int)
        case tooManyRedirects(String)

        func error(url: String, limit: Int, redirects: Int) -> FetchError {
            switch self {
            case .tooLarge(let size):
                FetchError(.tooLarge, "the page is larger than the limit of \(limit) bytes (\(size) bytes or more); raise --max-bytes to read it", url: url)
            case .tooManyRedirects(let last):
                FetchError(.tooManyRedirects, "more than \(redirects) redirects (a loop? the last was to '\(last)')", url: url)
            }
        }
    }

    struct Outcome {
        var response: HTTPURLResponse?
        var body: [UInt8] = []
        var error: Error?
        var refusal: Refusal?
    }

    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var outcome = Outcome()
    private var redirects = 0
    let maximumBytes: Int
    let maximumRedirects: Int

    init(maximumBytes: Int, maximumRedirects: Int) {
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
    }

    func wait() -> Outcome {
        done.wait()
        return lock.withLock { outcome }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        let declared = response.expectedContentLength
        lock.withLock {
            outcome.response = http
            if declared > Int64(maximumBytes) { outcome.refusal = .tooLarge(Int(declared)) }
        }
        completionHandler(declared > Int64(maximumBytes) ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge: Bool = lock.withLock {
            outcome.body.append(contentsOf: data)
            if outcome.body.count > maximumBytes {
                outcome.refusal = .tooLarge(outcome.body.count)
                outcome.body = []
                return true
            }
            return false
        }
        if tooLarge { dataTask.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
        completionHandler: @escaping (URLRequest?) -> Void
    ) {
        let allowed: Bool = lock.withLock {
            redirects += 1
            if redirects > maximumRedirects {
                outcome.refusal = .tooManyRedirects(request.url?.absoluteString ?? "?")
                return false
            }
            return true
        }
        if allowed {
            completionHandler(request)
        } else {
            completionHandler(nil)
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.withLock {
            if outcome.refusal == nil { outcome.error = error }
            if outcome.response == nil { outcome.response = task.response as? HTTPURLResponse }
        }
        done.signal()
    }
}
