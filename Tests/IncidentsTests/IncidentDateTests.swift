import Testing
import Timeline
@testable import Incidents

/// Reports written here, published on Wednesday 15 May 2024 at 10:00 UTC (13:00 in Kyiv, 11:00 in Lagos).
@Suite("An incident is dated by the story's own time expression, at that expression's precision")
struct IncidentDateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var occurred: String
        var precision: TimePrecision
        var acled: Int
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "In April, gunmen stormed a market in Maiduguri, killing three traders, police said.",
             occurred: "2024-03-31T23:00:00Z/2024-04-30T23:00:00Z", precision: .month, acled: 3),
        Case(text: "Last week, gunmen stormed a market in Maiduguri, killing three traders, police said.",
             occurred: "2024-05-05T23:00:00Z/2024-05-12T23:00:00Z", precision: .week, acled: 2),
        Case(text: "Russian forces shelled Kupiansk at 0830 GMT on Sunday, killing two people, officials said.",
             occurred: "2024-05-12T08:30:00Z/2024-05-12T08:31:00Z", precision: .minute, acled: 1),
        // A day dates the event before a longer period the sentence also names, whichever is nearer the verb.
        Case(text: "Rebels launched their biggest attack of the year on 10 May, storming Macomia and killing two soldiers.",
             occurred: "2024-05-09T22:00:00Z/2024-05-10T22:00:00Z", precision: .day, acled: 1),
        // A period still running at the report is cut there: the event was over by then.
        Case(text: "This month, gunmen stormed a market in Maiduguri, killing three traders, police said.",
             occurred: "2024-04-30T23:00:00Z/2024-05-15T10:00:00Z", precision: .month, acled: 3),
        // A time of day that names no day (`midday`) is of the day the sentence names, however near the verb it stands.
        Case(text: "A bomb exploded during midday prayers at a mosque in Kano on Monday, killing four worshippers, police said.",
             occurred: "2024-05-12T23:00:00Z/2024-05-13T23:00:00Z", precision: .day, acled: 1),
        // Dates in numbers and a 24-hour clock with `hours`, as police notes write them.
        Case(text: "At about 2130 hours on 13-05-2024, gunmen hurled a grenade at a police station in Bannu.",
             occurred: "2024-05-13T16:30:00Z/2024-05-13T16:31:00Z", precision: .minute, acled: 1),
    ]

    /// A period over before the report dates the event it modifies, whatever day the sentence's statement has:
    /// the massacre is history, not an event of Monday.
    @Test func aPastYearBeforeTheEventKeepsItHistory() throws {
        let text = "A court in Tikrit on Monday sentenced 12 men for the 2014 massacre of recruits near Tikrit."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.isEmpty, "found \(incidents.map { "\($0.subEventType ?? "?") \($0.occurred)" })")
    }

    /// A live entry opens with its stamp and no zone (`09:30 Artillery shelled X again`): an event it tells without a day is of
    /// the stamp's day, not of the day the entry before named.
    @Test func anEntrysStampDatesAnEventThatNamesNoDay() throws {
        let text = "Live coverage\n08:10 A drone struck a fuel depot in Kherson on Monday evening, killing one guard, officials said.\n"
            + "09:30 Artillery shelled Nikopol again; the mayor reported no casualties."
        let incidents = try SeedExtraction.incidents(in: text, published: "2024-05-15T10:00:00Z")
        #expect(incidents.map(\.location).sorted() == ["Kherson", "Nikopol"])
        let nikopol = try #require(incidents.first { $0.location == "Nikopol" })
        // The entry's day in Kyiv's summer time: the stamp tells when the entry was written, not the event's hour.
        #expect(nikopol.occurred.description == "2024-05-14T21:00:00Z/2024-05-15T21:00:00Z")
        #expect(nikopol.occurredPrecision == .day)
        let kherson = try #require(incidents.first { $0.location == "Kherson" })
        #expect(kherson.occurred.description.hasPrefix("2024-05-13T"))
    }

    @Test(arguments: cases)
    func theIncidentTakesTheExpressionsInterval(_ c: Case) throws {
        let incidents = try SeedExtraction.incidents(in: c.text, published: "2024-05-15T10:00:00Z")
        let incident = try #require(incidents.first)
        #expect(incidents.count == 1)
        #expect(incident.occurred.description == c.occurred)
        #expect(incident.occurredPrecision == c.precision)
        #expect(incident.timePrecision == c.acled)
    }
}
