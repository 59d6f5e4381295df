import Testing
@testable import Map

@Suite("Incidents become marks: stacked by place, clustered when too close, sized by count or fatalities")
struct MarkLayoutTests {
    static let projection = MapProjection(
        centerLatitude: 49.5, centerLongitude: 37.5, standardParallel: 49.5, pixelsPerDegree: 80, center: MapPoint(x: 480, y: 400))

    @Test func incidentsAtOnePlaceStackIntoOneMarkWithTheirTypes() throws {
        let marks = MarkLayout.marks(MapFixture.border, projection: Self.projection, size: .count, maximumRadius: 20)
        #expect(marks.count == 4)
        let shebekino = try #require(marks.first)
        #expect(shebekino.id == "m1")
        #expect(shebekino.places == ["Shebekino"])
        #expect(shebekino.incidentIDs == [1, 2])
        #expect(shebekino.categories == [.explosions, .strategicDevelopments])
        // 4.5 px and 5 px per square root of the count.
        #expect(abs(shebekino.radius - (4.5 + 5 * 2.0.squareRoot())) < 1e-9)
        // The single-incident marks share the smallest size and are ordered by name.
        #expect(marks.dropFirst().map(\.places[0]) == ["Grayvoron", "Karpaty", "Kharkiv"])
        #expect(marks.dropFirst().allSatisfy { $0.radius == 9.5 })
    }

    @Test func sizedByFatalitiesTheDeadliestPlaceIsLargestAndUncountedPlacesAreSmallest() throws {
        let marks = MarkLayout.marks(MapFixture.border, projection: Self.projection, size: .fatalities, maximumRadius: 20)
        #expect(marks.map(\.places[0]) == ["Karpaty", "Kharkiv", "Shebekino", "Grayvoron"])
        #expect(abs(marks[0].radius - (4.5 + 5 * 5.0.squareRoot())) < 1e-9)
        #expect(marks[0].fatalitiesKnown && marks[0].fatalities == 5)
        #expect(!marks[3].fatalitiesKnown)
        #expect(marks[3].radius == MarkLayout.minimumRadius)
        // Shebekino's two incidents killed nobody: the smallest mark, with no figure inside.
        #expect(marks[2].radius == MarkLayout.minimumRadius)
        #expect(marks[2].figure(.fatalities) == nil && marks[0].figure(.fatalities) == 5)
    }

    @Test func placesTooCloseToTellApartClusterIntoTheLargerMark() throws {
        // At 15 px a degree, Shebekino and Belgorod (31 km apart) are 4 px apart; Grayvoron (86 km
        // from Shebekino) and Kharkiv (66 km) stay marks of their own.
        let small = MapProjection(centerLatitude: 50, centerLongitude: 37, standardParallel: 50, pixelsPerDegree: 15, center: MapPoint(x: 100, y: 100))
        let points = MapFixture.border + [MapFixture.point(6, "Belgorod", 578072, 50.61, 36.58, country: "RU")]
        let marks = MarkLayout.marks(points, projection: small, size: .count, maximumRadius: 20)
        let cluster = try #require(marks.first { $0.places.contains("Belgorod") })
        #expect(cluster.places.first == "Shebekino")
        #expect(cluster.incidentIDs == [1, 2, 6])
        #expect(marks.count == 4)
    }

    @Test func aMarkIsApproximateOnlyWhenEveryIncidentIsPlacedByItsRegion() {
        let points = [
            MapFixture.point(1, "Belgorod Oblast", 578071, 50.6, 36.6, geoPrecision: 3),
            MapFixture.point(2, "Luhansk", 702658, 48.5, 39.3, geoPrecision: 3),
            MapFixture.point(3, "Luhansk", 702658, 48.5, 39.3, geoPrecision: 1),
        ]
        let marks = MarkLayout.marks(points, projection: Self.projection, size: .count, maximumRadius: 20)
        #expect(marks.first { $0.places == ["Belgorod Oblast"] }?.approximate == true)
        #expect(marks.first { $0.places == ["Luhansk"] }?.approximate == false)
    }

    @Test(arguments: [
        // (weight, largest, maximum, radius): one scale while the largest fits, shrunk when it would not.
        (1.0, 1.0, 20.0, 9.5),
        (4.0, 4.0, 20.0, 14.5),
        (0.0, 10.0, 20.0, 4.5),
        (100.0, 100.0, 20.0, 20.0),
        (25.0, 100.0, 20.0, 12.25),
    ])
    func aMarksAreaGrowsWithItsWeightAndTheLargestStaysWithinTheMaximum(weight: Double, largest: Double, maximum: Double, radius: Double) {
        #expect(abs(MarkLayout.radius(weight: weight, largest: largest, maximum: maximum) - radius) < 1e-9)
    }

    @Test func everyIncidentIsOnExactlyOneMark() {
        let marks = MarkLayout.marks(MapFixture.border, projection: Self.projection, size: .count, maximumRadius: 20)
        let ids = marks.flatMap(\.incidentIDs)
        #expect(ids.sorted() == MapFixture.border.map(\.id).sorted())
    }
}
