import Synchronization

/// The names an unknown query may be a misspelling of, folded once and grouped by length.
///
/// Without it every unknown name folded and compared the whole gazetteer's eligible names
/// (about 50 ms of CPU per query), which a server answering `region=unknown` pays per request.
/// Built on first use (once per gazetteer, about as long as one of those scans) and shared by
/// all threads.
final class SuggestionIndex: Sendable {
    /// One eligible name: its folded key, the bytes it holds, population and display spelling.
    struct Entry: Sendable {
        let key: [UInt8]
        let letters: UInt64
        let population: Int
        let name: String
    }

    /// The bytes of `key` as bits (by their value modulo 64). Every distinct byte one key holds and
    /// the other lacks costs at least one edit, so the bits give a lower bound on the distance that
    /// rules out most names without the table (a collision only lowers the bound).
    static func letters(of key: [UInt8]) -> UInt64 {
        key.reduce(0) { $0 | (1 << UInt64($1 & 63)) }
    }

    /// The fewest edits that can turn a key with `a`'s bytes into one with `b`'s.
    static func minimumDistance(_ a: UInt64, _ b: UInt64) -> Int {
        max((a & ~b).nonzeroBitCount, (b & ~a).nonzeroBitCount)
    }

    /// `byLength[n]` holds the entries whose folded key has `n` bytes.
    let byLength: [[Entry]]

    init(gazetteer: Gazetteer) {
        var byLength: [[Entry]] = []
        for record in 0..<gazetteer.recordCount {
            let kind = gazetteer.kind(record), population = gazetteer.population(record)
            guard kind.isRegion || population >= SuggestionIndex.minimumPopulation else { continue }
            let name = gazetteer.name(record)
            guard let key = NameKey.fold(name), !key.isEmpty else { continue }
            while byLength.count <= key.count { byLength.append([]) }
            byLength[key.count].append(Entry(key: key, letters: Self.letters(of: key), population: population, name: name))
        }
        self.byLength = byLength
    }

    /// Towns smaller than this are not offered as spellings (a region of any size is).
    static let minimumPopulation = 15_000
}

/// Holds the lazily built index of one gazetteer.
final class SuggestionIndexSlot: Sendable {
    private let storage = Mutex<SuggestionIndex?>(nil)

    func index(for gazetteer: Gazetteer) -> SuggestionIndex {
        storage.withLock { slot in
            if let index = slot { return index }
            let index = SuggestionIndex(gazetteer: gazetteer)
            slot = index
            return index
        }
    }
}

extension Gazetteer {
    /// Up to five country, division or large-town names closest to `folded` in edit distance.
    func nearestNames(to folded: [UInt8], limit: Int = 5) -> [String] {
        let index = suggestionSlot.index(for: self)
        let budget = max(2, folded.count / 3)
        var scored: [(distance: Int, population: Int, name: String)] = []
        var scratch = EditDistanceScratch(capacity: folded.count + 1)
        let letters = SuggestionIndex.letters(of: folded)
        let lengths = max(0, folded.count - budget)...(folded.count + budget)
        for length in lengths where length < index.byLength.count {
            for entry in index.byLength[length] where SuggestionIndex.minimumDistance(entry.letters, letters) <= budget {
                let distance = scratch.distance(entry.key, folded, limit: budget)
                if distance <= budget { scored.append((distance, entry.population, entry.name)) }
            }
        }
        scored.sort { ($0.distance, -$0.population, $0.name) < ($1.distance, -$1.population, $1.name) }
        var seen = Set<String>()
        return scored.compactMap { seen.insert($0.name).inserted ? $0.name : nil }.prefix(limit).map { $0 }
    }

    /// Levenshtein distance between `a` and `b`, or `limit + 1` once it must exceed `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        var scratch = EditDistanceScratch(capacity: b.count + 1)
        return scratch.distance(a, b, limit: limit)
    }
}

/// Two rows of the edit-distance table, reused across comparisons with one query.
struct EditDistanceScratch {
    private var previous: [Int]
    private var current: [Int]

    init(capacity: Int) {
        previous = [Int](repeating: 0, count: capacity)
        current = [Int](repeating: 0, count: capacity)
    }

    /// Levenshtein distance between `a` and `b`, or `limit + 1` once it must exceed `limit`.
    mutating func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if previous.count < b.count + 1 {
            previous = [Int](repeating: 0, count: b.count + 1)
            current = previous
        }
        for j in 0...b.count { previous[j] = j }
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
