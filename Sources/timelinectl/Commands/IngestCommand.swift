import ArgumentParser
import Foundation
import Geo
import IncidentData
import Incidents
import Pages
import Store
import Timeline

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read pages and articles into the incident database.",
        discussion: """
            Each document is written in one transaction: wholly or not at all. Ingesting the same
            input again changes nothing; a later copy of a page adds only its new posts.

            Examples:
              timelinectl ingest seeds/000_fdd7082ede222f27.txt
              timelinectl ingest --db news.sqlite pages/*.txt
              timelinectl ingest --format text --published 2023-05-31T09:00:00Z article.txt
              timelinectl ingest --format jsonl articles.jsonl
              timelinectl ingest page.html feed.xml
              timelinectl ingest https://example.com/live/russia-ukraine
              cat page.txt | timelinectl ingest -
            """
    )


    @OptionGroup var database: DatabaseOptions

    @Option(help: "The input format (default: jsonl for .jsonl/.ndjson files; html or feed when the file starts as one; else liveblog).")
    var format: InputFormat?

    @Option(help: ArgumentHelp("The publication time of a plain-text article (ISO 8601 or a stamp).", valueName: "ISO8601"))
    var published: String?

    @Flag(help: "In JSON Lines, skip broken lines (each named) instead of refusing the file.")
    var skipBadLines = false

    @Option(help: ArgumentHelp("For URLs: seconds to wait for the server.", valueName: "SECONDS"))
    var timeout: Double = 30

    @Option(help: ArgumentHelp("For URLs: the largest page read, in bytes.", valueName: "BYTES"))
    var maxBytes: Int = 32 << 20

    @OptionGroup var zoneOptions: ZoneOptions

    @Argument(help: "Files or http(s) URLs to read, or - for standard input.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to ingest (or - for standard input)") }
        if timeout <= 0 { throw ValidationError("--timeout must be more than 0 seconds (got \(timeout))") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be more than 0 (got \(maxBytes))") }
        if format == .text && published == nil {
            throw ValidationError("--format text needs --published, the article's publication time")
        }
    }

    func run() throws {
        let context = try zoneOptions.context()
        let publishedTime = try published.map { text in
            do {
                return try NormalizedTime(stamp: text, context: StampContext(defaultZone: context.defaultZone ?? .utc))
            } catch {
                throw ValidationError("--published '\(text)': \((error as? TimelineError)?.message ?? "\(error)")")
            }
        }
        let gazetteer = try Gazetteer.load()
        let loader = DocumentLoader(extractor: IncidentExtractor(geoparser: try Geoparser(gazetteer: gazetteer)), context: context)
        let store = try database.open()
        var summary = IngestSummary()
        let progress = Progress(total: files.count)
        for (index, file) in files.enumerated() {
            if Self.isURL(file) {
                try ingestURL(file, loader: loader, store: store, context: context, published: publishedTime, summary: &summary)
            } else if format == .jsonl || format == nil && InputFormat.sniff([], name: file) == .jsonl {
                try ingestJSONLines(file, loader: loader, store: store, summary: &summary)
            } else {
                let read = try readPageInput(file, format: format, context: context)
                for document in try load(read.input, file: file, format: read.format, loader: loader, published: publishedTime) {
                    summary.add(try store.ingest(document), document)
                }
            }
            progress.update(index + 1)
        }
        progress.finish()
        printError(summary.render(database: database.displayName))
    }

    /// JSON Lines, a document at a time: from a file as a stream (memory does not grow with its
    /// size), from standard input as read whole, as one load (`IncidentStore.load`: many articles
    /// to a transaction, each stored whole or not at all). Progress by article on a terminal.
    private func ingestJSONLines(_ file: String, loader: DocumentLoader, store: any IncidentDatabase, summary: inout IngestSummary) throws {
        var local = summary
        var skipped: [TimelineError] = []
        try store.load(at: Date(), limits: LoadLimits()) { ingest in
            skipped = try readJSONLines(file, loader: loader) { document in local.add(try ingest(document), document) }
        }
        summary = local
        for error in skipped { printError("skipped \(error)") }
        summary.skippedLines += skipped.count
    }

    /// Reads the articles of a JSON Lines file or standard input, handing each to `store`; returns the lines skipped.
    private func readJSONLines(
        _ file: String, loader: DocumentLoader, store: (ExtractedDocument) throws -> Void
    ) throws -> [TimelineError] {
        var done = 0
        var progress: Progress?
        let each: (ExtractedDocument) throws -> Void = { document in
            try store(document)
            done += 1
            if done % 100 == 0 { progress?.update(done) }
        }
        let skipped: [TimelineError]
        if file == "-" {
            let input = try readInput(file, isPage: false)
            progress = Progress(total: input.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) })
            skipped = try loader.jsonLines(input, path: "standard input", skipBadLines: skipBadLines, each: each)
        } else {
            _ = try readInputHead(file)
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            progress = Progress(total: max(1, size / 400))  // about 400 bytes an article: a rough bar
            skipped = try loader.jsonLines(fileAt: file, skipBadLines: skipBadLines, each: each)
        }
        progress?.finish()
        return skipped
    }

    /// The documents of one input (the reading lives in `DocumentLoader`); the readers' notes go to standard error.
    func load(
        _ read: PageInput, file: String, format: InputFormat, loader: DocumentLoader, published: NormalizedTime?, url: String? = nil
    ) throws -> [ExtractedDocument] {
        let path = file == "-" || url != nil ? nil : file
        let loaded = try loader.documents(from: read, format: format, name: file, path: path, published: published, url: url)
        for note in loaded.notes { printError(note) }
        return loaded.documents
    }
}

/// What an ingest run did, printed at the end.
struct IngestSummary {
    var added = 0, updated = 0, unchanged = 0
    var posts = 0, incidents = 0, merged = 0, skippedLines = 0
    var places = Set<Int>()
    var unresolved: [String] = []
    /// Incidents added on a place inferred from context, by where it was found.
    var inferred: [LocationSource: Int] = [:]
    /// Incidents added on a name the gazetteer lacks, placed at its container.
    var unresolvedLocations = 0
    /// Sentences that tell an event no place was found for anywhere in their post.
    var unplaced: [String] = []

    mutating func add(_ outcome: IngestOutcome, _ document: ExtractedDocument) {
        switch outcome.change {
        case .added: added += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
        posts += outcome.postsAdded
        incidents += outcome.incidentsAdded
        merged += outcome.incidentsMerged
        inferred.merge(outcome.inferredPlaces, uniquingKeysWith: +)
        unresolvedLocations += outcome.unresolvedLocations
        guard outcome.change != .unchanged else { return }
        for incident in document.incidents { places.insert(incident.place.geonameid) }
        for post in document.posts {
            for name in post.unresolved where !unresolved.contains(name) { unresolved.append(name) }
            unplaced += post.unplacedEvents
        }
    }

    func render(database: String) -> String {
        var lines = [
            "ingested into \(database): \(added) documents added, \(updated) updated, \(unchanged) unchanged",
            "  posts added: \(posts); incidents added: \(incidents), reports merged into known incidents: \(merged); places: \(places.count)",
        ]
        let inferredTotal = inferred.values.reduce(0, +)
        let bySource = LocationSource.allCases.compactMap { source in inferred[source].map { "\(source.rawValue) \($0)" } }
        lines.append(
            "  places inferred from context: \(inferredTotal)" + (bySource.isEmpty ? "" : " (\(bySource.joined(separator: ", ")))")
                + "; names the gazetteer lacks, placed at their container: \(unresolvedLocations)")
        if skippedLines > 0 { lines.append("  broken lines skipped: \(skippedLines)") }
        if !unplaced.isEmpty {
            // Never a silent drop: an event told with no place anywhere in its post is named here.
            let quoted = unplaced.prefix(3).map { "'\($0.prefix(80))'" }.joined(separator: ", ")
            lines.append("  warning: events with no place anywhere in their post, not stored: \(unplaced.count) (\(quoted)\(unplaced.count > 3 ? ", ..." : ""))")
        }
        let named = unresolved.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
        lines.append("  mentions left unresolved: \(unresolved.count)" + (unresolved.isEmpty ? "" : " (\(named)\(unresolved.count > 5 ? ", ..." : ""))"))
        return lines.joined(separator: "\n")
    }
}

/// A progress bar on a terminal for long inputs; silent when standard error is piped.
final class Progress {
    private let total: Int
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let width = 30
        let filled = width * done / max(1, total)
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
