import Hummingbird
import Testing
@testable import Server

/// The response cache keeps an answer from the second time it is asked for, per revision.
@Suite("Response cache: second-ask admission and revisions")
struct ResponseCacheTests {
    actor Counter {
        var value = 0
        func increment() { value += 1 }
    }

    @Test func anAnswerIsKeptFromTheSecondAskAndServedUntilTheRevisionChanges() async throws {
        let cache = ResponseCache(capacity: 1 << 20)
        let made = Counter()
        let make: @Sendable () async throws -> CachedResponse = {
            await made.increment()
            return CachedResponse(contentType: "text/plain", body: ByteBuffer(string: "answer"))
        }
        // Asked once: computed, not kept.
        _ = try await cache.response(for: "/incidents?region=A", revision: 1, make: make)
        #expect(await cache.count == 0)
        // Asked again: computed and kept; then served from memory.
        _ = try await cache.response(for: "/incidents?region=A", revision: 1, make: make)
        #expect(await cache.count == 1)
        let third = try await cache.response(for: "/incidents?region=A", revision: 1, make: make)
        #expect(await made.value == 2)
        #expect(String(buffer: third.body) == "answer")
        // Another key asked once does not push the kept one out, nor get kept.
        _ = try await cache.response(for: "/incidents?region=B", revision: 1, make: make)
        #expect(await cache.count == 1)
        // A new revision recomputes a kept key once and keeps it at once.
        _ = try await cache.response(for: "/incidents?region=A", revision: 2, make: make)
        _ = try await cache.response(for: "/incidents?region=A", revision: 2, make: make)
        #expect(await made.value == 4)
    }
}
