/// The one error type of the Timeline module: what went wrong, with the text that caused it.
public struct TimelineError: Error, Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case notAStamp, unknownZone, missingZone, missingDate, impossibleDate, impossibleTime
        case zonesDisagree, unanchored, unreadableInput
    }

    public var kind: Kind
    public var message: String
    /// The offending text as the user wrote it.
    public var text: String
    /// The file the text came from, where known.
    public var file: String?
    /// The 1-based line in that file, where known.
    public var line: Int?

    public init(_ kind: Kind, _ message: String, text: String, file: String? = nil, line: Int? = nil) {
        self.kind = kind
        self.message = message
        self.text = text
        self.file = file
        self.line = line
    }

    /// The same error, placed in a file and line.
    public func at(file: String?, line: Int?) -> TimelineError {
        var copy = self
        copy.file = file ?? self.file
        copy.line = line ?? self.line
        return copy
    }
}

extension TimelineError: CustomStringConvertible {
    public var description: String {
        var place = ""
        if let file { place += file + ":" }
        if let line { place += "\(line):" }
        return place.isEmpty ? message : place + " " + message
    }
}
