import Language
/// Serialises assembled records into the `gazetteer.bin` layout of `GazetteerFormat`.
struct GazetteerEncoder {
    let records: [GazetteerAssembly.Record]
    let sources: GazetteerSources

    private struct StringTable {
        var writer = BinaryWriter()
        var interned: [String: UInt32] = [:]

        /// Appends a string with a one-byte length, or a two-byte one when `long`.
        mutating func append(_ text: String, long: Bool = false) throws -> UInt32 {
            let bytes = Array(text.utf8)
            guard bytes.count <= (long ? 0xFFFF : 0xFF) else {
                throw GeoError.capacityExceeded(what: "a string of \(bytes.count) bytes: '\(text.prefix(60))...'")
            }
            let offset = UInt32(writer.bytes.count)
            if long { writer.u16(UInt16(bytes.count)) } else { writer.u8(UInt8(bytes.count)) }
            writer.bytes.append(contentsOf: bytes)
            return offset
        }

        mutating func interned(_ text: String) throws -> UInt32 {
            if let offset = interned[text] { return offset }
            let offset = try append(text)
            interned[text] = offset
            return offset
        }
    }

    func encode(keyCount: inout Int) throws -> [UInt8] {
        var strings = StringTable()
        // Sorted tables of distinct time zones and feature codes, so indices do not depend on row order.
        let zones = Array(Set(records.map(\.timeZone)).subtracting([""])).sorted()
        let features = Array(Set(records.map(\.featureCode))).sorted()
        guard zones.count < 0xFFFF, features.count < 0x80, records.count < GazetteerFormat.keyRecordMask else {
            throw GeoError.capacityExceeded(what: "\(zones.count) time zones, \(features.count) feature codes or \(records.count) records")
        }
        let zoneIndex = Dictionary(uniqueKeysWithValues: zones.enumerated().map { ($1, UInt16($0)) })
        let featureIndex = Dictionary(uniqueKeysWithValues: features.enumerated().map { ($1, UInt8($0)) })

        var recordWriter = BinaryWriter()
        recordWriter.bytes.reserveCapacity(records.count * GazetteerFormat.recordSize)
        for record in records {
            let offset = UInt32(strings.writer.bytes.count)
            _ = try strings.append(record.name)
            _ = try strings.append(record.asciiName == record.name ? "" : record.asciiName)
            _ = try strings.append(record.alternates.joined(separator: "\t"), long: true)
            _ = try strings.append(record.code)
            recordWriter.u32(UInt32(record.geonameid))
            recordWriter.u32(offset)
            recordWriter.i32(record.latitude)
            recordWriter.i32(record.longitude)
            recordWriter.u32(UInt32(clamping: record.population))
            recordWriter.u16(record.country)
            recordWriter.u16(record.admin1)
            recordWriter.u16(record.admin2)
            recordWriter.u16(zoneIndex[record.timeZone] ?? GazetteerFormat.none16)
            recordWriter.u8(record.kind.rawValue | (record.pointSource.rawValue << 4))
            recordWriter.u8(featureIndex[record.featureCode]! | (record.admin2Inferred ? GazetteerFormat.admin2InferredFlag : 0))
        }

        var zoneWriter = BinaryWriter()
        for zone in zones { zoneWriter.u32(try strings.interned(zone)) }
        var featureWriter = BinaryWriter()
        for feature in features { featureWriter.u32(try strings.interned(feature)) }
        let regionCount = sources.countries.count + sources.admin1.count + sources.admin2.count
        var anchorWriter = BinaryWriter()
        for record in records.prefix(regionCount) { anchorWriter.u32(record.anchor) }
        var extrasWriter = BinaryWriter()
        for country in sources.countries {
            extrasWriter.u32(try strings.interned(country.iso3))
            extrasWriter.u32(try strings.interned(country.demonym))
            extrasWriter.u32(try strings.interned(country.capital))
        }

        // Keys: (hash, record) pairs sorted by hash then record, so the output is reproducible.
        var pairs: [(UInt64, UInt32)] = []
        pairs.reserveCapacity(records.count * 3)
        for (index, record) in records.enumerated() {
            // The first key is the folded own name (see `GazetteerAssembly.keys(of:)`).
            let ownName = NameKey.fold(record.name)
            for key in record.keys {
                let flag = key == ownName ? UInt32(GazetteerFormat.primaryNameFlag) : 0
                pairs.append((NameKey.hash(key), UInt32(index) | flag))
            }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        keyCount = pairs.count
        var hashWriter = BinaryWriter(), checkWriter = BinaryWriter(), keyRecordWriter = BinaryWriter()
        for (hash, record) in pairs {
            hashWriter.u32(UInt32(truncatingIfNeeded: hash >> 32))
            checkWriter.u8(UInt8(truncatingIfNeeded: hash))
            keyRecordWriter.u16(UInt16(truncatingIfNeeded: record))
            keyRecordWriter.u8(UInt8(truncatingIfNeeded: record >> 16))
        }

        // Bucket starts by the hash's top 16 bits, so a lookup binary-searches a few keys, not all.
        var bucketWriter = BinaryWriter()
        var position = 0
        for prefix in 0...0xFFFF {
            while position < pairs.count && Int(pairs[position].0 >> 48) < prefix { position += 1 }
            bucketWriter.u32(UInt32(position))
        }
        bucketWriter.u32(UInt32(pairs.count))
        let sections: [[UInt8]] = [
            recordWriter.bytes, strings.writer.bytes, hashWriter.bytes, checkWriter.bytes, keyRecordWriter.bytes,
            zoneWriter.bytes, featureWriter.bytes, anchorWriter.bytes, extrasWriter.bytes, bucketWriter.bytes,
        ]
        var file = BinaryWriter()
        file.bytes.append(contentsOf: GazetteerFormat.magic)
        for count in [sources.countries.count, sources.admin1.count, sources.admin2.count, records.count - regionCount,
                      zones.count, features.count, pairs.count, 0] {
            file.u32(UInt32(count))
        }
        var offset = GazetteerFormat.headerSize
        var sectionOffsets: [Int] = []
        for section in sections {
            offset = (offset + 7) / 8 * 8
            sectionOffsets.append(offset)
            offset += section.count
        }
        for (section, start) in zip(sections, sectionOffsets) {
            file.u64(UInt64(start))
            file.u64(UInt64(section.count))
        }
        file.bytes.append(contentsOf: [UInt8](repeating: 0, count: GazetteerFormat.headerSize - file.bytes.count))
        for (section, start) in zip(sections, sectionOffsets) {
            file.bytes.append(contentsOf: [UInt8](repeating: 0, count: start - file.bytes.count))
            file.bytes.append(contentsOf: section)
        }
        return file.bytes
    }
}
