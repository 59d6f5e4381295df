import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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

    /// A transport error from URLSession, said plainly.
    static func from(_ error: Error, url: String, timeout: Double) -> FetchError {
        let code = (error as? URLError)?.code
        switch code {
        case .timedOut?:
            return FetchError(.timedOut, "the server did not answer within \(Self.seconds(timeout)) (see --timeout)", url: url)
        case .cannotFindHost?, .dnsLookupFailed?:
            return FetchError(.unreachable, "no such host", url: url)
        case .cannotConnectToHost?, .networkConnectionLost?, .notConnectedToInternet?:
            return FetchError(.unreachable, "could not connect (\(error.localizedDescription))", url: url)
        case .httpTooManyRedirects?:
            return FetchError(.tooManyRedirects, "too many redirects", url: url)
        default:
            return FetchError(.unreachable, "the transfer failed: \(error.localizedDescription)", url: url)
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

extension FetchError: CustomStringConvertible {
    public var description: String { url + ": " + message }
}
