import Geo
import Timeline

/// Finds incidents in a post.
///
/// Provisional rule (until event extraction lands): one incident per post and resolved place it
/// names, dated to the post's day in that place's zone, with every mention kept as evidence.
public struct IncidentExtractor: Sendable {
    public var geoparser: Geoparser

    public init(geoparser: Geoparser) {
        self.geoparser = geoparser
    }

    public func extract(from post: Post, in input: String) -> ExtractedPost {
        var mentions: [(mention: PlaceMention, paragraph: String)] = []
        var pieces: [(text: String, start: Int)] = []
        if let headline = post.headline, let range = post.headlineRange { pieces.append((headline, range.lowerBound)) }
        for paragraph in post.paragraphs { pieces.append((paragraph.text, paragraph.range.lowerBound)) }
        var unresolved: [String] = []
        for piece in pieces {
            for var mention in geoparser.extract(piece.text) {
                mention.range = (mention.range.lowerBound + piece.start)..<(mention.range.upperBound + piece.start)
                if mention.role == .location, mention.place != nil {
                    mentions.append((mention, piece.text))
                } else if mention.role == .location {
                    unresolved.append(mention.text)
                }
            }
        }
        var incidents: [Incident] = []
        var indexByPlace: [Int: Int] = [:]
        for (mention, paragraph) in mentions {
            let place = mention.place!
            let evidence = Evidence(range: mention.range, excerpt: paragraph)
            if let index = indexByPlace[place.geonameid] {
                incidents[index].evidence.append(evidence)
                continue
            }
            indexByPlace[place.geonameid] = incidents.count
            incidents.append(Incident(
                place: place, location: mention.text, locationPrecision: mention.precision,
                geoPrecision: mention.precision.acledGeoPrecision, occurred: Self.localDay(of: post.stamp.start, in: place),
                occurredPrecision: .day, occurredText: nil, timePrecision: 1, reportedAt: post.stamp.start,
                provisional: true, evidence: [evidence]))
        }
        return ExtractedPost(
            position: post.index, stamp: post.stamp, headline: post.headline ?? "", byline: post.byline,
            authors: post.authors, body: post.bodyText, range: post.range, incidents: incidents, unresolved: unresolved)
    }

    /// The day an instant falls on in a place's zone (UTC where the place has none).
    static func localDay(of instant: Instant, in place: Place) -> UTCInterval {
        let zone = place.timeZone.flatMap(ZoneRules.named)
        let date = zone?.local(instant).date ?? instant.utcDate
        let start = zone?.resolve(LocalDateTime(date: date, secondOfDay: 0)).instant ?? Instant(utc: date)
        let end = zone?.resolve(LocalDateTime(date: date.adding(days: 1), secondOfDay: 0)).instant ?? Instant(utc: date.adding(days: 1))
        return UTCInterval(start: start, end: end)
    }
}
