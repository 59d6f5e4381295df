import Foundation
import Testing
@testable import Incidents

/// Lists of victims that add up, local division words, places that bound an event, facilities in
/// the story's town and namesakes outside the region a name is put in. Sentences written here.
@Suite("Victim lists, local divisions, places between, facilities and namesakes")
struct ListsAndBoundsTests {
    static let listCases: [CountCase] = [
        // A singular victim in a list counts one.
        CountCase(sentence: "A man and his three daughters were killed when a rocket struck their house.", fatalities: Count(4), injured: nil),
        CountCase(sentence: "Gunmen killed a village chief and four farmers near the market.", fatalities: Count(5), injured: nil),
        CountCase(sentence: "The strike killed six children, two women and a man, the ministry said.", fatalities: Count(9), injured: nil),
        CountCase(sentence: "Three soldiers and a policeman were wounded in the ambush.", fatalities: nil, injured: Count(4)),
        CountCase(sentence: "Six children, two women and a man were killed in the strike on the camp.", fatalities: Count(9), injured: nil),
        // A subject's `of` complement before its verb.
        CountCase(sentence: "Three soldiers and a member of the Civilian Joint Task Force (CJTF) were killed in the ambush.", fatalities: Count(4), injured: nil),
        CountCase(sentence: "Four soldiers of the Presidential Guard were killed near the bridge.", fatalities: Count(4), injured: nil),
        // A comma that does not close a list with `and` adds nothing: the spokesman is no victim.
        CountCase(sentence: "The raid killed 5 people, a police spokesman said.", fatalities: Count(5), injured: nil),
        // A count that opens its own clause is not part of the object list.
        CountCase(sentence: "The bombing killed a soldier and 4 civilians were injured.", fatalities: Count(1), injured: Count(4)),
        // Things are no victims.
        CountCase(sentence: "The strike killed a soldier and two tanks were destroyed.", fatalities: Count(1), injured: nil),
        CountCase(sentence: "Militants killed a guard and burned two trucks at the depot.", fatalities: Count(1), injured: nil),
    ]

    @Test("A list of victims adds up", arguments: listCases)
    func listsAddUp(_ c: CountCase) {
        let counts = CountReader.read(c.sentence)
        #expect(counts.fatalities == c.fatalities)
        #expect(counts.injured == c.injured)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var subEventType: String
        /// The incident's location as written.
        var location: String
        /// The place it stands at: its name and its first-order division.
        var placeName: String
        var admin1: String
        var resolved = true
        var geoPrecision: Int
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // A Nigerian Local Government Area (three words) and its abbreviation are divisions named after their seat.
        Case(text: "Gunmen abducted four aid workers in Gwoza Local Government Area of Borno State on Friday.",
             subEventType: "Abduction/forced disappearance", location: "Gwoza Local Government Area", placeName: "Gwoza",
             admin1: "Borno State", geoPrecision: 2),
        Case(text: "Bandits attacked Kajuru LGA on Friday, killing three farmers.",
             subEventType: "Attack", location: "Kajuru LGA", placeName: "Kajuru", admin1: "Kaduna State", geoPrecision: 2),
        // `an encounter` with security forces is an armed clash.
        Case(text: "Two militants were killed in an encounter with security forces in Pulwama on Tuesday, police said.",
             subEventType: "Armed clash", location: "Pulwama", placeName: "Pulwama", admin1: "Jammu and Kashmir", geoPrecision: 1),
        // A township in a region: the namesake the gazetteer has in another country is not it; it stays in its region.
        Case(text: "Junta jets bombed a monastery in Salin Township, Magway Region, on Sunday, killing four monks.",
             subEventType: "Air/drone strike", location: "Salin", placeName: "Magway", admin1: "Magway",
             resolved: false, geoPrecision: 3),
        // A division after `in` that holds the place before it says where that place lies: one incident, at the place.
        Case(text: "Six policemen were killed when militants stormed the Kulachi police station in Dera Ismail Khan district on Friday night.",
             subEventType: "Armed clash", location: "Kulachi", placeName: "Kulachi", admin1: "Khyber Pakhtunkhwa", geoPrecision: 1),
        // A division `of` another of the same level lies in it: one incident, at the smaller.
        Case(text: "Two policemen were killed when militants attacked a checkpost in Paharpur tehsil of Dera Ismail Khan district late on Saturday night, police said.",
             subEventType: "Armed clash", location: "Paharpur tehsil", placeName: "Paharpur", admin1: "Khyber Pakhtunkhwa", geoPrecision: 2),
        // `X tehsil of Y district` with neither known gives one incident; the town the wounded were taken to gives none.
        Case(text: "Four people were injured on Sunday when a roadside bomb went off in Salarzai tehsil of Bajaur district in Khyber Pakhtunkhwa province. "
                 + "The injured were shifted to the District Headquarters Hospital in Khar.",
             subEventType: "Remote explosive/landmine/IED", location: "Salarzai", placeName: "Khyber Pakhtunkhwa", admin1: "Khyber Pakhtunkhwa",
             resolved: false, geoPrecision: 3),
        // A town named after a name the gazetteer lacks says where that one lies: one incident, at the unknown name.
        Case(text: "A soldier was killed in a clash with rebels in Barangay Bagacay, Himamaylan City, Negros Occidental on Thursday morning, the army said.",
             subEventType: "Armed clash", location: "Barangay Bagacay", placeName: "Himamaylan", admin1: "Western Visayas",
             resolved: false, geoPrecision: 2),
        // Two places that bound the event give one incident, near the first.
        Case(text: "A roadside bomb hit a police truck between Gwoza and Bama on Monday, killing three officers.",
             subEventType: "Remote explosive/landmine/IED", location: "Gwoza", placeName: "Gwoza", admin1: "Borno State", geoPrecision: 2),
    ]

    @Test("Where the incident stands", arguments: cases)
    func placed(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-06-05T09:00:00Z")
        #expect(incidents.count == 1, "found \(incidents.map { "\($0.subEventType ?? "?") at \($0.location)" })")
        let incident = try #require(incidents.first)
        #expect(incident.subEventType == c.subEventType)
        #expect(incident.location == c.location)
        #expect(incident.place.name == c.placeName)
        #expect(incident.place.admin1Name == c.admin1)
        #expect(incident.isLocationResolved == c.resolved)
        #expect(incident.geoPrecision == c.geoPrecision)
    }

    /// A place named after a description of it (`in the capital, Bamako`) still has its own toll in a list of tolls.
    @Test func aTollBeforeADescribedPlaceIsThatPlaces() throws {
        let text = "Rioters clashed with police across Mali on Monday. Twelve were killed in the capital, Bamako, and four in Mopti."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-06-08T09:00:00Z")
        var tolls: [String: Int] = [:]
        for incident in incidents { tolls[incident.location] = incident.fatalities }
        #expect(tolls["Bamako"] == 12, "found \(tolls)")
        #expect(tolls["Mopti"] == 4, "found \(tolls)")
    }

    /// A facility the gazetteer lacks, in a story whose events lie in one town, is in that town.
    @Test func aFacilityIsInTheStorysTown() throws {
        let text = "Two rockets struck Ashkelon on Sunday, wounding four people.\n\nJust a day earlier, Barzilai Hospital was hit by a rocket."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-06-03T09:00:00Z")
        #expect(incidents.count == 2, "found \(incidents.map(\.location))")
        let hospital = try #require(incidents.first { $0.location == "Barzilai Hospital" })
        #expect(!hospital.isLocationResolved)
        #expect(hospital.place.name == "Ashkelon")
        #expect(hospital.geoPrecision == 2)
    }
}
