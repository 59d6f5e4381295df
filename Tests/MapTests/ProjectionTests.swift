import Foundation
import Geo
import Testing
@testable import Map

@Suite("The equirectangular projection and the extent it is fitted to")
struct ProjectionTests {
    static let projection = MapProjection(
        centerLatitude: 50, centerLongitude: 36, standardParallel: 50, pixelsPerDegree: 100, center: MapPoint(x: 480, y: 300))

    @Test(arguments: [
        // (latitude, longitude, x, y): a degree of latitude is 100 px; of longitude cos 50° of that.
        (50.0, 36.0, 480.0, 300.0),
        (51.0, 36.0, 480.0, 200.0),
        (49.5, 36.0, 480.0, 350.0),
        (50.0, 37.0, 544.2788, 300.0),
        (50.0, 34.0, 351.4425, 300.0),
        (48.54, 39.28, 690.8345, 446.0),
    ])
    func coordinatesFallWhereTheFormulaPutsThem(latitude: Double, longitude: Double, x: Double, y: Double) {
        let point = Self.projection.point(latitude: latitude, longitude: longitude)
        #expect(abs(point.x - x) < 0.001, "x \(point.x)")
        #expect(abs(point.y - y) < 0.001, "y \(point.y)")
    }

    @Test(arguments: [(50.40747, 36.88859), (48.54, 39.28), (55.75204, 37.61781), (-33.9, 18.4), (64.7, -147.4)])
    func theInverseGivesBackTheCoordinate(latitude: Double, longitude: Double) {
        let back = Self.projection.coordinate(at: Self.projection.point(latitude: latitude, longitude: longitude))
        #expect(abs(back.latitude - latitude) < 1e-9)
        #expect(abs(back.longitude - longitude) < 1e-9)
    }

    @Test func aPointJustAcrossTheAntimeridianIsDrawnBesideTheCentreNotAcrossTheWorld() {
        let projection = MapProjection(centerLatitude: 65, centerLongitude: 179, standardParallel: 65, pixelsPerDegree: 50, center: MapPoint(x: 400, y: 300))
        let east = projection.point(latitude: 65, longitude: -179)  // 2° east of the centre
        let west = projection.point(latitude: 65, longitude: 177)
        #expect(abs(east.x - (400 + 2 * cos(65 * Double.pi / 180) * 50)) < 1e-9)
        #expect(abs(west.x - (400 - 2 * cos(65 * Double.pi / 180) * 50)) < 1e-9)
    }

    @Test func aPixelCoversTheKilometresOfItsShareOfADegree() {
        // 100 px a degree of latitude: 111.195 km / 100.
        #expect(abs(Self.projection.kilometresPerPixel - 1.111951) < 1e-6)
    }

    @Test func aFittedProjectionKeepsTheWholeExtentInsideThePaddedFrameAndCentresIt() {
        let extent = GeoExtent(south: 45, north: 56, west: 31.5, east: 39.5)
        let projection = MapProjection.fitted(to: extent, width: 960, height: 700, padding: 30)
        for (latitude, longitude) in [(45.0, 31.5), (45.0, 39.5), (56.0, 31.5), (56.0, 39.5)] {
            let point = projection.point(latitude: latitude, longitude: longitude)
            #expect((30 - 1e-9...930 + 1e-9).contains(point.x), "\(latitude),\(longitude) -> \(point)")
            #expect((30 - 1e-9...670 + 1e-9).contains(point.y), "\(latitude),\(longitude) -> \(point)")
        }
        let middle = projection.point(latitude: 50.5, longitude: 35.5)
        #expect(abs(middle.x - 480) < 1e-9 && abs(middle.y - 350) < 1e-9)
        // Tall extent: latitude fills the height, less the padding.
        #expect(abs(projection.pixelsPerDegree - 640.0 / 11) < 1e-9)
    }

    @Test func theExtentOfPointsEitherSideOfTheAntimeridianIsTheShortArc() throws {
        let extent = try #require(GeoExtent.enclosing([
            Coordinate(latitude: 64.7, longitude: 177.5), Coordinate(latitude: 66.0, longitude: -169.8),
            Coordinate(latitude: 65.6, longitude: 179.9),
        ]))
        #expect(extent.west == 177.5 && extent.east == -169.8)
        #expect(abs(extent.longitudeSpan - 12.7) < 1e-9)
        #expect(abs(extent.centerLongitude - (-176.15)) < 1e-9)
    }

    @Test func theExtentOfTheSeedsPlacesRunsFromKlimovoToKarpatyAndMoscow() throws {
        let extent = try #require(GeoExtent.enclosing([
            Coordinate(latitude: 52.38, longitude: 31.72), Coordinate(latitude: 55.75, longitude: 37.62),
            Coordinate(latitude: 48.54, longitude: 39.28), Coordinate(latitude: 44.9, longitude: 38.6),
        ]))
        #expect(extent == GeoExtent(south: 44.9, north: 55.75, west: 31.72, east: 39.28))
    }

    @Test func aSingleTownIsShownWithItsSurroundings() throws {
        let extent = try #require(GeoExtent.enclosing([Coordinate(latitude: 50.4, longitude: 36.9)])).padded(fraction: 0.06, minimumSpan: 1.5)
        #expect(abs(extent.latitudeSpan - 1.5) < 1e-9)
        // The same ground distance east-west: 1.5° / cos 50.4°.
        #expect(abs(extent.longitudeSpan - 1.5 / cos(50.4 * Double.pi / 180)) < 1e-9)
        #expect(abs(extent.centerLatitude - 50.4) < 1e-9 && abs(extent.centerLongitude - 36.9) < 1e-9)
    }
}

@Suite("Outlines cut to the view")
struct OutlineClippingTests {
    @Test func aRingLargerThanTheViewIsCutToItsEdges() {
        let square = [MapPoint(x: -100, y: -100), MapPoint(x: 300, y: -100), MapPoint(x: 300, y: 300), MapPoint(x: -100, y: 300)]
        let clipped = IncidentMap.clip(square, to: Box(x: 0, y: 0, width: 200, height: 100))
        #expect(Set(clipped) == [MapPoint(x: 0, y: 0), MapPoint(x: 200, y: 0), MapPoint(x: 200, y: 100), MapPoint(x: 0, y: 100)])
    }

    @Test func aRingCrossingOneEdgeKeepsItsInsidePartAndGainsTheCrossings() {
        let triangle = [MapPoint(x: 50, y: 50), MapPoint(x: 150, y: 50), MapPoint(x: 50, y: 150)]
        let clipped = IncidentMap.clip(triangle, to: Box(x: 0, y: 0, width: 200, height: 100))
        #expect(clipped.contains(MapPoint(x: 50, y: 50)) && clipped.contains(MapPoint(x: 150, y: 50)))
        #expect(clipped.contains(MapPoint(x: 100, y: 100)) && clipped.contains(MapPoint(x: 50, y: 100)))
        #expect(clipped.allSatisfy { $0.y <= 100 })
    }

    @Test func aRingOutsideTheViewVanishes() {
        let far = [MapPoint(x: 500, y: 500), MapPoint(x: 600, y: 500), MapPoint(x: 600, y: 600)]
        #expect(IncidentMap.clip(far, to: Box(x: 0, y: 0, width: 200, height: 100)).isEmpty)
    }
}
