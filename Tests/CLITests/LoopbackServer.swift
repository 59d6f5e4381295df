import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A socket call that failed while starting a `LoopbackServer`, with the call's name and errno.
struct LoopbackServerError: Error, CustomStringConvertible {
    var call: String
    var errorNumber: Int32

    var description: String {
        "LoopbackServer: \(call)() failed: \(String(cString: strerror(errorNumber))) (errno \(errorNumber))"
    }
}

/// A tiny HTTP/1.1 server on 127.0.0.1 that tests start themselves, so tests of an HTTP client never reach the internet.
///
/// One thread accepts; each connection gets its own thread, is answered once, then closed (`Connection: close`).
final class LoopbackServer: @unchecked Sendable {
    /// One request as received: method, path (query included) and headers with lowercased names.
    struct Request: Sendable {
        var method: String
        var path: String
        var headers: [String: String]
    }

    /// What the handler answers: a status, headers in order, and a body.
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: [UInt8]
        /// Never answer (hold the connection open, send nothing) until the server stops.
        var hang: Bool = false

        init(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], hang: Bool = false) {
            self.status = status
            self.headers = headers
            self.body = body
            self.hang = hang
        }

        /// A text response with a `Content-Type` header followed by any extra headers.
        static func text(
            _ status: Int, _ body: String, contentType: String = "text/html; charset=utf-8", headers: [(String, String)] = []
        ) -> Response {
            Response(status: status, headers: [("Content-Type", contentType)] + headers, body: Array(body.utf8))
        }
    }

    /// The port the OS picked for the listening socket.
    let port: Int
    /// Shared with the worker threads; they hold this rather than `self`, so dropping the server runs `deinit`.
    private let state: SharedState

    /// Starts listening on 127.0.0.1 at a free port.
    init(handler: @escaping @Sendable (Request) -> Response) throws {
        // CLOEXEC so child processes spawned by tests (the CLI under test) never inherit our sockets and keep them open.
        let listening = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard listening >= 0 else { throw LoopbackServerError(call: "socket", errorNumber: errno) }
        do {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0  // Port 0: the OS picks a free one, so parallel tests never collide.
            address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian  // 127.0.0.1
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            try Self.check("bind", Self.withSocketAddress(&address) { bind(listening, $0, length) })
            try Self.check("listen", listen(listening, SOMAXCONN))
            try Self.check("getsockname", Self.withSocketAddress(&address) { getsockname(listening, $0, &length) })
            port = Int(UInt16(bigEndian: address.sin_port))
        } catch {
            close(listening)
            throw error
        }
        state = SharedState(listeningSocket: listening)
        let state = state
        Thread.detachNewThread { Self.acceptConnections(on: listening, state: state, handler: handler) }
    }

    deinit { stop() }

    /// `http://127.0.0.1:PORT` + path
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Every request received so far, in order.
    var requests: [Request] { state.lock.withLock { state.requests } }

    /// Closes the listening socket and every open connection (hung ones included); idempotent; also called from deinit.
    func stop() { state.stop() }

    // MARK: - Shared state

    /// The lock-protected state the server and its threads share.
    private final class SharedState: @unchecked Sendable {
        let lock = NSLock()
        let listeningSocket: Int32
        var stopped = false
        var openConnections: Set<Int32> = []
        var requests: [Request] = []

        init(listeningSocket: Int32) { self.listeningSocket = listeningSocket }

        /// Tracks a new connection so `stop()` can reach it; false once stopped.
        func register(_ connection: Int32) -> Bool {
            lock.withLock {
                if stopped { return false }
                openConnections.insert(connection)
                return true
            }
        }

        /// Forgets and closes a connection; under the lock, so `stop()` never shuts down a reused descriptor.
        func close(_ connection: Int32) {
            lock.withLock {
                openConnections.remove(connection)
                _ = Glibc.close(connection)
            }
        }

        /// Wakes every blocked accept/recv/send with shutdown(); the owning threads then close their own descriptors.
        func stop() {
            lock.withLock {
                if stopped { return }
                stopped = true
                // Only shutdown() here: closing while the accept thread sits in accept() could let it use a reused fd.
                _ = shutdown(listeningSocket, Int32(SHUT_RDWR))
                for connection in openConnections { _ = shutdown(connection, Int32(SHUT_RDWR)) }
            }
        }
    }

    // MARK: - Threads

    /// The accept loop: one thread per connection until `stop()` shuts the listening socket down.
    private static func acceptConnections(
        on listening: Int32, state: SharedState, handler: @escaping @Sendable (Request) -> Response
    ) {
        defer { close(listening) }  // This thread owns the listening descriptor; see SharedState.stop().
        while true {
            let connection = accept(listening, nil, nil)
            if connection < 0 {
                let failure = errno
                if state.lock.withLock({ state.stopped }) { return }
                // Out of descriptors or the like: back off briefly instead of spinning.
                if failure != EINTR && failure != ECONNABORTED { usleep(10_000) }
                continue
            }
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)  // Glibc's module hides accept4(); same reason as in init.
            guard state.register(connection) else {
                close(connection)
                return
            }
            Thread.detachNewThread { serve(connection, state: state, handler: handler) }
        }
    }

    /// Reads one request, records it, writes the handler's response (or holds it for a hang), then closes.
    private static func serve(_ connection: Int32, state: SharedState, handler: @Sendable (Request) -> Response) {
        defer { state.close(connection) }
        guard let request = readRequest(from: connection) else { return }
        state.lock.withLock { state.requests.append(request) }
        let response = handler(request)
        if response.hang {
            waitForPeerOrStop(connection)
            return
        }
        var head = "HTTP/1.1 \(response.status) \(reasonPhrase(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        let handlerSetLength = response.headers.contains { $0.0.lowercased() == "content-length" }
        if response.status != 304 && !handlerSetLength { head += "Content-Length: \(response.body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        // Sent separately so a 50 MB body is never copied; a client that leaves early just ends the sends.
        guard sendAll(Array(head.utf8), to: connection) else { return }
        if response.status != 304 && request.method != "HEAD" { _ = sendAll(response.body, to: connection) }
    }

    /// Reads headers up to the blank line, then discards a Content-Length body; nil if the peer quits first.
    private static func readRequest(from connection: Int32) -> Request? {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let blankLine: [UInt8] = Array("\r\n\r\n".utf8)
        var headerEnd: Int?
        while headerEnd == nil {
            let count = recv(connection, &chunk, chunk.count, 0)
            if count < 0 && errno == EINTR { continue }
            guard count > 0, received.count < 1 << 20 else { return nil }  // Closed, failed, or absurdly long headers.
            let searchFrom = max(0, received.count - 3)
            received += chunk[..<count]
            headerEnd = received[searchFrom...].firstRange(of: blankLine)?.lowerBound
        }
        guard let headerEnd else { return nil }
        let lines = String(decoding: received[..<headerEnd], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        // Drain the body so closing afterwards does not reset the connection and lose our response.
        var remaining = Int(headers["content-length"] ?? "0") ?? 0
        remaining -= received.count - (headerEnd + blankLine.count)
        while remaining > 0 {
            let count = recv(connection, &chunk, min(chunk.count, remaining), 0)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            remaining -= count
        }
        return Request(method: requestLine[0], path: requestLine[1], headers: headers)
    }

    /// Blocks until the client hangs up or `stop()` shuts the socket down (recv then returns 0).
    private static func waitForPeerOrStop(_ connection: Int32) {
        var scratch = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = recv(connection, &scratch, scratch.count, 0)
            if count > 0 || (count < 0 && errno == EINTR) { continue }
            return
        }
    }

    /// Writes every byte, retrying partial writes and EINTR; false when the peer is gone.
    private static func sendAll(_ bytes: [UInt8], to connection: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                // MSG_NOSIGNAL: a client that disconnects early yields EPIPE here instead of killing the test process.
                let sent = send(connection, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent > 0 {
                    offset += sent
                } else if sent < 0 && errno == EINTR {
                    continue
                } else {
                    return false
                }
            }
            return true
        }
    }

    // MARK: - Helpers

    /// The reason phrase for the status codes tests use; anything else gets a generic one.
    private static func reasonPhrase(_ status: Int) -> String {
        let phrases = [
            200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 307: "Temporary Redirect",
            404: "Not Found", 500: "Internal Server Error", 503: "Service Unavailable",
        ]
        return phrases[status] ?? "Status"
    }

    /// Throws a `LoopbackServerError` with errno when a socket call returned -1.
    private static func check(_ call: String, _ result: Int32) throws {
        if result < 0 { throw LoopbackServerError(call: call, errorNumber: errno) }
    }

    /// Passes an IPv4 address to a call that takes the generic `sockaddr` pointer.
    private static func withSocketAddress(
        _ address: inout sockaddr_in, _ body: (UnsafeMutablePointer<sockaddr>) -> Int32
    ) -> Int32 {
        withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1, body) }
    }
}
