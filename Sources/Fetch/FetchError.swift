import CCurl

/// The one error type of the Fetch module: why a URL gave no page, naming the URL.
public struct FetchError: Error, Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case invalidURL, unreachable, timedOut, httpStatus, tooManyRedirects, tooLarge
    }

    public var kind: Kind
    public var message: String
    public var url: String
    /// The HTTP status, for `httpStatus`.
    public var status: Int?

    public init(_ kind: Kind, _ message: String, url: String, status: Int? = nil) {
        self.kind = kind
        self.message = message
        self.url = url
        self.status = status
    }

    /// A transport error from libcurl, said plainly.
    static func from(curlCode code: Int32, message: String, url: String, timeout: Double, redirects: Int, lastRedirect: String?) -> FetchError {
        switch code {
        case CCURL_OPERATION_TIMEDOUT:
            FetchError(.timedOut, "the server did not answer within \(Self.seconds(timeout)) (see --timeout)", url: url)
        case CCURL_COULDNT_RESOLVE_HOST, CCURL_COULDNT_RESOLVE_PROXY:
            FetchError(.unreachable, "no such host", url: url)
        case CCURL_COULDNT_CONNECT, CCURL_GOT_NOTHING:
            FetchError(.unreachable, "could not connect (\(message))", url: url)
        case CCURL_TOO_MANY_REDIRECTS:
            FetchError(.tooManyRedirects, "more than \(redirects) redirects (a loop? the last was to '\(lastRedirect ?? "?")')", url: url)
        case CCURL_UNSUPPORTED_PROTOCOL, CCURL_URL_MALFORMAT:
            FetchError(.invalidURL, message, url: url)
        case CCURL_UNAVAILABLE:
            FetchError(.unreachable, "cannot fetch URLs here: \(message)", url: url)
        default:
            FetchError(.unreachable, "the transfer failed: \(message)", url: url)
        }
    }

    /// The reason phrase of an HTTP status (RFC 9110), for messages.
    static func reason(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 408: "Request Timeout"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 451: "Unavailable For Legal Reasons"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: status < 500 ? "(a client error)" : "(a server error)"
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

extension FetchError: CustomStringConvertible {
    public var description: String { url + ": " + message }
}
