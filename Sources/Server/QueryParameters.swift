import IncidentData
import Timeline

/// A request's query string, read strictly: percent-decoded to bytes, then UTF-8 or refused.
///
/// An unknown name is refused (as the command line refuses an unknown option), so a typo such
/// as `?regoin=Belgorod` says so instead of silently returning everything.
struct QueryParameters: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    /// The names the endpoint reads; anything else is a 400.
    init(_ query: String?, allowed: Set<String>) throws(ServerError) {
        guard let query, !query.isEmpty else { return }
        for piece in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0], what: "a parameter name", parameter: nil)
            let value = parts.count > 1 ? try Self.decode(parts[1], what: "parameter '\(name)'", parameter: name) : ""
            guard allowed.contains(name) else {
                throw ServerError(
                    .badRequest, "unknown parameter '\(name)' (this endpoint takes \(allowed.sorted().joined(separator: ", ")))",
                    parameter: name)
            }
            pairs.append((name, value))
        }
    }

    /// The last value given for `name` (nil when absent or empty).
    subscript(name: String) -> String? {
        guard let value = pairs.last(where: { $0.name == name })?.value, !value.isEmpty else { return nil }
        return value
    }

    /// Every non-empty value given for `name`, in order (`region=A&region=B`).
    func all(_ name: String) -> [String] { pairs.filter { $0.name == name && !$0.value.isEmpty }.map(\.value) }

    /// A flag: present with no value, `1`, `true` or `yes`; refused otherwise.
    func flag(_ name: String) throws(ServerError) -> Bool {
        guard let value = pairs.last(where: { $0.name == name })?.value else { return false }
        switch value.lowercased() {
        case "", "1", "true", "yes": return true
        case "0", "false", "no": return false
        default: throw ServerError(.badRequest, "\(name) '\(value)' must be true or false", parameter: name)
        }
    }

    /// A whole number within `range`, or `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(ServerError) -> Int {
        guard let text = self[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw ServerError(.badRequest, "\(name) '\(text)' must be a whole number from \(range.lowerBound) to \(range.upperBound)", parameter: name)
        }
        return value
    }

    /// One of `choices` (case as given), or `fallback` when absent.
    func choice(_ name: String, of choices: [String], default fallback: String) throws(ServerError) -> String {
        guard let value = self[name] else { return fallback }
        guard choices.contains(value) else {
            throw ServerError(.badRequest, "\(name) '\(value)' must be one of \(choices.joined(separator: ", "))", parameter: name)
        }
        return value
    }

    /// The zone a bare date or clock is read in (`zone=Europe/Moscow`), UTC when absent.
    func zone() throws(ServerError) -> ZoneDesignator {
        guard let name = self["zone"] else { return .utc }
        guard ZoneRules.named(name) != nil else {
            throw ServerError(.badRequest, "zone '\(name)' is not an IANA time zone (try Europe/Moscow, America/New_York, UTC)", parameter: "zone")
        }
        return name == "UTC" ? .utc : .iana(name)
    }

    /// The filter parameters shared by `/incidents`, `/regions`, `/report` and `/map.svg`.
    static let filterNames: Set<String> = [
        "since", "until", "region", "bbox", "near", "within", "type", "text", "attached-only", "max-geo-precision", "by", "limit", "zone",
    ]

    /// The filter as the command line would read the same values (``FilterRequest``).
    func filterRequest() throws(ServerError) -> FilterRequest {
        var request = FilterRequest(spelling: .query)
        request.since = self["since"]
        request.until = self["until"]
        request.regions = all("region")
        request.bbox = self["bbox"]
        request.near = self["near"]
        request.within = self["within"]
        request.types = all("type")
        request.text = self["text"]
        request.attachedOnly = try flag("attached-only")
        request.maxGeoPrecision = self["max-geo-precision"]
        request.by = self["by"]
        request.limit = self["limit"]
        return request
    }

    /// `%XX` and `+` decoded; bytes that are not UTF-8 are refused.
    private static func decode(_ text: Substring, what: String, parameter: String?) throws(ServerError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(0x20)
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw ServerError(.badRequest, "\(what): '%' must be followed by two hexadecimal digits in '\(text)'", parameter: parameter)
                }
                bytes.append(high << 4 | low)
            default:
                bytes.append(byte)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw ServerError(.badRequest, "\(what) is not valid UTF-8 ('\(text)')", parameter: parameter)
        }
        // No filter value holds a control character; PostgreSQL refuses NUL in text outright.
        guard !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw ServerError(.badRequest, "\(what) holds a control character ('\(text)')", parameter: parameter)
        }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
