import Synchronization

/// Decoded `Place` values shared by every extraction with one parser: news repeats the same
/// countries and cities, and decoding a record allocates several strings.
final class PlaceCache: Sendable {
    private let storage = Mutex<[Int: Place]>([:])
    /// Bound on cached entries; the cache is emptied when it fills (news keeps re-adding the common ones).
    static let capacity = 8192

    func place(_ record: Int, in gazetteer: Gazetteer) -> Place {
        if let cached = storage.withLock({ $0[record] }) { return cached }
        let place = gazetteer.place(at: record)
        storage.withLock { cache in
            if cache.count >= Self.capacity { cache.removeAll(keepingCapacity: true) }
            cache[record] = place
        }
        return place
    }
}
