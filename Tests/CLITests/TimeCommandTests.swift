import Foundation
import Testing

@Suite("timelinectl time and posts, run as a user runs them")
struct TimeCommandTests {
    @Test func timeParsePrintsTheUTCStartInstant() throws {
        let run = try CLI.run(["time", "parse", "7:26 a.m. ET, May 31, 2023"])
        #expect(run.status == 0)
        #expect(run.stdout == "2023-05-31T11:26:00Z\n")
    }

    @Test func timeParseJSONHasTheDocumentedFields() throws {
        let run = try CLI.run(["time", "parse", "Updated 0405 GMT (1205 HKT) June 1, 2023", "--json"])
        #expect(run.status == 0)
        let object = try #require(try CLI.json(run.stdout) as? [String: Any])
        #expect(object["start"] as? String == "2023-06-01T04:05:00Z")
        #expect(object["end"] as? String == "2023-06-01T04:06:00Z")
        #expect(object["precision"] as? String == "minute")
        #expect(object["zone_text"] as? String == "HKT")
        #expect(object["zone"] as? String == "Asia/Hong_Kong")
    }

    @Test func relativeTimesUseTheAnchorAndZone() throws {
        let run = try CLI.run(["time", "parse", "overnight", "--anchor", "2023-05-31T10:12:00Z", "--zone", "Europe/Moscow", "--json"])
        #expect(run.status == 0)
        let object = try #require(try CLI.json(run.stdout) as? [String: Any])
        #expect(object["start"] as? String == "2023-05-30T19:00:00Z")
        #expect(object["end"] as? String == "2023-05-31T03:00:00Z")
        #expect(object["precision"] as? String == "part_of_day")
        #expect(object["zone"] as? String == "Europe/Moscow")
        let tuesday = try CLI.run(["time", "parse", "Tuesday", "--anchor", "2023-05-31", "--zone", "Europe/Moscow"])
        #expect(tuesday.stdout == "2023-05-29T21:00:00Z\n")
    }

    @Test func timeExtractReadsTheClauseTenseAndPrintsTimeMLValues() throws {
        let text = "The envoy arrived on Friday. The envoy will return on Friday for talks lasting 48 hours."
        let run = try CLI.run(["time", "extract", "-", "--anchor", "2024-05-15", "--zone", "Europe/Kyiv", "--json"], input: text)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try CLI.json(run.stdout) as? [String: Any])
        #expect(object["zone"] as? String == "Europe/Kyiv")
        let expressions = try #require(object["expressions"] as? [[String: Any]])
        #expect(expressions.map { $0["text"] as? String } == ["Friday", "Friday", "48 hours"])
        #expect(expressions.map { $0["value"] as? String } == ["2024-05-10", "2024-05-17", "PT48H"])
        #expect(expressions.map { $0["type"] as? String } == ["DATE", "DATE", "DURATION"])
        #expect(expressions.map { $0["start"] as? Int } == [21, 54, 79])
        #expect(expressions[0]["utc_start"] as? String == "2024-05-09T21:00:00Z")
        #expect(expressions[0]["precision"] as? String == "day")
        #expect(expressions[2]["utc_start"] == nil)
        let plain = try CLI.run(["time", "extract", "-", "--anchor", "2024-05-15", "--zone", "UTC"], input: "Rents doubled in the 1990s.")
        #expect(plain.stdout == "17-26\tDATE\t199\tthe 1990s\n")
    }

    @Test func timeExtractWithoutAnAnchorOrWithABadFileIsRefused() throws {
        let missing = try CLI.run(["time", "extract", "-"], input: "On Friday.")
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("--anchor"))
        let file = try CLI.run(["time", "extract", "no-such-story.txt", "--anchor", "2024-05-15", "--zone", "UTC"])
        #expect(file.status == 1)
        #expect(file.stderr.contains("no-such-story.txt"))
        #expect(file.stdout.isEmpty)
    }

    @Test func aDateAnchorDatesAStampThatNamesItsZoneButNotARelativeTime() throws {
        let stamp = try CLI.run(["time", "parse", "0830 GMT", "--anchor", "2024-02-10"])
        #expect(stamp.status == 0, "\(stamp.stderr)")
        #expect(stamp.stdout == "2024-02-10T08:30:00Z\n")
        let relative = try CLI.run(["time", "parse", "overnight", "--anchor", "2024-02-10"])
        #expect(relative.status == 64)
        #expect(relative.stderr.contains("--anchor '2024-02-10' is a date: pass --zone"))
        let zoneless = try CLI.run(["time", "parse", "14:05", "--anchor", "2024-02-10"])
        #expect(zoneless.status == 64)
    }

    @Test func aListingsRangeAndAStampWithItsAuthorAreRead() throws {
        let range = try CLI.run(["time", "parse", "March 3, 2024 8:00pm-9:30pm EST", "--json"])
        #expect(range.status == 0, "\(range.stderr)")
        let object = try #require(try CLI.json(range.stdout) as? [String: Any])
        #expect(object["start"] as? String == "2024-03-04T01:00:00Z")
        #expect(object["end"] as? String == "2024-03-04T02:30:00Z")
        #expect(object["zone_text"] as? String == "EST")
        let pastMidnight = try CLI.run(["time", "parse", "March 3, 2024 11:30pm-1am EST", "--json"])
        let late = try #require(try CLI.json(pastMidnight.stdout) as? [String: Any])
        #expect(late["end"] as? String == "2024-03-04T06:00:00Z")
        let byline = try CLI.run(["time", "parse", "7:26 a.m. ET, May 31, 2023, Jane Doe", "--json"])
        let stamp = try #require(try CLI.json(byline.stdout) as? [String: Any])
        #expect(stamp["start"] as? String == "2023-05-31T11:26:00Z")
        #expect(stamp["byline"] as? String == "Jane Doe")
    }

    @Test func aMalformedStampExitsNonZeroQuotingTheText() throws {
        let run = try CLI.run(["time", "parse", "25:61 a.m. ET"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("'25:61 a.m. ET'"))
        #expect(run.stdout.isEmpty)
        let zone = try CLI.run(["time", "parse", "7:26 a.m. XT, May 31, 2023"])
        #expect(zone.status == 1)
        #expect(zone.stderr.contains("unknown time zone 'XT'"))
    }

    @Test func aBadZoneFlagIsAUsageError() throws {
        let run = try CLI.run(["time", "parse", "14:05", "--zone", "Mars/Olympus"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("Mars/Olympus"))
    }

    @Test func postsListsTheSeedsNinePostsAsJSON() throws {
        let run = try CLI.run(["posts", "seeds/000_fdd7082ede222f27.txt", "--json"])
        #expect(run.status == 0)
        let posts = try #require(try CLI.json(run.stdout) as? [[String: Any]])
        #expect(posts.count == 9)
        #expect(posts.map { $0["stamp_utc"] as? String } == [
            "2023-05-31T11:26:00Z", "2023-05-31T11:23:00Z", "2023-05-31T11:07:00Z", "2023-05-31T10:12:00Z",
            "2023-05-31T10:27:00Z", "2023-05-31T10:21:00Z", "2023-05-31T08:11:00Z", "2023-05-31T08:10:00Z",
            "2023-05-31T06:54:00Z",
        ])
        #expect(posts[0]["index"] as? Int == 0)
        #expect(posts[0]["stamp_text"] as? String == "7:26 a.m. ET, May 31, 2023")
        #expect(posts[0]["headline"] as? String == "Russia will continue improving its air defense system, Kremlin says")
        #expect(posts[0]["authors"] as? [String] == ["Anna Chernova"])
        #expect(posts[0]["start"] as? String == "2023-05-31T11:26:00Z")
        #expect(posts[0]["end"] as? String == "2023-05-31T11:27:00Z")
        #expect(posts[8]["byline"] as? String == "From CNN's Clare Sebastian and Olga Voitovych")
    }

    @Test func postsReadsStandardInputAndNamesAMissingFile() throws {
        let seed = try String(contentsOf: CLI.root.appendingPathComponent("seeds/000_fdd7082ede222f27.txt"), encoding: .utf8)
        let piped = try CLI.run(["posts", "-"], input: seed)
        #expect(piped.stdout.split(separator: "\n").count == 9)
        let missing = try CLI.run(["posts", "no-such-page.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such-page.txt"))
    }
}
