import Foundation
import Testing
@testable import Timeline

/// ZoneRules reads the system's TZif files; its offsets must be the tz database's, which is what
/// Foundation's TimeZone gives (for zones whose rules did not change between the two copies).
@Suite("Zone rules from TZif files agree with Foundation's TimeZone")
struct ZoneRulesTests {
    static let zones = [
        "America/New_York", "Europe/London", "Europe/Moscow", "Asia/Shanghai", "Asia/Kolkata", "Australia/Lord_Howe",
        "Pacific/Chatham", "America/St_Johns", "Asia/Tehran", "Europe/Berlin", "Australia/Sydney", "America/Santiago",
        "Asia/Tokyo", "Africa/Lagos", "Pacific/Kiritimati", "UTC",
    ]

    @Test(arguments: zones)
    func offsetsMatchFoundationFrom1970To2099(zone: String) throws {
        let rules = try #require(ZoneRules.named(zone))
        let timeZone = try #require(TimeZone(identifier: zone))
        var disagreements: [String] = []
        var checked = 0
        // Every 3 days and 7 hours from 1970 to 2099, and an hour either side of each transition Foundation knows.
        var instants: [Int64] = Array(stride(from: Int64(0), to: 4_102_444_800, by: 3 * 86_400 + 7 * 3_600))
        var cursor = Date(timeIntervalSince1970: 0)
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor), next.timeIntervalSince1970 < 4_102_444_800 {
            let t = Int64(next.timeIntervalSince1970.rounded())
            instants += [t - 3_600, t, t + 3_600]
            cursor = next
        }
        for t in instants {
            let expected = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t)))
            let got = rules.offset(at: Instant(secondsSinceEpoch: t))
            checked += 1
            if got != expected, disagreements.count < 5 { disagreements.append("\(Instant(secondsSinceEpoch: t).iso8601): \(got) vs \(expected)") }
        }
        #expect(checked >= 14_425)  // the stride alone gives 14,425 instants
        #expect(disagreements.isEmpty, "\(zone): \(disagreements)")
    }

    @Test func aTZifFileIsReadWithItsFooterRule() throws {
        let london = try #require(TZif(path: ZoneRules.zoneInfoFolder + "Europe/London"))
        #expect(london.hasRuleAfterLastTransition)
        #expect(london.offset(at: 1_688_169_600) == 3_600)  // 1 July 2023: BST
        #expect(london.offset(at: 1_703_980_800) == 0)  // 31 December 2023: GMT
        let shanghai = try #require(TZif(path: ZoneRules.zoneInfoFolder + "Asia/Shanghai"))
        #expect(!shanghai.hasRuleAfterLastTransition)
        #expect(shanghai.offset(at: 1_688_169_600) == 28_800)
        #expect(TZif(path: ZoneRules.zoneInfoFolder + "No/Such_Zone") == nil)
    }
}
