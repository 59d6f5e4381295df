import Foundation
import Timeline

/// The IANA zone a page's own times are in, inferred from what the page says of itself, for
/// stamps that name no zone (`3.12 Uhr`, `<time datetime="2024-03-31 03:12:45">`).
///
/// A fixed UTC offset read from the page's metadata is wrong on the night the clocks change; a
/// zone follows them. The zone is taken only when the page settles it: its country (the region of
/// `<html lang="en-GB">`, or the country-code domain of its address) has one zone, or zones that
/// keep the same clock over the page's days, in tzdata's `zone.tab`; or, with no country known,
/// every zone whose offsets match two different offsets the metadata writes (`+01:00` before the
/// change, `+02:00` after) keeps the same clock. Every candidate must agree with every offset the
/// metadata writes. Otherwise there is no answer and the caller keeps the written offset.
enum PageZone {
    /// tzdata's country table, `/usr/share/zoneinfo/zone.tab`: each country's zones.
    static let zonesByCountry: [String: [String]] = {
        guard let table = try? String(contentsOfFile: "/usr/share/zoneinfo/zone.tab", encoding: .utf8) else { return [:] }
        var zones: [String: [String]] = [:]
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 3 else { continue }
            zones[String(fields[0]), default: []].append(String(fields[2]))
        }
        return zones
    }()

    /// Country-code domains that are not the ISO code of their country.
    static let domainCountries = ["uk": "GB"]

    /// Top-level domains that name no country.
    static let genericDomains: Set<String> = ["com", "org", "net", "info", "news", "co", "io", "tv", "me", "eu", "int", "edu", "gov"]

    static func infer(language: String?, url: String?, writtenTimes: [String]) -> ZoneDesignator? {
        let offsets = writtenTimes.compactMap(writtenOffset)
        var countries: [String] = []
        if let language, let region = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).dropFirst().first, region.count == 2 {
            countries.append(region.uppercased())
        }
        if let host = url.flatMap({ URL(string: $0)?.host }), let domain = host.split(separator: ".").last.map({ String($0).lowercased() }),
            domain.count == 2 || domainCountries[domain] != nil, !genericDomains.contains(domain)
        {
            countries.append(domainCountries[domain] ?? domain.uppercased())
        }
        var candidates: [String]
        if !countries.isEmpty {
            candidates = countries.flatMap { zonesByCountry[$0] ?? [] }
        } else if Set(offsets.map(\.seconds)).count >= 2 {
            candidates = TimeZone.knownTimeZoneIdentifiers
        } else {
            return nil
        }
        candidates = candidates.filter { identifier in
            guard let zone = TimeZone(identifier: identifier) else { return false }
            return offsets.allSatisfy { zone.secondsFromGMT(for: $0.date) == $0.seconds }
        }
        guard let first = candidates.first, keepSameClock(candidates, around: offsets.map(\.date)) else { return nil }
        return .iana(first)
    }

    /// Whether the zones keep the same UTC offset every hour from two days before the first date to two days after the last.
    static func keepSameClock(_ identifiers: [String], around dates: [Date]) -> Bool {
        let zones = identifiers.compactMap { TimeZone(identifier: $0) }
        guard zones.count > 1 else { return true }
        let now = Date()
        let start = (dates.min() ?? now).addingTimeInterval(-2 * 86_400)
        let end = (dates.max() ?? now).addingTimeInterval(2 * 86_400)
        var moment = start
        while moment <= end {
            let offset = zones[0].secondsFromGMT(for: moment)
            if zones.dropFirst().contains(where: { $0.secondsFromGMT(for: moment) != offset }) { return false }
            moment.addTimeInterval(3600)
        }
        return true
    }

    /// The instant and UTC offset an ISO 8601 value writes, when the offset is not zero: `+02:00`
    /// says where the publisher is; `Z` or `+00:00` often says only that the time was written in UTC.
    static func writtenOffset(_ value: String) -> (date: Date, seconds: Int)? {
        guard value.count > 19, let date = ISO8601DateFormatter.lenient(value) else { return nil }
        let tail = value.dropFirst(19)
        guard let sign = tail.firstIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let digits = tail[tail.index(after: sign)...].filter(\.isNumber)
        guard digits.count == 4, let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), hours <= 14, minutes < 60,
            hours + minutes > 0
        else { return nil }
        return (date, (hours * 3600 + minutes * 60) * (tail[sign] == "-" ? -1 : 1))
    }

    /// The zone for a page's stamps that name none: the inferred IANA zone, else the offset its metadata is written in.
    static func forStamps(language: String?, url: String?, writtenTimes: [String]) -> ZoneDesignator? {
        infer(language: language, url: url, writtenTimes: writtenTimes)
            ?? writtenTimes.lazy.compactMap(writtenOffset).first.map { .offset(seconds: $0.seconds) }
    }
}

extension ISO8601DateFormatter {
    /// An ISO 8601 date-time with or without fractional seconds.
    static func lenient(_ value: String) -> Date? {
        let plain = ISO8601DateFormatter()
        if let date = plain.date(from: value) { return date }
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return fractional.date(from: value)
    }
}
