import Foundation
import Geo

/// JSON Lines rendering of mentions and places (keys in a fixed order, so output is diffable).
public enum PlaceJSON {
    public static func line(_ mention: PlaceMention) -> String {
        var fields: [(String, String)] = [
            ("start", "\(mention.range.lowerBound)"), ("end", "\(mention.range.upperBound)"),
            ("text", quote(mention.text)), ("role", quote(mention.role.rawValue)),
        ]
        fields += placeFields(mention.place)
        fields.append(("precision", quote(mention.precision.rawValue)))
        fields.append(("score", number(mention.score)))
        let alternatives = mention.alternatives.map { alternative in
            object(placeFields(alternative.place) + [("score", number(alternative.score))])
        }
        fields.append(("alternatives", "[" + alternatives.joined(separator: ",") + "]"))
        // A name the gazetteer lacks: the known place the text puts it in, if any.
        if mention.place == nil { fields.append(("container", mention.container.map { object(placeFields($0)) } ?? "null")) }
        return object(fields)
    }

    public static func placeFields(_ place: Place?) -> [(String, String)] {
        guard let place else {
            return ["geonameid", "name", "kind", "country_code", "admin1", "admin1_code", "admin2", "latitude", "longitude"].map { ($0, "null") }
        }
        return [
            ("geonameid", "\(place.geonameid)"), ("name", quote(place.name)), ("kind", quote(place.kind.level)),
            ("country_code", quote(place.countryCode)), ("admin1", optional(place.admin1Name)),
            ("admin1_code", optional(place.admin1Code)), ("admin2", optional(place.admin2Name)),
            ("latitude", "\(place.coordinate.latitude)"), ("longitude", "\(place.coordinate.longitude)"),
        ]
    }

    public static func place(_ place: Place) -> String {
        object(placeFields(place) + [
            ("population", "\(place.population)"), ("time_zone", optional(place.timeZone)),
            ("feature_code", quote(place.featureCode)), ("point_source", quote("\(place.pointSource)")),
        ])
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(quote($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    static func optional(_ text: String?) -> String { text.map(quote) ?? "null" }

    static func number(_ value: Double) -> String { "\(value)" }

    static func quote(_ text: String) -> String {
        var out = ""
        JSON.quote(text, into: &out)
        return out
    }
}
