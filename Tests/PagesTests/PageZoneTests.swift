import Foundation
import Testing
import Timeline

@testable import Pages

/// The zone of a page's stamps that name none, from what the page says of itself.
@Suite struct PageZoneTests {
    @Test(arguments: [
        // Its country has one zone, and it agrees with the metadata's offset.
        ("en-GB", "https://www.example.co.uk/live", ["2024-10-26T23:38:00+01:00", "2024-10-27T09:41:00Z"], "Europe/London"),
        // The country's zones keep the same clock; both offsets of the night of the change agree.
        ("de", "https://www.example.de/a", ["2024-03-31T00:48:02+01:00", "2024-03-31T11:40:18+02:00"], "Europe/Berlin"),
        // No country: two offsets across a change settle it among zones that keep one clock.
        (nil, "https://example.com/live", ["2024-03-31T00:48:02+01:00", "2024-03-31T11:40:18+02:00"], nil),
        // One offset and no country: a zone is not settled, the written offset is kept.
        (nil, "https://example.com/live", ["2026-10-15T06:12:05+02:00"], "UTC+02:00"),
        // A country whose zones disagree (the United States) and no offset: nothing settled.
        ("en-US", "https://example.com/live", [], nil),
    ] as [(String?, String, [String], String?)])
    func zoneForStamps(language: String?, url: String, written: [String], zone: String?) {
        let found = PageZone.forStamps(language: language, url: url, writtenTimes: written)
        if let zone {
            #expect(found?.identifier == zone)
        } else if language == nil, written.count == 2 {
            // Every zone that matches +01:00 then +02:00 on that night changes with the EU: one of them.
            #expect(found.map { TimeZone(identifier: $0.identifier)?.secondsFromGMT(for: Date(timeIntervalSince1970: 1_711_850_000)) } == 7200)
        } else {
            #expect(found == nil)
        }
    }
}
