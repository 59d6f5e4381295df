import Testing
@testable import Geo

/// The head of an organisation's name joined to a place by `of` (`University of Panama`) is no town of its own, so it
/// cannot pull the story's places to its namesake's country; a division word before `of` (`Maru LGA of Zamfara State`)
/// still names a division. Sentences written for the tests.
@Suite("Names of organisations")
struct OrganisationNameTests {
    @Test func aUniversityIsNoTownAndLeavesTheCapitalItsCountry() {
        let text = "PANAMA CITY (AP) — Hundreds of University of Panama students marched toward the presidential palace in Panama City on Thursday."
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        #expect(mentions.map(\.text) == ["PANAMA CITY", "Panama City"])
        #expect(mentions.map { $0.place?.countryCode } == ["PA", "PA"])
    }

    @Test func aDivisionBeforeOfStillNamesTheDivision() {
        let text = "Troops clashed with bandits in the Dansadau forest, Maru LGA of Zamfara State, on Sunday."
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        let maru = mentions.first { $0.text == "Maru LGA" }
        #expect(maru?.place?.kind == .secondOrderDivision)
        #expect(maru?.place?.admin1Code == "NG.57")
    }

    /// A name that ends the text with a gazetteer word (`Industry`, a town in California) is read without looking
    /// past the last token (the fuzzer's crash of 6 December 2026).
    @Test func aNameEndingTheTextEndsTheLookAhead() {
        let text = "Participants of a board meeting of the Russian Ministry of Industry"
        let mentions = TestSupport.parser.extract(text).filter { $0.role == .location }
        #expect(mentions.map(\.text) == [])
    }
}
