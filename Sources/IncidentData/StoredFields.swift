import Foundation
import Incidents

/// A stored JSON array of strings (`authors`, `actors`, `verification`).
public func jsonArray(_ strings: [String]) -> String {
    strings.isEmpty ? "[]" : JSON.array(strings.map(JSON.string)).rendered
}

/// A stored `counts` object, keys sorted: `{"drones":{"qualifier":"about","value":10}}`.
public func countsJSON(_ counts: [String: Count]) -> String {
    guard !counts.isEmpty else { return "{}" }
    return JSON.object(counts.sorted { $0.key < $1.key }.map { name, count in
        (name, JSON.object([("qualifier", .string(count.qualifier.rawValue)), ("value", .int(count.value))]))
    }).rendered
}

/// A stored `counts` object (`{"drones":{"qualifier":"about","value":10}}`) as counts.
public func parseCounts(_ json: String, incident id: Int64) throws -> [String: Count] {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
        throw StoreError("incident \(id): counts '\(json)' is not a JSON object")
    }
    var counts: [String: Count] = [:]
    for (name, value) in object {
        guard let entry = value as? [String: Any], let number = entry["value"] as? Int,
            let qualifier = (entry["qualifier"] as? String).flatMap(Count.Qualifier.init(rawValue:))
        else { throw StoreError("incident \(id): count '\(name)' in '\(json)' needs an integer value and a known qualifier") }
        counts[name] = Count(number, qualifier)
    }
    return counts
}

/// A stored JSON array of strings (`actors`, `verification`).
public func parseArray(_ json: String, column: String, incident id: Int64) throws -> [String] {
    guard let strings = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String] else {
        throw StoreError("incident \(id): \(column) '\(json)' is not a JSON array of strings")
    }
    return strings
}

/// The version of the incident extractor whose reading a stored post records; posts read by an
/// older one are read again when their page is ingested again.
public let currentExtractionVersion = 2
