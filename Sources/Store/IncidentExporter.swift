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
        var line = ""
        switch format {
        case .geojson:
            if count > 0 { line += ",\n" }
            line += "{\"type\":\"Feature\",\"id\":\(record.id),\"geometry\":{\"type\":\"Point\",\"coordinates\":["
            line += coordinateText(record.longitude) + "," + coordinateText(record.latitude) + "]},\"properties\":"
            Self.object(record, into: &line)
            line += "}"
        case .csv:
            for (index, field) in IncidentField.allCases.enumerated() {
                if index > 0 { line += "," }
                Self.csvCell(record.value(field), into: &line)
            }
            line += "\r\n"
        case .jsonl:
            Self.object(record, into: &line)
            line += "\n"
        case .json:
            if count > 0 { line += ",\n" }
            Self.object(record, into: &line)
        }
        count += 1
        sink.write(line)
    }

    public mutating func end() throws {
        switch format {
        case .geojson: sink.write("\n]}\n")
        case .json: sink.write("\n]\n")
        case .csv, .jsonl: break
        }
        try sink.finish()
    }

    /// The record as one JSON object of every field.
    public static func object(_ record: IncidentRecord, into out: inout String) {
        out += "{"
        for (index, field) in IncidentField.allCases.enumerated() {
            if index > 0 { out += "," }
            out += "\"" + field.rawValue + "\":"
            switch record.value(field) {
            case .text(let text):
                if let text { JSON.quote(text, into: &out) } else { out += "null" }
            case .integer(let value): out += value.map(String.init) ?? "null"
            case .number(let value): out += coordinateText(value)
            case .bool(let value): out += value ? "true" : "false"
            case .json(let raw): out += raw
            }
        }
        out += "}"
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
