import Testing
import Timeline
@testable import Incidents

/// Which of two places named together is the event's: a town owned by another town (`X's Y area`) is the
/// event's own when it lies apart from it in the same region, while a city's quarter stands for the city;
/// a place after a comma and a word of nearness (`X, on the outskirts of Y`) only says where X lies; a
/// town named in another romanization (the feminine ending without its `h`) is found in its region.
/// Sentences written here, published on Tuesday 12 March 2024.
@Suite("Owned and nearby places")
struct OwnedAndNearbyPlaceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        /// Location and ACLED geo precision of every incident, in the order stored.
        var expected: [(location: String, geoPrecision: Int)]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Paharpur is a town of its own, 30 km from Dera Ismail Khan, in the same province.
        Case(text: "Militants attacked a police post in Dera Ismail Khan's Paharpur area on Sunday, killing one officer.",
             expected: [("Paharpur", 1)]),
        // A city's district stands for the city; a namesake village in another region is not that district.
        Case(text: "A drone hit a house in Kharkiv's Kyivskyi district on Monday, wounding three people.", expected: [("Kharkiv", 1)]),
        Case(text: "Troops clashed with gunmen in Mogadishu's Hodan district on Monday.", expected: [("Mogadishu", 1)]),
        Case(text: "Fighters overran an army base in Ardamata, on the outskirts of El Geneina, on Saturday.", expected: [("Ardamata", 1)]),
        Case(text: "Warplanes bombed a livestock market in Kabkabiya in North Darfur on Monday, killing nine people.",
             expected: [("Kabkabiya", 1)]),
    ]

    @Test(arguments: cases)
    func placesTheEvent(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-03-12T10:00:00Z")
        #expect(incidents.map(\.location) == c.expected.map(\.location))
        #expect(incidents.map(\.geoPrecision) == c.expected.map(\.geoPrecision))
    }
}
