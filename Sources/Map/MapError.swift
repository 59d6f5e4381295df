/// The one error type of the Map module: what failed, quoting the input that caused it.
public struct MapError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
