/// The one error type of the storage layer (IncidentData and both backends): what failed, quoting the input that caused it.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
