import Foundation

/// Writes incidents as GeoJSON (RFC 7946), CSV (RFC 4180), JSON Lines or a JSON array, one at a time.
public struct IncidentExporter {
    public enum Format: String, CaseIterable, Sendable {
        case geojson, csv, jsonl, json
    }

    public let format: Format
    private let sink: OutputSink
    private var count = 0

    public init(format: Format, sink: OutputSink) {
        self.format = format
        self.sink = sink
    }

    public mutating func begin() {
        switch format {
        case .geojson: sink.write("{\"type\":\"FeatureCollection\",\"features\":[\n")
        case .csv: sink.write(IncidentField.allCases.map(\.rawValue).joined(separator: ",") + "\r\n")
        case .json: sink.write("[\n")
        case .jsonl: break
        }
    }

    public mutating func write(_ record: IncidentRecord) {
        switch format {
        case .geojson:
            if count > 0 { sink.write(",\n") }
            sink.write("{\"type\":\"Feature\",\"id\":\(record.id),\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
            sink.write(coordinateText(record.longitude) + "," + coordinateText(record.latitude) + "]},\"properties\":")
            Self.object(record, to: sink)
            sink.write("}")
        case .csv:
            var line = ""
            for (index, field) in IncidentField.allCases.enumerated() {
                if index > 0 { line += "," }
                Self.csvCell(record.value(field), into: &line)
            }
            line += "\r\n"
            sink.write(line)
        case .jsonl:
            Self.object(record, to: sink)
            sink.write("\n")
        case .json:
            if count > 0 { sink.write(",\n") }
            Self.object(record, to: sink)
        }
        count += 1
        sink.flushIfFull()
    }

    /// `"name":` for every field, encoded once.
    private static let keys: [[UInt8]] = IncidentField.allCases.enumerated().map { index, field in
        Array(((index == 0 ? "{" : ",") + "\"" + field.rawValue + "\":").utf8)
    }

    /// The record as one JSON object, written straight into the sink.
    static func object(_ record: IncidentRecord, to sink: OutputSink) {
        for (index, field) in IncidentField.allCases.enumerated() {
            sink.write(bytes: keys[index])
            switch record.value(field) {
            case .text(let text):
                if let text { sink.writeJSONString(text) } else { sink.write("null") }
            case .integer(let value): sink.write(value.map(String.init) ?? "null")
            case .number(let value): sink.write(coordinateText(value))
            case .bool(let value): sink.write(value ? "true" : "false")
            case .json(let raw): sink.write(raw)
            }
        }
        sink.write("}")
    }

    public mutating func end() throws {
        switch format {
        case .geojson: sink.write("\n]}\n")
        case .json: sink.write("\n]\n")
        case .csv, .jsonl: break
        }
        try sink.finish()
    }

    static func csvCell(_ value: FieldValue, into out: inout String) {
        let text: String
        switch value {
        case .text(let value): text = value ?? ""
        case .integer(let value): text = value.map(String.init) ?? ""
        case .number(let value): text = coordinateText(value)
        case .bool(let value): text = value ? "true" : "false"
        case .json(let raw): text = raw
        }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            out += "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        } else {
            out += text
        }
    }
}
