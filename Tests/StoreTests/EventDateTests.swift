import IncidentData
@testable import Store
import Testing
import Timeline

/// ACLED's `event_date`: the event's day where it happened, whatever the UTC stamps say.
@Suite("Listings and exports give each incident's event_date in its place's zone")
struct EventDateTests {
    typealias Docs = ContextDocuments

    struct Case: Sendable, CustomTestStringConvertible {
        var document: Docs.Document
        var eventDate: String
        var testDescription: String { document.text }
    }

    static let cases: [Case] = [
        // 23:59 in Vovchansk (UTC+3) is 20:59 UTC: the local day, and midnight closes Sunday.
        Case(document: Docs.Document(id: "midnight", text: "Fighting started before midnight Sunday near Vovchansk, officials said.",
                                     published: "2024-05-15T08:00:00Z"), eventDate: "2024-05-12"),
        // A night, 18:00 to 06:00, lies half in each day: it stays with its evening's.
        Case(document: Docs.Document(id: "night", text: "Russian forces shelled Kherson on Saturday night, officials said.",
                                     published: "2024-05-13T08:00:00Z"), eventDate: "2024-05-11"),
        // `Overnight`, 22:00 to 06:00 before an 11:00 report, lies mostly in the report's day: that day.
        Case(document: Docs.Document(id: "overnight", text: "Russian drones struck Kherson overnight, officials said.",
                                     published: "2024-05-13T08:00:00Z"), eventDate: "2024-05-13"),
        // `Overnight into Tuesday` is Tuesday's.
        Case(document: Docs.Document(id: "into", text: "Russian forces shelled Kherson overnight into Tuesday, officials said.",
                                     published: "2024-05-15T08:00:00Z"), eventDate: "2024-05-14"),
        // Known to the week only: its last day, as ACLED dates it.
        Case(document: Docs.Document(id: "week", text: "Last week, gunmen stormed a market in Maiduguri, killing three traders, police said.",
                                     published: "2024-05-15T10:00:00Z"), eventDate: "2024-05-12"),
    ]

    @Test(arguments: cases)
    func eventDate(_ c: Case) throws {
        let (store, _) = try Docs.store([c.document])
        let records = try store.incidents(IncidentFilter())
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.eventDate.iso8601 == c.eventDate)
        let exported = try ExportedObjects.of(store)
        #expect(exported.map { $0["event_date"] as? String } == [c.eventDate])
    }
}
