import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import IncidentData
import Store
import Testing
import Timeline
@testable import Map

@Suite("The SVG: well-formed, deterministic, with what it claims to show")
struct SVGTests {
    static func map(_ points: [IncidentPoint] = MapFixture.border, labels: Int = 12) -> IncidentMap {
        var options = MapOptions()
        options.title = "Incidents, 30 May 2023 22:00 to 1 June 2023 09:00 (Europe/Moscow)"
        options.labels = labels
        return IncidentMap(points: points, outlines: MapFixture.outlines, options: options)
    }

    /// Parses the document; returns element names with their attributes, in order.
    static func elements(_ svg: String) throws -> [(name: String, attributes: [String: String])] {
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [(name: String, attributes: [String: String])] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
                elements.append((name, attributes))
            }
        }
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { throw MapError("not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")") }
        return collector.elements
    }

    @Test func theSameIncidentsGiveTheSameBytes() {
        #expect(Self.map().svg() == Self.map().svg())
        #expect(Self.map(MapFixture.border.reversed()).svg() == Self.map().svg())
    }

    @Test func theDocumentIsWellFormedWithOneMarkPerPlaceAndItsIncidents() throws {
        let elements = try Self.elements(Self.map().svg())
        let marks = elements.filter { $0.name == "g" && ($0.attributes["class"] ?? "").split(separator: " ").first == "mark" }
        #expect(marks.map { $0.attributes["id"] ?? "" } == ["m1", "m2", "m3", "m4"])
        #expect(marks[0].attributes["data-incidents"] == "1 2")
        #expect(elements[0].attributes["data-projection"] == "equirectangular")
    }

    @Test func theTitleLegendAndCreditSayWhatIsShown() {
        let svg = Self.map().svg()
        #expect(svg.contains(">Incidents, 30 May 2023 22:00 to 1 June 2023 09:00 (Europe/Moscow)</text>"))
        #expect(svg.contains(">Battles (1)</text>"))
        #expect(svg.contains(">Explosions/Remote violence (2)</text>"))
        #expect(svg.contains(">Strategic developments (2)</text>"))
        #expect(!svg.contains("Protests ("))
        #expect(svg.contains("GeoNames (CC BY 4.0)"))
        #expect(svg.contains(" km</text>"))
    }

    @Test func theLargestPlacesAreLabelledUpToTheLimit() throws {
        let one = Self.map(labels: 1)
        #expect(one.labels.map(\.text) == ["Shebekino"])
        let all = Self.map(labels: 12)
        #expect(Set(all.labels.map(\.text)) == ["Shebekino", "Grayvoron", "Karpaty", "Kharkiv"])
        #expect(Self.map(labels: 0).labels.isEmpty)
    }

    @Test func theCountriesInViewAreDrawnAndThoseWithIncidentsShaded() throws {
        let elements = try Self.elements(Self.map().svg())
        let countries = elements.filter { $0.name == "path" && $0.attributes["data-country"] != nil }
        let codes = Set(countries.compactMap { $0.attributes["data-country"] })
        #expect(codes.isSuperset(of: ["RU", "UA"]))
        #expect(!codes.contains("US") && !codes.contains("AU"))
        let russia = try #require(countries.first { $0.attributes["data-country"] == "RU" })
        #expect(russia.attributes["fill"] == IncidentMap.activeLandColor)
    }

    @Test func placeNamesAreEscaped() throws {
        let points = [MapFixture.point(1, "Tom & Jerry's <Town>", 1, 50, 36)]
        let svg = Self.map(points).svg()
        _ = try Self.elements(svg)
        #expect(svg.contains("Tom &amp; Jerry&#39;s &lt;Town&gt;"))
    }

    @Test func noIncidentsGiveAnEmptyMapOfTheWorldNotAnError() throws {
        let map = Self.map([])
        #expect(map.marks.isEmpty)
        _ = try Self.elements(map.svg())
    }

    @Test func marksAreInsideTheFrame() {
        let map = Self.map()
        for mark in map.marks {
            #expect(mark.position.x - mark.radius >= 0 && mark.position.x + mark.radius <= map.frame.width)
            #expect(mark.position.y - mark.radius >= 0 && mark.position.y + mark.radius <= map.frame.height)
        }
    }
}

@Suite("What a mark and the credit line say")
struct MarkDrawingTests {
    @Test func aPlaceWithTwoTypesIsAPieOfTheirColoursWithItsCountInside() throws {
        let svg = SVGTests.map().svg()
        let line = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<g class=\"mark\" id=\"m1\"") })
        #expect(line.contains("<title>Shebekino: 2 incidents (Explosions/Remote violence 1, Strategic developments 1)</title>"))
        #expect(line.contains("<path fill=\"#e69f00\"") && line.contains("<path fill=\"#009e73\""))
        #expect(line.contains(">2</text>"))
    }

    @Test func aMarkPlacedOnlyByItsRegionIsFadedDashedAndSaysWhy() throws {
        let points = [MapFixture.point(1, "Belgorod Oblast", 578071, 50.6, 36.6, geoPrecision: 3, country: "RU")]
        let svg = SVGTests.map(points).svg()
        let line = try #require(svg.split(separator: "\n").first { $0.contains(" id=\"m1\"") })
        #expect(line.hasPrefix("<g class=\"mark approximate\""))
        #expect(line.contains("placed at the region&#39;s capital: the text names only the region"))
        #expect(svg.contains(">placed at its region&#39;s capital</text>"))
    }

    @Test func zoomedInTheCreditWarnsThatBordersAreCoarseAndZoomedOutItDoesNot() {
        let town = [MapFixture.point(1, "Grayvoron", 559034, 50.47945, 35.68059, country: "RU")]
        #expect(SVGTests.map(town).svg().contains("Borders are coarse at this scale"))
        let world = [
            MapFixture.point(1, "Kyiv", 703448, 50.45, 30.52), MapFixture.point(2, "Los Angeles", 5368361, 34.05, -118.24, country: "US"),
            MapFixture.point(3, "Sydney", 2147714, -33.87, 151.21, country: "AU"),
        ]
        #expect(!SVGTests.map(world).svg().contains("Borders are coarse at this scale"))
    }
}

@Suite("The credit line fits the map")
struct CreditTests {
    @Test(arguments: [320, 480, 960])
    func theCreditWrapsToTheWidthAndKeepsEveryWord(width: Int) {
        var options = MapOptions()
        options.width = width
        let map = IncidentMap(points: [MapFixture.point(1, "Grayvoron", 559034, 50.47945, 35.68059)], outlines: MapFixture.outlines, options: options)
        #expect(map.creditLines.allSatisfy { TextMetrics.width($0, fontSize: 10) <= Double(width) - 24 })
        let text = map.creditLines.joined(separator: " ")
        #expect(text.hasPrefix("Places: GeoNames (CC BY 4.0). Outlines: countryinfo (MIT). Equirectangular projection"))
        #expect(text.hasSuffix("Borders are coarse at this scale: a mark near one may lie either side."))
        #expect(map.height >= map.frame.maxY + Double(map.creditLines.count) * 13)
    }
}
