import Foundation
import Synchronization

/// The UTC offsets of one IANA zone over time, read once from the tz database.
///
/// The transitions between 1900 and 2100 come from the zone's TZif file in the system's tz
/// database (`/usr/share/zoneinfo`, RFC 8536), or, where there is none, from Foundation's
/// `TimeZone`, asked once per zone; after that an offset is a binary search in a small table,
/// so normalizing a stamp does not call into ICU. (Asking ICU for two centuries of transitions
/// took a millisecond per zone, a tenth of a whole query.)
public final class ZoneRules: Sendable {
    /// The IANA identifier, `America/New_York`.
    public let identifier: String
    /// Instants (seconds since the epoch) at which the offset changes, ascending.
    private let transitions: [Int64]
    /// `offsets[i]` is in force before `transitions[i]`; the last one after the last transition.
    private let offsets: [Int32]
    /// The table covers `tableStart..<tableEnd`; other instants ask `timeZone`.
    private let tableEnd: Int64
    private let timeZone: TimeZone

    private static let tableStart: Int64 = -2_208_988_800  // 1900-01-01
    private static let tableLimit: Int64 = 4_102_444_800  // 2100-01-01
    private static let cache = Mutex<[String: ZoneRules]>([:])
    /// Where the system keeps its tz database.
    static let zoneInfoFolder = "/usr/share/zoneinfo/"

    /// The rules of an IANA zone, or nil if the tz database has no such zone.
    public static func named(_ identifier: String) -> ZoneRules? {
        if let cached = cache.withLock({ $0[identifier] }) { return cached }
        guard let timeZone = TimeZone(identifier: identifier) else { return nil }
        let rules = ZoneRules(identifier: identifier, timeZone: timeZone)
        return cache.withLock { table in
            if let raced = table[identifier] { return raced }
            table[identifier] = rules
            return rules
        }
    }

    private init(identifier: String, timeZone: TimeZone) {
        self.identifier = identifier
        self.timeZone = timeZone
        if !identifier.contains(".."), let file = TZif(path: Self.zoneInfoFolder + identifier) {
            var offsets = [file.offset(at: Self.tableStart)]
            var transitions: [Int64] = []
            for (time, offset) in zip(file.times, file.offsetsAfter) where time > Self.tableStart && time < Self.tableLimit {
                if offset != offsets.last {
                    transitions.append(time)
                    offsets.append(offset)
                }
            }
            self.transitions = transitions
            self.offsets = offsets
            // Past the file's last transition the offset stays unless the zone keeps daylight saving
            // by a rule (the footer's TZ string), which ICU then applies instant by instant.
            tableEnd = file.hasRuleAfterLastTransition ? min(Self.tableLimit, (file.times.last ?? Self.tableStart) + 1) : Self.tableLimit
            return
        }
        var transitions: [Int64] = []
        var offsets: [Int32] = [Int32(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(Self.tableStart))))]
        var cursor = Date(timeIntervalSince1970: Double(Self.tableStart))
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor),
            next.timeIntervalSince1970 < Double(Self.tableLimit)
        {
            let offset = Int32(timeZone.secondsFromGMT(for: next))
            if offset != offsets.last {
                transitions.append(Int64(next.timeIntervalSince1970.rounded()))
                offsets.append(offset)
            }
            cursor = next
        }
        self.transitions = transitions
        self.offsets = offsets
        tableEnd = Self.tableLimit
    }

    /// The offset from UTC, in seconds, in force at an instant.
    public func offset(at instant: Instant) -> Int {
        let t = instant.secondsSinceEpoch
        if t < Self.tableStart || t >= tableEnd {
            return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t)))
        }
        var low = 0
        var high = transitions.count
        while low < high {
            let mid = (low + high) >> 1
            if transitions[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return Int(offsets[low])
    }

    /// The wall-clock reading of an instant in this zone.
    public func local(_ instant: Instant) -> LocalDateTime {
        let wall = instant.secondsSinceEpoch + Int64(offset(at: instant))
        return LocalDateTime(
            date: CivilDate(daysSinceEpoch: Int(wall.floorDivided(by: 86_400))),
            secondOfDay: Int(wall.floorModulo(86_400)))
    }

    /// The instant a wall-clock reading names in this zone, with what was special about it.
    ///
    /// Rule (documented in docs/time.md): a reading inside a skipped hour (spring forward) is read
    /// with the offset in force before the change, so 2:30 a.m. ET on 12 March 2023 is 07:30Z
    /// (3:30 a.m. EDT), as java.time and Foundation do; a reading inside a repeated hour (fall back)
    /// is its first occurrence, the one with the larger offset, unless `preferLater` is set.
    public func resolve(_ local: LocalDateTime, preferLater: Bool = false) -> (instant: Instant, fold: ClockFold) {
        let wall = local.wallSeconds
        let before = offset(at: Instant(secondsSinceEpoch: wall - 86_400))
        let after = offset(at: Instant(secondsSinceEpoch: wall + 86_400))
        let beforeFits = offset(at: Instant(secondsSinceEpoch: wall - Int64(before))) == before
        let afterFits = offset(at: Instant(secondsSinceEpoch: wall - Int64(after))) == after
        switch (beforeFits, afterFits) {
        case (true, true) where before != after:
            let first = wall - Int64(max(before, after))
            let second = wall - Int64(min(before, after))
            return (Instant(secondsSinceEpoch: preferLater ? second : first), .repeated)
        case (true, _):
            return (Instant(secondsSinceEpoch: wall - Int64(before)), .unique)
        case (false, true):
            return (Instant(secondsSinceEpoch: wall - Int64(after)), .unique)
        case (false, false):
            return (Instant(secondsSinceEpoch: wall - Int64(before)), .skipped)
        }
    }
}

/// What a wall-clock reading meant in its zone on its day.
public enum ClockFold: String, Hashable, Sendable {
    /// The reading names exactly one instant.
    case unique
    /// The reading fell in an hour skipped by a change to daylight saving time.
    case skipped
    /// The reading fell in an hour repeated by a change back to standard time.
    case repeated
}
