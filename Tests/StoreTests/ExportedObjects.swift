import Foundation
import IncidentData
@testable import Store

/// The JSON Lines export of a store, parsed: what `timelinectl incidents --format jsonl` prints.
enum ExportedObjects {
    static func of(_ store: IncidentStore, _ filter: IncidentFilter = IncidentFilter()) throws -> [[String: Any]] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("objects-\(UUID()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try store.export(filter, format: .jsonl, to: try OutputSink(path: path))
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw StoreError("not a JSON object: \(line)")
            }
            return object
        }
    }
}
