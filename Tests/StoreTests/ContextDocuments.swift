import Foundation
import IncidentData
import Incidents
import Store
import Timeline

/// Small documents whose places are inferred from context or named by a word the gazetteer lacks.
enum ContextDocuments {
    /// One report as a JSON Lines line, or as a plain-text article whose first line is its headline.
    struct Document: Sendable, CustomStringConvertible {
        var id: String
        var text: String
        var published = "2024-05-13T10:00:00Z"
        /// A plain-text article (first line the headline) rather than a JSON Lines line.
        var isArticle = false

        var description: String { id }

        var jsonLine: String {
            let object: [String: String] = ["id": id, "published": published, "text": text]
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }

        /// The document as the loader reads it (JSON Lines: through `jsonLines`, as `ingest` does).
        func extracted() throws -> ExtractedDocument {
            if isArticle {
                return SeedDatabase.loader.article(text, published: try NormalizedTime(stamp: published), path: id + ".txt")
            }
            var documents: [ExtractedDocument] = []
            _ = try SeedDatabase.loader.jsonLines(jsonLine, path: id + ".jsonl") { documents.append($0) }
            guard documents.count == 1 else { throw StoreError("\(id): \(documents.count) documents read from one line") }
            return documents[0]
        }
    }

    /// `Zyxwvut` is no gazetteer name: the incident stands at Kharkiv, its container.
    static let unresolved = Document(
        id: "zyxwvut", text: "On Monday, gunmen attacked the village of Zyxwvut near Kharkiv, killing two people, officials said.")
    /// No place in the event's sentence: the paragraph's (Kharkiv) is taken.
    static let paragraph = Document(
        id: "paragraph",
        text: "Kharkiv was quiet on Sunday. On Monday, a drone struck an apartment building, killing three people, the governor said.")
    /// No place in the event's paragraph: the document's (Dnipro, in another paragraph) is taken.
    static let document = Document(
        id: "document",
        text: "Residents of Dnipro spent the night in shelters.\n\nA missile struck a warehouse on Monday morning, injuring five people, officials said.",
        published: "2024-05-13T12:00:00Z")
    /// No place in the body: the headline's (Odesa) is taken.
    static let headline = Document(
        id: "headline",
        text: "Explosions rock Odesa overnight\n\nA missile struck a warehouse on Monday morning, injuring five people, officials said.\n",
        published: "2024-05-13T11:00:00Z", isArticle: true)

    /// One shelling reported twice: at the town of Chuhuiv (two killed) and, later, in its region (four killed).
    static let town = Document(
        id: "town", text: "On Monday, Russian forces shelled Chuhuiv, killing two people, the governor said.")
    static let region = Document(
        id: "region", text: "On Monday, Russian forces shelled the Kharkiv region, killing four people, the Ukrainian military said.",
        published: "2024-05-13T14:00:00Z")
    /// Both reports in one document, one paragraph each.
    static let townAndRegion = Document(id: "both", text: town.text + "\n\n" + region.text)

    /// Geonameids of the places these documents use.
    static let kharkiv = 706483
    static let kharkivRegion = 706482
    static let chuhuiv = 710374
    static let dnipro = 709930
    static let odesa = 698740

    /// A fresh in-memory store holding `documents`, with what each ingest did.
    static func store(_ documents: [Document]) throws -> (IncidentStore, [IngestOutcome]) {
        let store = try IncidentStore(inMemory: ())
        let outcomes = try documents.map { try store.ingest(try $0.extracted()) }
        return (store, outcomes)
    }
}
