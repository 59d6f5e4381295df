import Foundation
import Geo
import Timeline

/// A filter as a user writes it, option by option, before it is checked and resolved.
///
/// The command line (`--since`, `--region` ...) and the web API (`?since=...&region=...`) both
/// fill one of these, so both accept the same values and refuse bad ones with the same words;
/// only the way a parameter is named differs (``spelling``).
public struct FilterRequest: Hashable, Sendable {
    public var since: String?
    public var until: String?
    public var regions: [String] = []
    public var bbox: String?
    public var near: String?
    public var within: String?
    public var types: [String] = []
    public var text: String?
    public var attachedOnly = false
    public var maxGeoPrecision: String?
    public var by: String?
    public var limit: String?

    /// How a message names a parameter: `--since` on the command line, `since` in a URL.
    public var spelling: ParameterSpelling

    public enum ParameterSpelling: Hashable, Sendable {
        case option, query
        func name(_ parameter: String) -> String { self == .option ? "--" + parameter : parameter }
    }

    public init(spelling: ParameterSpelling) { self.spelling = spelling }

    /// The checked filter; `notes` collects what the user should know (a district query may be incomplete).
    ///
    /// - Parameters:
    ///   - zone: the zone a bare date or clock is read in (UTC when nil).
    ///   - gazetteer: loaded only when a region or a `near` place is asked for.
    ///   - maximumLimit: the largest `limit` accepted (none on the command line).
    /// - Throws: ``StoreError`` whose ``StoreError/parameter`` names the offending parameter and
    ///   whose message quotes its value.
    public func filter(
        zone: ZoneDesignator?, gazetteer: () throws -> Gazetteer, maximumLimit: Int? = nil, notes: inout [String]
    ) throws -> IncidentFilter {
        var filter = IncidentFilter()
        if let by {
            guard let axis = IncidentFilter.TimeAxis(rawValue: by) else {
                throw refusal("by", by, "must be occurred or reported")
            }
            filter.by = axis
        }
        if let limit {
            guard let value = Int(limit), value >= 0 else { throw refusal("limit", limit, "must be a whole number, 0 or more") }
            if let maximumLimit, value > maximumLimit {
                throw refusal("limit", limit, "is more than \(maximumLimit); page with the cursor instead")
            }
            filter.limit = value
        }
        filter.types = types
        filter.text = text
        filter.attachedOnly = attachedOnly
        if let maxGeoPrecision {
            guard let value = Int(maxGeoPrecision), (1...3).contains(value) else {
                throw StoreError(
                    "\(spelling.name("max-geo-precision")) \(maxGeoPrecision) must be 1, 2 or 3 (ACLED geo_precision: 1 the named place, 2 near it or a district, 3 a region)",
                    parameter: "max-geo-precision")
            }
            filter.maxGeoPrecision = value
        }
        filter.since = try since.map { try bound($0, parameter: "since", zone: zone, end: false) }
        filter.until = try until.map { try bound($0, parameter: "until", zone: zone, end: true) }
        if let bbox {
            let parts = bbox.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 4, (-180...180).contains(parts[0]), (-180...180).contains(parts[2]),
                (-90...90).contains(parts[1]), (-90...90).contains(parts[3]), parts[1] <= parts[3]
            else { throw refusal("bbox", bbox, "must be west,south,east,north in degrees, e.g. 35,50,39,52") }
            filter.bbox = (parts[0], parts[1], parts[2], parts[3])
        }
        if near != nil || within != nil {
            guard let near, let within else {
                throw StoreError(
                    "\(spelling.name("near")) and \(spelling.name("within")) go together: "
                        + (spelling == .option ? "--near Shebekino --within 50km" : "near=Shebekino&within=50km"),
                    parameter: near == nil ? "near" : "within")
            }
            let kilometres = try distance(within)
            let place = try gazetteer().resolve(near)
            guard let best = place.best else {
                throw refusal(
                    "near", near,
                    "is not in the gazetteer" + (place.nearestNames.isEmpty ? "" : "; did you mean \(place.nearestNames.prefix(5).joined(separator: ", "))?"),
                    joiner: " ")
            }
            filter.near = (best.coordinate.latitude, best.coordinate.longitude, kilometres)
        }
        if !regions.isEmpty {
            let gazetteer = try gazetteer()
            for name in regions {
                let scope: RegionScope
                do {
                    scope = try RegionScope.named(name, in: gazetteer)
                } catch let error as StoreError {
                    throw StoreError(error.message, parameter: "region")
                }
                if scope.mayBeIncomplete {
                    notes.append("note: '\(name)' is a district; the sources give few district codes, so incidents placed only by their town may be missing")
                }
                filter.regions.append(scope)
            }
        }
        return filter
    }

    /// A time bound: the start of what the text names, or for `until` the end of a date.
    private func bound(_ text: String, parameter: String, zone: ZoneDesignator?, end: Bool) throws -> Instant {
        do {
            let time = try NormalizedTime(stamp: text, context: StampContext(defaultZone: zone ?? .utc))
            return end && time.precision != .minute ? time.end : time.start
        } catch {
            throw refusal(
                parameter, text, "\(error.message) (try 2023-05-31, 2023-05-31T06:00:00Z or \"May 31, 2023 6 a.m. ET\")", joiner: ": ")
        }
    }

    /// Kilometres from `50km`, `20mi`, `800m` or a bare number of kilometres.
    private func distance(_ text: String) throws -> Double {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        for (suffix, factor) in [("km", 1.0), ("mi", 1.609344), ("m", 0.001)] where lower.hasSuffix(suffix) {
            if let value = Double(lower.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), value > 0, value.isFinite {
                return value * factor
            }
        }
        if let value = Double(lower), value > 0, value.isFinite { return value }
        throw refusal("within", text, "is not a distance (try 50km or 20mi)")
    }

    /// `--since '...': reason` on the command line, `since '...': reason` in a URL.
    private func refusal(_ parameter: String, _ value: String, _ reason: String, joiner: String = " ") -> StoreError {
        StoreError("\(spelling.name(parameter)) '\(value)'\(joiner)\(reason)", parameter: parameter)
    }
}
