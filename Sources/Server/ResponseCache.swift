import HTTPTypes
import Hummingbird

/// A finished response kept in memory: status, type, extra headers and the bytes.
struct CachedResponse: Sendable {
    var status: HTTPResponse.Status = .ok
    var contentType: String
    var headers: [(HTTPField.Name, String)] = []
    var body: ByteBuffer
}

/// Answers computed once per database revision, shared by every client that asks the same.
///
/// A key is the endpoint with its query as sent; an entry holds for one revision (any ingest
/// raises it, see `IncidentDatabase.revision()`). Requests that arrive while the same answer
/// is being computed wait for it instead of computing it again, so fifty dashboards polling
/// one view cost one query per change, not fifty. Bounded by total bytes, oldest use out first.
///
/// An answer is kept from the second time its key is asked for: a key asked once (a random
/// week, a one-off export) would only push out the answers that are asked again. The keys asked
/// once are remembered by hash, a bounded set that is emptied when full.
actor ResponseCache {
    private struct Entry {
        var revision: Int64
        var response: CachedResponse
        var lastUse: UInt64
    }

    private var entries: [String: Entry] = [:]
    private var inFlight: [String: Task<CachedResponse, any Error>] = [:]
    private var bytes = 0
    private var clock: UInt64 = 0
    /// Hashes of keys asked for once and not kept yet.
    private var askedOnce: Set<Int> = []
    /// How many keys asked once are remembered before the set is emptied.
    static let askedOnceLimit = 16_384
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func response(
        for key: String, revision: Int64, make: @escaping @Sendable () async throws -> CachedResponse
    ) async throws -> CachedResponse {
        clock += 1
        if let entry = entries[key], entry.revision == revision {
            entries[key]!.lastUse = clock
            return entry.response
        }
        let flightKey = "\(revision) \(key)"
        if let task = inFlight[flightKey] { return try await task.value }
        let keep = entries[key] != nil || askedOnce.remove(key.hashValue) != nil
        if !keep {
            if askedOnce.count >= Self.askedOnceLimit { askedOnce.removeAll(keepingCapacity: true) }
            askedOnce.insert(key.hashValue)
        }
        let task = Task { try await make() }
        inFlight[flightKey] = task
        defer { inFlight[flightKey] = nil }
        let response = try await task.value
        if keep { store(response, key: key, revision: revision) }
        return response
    }

    /// How many answers are kept (for tests).
    var count: Int { entries.count }

    private func store(_ response: CachedResponse, key: String, revision: Int64) {
        let size = response.body.readableBytes + key.utf8.count
        guard size <= capacity / 4 else { return }
        if let old = entries.removeValue(forKey: key) { bytes -= old.response.body.readableBytes + key.utf8.count }
        while bytes + size > capacity, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
            entries[oldest.key] = nil
            bytes -= oldest.value.response.body.readableBytes + oldest.key.utf8.count
        }
        entries[key] = Entry(revision: revision, response: response, lastUse: clock)
        bytes += size
    }
}
