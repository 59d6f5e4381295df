import Foundation

extension Gazetteer {
    /// Record indices whose folded name (or alternate, or division name without its type word) is `key`.
    func records(forFoldedKey key: some Sequence<UInt8>) -> [Int] {
        let hash = NameKey.hash(key)
        return records(forHash: hash)
    }

    func records(forHash hash: UInt64) -> [Int] {
        entries(forHash: hash).map(\.record)
    }

    /// Records for a key hash, each flagged when the key is the record's own full name.
    func entries(forHash hash: UInt64) -> [(record: Int, isPrimaryName: Bool)] {
        let high = UInt32(truncatingIfNeeded: hash >> 32), check = UInt8(truncatingIfNeeded: hash)
        let prefix = Int(hash >> 48)
        var low = Int(file.u32(keyBuckets + 4 * prefix)), upper = Int(file.u32(keyBuckets + 4 * prefix + 4))
        while low < upper {
            let middle = (low + upper) / 2
            if file.u32(keyHashes + 4 * middle) < high { low = middle + 1 } else { upper = middle }
        }
        var result: [(record: Int, isPrimaryName: Bool)] = []
        var index = low
        while index < keyCount && file.u32(keyHashes + 4 * index) == high {
            if file.u8(keyChecks + index) == check {
                let value = Int(file.u16(keyRecords + 3 * index)) | Int(file.u8(keyRecords + 3 * index + 2)) << 16
                result.append((value & GazetteerFormat.keyRecordMask, value & GazetteerFormat.primaryNameFlag != 0))
            }
            index += 1
        }
        return result
    }

    /// Whether any name folds to the key whose hash is given (cheap pre-check for the recogniser).
    func containsKey(hash: UInt64) -> Bool {
        let high = UInt32(truncatingIfNeeded: hash >> 32), check = UInt8(truncatingIfNeeded: hash)
        let prefix = Int(hash >> 48)
        var low = Int(file.u32(keyBuckets + 4 * prefix)), upper = Int(file.u32(keyBuckets + 4 * prefix + 4))
        while low < upper {
            let middle = (low + upper) / 2
            if file.u32(keyHashes + 4 * middle) < high { low = middle + 1 } else { upper = middle }
        }
        var index = low
        while index < keyCount && file.u32(keyHashes + 4 * index) == high {
            if file.u8(keyChecks + index) == check { return true }
            index += 1
        }
        return false
    }

    /// Every entry named `name` (any spelling, any level), most populous and highest level first.
    public func places(named name: String) -> [Place] {
        guard let key = NameKey.fold(name), !key.isEmpty else { return [] }
        return rankedByPrior(records(forFoldedKey: key)).map(place(at:))
    }

    /// Orders records by kind (country, admin1, capital ...) then population, then geonameid.
    func rankedByPrior(_ candidates: [Int]) -> [Int] {
        candidates.sorted { a, b in
            let pa = Self.levelRank(kind(a)), pb = Self.levelRank(kind(b))
            if pa != pb { return pa < pb }
            let popA = population(a), popB = population(b)
            if popA != popB { return popA > popB }
            return geonameid(a) < geonameid(b)
        }
    }

    static func levelRank(_ kind: PlaceKind) -> Int {
        switch kind {
        case .country, .continent: return 0
        case .capital: return 1
        case .firstOrderDivision, .macroRegion, .water: return 2
        case .seat, .populatedPlace, .island, .feature: return 3
        case .secondOrderDivision: return 4
        }
    }

    /// The entry with this GeoNames id (place, division or country).
    public func place(geonameid: Int) -> Place? {
        record(geonameid: geonameid).map(place(at:))
    }

    func record(geonameid wanted: Int) -> Int? {
        var low = placeBase, upper = recordCount
        while low < upper {
            let middle = (low + upper) / 2
            if geonameid(middle) < wanted { low = middle + 1 } else { upper = middle }
        }
        if low < recordCount && geonameid(low) == wanted { return low }
        return (0..<placeBase).first { geonameid($0) == wanted }
    }

    /// A country by ISO 3166 alpha-2 (`RU`) or alpha-3 (`RUS`) code.
    public func country(code: String) -> Place? {
        countryRecord(code: code).map(place(at:))
    }

    func countryRecord(code: String) -> Int? {
        let upper = code.uppercased()
        if upper.count == 3 { return (0..<countryCount).first { countryExtra($0, 0) == upper } }
        return binarySearch(code: upper, in: 0..<countryCount)
    }

    /// A first-order division by its full GeoNames code (`RU.10`).
    public func admin1(code: String) -> Place? {
        binarySearch(code: code.uppercased(), in: admin1Base..<admin2Base).map(place(at:))
    }

    /// A second-order division by its full GeoNames code (`RU.10.547551`).
    public func admin2(code: String) -> Place? {
        binarySearch(code: code.uppercased(), in: admin2Base..<placeBase).map(place(at:))
    }

    func binarySearch(code: String, in range: Range<Int>) -> Int? {
        var low = range.lowerBound, upper = range.upperBound
        while low < upper {
            let middle = (low + upper) / 2
            if self.code(middle) < code { low = middle + 1 } else { upper = middle }
        }
        return low < range.upperBound && self.code(low) == code ? low : nil
    }

    /// The chain above a place: its admin2, admin1 and country, nearest first (missing levels skipped).
    public func hierarchy(of place: Place) -> [Place] {
        guard let record = record(geonameid: place.geonameid) else { return [] }
        var chain: [Place] = []
        if kind(record) != .secondOrderDivision, kind(record).isRegion == false, let a2 = admin2Record(record) { chain.append(self.place(at: a2)) }
        if kind(record) != .firstOrderDivision, kind(record) != .country, let a1 = admin1Record(record) { chain.append(self.place(at: a1)) }
        if kind(record) != .country, let country = countryRecord(record) { chain.append(self.place(at: country)) }
        return chain
    }

    /// The seat of a division or the capital of a country.
    public func seat(of place: Place) -> Place? {
        guard let record = record(geonameid: place.geonameid), let anchor = anchor(record) else { return nil }
        return self.place(at: anchor)
    }

    /// The IANA time zone of a place, or the representative zone (seat's, capital's) of a division or country.
    public func timeZone(of place: Place) -> String? { place.timeZone }

    /// The demonym of a country (`Russian` for RU), when the sources give one.
    public func demonym(countryCode: String) -> String? {
        guard let record = countryRecord(code: countryCode) else { return nil }
        let value = countryExtra(record, 1)
        return value.isEmpty ? nil : value
    }

    /// Entries whose name or ASCII name starts with `prefix` (folded), most important first.
    public func search(prefix: String, limit: Int = 20) -> [Place] {
        guard let key = NameKey.fold(prefix), !key.isEmpty else { return [] }
        var hits: [Int] = []
        let first = key[0]
        for record in 0..<recordCount {
            // Cheap filter on the first byte of the stored name before folding anything.
            let nameOffset = Int(file.u32(field(record, GazetteerFormat.RecordField.strings)))
            let nameFirst = file.u8(strings + nameOffset + 1) | 0x20
            if nameFirst < 0x80 && nameFirst != first && nameFirst >= 0x61 && nameFirst <= 0x7A {
                // The ASCII name may still differ (`Łódź` is `Lodz`): check it only when the name is not plain ASCII.
                continue
            }
            let texts = recordStrings(record)
            if [texts.name, texts.ascii].contains(where: { NameKey.fold($0)?.starts(with: key) ?? false }) {
                hits.append(record)
            }
        }
        return rankedByPrior(hits).prefix(limit).map(place(at:))
    }
}
