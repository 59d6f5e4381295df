import Foundation

/// A zone's transitions as its TZif file (RFC 8536) gives them: version 2 or later, 64-bit data.
struct TZif {
    /// Transition instants, ascending, and the UTC offset in force from each.
    var times: [Int64] = []
    var offsetsAfter: [Int32] = []
    /// The offset before the first transition (local time type 0).
    var initialOffset: Int32 = 0
    /// Whether the footer's TZ string has a daylight-saving rule (`GMT0BST,M3.5.0/1,M10.5.0`):
    /// then transitions continue past the last one listed.
    var hasRuleAfterLastTransition = true

    /// Reads a TZif file; nil when it is missing, of version 1 only, or malformed.
    init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        guard bytes.count >= 44, bytes[0] == 0x54, bytes[1] == 0x5A, bytes[2] == 0x69, bytes[3] == 0x66, bytes[4] >= 0x32 else {
            return nil
        }
        func count(_ at: Int, _ field: Int) -> Int { Int(Self.uint32(bytes, at + 20 + field * 4)) }
        // Skip the version 1 block (32-bit times) to the version 2 header.
        let v1 = 44 + count(0, 3) * 5 + count(0, 4) * 6 + count(0, 5) + count(0, 2) * 8 + count(0, 1) + count(0, 0)
        guard bytes.count >= v1 + 44 else { return nil }
        let isutcnt = count(v1, 0), isstdcnt = count(v1, 1), leapcnt = count(v1, 2)
        let timecnt = count(v1, 3), typecnt = count(v1, 4), charcnt = count(v1, 5)
        let timesAt = v1 + 44, indicesAt = timesAt + timecnt * 8, typesAt = indicesAt + timecnt
        let footerAt = typesAt + typecnt * 6 + charcnt + leapcnt * 12 + isstdcnt + isutcnt
        guard typecnt > 0, bytes.count >= footerAt else { return nil }
        func utoff(_ type: Int) -> Int32 { Int32(bitPattern: Self.uint32(bytes, typesAt + type * 6)) }
        initialOffset = utoff(0)
        times.reserveCapacity(timecnt)
        offsetsAfter.reserveCapacity(timecnt)
        for index in 0..<timecnt {
            let type = Int(bytes[indicesAt + index])
            guard type < typecnt else { return nil }
            times.append(Int64(bitPattern: UInt64(Self.uint32(bytes, timesAt + index * 8)) << 32 | UInt64(Self.uint32(bytes, timesAt + index * 8 + 4))))
            offsetsAfter.append(utoff(type))
        }
        if footerAt < bytes.count, bytes[footerAt] == 0x0A {
            let footer = bytes[(footerAt + 1)...].prefix { $0 != 0x0A }
            hasRuleAfterLastTransition = footer.contains(0x2C)  // a ',' starts the rules of a zone with DST
        }
    }

    /// The offset in force at `time`.
    func offset(at time: Int64) -> Int32 {
        var low = 0, high = times.count
        while low < high {
            let mid = (low + high) >> 1
            if times[mid] <= time { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? initialOffset : offsetsAfter[low - 1]
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }
}
