import Foundation
import Geo
import IncidentData
@testable import Map
import Store
import Testing
import Timeline

/// Cases found by a reviewer who field-tested the map on regions and data the author had not used.
@Suite("The map away from the seed: the whole world, the antimeridian, missing outlines, crowds")
struct FieldTestRegressionTests {
    @Test func placesAllRoundTheGlobeGiveTheWholeWorldCentredOnGreenwich() throws {
        // Fifteen cities round the world: padded past 270 degrees, the view is the world.
        let longitudes: [Double] = [-157.9, -122.4, -99.1, -74, -46.6, -0.1, 2.35, 31.2, 37.6, 77.2, 100.5, 116.4, 139.7, 151.2, 174.8]
        let coordinates = longitudes.enumerated().map { Coordinate(latitude: Double($0.offset * 7 % 60) - 30, longitude: $0.element) }
        let extent = try #require(GeoExtent.enclosing(coordinates)).padded(fraction: 0.06, minimumSpan: 1.5)
        #expect(extent.west == -180 && extent.east == 180)
        #expect(extent.longitudeSpan == 360 && extent.centerLongitude == 0)
        let points = coordinates.enumerated().map { MapFixture.point(Int64($0.offset + 1), "City \($0.offset)", $0.offset + 1, $0.element.latitude, $0.element.longitude) }
        let map = SVGTests.map(points)
        #expect(map.marks.count == 15)
        for mark in map.marks {
            #expect((0...map.frame.width).contains(mark.position.x) && (0...map.frame.height).contains(mark.position.y), "\(mark.places)")
        }
    }

    @Test func theAntimeridianSplitOfAnOutlineIsFilledButNotDrawnAsABorder() throws {
        let chukotka = [
            MapFixture.point(1, "Anadyr", 2127202, 64.73, 177.51, country: "RU"),
            MapFixture.point(2, "Nome", 5870133, 64.5, -165.41, country: "US"),
        ]
        let svg = SVGTests.map(chukotka).svg()
        let russia = svg.split(separator: "\n").filter { $0.contains("data-country=\"RU\"") }
        #expect(russia.contains { $0.hasPrefix("<path class=\"seam\"") })
        let ring = [
            Coordinate(latitude: 65, longitude: 170), Coordinate(latitude: 65, longitude: 180), Coordinate(latitude: 68, longitude: 180),
            Coordinate(latitude: 68, longitude: 170),
        ]
        #expect(IncidentMap.seamEdges(ring) == [1])
    }

    @Test func aCountryWithoutAnOutlineIsNamedInTheCredit() {
        // The bundled outlines have no Myanmar.
        let map = SVGTests.map([MapFixture.point(1, "Mandalay", 1311874, 21.97, 96.08, country: "MM")])
        #expect(map.creditLines.joined(separator: " ").contains("No outline in the bundled data for MM: its marks stand on blank ground."))
        #expect(!SVGTests.map().creditLines.joined(separator: " ").contains("No outline"))
    }

    @Test func aClusterIsLabelledWithHowManyPlacesItHolds() {
        let crowd = [
            MapFixture.point(1, "Jerusalem", 281184, 31.77, 35.21, country: "IL"), MapFixture.point(2, "Jerusalem", 281184, 31.77, 35.21, country: "IL"),
            MapFixture.point(3, "Rafah", 281102, 31.29, 34.25, country: "PS"), MapFixture.point(4, "Khan Yunis", 281133, 31.34, 34.31, country: "PS"),
            MapFixture.point(5, "Sydney", 2147714, -33.87, 151.21, country: "AU"), MapFixture.point(6, "Lima", 3936456, -12.04, -77.03, country: "PE"),
        ]
        let map = SVGTests.map(crowd)
        let cluster = map.marks[0]
        #expect(cluster.places == ["Jerusalem", "Khan Yunis", "Rafah"])
        #expect(cluster.label == "Jerusalem +2 places")
        #expect(map.labels.map(\.text).contains("Jerusalem +2 places"))
    }

    @Test func aMarkWithSomeIncidentsPlacedOnlyByTheirRegionSaysHowManyInItsTooltip() throws {
        let points = [
            MapFixture.point(1, "Belgorod", 578072, 50.61, 36.58, geoPrecision: 3, country: "RU"),
            MapFixture.point(2, "Belgorod", 578072, 50.61, 36.58, geoPrecision: 3, country: "RU"),
            MapFixture.point(3, "Belgorod", 578072, 50.61, 36.58, geoPrecision: 1, country: "RU"),
        ]
        let map = SVGTests.map(points)
        #expect(map.marks[0].approximate == false && map.marks[0].placedByRegion == 2)
        #expect(map.tooltip(map.marks[0]).hasSuffix("; 2 of them placed at the region's capital: the text names only the region"))
    }

    @Test func aMarksFigureIsWrittenOnlyWhereItFitsAndMarksAreNeverStretchedForIt() {
        var options = MapOptions()
        options.size = .fatalities
        let points = (1...300).map { MapFixture.point(Int64($0), "Quiet", 1, 10, 10, fatalities: 0) }
            + [MapFixture.point(301, "Deadly", 2, 12, 12, fatalities: 1), MapFixture.point(302, "Worst", 3, 14, 14, fatalities: 20_000)]
        let map = IncidentMap(points: points, outlines: MapFixture.outlines, options: options)
        let quiet = map.marks.first { $0.places == ["Quiet"] }!, deadly = map.marks.first { $0.places == ["Deadly"] }!
        #expect(quiet.radius == MarkLayout.minimumRadius)
        #expect(deadly.radius > quiet.radius)
        let svg = map.svg()
        #expect(!svg.contains(">300</text>"))
        #expect(svg.contains(">20000</text>"))
        #expect(svg.contains(">20000 killed</text>") && svg.contains(">1</text>"))
    }

    @Test func whenEveryMarkWeighsTheSameTheSizeKeyShowsItOnce() {
        var options = MapOptions()
        options.size = .fatalities
        let points = [MapFixture.point(1, "A", 1, 10, 10, fatalities: 7), MapFixture.point(2, "B", 2, 20, 20, fatalities: 7)]
        let svg = IncidentMap(points: points, outlines: MapFixture.outlines, options: options).svg()
        #expect(svg.components(separatedBy: ">7 killed</text>").count == 2)
    }

    @Test func theSizeKeyWrapsAsOneGroup() {
        var options = MapOptions()
        options.width = 320
        let types = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"]
        let points = types.enumerated().map { MapFixture.point(Int64($0.offset + 1), "P\($0.offset)", 1, 10, 10, type: $0.element) }
        let map = IncidentMap(points: points, outlines: MapFixture.outlines, options: options)
        let row = map.legendRows.first { $0.contains { $0.text == "Size:" } }!
        #expect(row.contains { $0.text == "6 incidents" })
        for row in map.legendRows { #expect(row.last.map { $0.x + $0.width <= 320 } ?? true || row.count == 1) }
    }

    @Test func aLongTitleWrapsToTheWidthAndTheHeaderGrowsForIt() {
        var options = MapOptions()
        options.width = 320
        options.title = "Incidents, 30 May 2023 22:00 to 1 June 2023 09:00 (Europe/Moscow)"
        options.subtitle = "3 incidents at 2 places · by when they occurred · Belgorod Oblast · types: Battles"
        let map = IncidentMap(points: MapFixture.border, outlines: MapFixture.outlines, options: options)
        #expect(map.titleLines.count > 1 && map.titleLines.joined(separator: " ") == options.title)
        #expect(map.titleLines.allSatisfy { TextMetrics.width($0, fontSize: 17, bold: true) <= 296 })
        #expect(map.subtitleLines.joined(separator: " ") == options.subtitle)
        #expect(map.frame.y >= 8 + Double(map.titleLines.count) * 21 + Double(map.subtitleLines.count) * 16)
    }

    @Test func theTitleSaysAnEndAtMidnightAsTheEndOfTheDayBeforeAndTheSubtitleNamesTheBox() throws {
        var filter = IncidentFilter()
        filter.since = Instant(utc: CivilDate(year: 2024, month: 2, day: 10)!)
        filter.until = Instant(utc: CivilDate(year: 2024, month: 2, day: 17)!)
        filter.bbox = (32, 15, 34, 16.5)
        #expect(try MapCaption.title(filter: filter, zone: .utc, points: []) == "Incidents, 10 February 2024 00:00 to the end of 16 February 2024 (UTC)")
        #expect(MapCaption.subtitle(filter: filter, points: []).hasSuffix("· within 32,15,34,16.5"))
    }

    @Test func controlCharactersInAPlaceNameDoNotBreakTheFile() throws {
        let svg = SVGTests.map([MapFixture.point(1, "Kharkiv\u{0C}\u{01}", 1, 50, 36)]).svg()
        _ = try SVGTests.elements(svg)
        #expect(svg.contains("Kharkiv\u{FFFD}\u{FFFD}"))
    }

    @Test func absurdFiguresDoNotCrashTheMap() {
        #expect(saturatingSum(Int.max - 1, 5) == Int.max)
        #expect(SVGText.number(.nan) == "0" && SVGText.number(.infinity) == "0" && SVGText.number(1e15) == "1000000000000")
        let points = [MapFixture.point(1, "A", 1, 10, 10, fatalities: Int.max), MapFixture.point(2, "A", 1, 10, 10, fatalities: Int.max)]
        #expect(SVGTests.map(points).marks[0].fatalities == Int.max)
    }
}
