extension Gazetteer {
    /// How many entries of each kind the gazetteer holds, countries and divisions included (`gazetteer info`).
    public func countsByKind() -> [PlaceKind: Int] {
        var counts: [PlaceKind: Int] = [:]
        for record in 0..<recordCount { counts[kind(record), default: 0] += 1 }
        return counts
    }
}
