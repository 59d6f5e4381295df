import Foundation

/// The one error type of the Geo module.
///
/// Messages quote the user's input and name the file and line for bad data.
public enum GeoError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A source or gazetteer file could not be opened or read.
    case unreadableFile(path: String, reason: String)
    /// A source row could not be understood.
    case badData(file: String, line: Int, reason: String)
    /// The binary gazetteer is not one this code can read.
    case incompatibleGazetteer(path: String, reason: String)
    /// No gazetteer was found in any of the searched places.
    case gazetteerNotFound(searched: [String])
    /// A required source file is missing from a source directory.
    case missingSource(directory: String, file: String)
    /// A name, code or phrase matched nothing.
    case unknownPlace(query: String, nearest: [String])
    /// A value does not fit the binary format (too many divisions, a name too long).
    case capacityExceeded(what: String)

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "cannot read '\(path)': \(reason)"
        case let .badData(file, line, reason):
            return "\(file):\(line): \(reason)"
        case let .incompatibleGazetteer(path, reason):
            return "'\(path)' is not a usable gazetteer: \(reason)"
        case let .gazetteerNotFound(searched):
            return "no gazetteer found; looked in: \(searched.joined(separator: ", "))"
        case let .missingSource(directory, file):
            return "'\(directory)' has no \(file)"
        case let .unknownPlace(query, nearest):
            let hint = nearest.isEmpty ? "" : "; nearest names: \(nearest.joined(separator: ", "))"
            return "no place matches '\(query)'\(hint)"
        case let .capacityExceeded(what):
            return "too large for the gazetteer format: \(what)"
        }
    }
}
