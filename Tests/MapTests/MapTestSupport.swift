import Foundation
import Geo
import IncidentData
@testable import Map
import Store
import Timeline

/// Incidents made by hand, and the committed outlines.
enum MapFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let outlines: CountryOutlines = {
        let path = packageRoot.appendingPathComponent("Gazetteer/countries.geojson").path
        do { return try CountryOutlines(geoJSON: try Data(contentsOf: URL(fileURLWithPath: path)), path: path) } catch {
            fatalError("cannot read the committed outlines: \(error)")
        }
    }()

    static func point(
        _ id: Int64, _ place: String, _ geonameid: Int, _ latitude: Double, _ longitude: Double, type: String? = "Battles",
        fatalities: Int? = nil, geoPrecision: Int = 1, country: String = "UA"
    ) -> IncidentPoint {
        let start = Instant(secondsSinceEpoch: 1_685_491_200 + id * 3600)
        return IncidentPoint(
            id: id, eventType: type, subEventType: nil, geonameid: geonameid, placeName: place, countryCode: country,
            latitude: latitude, longitude: longitude, geoPrecision: geoPrecision, fatalities: fatalities, occurredStart: start,
            occurredEnd: start.adding(seconds: 3600), reportedAt: start.adding(seconds: 7200))
    }

    /// Shebekino (2), Grayvoron, Karpaty, Kharkiv: a small border map.
    static let border: [IncidentPoint] = [
        point(1, "Shebekino", 495112, 50.40747, 36.88859, type: "Explosions/Remote violence", country: "RU"),
        point(2, "Shebekino", 495112, 50.40747, 36.88859, type: "Strategic developments", country: "RU"),
        point(3, "Grayvoron", 559034, 50.47945, 35.68059, type: "Strategic developments", country: "RU"),
        point(4, "Karpaty", 702658, 48.54, 39.28, type: "Explosions/Remote violence", fatalities: 5),
        point(5, "Kharkiv", 706483, 49.98081, 36.25272, fatalities: 2),
    ]
}
