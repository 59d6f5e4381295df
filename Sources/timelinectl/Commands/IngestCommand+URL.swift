import ArgumentParser
import Fetch
import Foundation
import IncidentData
import Incidents
import Pages
import Store
import Timeline

extension IngestCommand {
    /// Whether an argument names a URL to fetch rather than a file.
    static func isURL(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Fetches a URL and ingests what it serves; on a later ingest of the same URL the request is
    /// conditional, so an unchanged live blog costs one round trip and changes nothing.
    func ingestURL(
        _ address: String, loader: DocumentLoader, store: any IncidentDatabase, context: StampContext, published: NormalizedTime?,
        summary: inout IngestSummary
    ) throws {
        let known = try store.lastFetch(of: address)
        let validators = known.map { FetchValidators(etag: $0.etag, lastModified: $0.lastModified) }
        let fetcher = PageFetcher(timeout: timeout, maximumBytes: maxBytes)
        switch try fetcher.fetch(address, validators: validators?.isEmpty == false ? validators : nil) {
        case .notModified:
            summary.unchanged += 1
            printError("\(address): not modified since it was fetched at \(known?.fetchedAt ?? "?") (the server answered 304)")
        case .page(let page):
            let chosen = format ?? InputFormat.from(contentType: page.contentType)
            let read = try PageInput.read(page.body, name: address, format: chosen, contentType: page.contentType, context: context)
            let documents = try load(read.input, file: address, format: read.format, loader: loader, published: published, url: page.finalURL)
            var hash = ""
            for document in documents {
                summary.add(try store.ingest(document), document)
                hash = hash.isEmpty ? document.contentHash : hash
            }
            try store.recordFetch(StoredFetch(
                url: address, finalURL: page.finalURL, etag: page.validators.etag, lastModified: page.validators.lastModified,
                contentHash: hash, fetchedAt: ISO8601DateFormatter().string(from: Date())))
        }
    }
}
