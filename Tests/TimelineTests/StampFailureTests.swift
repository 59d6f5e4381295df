import Testing
@testable import Timeline

@Suite("Malformed stamps fail with a clear message")
struct StampFailureTests {
    struct Failing: Sendable, CustomTestStringConvertible {
        var text: String
        var kind: TimelineError.Kind
        var quoted: String
        var testDescription: String { text }
    }

    static let cases: [Failing] = [
        Failing(text: "25:61 a.m. ET", kind: .impossibleTime, quoted: "25:61 a.m. ET"),
        Failing(text: "13:05 p.m. ET, May 31, 2023", kind: .impossibleTime, quoted: "13:05 p.m. ET"),
        Failing(text: "24:30 GMT, May 31, 2023", kind: .impossibleTime, quoted: "24:30 GMT"),
        Failing(text: "14:75 GMT, May 31, 2023", kind: .impossibleTime, quoted: "14:75 GMT"),
        Failing(text: "Feb 30, 2023 1 p.m. ET", kind: .impossibleDate, quoted: "Feb 30"),
        Failing(text: "Feb 29, 2023 1 p.m. ET", kind: .impossibleDate, quoted: "Feb 29, 2023"),
        Failing(text: "31 April 2023 10:00 GMT", kind: .impossibleDate, quoted: "31 April 2023"),
        Failing(text: "7:26 a.m. XT, May 31, 2023", kind: .unknownZone, quoted: "XT"),
        Failing(text: "7:26 a.m. Timbuktu time, May 31, 2023", kind: .unknownZone, quoted: "Timbuktu time"),
        Failing(text: "7:26 a.m., May 31, 2023", kind: .missingZone, quoted: "7:26 a.m., May 31, 2023"),
        Failing(text: "0405 GMT (1305 HKT) June 1, 2023", kind: .zonesDisagree, quoted: "0405 GMT (1305 HKT)"),
        Failing(text: "7:26 a.m. ET", kind: .missingDate, quoted: "7:26 a.m. ET"),
        Failing(text: "Thursday May 31, 2023 7:26 a.m. ET", kind: .impossibleDate, quoted: "not a Thursday"),
        Failing(text: "Russia will continue improving its air defense", kind: .notAStamp, quoted: "Russia"),
    ]

    @Test("A malformed stamp is refused, quoting it", arguments: cases)
    func refused(_ failing: Failing) {
        #expect {
            _ = try NormalizedTime(stamp: failing.text)
        } throws: { error in
            guard let error = error as? TimelineError else { return false }
            return error.kind == failing.kind && error.message.contains(failing.quoted)
        }
    }

    @Test func anUnknownZoneCanBeOverriddenWithADefaultZoneOnlyWhenNoneIsWritten() throws {
        let context = StampContext(defaultZone: .iana("Europe/Moscow"))
        let time = try NormalizedTime(stamp: "7:26 a.m., May 31, 2023", context: context)
        #expect(time.start.iso8601 == "2023-05-31T04:26:00Z")
        #expect(time.zoneText == nil)
        #expect(time.zone == "Europe/Moscow")
    }

    @Test func ambiguousAbbreviationsFollowTheChosenReading() throws {
        #expect(try NormalizedTime(stamp: "14:05 IST, May 31, 2023").start.iso8601 == "2023-05-31T08:35:00Z")
        let israel = StampContext(abbreviationChoices: ["IST": .fixed("Asia/Jerusalem", hours: 2)])
        #expect(try NormalizedTime(stamp: "14:05 IST, Jan 31, 2023", context: israel).start.iso8601 == "2023-01-31T12:05:00Z")
        let anchoredInChina = StampContext(defaultZone: .iana("Asia/Shanghai"))
        let china = try NormalizedTime(stamp: "9:00 CST, May 31, 2023", context: anchoredInChina)
        #expect(china.start.iso8601 == "2023-05-31T01:00:00Z")
        #expect(try NormalizedTime(stamp: "9:00 CST, Jan 31, 2023").start.iso8601 == "2023-01-31T15:00:00Z")
    }

    @Test func aDatelessStampTakesThePageDate() throws {
        let context = StampContext(defaultDate: CivilDate(year: 2023, month: 5, day: 31))
        #expect(try NormalizedTime(stamp: "14.05 BST", context: context).start.iso8601 == "2023-05-31T13:05:00Z")
        #expect(try NormalizedTime(stamp: "1419 GMT", context: context).start.iso8601 == "2023-05-31T14:19:00Z")
    }

    @Test func aDatelessStampNamingAWeekdayTakesThatWeekdayNearestThePageDate() throws {
        // Saturday 10 February 2024.
        let context = StampContext(defaultDate: CivilDate(year: 2024, month: 2, day: 10))
        #expect(try NormalizedTime(stamp: "09:30 GMT Sunday", context: context).start.iso8601 == "2024-02-11T09:30:00Z")
        #expect(try NormalizedTime(stamp: "Saturday 14.05 GMT", context: context).start.iso8601 == "2024-02-10T14:05:00Z")
        #expect(try NormalizedTime(stamp: "Wed 0830 GMT", context: context).start.iso8601 == "2024-02-07T08:30:00Z")
    }

    @Test func aDateAloneIsTheWholeDayInTheGivenZone() throws {
        let context = StampContext(defaultZone: .iana("Europe/Moscow"))
        let day = try NormalizedTime(stamp: "31 May 2023", context: context)
        #expect(day.precision == .day)
        #expect(day.interval.description == "2023-05-30T21:00:00Z/2023-05-31T21:00:00Z")
        let month = try NormalizedTime(stamp: "June 2022", context: context)
        #expect(month.precision == .month)
        #expect(month.interval.description == "2022-05-31T21:00:00Z/2022-06-30T21:00:00Z")
    }
}
