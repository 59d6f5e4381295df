/// The one error type of the storage layer (IncidentData and both backends): what failed, quoting the input that caused it.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// The filter parameter the user got wrong (`since`, `region` ...), when the error is one;
    /// a server answers those with 400 Bad Request.
    public var parameter: String?

    public init(_ message: String, parameter: String? = nil) {
        self.message = message
        self.parameter = parameter
    }

    public var description: String { message }
}
