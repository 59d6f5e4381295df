import Foundation
import GRDB
import IncidentData
import Incidents
@testable import Store
import Testing

@Suite("The store merges reports by IncidentMerger's rule: one document or several give one incident")
struct StoreMergeTests {
    typealias Docs = ContextDocuments

    /// The same two reports, ingested in different ways.
    struct Layout: Sendable, CustomTestStringConvertible {
        var name: String
        var documents: [Docs.Document]
        var testDescription: String { name }
    }

    static let layouts: [Layout] = [
        Layout(name: "two documents, the town's first", documents: [Docs.town, Docs.region]),
        Layout(name: "two documents, the region's first", documents: [Docs.region, Docs.town]),
        Layout(name: "one document", documents: [Docs.townAndRegion]),
    ]

    @Test("A town's report and the region's report of one shelling are one incident at the town", arguments: layouts)
    func oneIncidentAtTheTown(_ layout: Layout) throws {
        let (store, outcomes) = try Docs.store(layout.documents)
        #expect(outcomes.map(\.incidentsAdded).reduce(0, +) == 1)
        #expect(outcomes.map(\.incidentsMerged).reduce(0, +) == layout.documents.count - 1)
        let records = try store.incidents(IncidentFilter())
        #expect(records.count == 1)
        let record = try #require(records.first)
        #expect(record.geonameid == Docs.chuhuiv)
        #expect(record.location == "Chuhuiv")
        #expect(record.geoPrecision == 1)
        #expect(record.admin1Code == "UA.07")
        #expect(record.subEventType == "Shelling/artillery/missile attack")
        #expect(record.occurredText == "On Monday")
        #expect(record.fatalities == 2)
        #expect(record.counts == #"{"fatalities_max":{"qualifier":"up_to","value":4}}"#)
        #expect(Set(record.source?.components(separatedBy: "; ") ?? []) == ["governor", "Ukrainian military"])
        #expect(record.actors == #"["Russian forces","Ukrainian military"]"#)
        // The earliest report (the town's, 10:00) names the incident's post and time.
        #expect(record.reportedAt.iso8601 == "2024-05-13T10:00:00Z")
        #expect(record.headline == Docs.town.text)
        #expect(record.locationSource == "attached")
        #expect(record.locationResolved)
        // Its point moved to the town (a region-first ingest stored the region's) and every report's words are searchable.
        var near = IncidentFilter()
        near.near = (49.83538, 36.6865, 1)
        #expect(try store.incidents(near).map(\.id) == [record.id])
        for word in ["governor", "military"] {
            var text = IncidentFilter()
            text.text = word
            #expect(try store.incidents(text).map(\.id) == [record.id], "\(word)")
        }
    }

    @Test func twoDocumentsInReportOrderGiveWhatOneDocumentGives() throws {
        let (twoStore, _) = try Docs.store([Docs.town, Docs.region])
        let (oneStore, _) = try Docs.store([Docs.townAndRegion])
        let two = try #require(try twoStore.incidents(IncidentFilter()).first)
        let one = try #require(try oneStore.incidents(IncidentFilter()).first)
        let compared: [IncidentField] = [
            .event_type, .sub_event_type, .occurred_start, .occurred_end, .occurred_precision, .occurred_text,
            .time_precision, .reported_at, .country_code, .admin1_code, .location, .geonameid, .latitude, .longitude,
            .geo_precision, .location_source, .location_resolved, .fatalities, .injured, .counts, .source, .actors,
            .verification, .notes, .headline,
        ]
        let twoObject = try #require(try ExportedObjects.of(twoStore).first)
        let oneObject = try #require(try ExportedObjects.of(oneStore).first)
        for field in compared {
            let twoValue = try JSONSerialization.data(withJSONObject: [twoObject[field.rawValue] ?? NSNull()])
            let oneValue = try JSONSerialization.data(withJSONObject: [oneObject[field.rawValue] ?? NSNull()])
            #expect(twoObject[field.rawValue] != nil, "\(field.rawValue)")
            #expect(twoValue == oneValue, "\(field.rawValue)")
        }
        #expect(two.source == "governor; Ukrainian military")
        #expect(two.reportCount == 2)
        #expect(one.reportCount == 1)
    }

    struct Apart: Sendable, CustomTestStringConvertible {
        var name: String
        var first: Docs.Document
        var second: Docs.Document
        var locations: [String]
        var testDescription: String { name }
    }

    @Test("Reports the merger keeps apart stay apart in the store", arguments: [
        // Same container (Kharkiv) but two names the gazetteer lacks: two villages, two events.
        Apart(
            name: "two unknown villages near Kharkiv", first: Docs.unresolved,
            second: Docs.Document(id: "qwertyx", text: "On Monday, gunmen attacked the village of Qwertyx near Kharkiv, killing two people, officials said."),
            locations: ["Qwertyx", "Zyxwvut"]),
        // Same place and day, another family of event.
        Apart(
            name: "a protest and a shelling in Chuhuiv", first: Docs.town,
            second: Docs.Document(id: "protest", text: "On Monday, hundreds of people protested in Chuhuiv against the mobilisation, local media said."),
            locations: ["Chuhuiv", "Chuhuiv"]),
    ])
    func keptApart(_ apart: Apart) throws {
        let (store, outcomes) = try Docs.store([apart.first, apart.second])
        #expect(outcomes.map(\.incidentsAdded) == [1, 1])
        #expect(outcomes.map(\.incidentsMerged) == [0, 0])
        #expect(try store.incidents(IncidentFilter()).map(\.location).sorted() == apart.locations)
    }
}
