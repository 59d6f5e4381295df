import Testing
import Timeline
@testable import Incidents

@Suite("The seed's incidents come out as an ACLED coder would code them")
struct SeedIncidentTests {
    let incidents = SeedExtraction.document.incidents

    func incidents(at geonameid: Int) -> [Incident] { incidents.filter { $0.place.geonameid == geonameid } }

    @Test func theBryanskDroneAttackIsOneInterceptionAtKlimovskyDistrictReportedTwice() throws {
        let klimovsky = incidents(at: 547551)
        #expect(klimovsky.count == 1)
        let incident = try #require(klimovsky.first)
        #expect(incident.subEventType == "Disrupted weapons use")
        #expect(incident.place.admin1Code == "RU.10")
        #expect(incident.location == "Klimovsky district")
        #expect(incident.geoPrecision == 2)
        // Overnight 30-31 May, Moscow time: 22:00-06:00 MSK.
        #expect(incident.occurred.description == "2023-05-30T19:00:00Z/2023-05-31T03:00:00Z")
        #expect(incident.occurredPrecision == .partOfDay)
        #expect(incident.timePrecision == 1)
        #expect(incident.counts["drones"] == Count(10, .about))
        #expect(incident.source?.contains("RIA Novosti, citing emergency services") == true)
        let posts = Set(incident.evidence.map(\.post))
        #expect(posts == [SeedExtraction.position("6:12"), SeedExtraction.position("7:26")])
        #expect(incident.reportedAt.iso8601 == "2023-05-31T10:12:00Z")
        // No separate incident for the Bryansk region as a whole.
        #expect(incidents(at: 571473).isEmpty)
    }

    @Test func shebekinoIsShelledWithFourInjuredAndChildrenAreEvacuatedFromTwoTowns() throws {
        let shelling = try #require(incidents(at: 495112).first { $0.subEventType == "Shelling/artillery/missile attack" })
        #expect(shelling.injured == 4)
        // Injuries reported and no deaths: not reported here (the exports give ACLED's 0).
        #expect(shelling.fatalities == nil)
        #expect(shelling.occurred.start.iso8601 == "2023-05-30T21:00:00Z")  // 31 May, Moscow time
        #expect(shelling.source?.contains("Gladkov") == true)
        #expect(shelling.source?.contains("Telegram") == true)
        for town in [495112, 559034] {
            let evacuation = try #require(incidents(at: town).first { $0.subEventType == "Other" })
            #expect(evacuation.eventType == "Strategic developments")
            #expect(evacuation.occurred.start.iso8601 == "2023-05-30T21:00:00Z")
        }
        // Voronezh is where the children go, not where anything happened.
        #expect(incidents(at: 472045).isEmpty)
    }

    @Test func theIlskyRefineryIsHitAtFourAMLocalAndAfipskyIsASecondIncident() throws {
        let ilsky = try #require(incidents(at: 556951).first)
        #expect(ilsky.subEventType == "Air/drone strike")
        #expect(ilsky.occurred.start.iso8601 == "2023-05-31T01:00:00Z")
        #expect(ilsky.occurredPrecision == .hour)
        #expect(ilsky.fatalities == 0)
        #expect(ilsky.source?.contains("Krasnodar's operational headquarters") == true)
        let afipsky = try #require(incidents(at: 584126).first)
        #expect(afipsky.subEventType == "Air/drone strike")
        #expect(afipsky.fatalities == 0)
        #expect(afipsky.occurred.start.iso8601 == "2023-05-30T21:00:00Z")
        // Krasnodar is named as a source and a description, not as a third place.
        #expect(incidents.filter { $0.place.admin1Code == "RU.38" }.count == 2)
    }

    @Test func theTuesdayDroneAttackOnMoscowHasEightDronesPerTheDefenseMinistry() throws {
        let moscow = incidents(at: 524901)
        #expect(moscow.count == 1)
        let attack = try #require(moscow.first)
        #expect(attack.subEventType == "Air/drone strike")
        #expect(attack.occurred.start.iso8601 == "2023-05-29T21:00:00Z")  // Tuesday 30 May, Moscow time
        #expect(attack.occurredText == "Tuesday")
        #expect(attack.counts["drones"] == Count(8))
        #expect(attack.source?.contains("Russian Defense Ministry") == true)
        // London and Washington only reacted.
        #expect(incidents(at: 2643743).isEmpty)
        #expect(incidents(at: 4140963).isEmpty)
    }

    @Test func theLuhanskShellingIsCodedToKarpatyWithFiveKilledAndNineteenInjured() throws {
        // The choice: the village the post names (geo_precision 1), with the shelling of
        // "Luhansk" folded into it, rather than the Luhansk region at precision 3.
        let karpaty = try #require(incidents(at: 9114313).first)
        #expect(karpaty.subEventType == "Shelling/artillery/missile attack")
        #expect(karpaty.geoPrecision == 1)
        #expect(karpaty.place.admin1Code == "UA.14")
        #expect(karpaty.fatalities == 5)
        #expect(karpaty.injured == 19)
        #expect(karpaty.source?.contains("Pasechnik") == true)
        #expect(karpaty.verification.contains("unverified"))
        #expect(incidents.filter { $0.place.admin1Code == "UA.14" }.count == 1)
    }

    @Test func postsWithoutEventsYieldNoViolentIncident() {
        let quiet = ["7:23", "6:27", "6:21"].map(SeedExtraction.position)
        let fromQuiet = incidents.filter { incident in incident.evidence.allSatisfy { quiet.contains($0.post) } }
        #expect(fromQuiet.isEmpty)
    }

    @Test func everyIncidentTracesToTheWordsItCameFrom() throws {
        let text = try String(contentsOf: SeedExtraction.root.appendingPathComponent("seeds/000_fdd7082ede222f27.txt"), encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for incident in incidents {
            #expect(!incident.evidence.isEmpty)
            for evidence in incident.evidence {
                #expect(String(String.UnicodeScalarView(scalars[evidence.range])) == evidence.excerpt)
            }
        }
    }
}
