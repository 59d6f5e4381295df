import Hummingbird
import IncidentData

/// The one error type of the server: an HTTP status and a message that quotes the request.
///
/// Every error reaches the client as JSON, `{"error": {"status": 400, "message": "...",
/// "parameter": "since"}}`, with the same words the command line uses for the same mistake.
public struct ServerError: Error, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String
    /// The query parameter at fault, for a 400.
    public var parameter: String?

    public init(_ status: HTTPResponse.Status, _ message: String, parameter: String? = nil) {
        self.status = status
        self.message = message
        self.parameter = parameter
    }

    public var description: String { "\(status.code) \(message)" }

    /// A filter the user got wrong is theirs (400); anything else a database call threw means
    /// the database could not answer now (503: a restarted server, a locked or missing file).
    /// Only for errors of database calls: the server's own failures are 500.
    init(database error: any Error) {
        if let error = error as? ServerError {
            self = error
        } else if let error = error as? StoreError, let parameter = error.parameter {
            self.init(.badRequest, error.message, parameter: parameter)
        } else {
            self.init(.serviceUnavailable, "the database cannot answer: \(error)")
        }
    }

    /// The JSON body.
    var json: String {
        JSON.object([
            ("error", .object([
                ("status", .int(status.code)), ("message", .string(message)), ("parameter", .optional(parameter)),
            ])),
        ]).rendered + "\n"
    }
}
