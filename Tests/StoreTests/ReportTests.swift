@testable import IncidentData
@testable import Store
import Testing
import Timeline

@Suite("The chronological report groups by day in the chosen zone")
struct ReportTests {
    @Test func theReportGroupsByLocalDayAndNamesPlaceTypeAndSource() throws {
        let store = try SeedDatabase.store()
        var filter = IncidentFilter()
        filter.regions = [try SeedDatabase.region("Belgorod region")]
        let report = try ChronologicalReport(records: try store.incidents(filter, withExcerpts: true), zone: .iana("Europe/Moscow"), filter: filter)
        // The incursion of "last week" (the week of 22 May) comes first, then 31 May.
        #expect(report.days.map(\.date).last == CivilDate(year: 2023, month: 5, day: 31)!)
        #expect(report.days.map(\.date) == report.days.map(\.date).sorted())
        let text = try report.render(.markdown)
        #expect(text.contains("## Wednesday 31 May 2023"))
        #expect(text.contains("Shebekino, Shebekinskiy Rayon, Belgorod Oblast, Russia · Explosions/Remote violence / Shelling/artillery/missile attack · 0 killed, 4 injured"))
        #expect(text.contains("reported 2023-05-31T11:07:00Z (7:07 a.m. ET, May 31, 2023)"))
        #expect(text.contains("Gladkov"))
        #expect(text.contains(", CNN, seeds/000_fdd7082ede222f27.txt"))
    }

    @Test(arguments: [
        ("His comments come after the town was hit, Gov. Vyacheslav Gladkov said on Telegram. More followed.",
         "His comments come after the town was hit, Gov. Vyacheslav Gladkov said on Telegram."),
        ("The U.S. said nothing. Then it did.", "The U.S. said nothing."),
        ("No full stop at all", "No full stop at all"),
    ])
    func aSummaryIsTheFirstSentence(_ text: String, _ expected: String) {
        #expect(ChronologicalReport.firstSentence(text) == expected)
    }
}
