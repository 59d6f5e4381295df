import Testing
@testable import Timeline

/// One stamp as written and the UTC instant it names.
struct StampCase: CustomTestStringConvertible, Sendable {
    var text: String
    var utc: String
    var zone: String
    var note: String = ""
    var testDescription: String { text }
}

@Suite("Stamps normalize to the right UTC instant")
struct StampNormalizationTests {
    static let seedStamps: [StampCase] = [
        StampCase(text: "7:26 a.m. ET, May 31, 2023", utc: "2023-05-31T11:26:00Z", zone: "America/New_York", note: "ET in May is EDT"),
        StampCase(text: "7:23 a.m. ET, May 31, 2023", utc: "2023-05-31T11:23:00Z", zone: "America/New_York"),
        StampCase(text: "7:07 a.m. ET, May 31, 2023", utc: "2023-05-31T11:07:00Z", zone: "America/New_York"),
        StampCase(text: "6:12 a.m. ET, May 31, 2023", utc: "2023-05-31T10:12:00Z", zone: "America/New_York"),
        StampCase(text: "6:27 a.m. ET, May 31, 2023", utc: "2023-05-31T10:27:00Z", zone: "America/New_York"),
        StampCase(text: "6:21 a.m. ET, May 31, 2023", utc: "2023-05-31T10:21:00Z", zone: "America/New_York"),
        StampCase(text: "4:11 a.m. ET, May 31, 2023", utc: "2023-05-31T08:11:00Z", zone: "America/New_York"),
        StampCase(text: "4:10 a.m. ET, May 31, 2023", utc: "2023-05-31T08:10:00Z", zone: "America/New_York"),
        StampCase(text: "2:54 a.m. ET, May 31, 2023", utc: "2023-05-31T06:54:00Z", zone: "America/New_York"),
        StampCase(text: "Updated 0405 GMT (1205 HKT) June 1, 2023", utc: "2023-06-01T04:05:00Z", zone: "Asia/Hong_Kong"),
    ]

    static let formats: [StampCase] = [
        StampCase(text: "May 31, 2023 6 a.m. ET", utc: "2023-05-31T10:00:00Z", zone: "America/New_York", note: "time after the date"),
        StampCase(text: "Wednesday 31 May 2023 19:02 BST", utc: "2023-05-31T18:02:00Z", zone: "Europe/London"),
        StampCase(text: "Wed 31 May 2023 14.05 BST", utc: "2023-05-31T13:05:00Z", zone: "Europe/London"),
        StampCase(text: "Fri June 2, 2023 3 p.m. ET", utc: "2023-06-02T19:00:00Z", zone: "America/New_York"),
        StampCase(text: "2023-05-31T11:26:00Z", utc: "2023-05-31T11:26:00Z", zone: "UTC"),
        StampCase(text: "2023-05-31T14:05:00+03:00", utc: "2023-05-31T11:05:00Z", zone: "UTC+03:00"),
        StampCase(text: "2023-05-31 14:05 -0400", utc: "2023-05-31T18:05:00Z", zone: "UTC-04:00"),
        StampCase(text: "June 1, 2023 4:19 PM GMT+3", utc: "2023-06-01T13:19:00Z", zone: "UTC+03:00"),
        StampCase(text: "31 May 2023 14:05 UTC+3", utc: "2023-05-31T11:05:00Z", zone: "UTC+03:00"),
        StampCase(text: "1419 GMT May 31, 2023", utc: "2023-05-31T14:19:00Z", zone: "UTC"),
        StampCase(text: "Oct 28, 2027 06:20 (IST)", utc: "2027-10-28T00:50:00Z", zone: "Asia/Kolkata", note: "the zone in parentheses"),
        StampCase(text: "Sunday 15 June 2025 12:40, UK", utc: "2025-06-15T11:40:00Z", zone: "Europe/London", note: "the country for its clock"),
        StampCase(text: "Updated 3:14 PM EDT, May 31, 2023", utc: "2023-05-31T19:14:00Z", zone: "America/New_York"),
        StampCase(text: "Published: 8:30pm HKT, 31 May, 2023", utc: "2023-05-31T12:30:00Z", zone: "Asia/Hong_Kong"),
        StampCase(text: "Updated: May 31, 2023, 14:05 IST", utc: "2023-05-31T08:35:00Z", zone: "Asia/Kolkata", note: "IST defaults to India"),
        StampCase(text: "May 31st, 2023 at 10:15 pm Kyiv time", utc: "2023-05-31T19:15:00Z", zone: "Europe/Kyiv"),
        StampCase(text: "31.05.2023 14:05 Moscow time", utc: "2023-05-31T11:05:00Z", zone: "Europe/Moscow"),
        StampCase(text: "Sept. 4, 2023 9:00 a.m. Eastern Time", utc: "2023-09-04T13:00:00Z", zone: "America/New_York"),
        StampCase(text: "3 p.m. British Summer Time, 2 June 2023", utc: "2023-06-02T14:00:00Z", zone: "Europe/London"),
        StampCase(text: "4 p.m. Eastern Daylight Time, June 2, 2023", utc: "2023-06-02T20:00:00Z", zone: "America/New_York"),
        StampCase(text: "11 AM CEST, 12 July 2023", utc: "2023-07-12T09:00:00Z", zone: "Europe/Paris"),
        StampCase(text: "11 AM CET, 12 January 2023", utc: "2023-01-12T10:00:00Z", zone: "Europe/Paris"),
        StampCase(text: "09:30 EEST, 14 August 2023", utc: "2023-08-14T06:30:00Z", zone: "Europe/Kyiv"),
        StampCase(text: "09:30 EET, 14 December 2023", utc: "2023-12-14T07:30:00Z", zone: "Europe/Kyiv"),
        StampCase(text: "18:00 MSK, May 30, 2023", utc: "2023-05-30T15:00:00Z", zone: "Europe/Moscow"),
        StampCase(text: "18:00 MSK, May 30, 2013", utc: "2013-05-30T14:00:00Z", zone: "Europe/Moscow", note: "Moscow kept UTC+4 from 2011 to 2014"),
        StampCase(text: "10:00 CT, July 4, 2023", utc: "2023-07-04T15:00:00Z", zone: "America/Chicago"),
        StampCase(text: "10:00 MT, July 4, 2023", utc: "2023-07-04T16:00:00Z", zone: "America/Denver"),
        StampCase(text: "10:00 PT, July 4, 2023", utc: "2023-07-04T17:00:00Z", zone: "America/Los_Angeles"),
        StampCase(text: "10:00 PST, Jan 4, 2023", utc: "2023-01-04T18:00:00Z", zone: "America/Los_Angeles"),
        StampCase(text: "Dec. 1, 2023, 7:45 p.m. JST", utc: "2023-12-01T10:45:00Z", zone: "Asia/Tokyo"),
        StampCase(text: "Dec. 1, 2023, 7:45 p.m. SGT", utc: "2023-12-01T11:45:00Z", zone: "Asia/Singapore"),
        StampCase(text: "Jan 15, 2024 9:00 AEDT", utc: "2024-01-14T22:00:00Z", zone: "Australia/Sydney", note: "local date after the UTC date"),
        StampCase(text: "Jul 15, 2024 9:00 AEST", utc: "2024-07-14T23:00:00Z", zone: "Australia/Sydney"),
        StampCase(text: "12:00 SAST, 3 March 2024", utc: "2024-03-03T10:00:00Z", zone: "Africa/Johannesburg"),
        StampCase(text: "12:00 EAT, 3 March 2024", utc: "2024-03-03T09:00:00Z", zone: "Africa/Nairobi"),
        StampCase(text: "14:00 WAT, 3 March 2024", utc: "2024-03-03T13:00:00Z", zone: "Africa/Lagos"),
        StampCase(text: "8:00 a.m. ET, Jan 9, 2024", utc: "2024-01-09T13:00:00Z", zone: "America/New_York", note: "winter ET is EST"),
        StampCase(text: "8:00 GMT, Jan 9, 2024", utc: "2024-01-09T08:00:00Z", zone: "UTC"),
        StampCase(text: "1405 GMT, 9 Jan 2024", utc: "2024-01-09T14:05:00Z", zone: "UTC"),
        StampCase(text: "5:45 p.m. NPT, 9 Jan 2024", utc: "2024-01-09T12:00:00Z", zone: "Asia/Kathmandu"),
        StampCase(text: "6:00 p.m. IRST, 9 Jan 2024", utc: "2024-01-09T14:30:00Z", zone: "Asia/Tehran"),
        StampCase(text: "9 p.m. BRT, Oct 7, 2023", utc: "2023-10-08T00:00:00Z", zone: "America/Sao_Paulo"),
    ]

    static let edges: [StampCase] = [
        StampCase(text: "noon ET, May 31, 2023", utc: "2023-05-31T16:00:00Z", zone: "America/New_York", note: "noon"),
        StampCase(text: "12 noon ET, May 31, 2023", utc: "2023-05-31T16:00:00Z", zone: "America/New_York"),
        StampCase(text: "midnight ET, May 31, 2023", utc: "2023-05-31T04:00:00Z", zone: "America/New_York", note: "midnight starts the day"),
        StampCase(text: "12:00 a.m. ET, May 31, 2023", utc: "2023-05-31T04:00:00Z", zone: "America/New_York"),
        StampCase(text: "12:30 p.m. ET, May 31, 2023", utc: "2023-05-31T16:30:00Z", zone: "America/New_York"),
        StampCase(text: "11:50 p.m. ET, May 31, 2023", utc: "2023-06-01T03:50:00Z", zone: "America/New_York", note: "UTC date is the next day"),
        StampCase(text: "9:15 p.m. ET, Dec 31, 2023", utc: "2024-01-01T02:15:00Z", zone: "America/New_York", note: "year boundary"),
        StampCase(text: "00:30 JST, Jan 1, 2024", utc: "2023-12-31T15:30:00Z", zone: "Asia/Tokyo", note: "year boundary backwards"),
        StampCase(text: "10:00 a.m. ET, Feb 29, 2024", utc: "2024-02-29T15:00:00Z", zone: "America/New_York", note: "leap day"),
        StampCase(text: "2005 GMT (0405 HKT) June 2, 2023", utc: "2023-06-01T20:05:00Z", zone: "Asia/Hong_Kong", note: "HKT date is a day ahead"),
        StampCase(text: "Updated 2350 GMT (0750 HKT) January 1, 2024", utc: "2023-12-31T23:50:00Z", zone: "Asia/Hong_Kong", note: "the date is HKT's: GMT is still in 2023"),
        StampCase(text: "1:59 a.m. ET, March 12, 2023", utc: "2023-03-12T06:59:00Z", zone: "America/New_York", note: "US spring forward, before"),
        StampCase(text: "2:30 a.m. ET, March 12, 2023", utc: "2023-03-12T07:30:00Z", zone: "America/New_York", note: "skipped hour: offset before the change"),
        StampCase(text: "3:00 a.m. ET, March 12, 2023", utc: "2023-03-12T07:00:00Z", zone: "America/New_York", note: "US spring forward, after"),
        StampCase(text: "12:59 a.m. ET, Nov 5, 2023", utc: "2023-11-05T04:59:00Z", zone: "America/New_York", note: "US fall back, before"),
        StampCase(text: "1:30 a.m. ET, Nov 5, 2023", utc: "2023-11-05T05:30:00Z", zone: "America/New_York", note: "repeated hour: first occurrence"),
        StampCase(text: "1:30 a.m. EST, Nov 5, 2023", utc: "2023-11-05T06:30:00Z", zone: "America/New_York", note: "EST names the second"),
        StampCase(text: "2:00 a.m. ET, Nov 5, 2023", utc: "2023-11-05T07:00:00Z", zone: "America/New_York", note: "US fall back, after"),
        StampCase(text: "00:59 UK time, 26 March 2023", utc: "2023-03-26T00:59:00Z", zone: "Europe/London", note: "EU spring forward, before"),
        StampCase(text: "01:30 UK time, 26 March 2023", utc: "2023-03-26T01:30:00Z", zone: "Europe/London", note: "EU skipped hour"),
        StampCase(text: "02:00 UK time, 26 March 2023", utc: "2023-03-26T01:00:00Z", zone: "Europe/London", note: "EU spring forward, after"),
        StampCase(text: "02:30 Kyiv time, 26 March 2023", utc: "2023-03-26T00:30:00Z", zone: "Europe/Kyiv"),
        StampCase(text: "04:30 Kyiv time, 26 March 2023", utc: "2023-03-26T01:30:00Z", zone: "Europe/Kyiv"),
        StampCase(text: "00:30 UK time, 29 October 2023", utc: "2023-10-28T23:30:00Z", zone: "Europe/London", note: "EU fall back, before"),
        StampCase(text: "01:30 UK time, 29 October 2023", utc: "2023-10-29T00:30:00Z", zone: "Europe/London", note: "EU repeated hour: first"),
        StampCase(text: "01:30 GMT, 29 October 2023", utc: "2023-10-29T01:30:00Z", zone: "UTC", note: "GMT is the second"),
        StampCase(text: "02:30 UK time, 29 October 2023", utc: "2023-10-29T02:30:00Z", zone: "Europe/London", note: "EU fall back, after"),
        StampCase(text: "11:45 p.m. PT, Oct 28, 2023", utc: "2023-10-29T06:45:00Z", zone: "America/Los_Angeles", note: "evening: UTC date differs"),
        StampCase(text: "8:05 p.m. ET, Jan 31, 2024", utc: "2024-02-01T01:05:00Z", zone: "America/New_York", note: "evening, month boundary"),
    ]

    @Test("Every seed stamp normalizes exactly", arguments: seedStamps)
    func seed(_ stamp: StampCase) throws {
        try check(stamp)
    }

    @Test("Stamp formats from many publishers normalize", arguments: formats)
    func format(_ stamp: StampCase) throws {
        try check(stamp)
    }

    @Test("Midnight, noon, daylight-saving switch days and date lines come out right", arguments: edges)
    func edge(_ stamp: StampCase) throws {
        try check(stamp)
    }

    private func check(_ stamp: StampCase) throws {
        let time = try NormalizedTime(stamp: stamp.text)
        #expect(time.start.iso8601 == stamp.utc, "\(stamp.note)")
        #expect(time.zone == stamp.zone)
        #expect(time.precision == .minute)
        #expect(time.end.secondsSinceEpoch - time.start.secondsSinceEpoch == 60)
    }

    @Test func aSkippedAndARepeatedHourAreLabelled() throws {
        #expect(try NormalizedTime(stamp: "2:30 a.m. ET, March 12, 2023").fold == .skipped)
        #expect(try NormalizedTime(stamp: "1:30 a.m. ET, Nov 5, 2023").fold == .repeated)
        #expect(try NormalizedTime(stamp: "1:30 a.m. EST, Nov 5, 2023").fold == .unique)
        #expect(try NormalizedTime(stamp: "7:26 a.m. ET, May 31, 2023").fold == .unique)
    }

    @Test func theZoneIsKeptAsWritten() throws {
        let time = try NormalizedTime(stamp: "7:26 a.m. ET, May 31, 2023")
        #expect(time.zoneText == "ET")
        let named = try NormalizedTime(stamp: "3 p.m. British Summer Time, 2 June 2023")
        #expect(named.zoneText == "British Summer Time")
    }
}
