import Foundation
import IncidentData
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously: each statement waits for its answer.
///
/// The commands are one process per question, so one connection on one event-loop thread is
/// enough; waiting on futures keeps the store's interface the same as SQLite's.
final class PostgresSession: @unchecked Sendable {
    let location: PostgresLocation
    private let group: MultiThreadedEventLoopGroup
    private let connection: PostgresConnection
    private let logger: Logger

    init(_ location: PostgresLocation) throws {
        self.location = location
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        var logger = Logger(label: "timeline.postgres")
        logger.logLevel = .critical
        self.logger = logger
        do {
            connection = try PostgresConnection.connect(
                on: group.next(), configuration: location.configuration, id: 1, logger: logger
            ).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw StoreError("cannot connect to \(location.redacted): \(PostgresSession.describe(error))")
        }
    }

    deinit {
        try? connection.close().wait()
        try? group.syncShutdownGracefully()
    }

    /// Statements sent without waiting for their answers (``send(_:_:)``), in the order sent.
    private var sent: [(sql: String, answer: EventLoopFuture<PostgresQueryResult>)] = []

    /// Sends a statement whose answer nobody reads, without waiting for it: the connection runs
    /// statements in the order they were sent, so a later query sees its effect, and
    /// ``waitForSent()`` (which every commit calls) reports the first failure.
    func send(_ sql: String, _ values: [SQLValue]) throws {
        guard !connection.isClosed else { throw closed }
        sent.append((sql, withTimeout(connection.query(PostgresQuery(unsafeSQL: sql, binds: Self.bindings(values)), logger: logger))))
    }

    /// Waits for every statement sent; throws the first failure.
    func waitForSent() throws {
        let waiting = sent
        sent = []
        var first: (any Error)?
        for (sql, answer) in waiting {
            do {
                _ = try answer.wait()
            } catch {
                if first == nil { first = failure(error, sql) }
            }
        }
        if let first { throw first }
    }

    private var closed: StoreError {
        StoreError("\(location.redacted): the server closed the connection (was it restarted?); nothing of the interrupted document was kept, run the command again")
    }

    private func failure(_ error: any Error, _ sql: String) -> any Error {
        if error is StoreError { return error }
        return StoreError("\(location.redacted): \(Self.describe(error)) in: \(sql.split(separator: "\n").first.map(String.init) ?? sql)")
    }

    private static func bindings(_ values: [SQLValue]) -> PostgresBindings {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .integer(let number): binds.append(number)
            case .real(let number): binds.append(number)
            case .text(let text): binds.append(text)
            case .bool(let flag): binds.append(flag)
            case .null: binds.appendNull()
            }
        }
        return binds
    }

    /// Runs one statement and returns its rows (all of them: use a cursor for large results).
    @discardableResult
    func query(_ sql: String, _ values: [SQLValue] = []) throws -> [PostgresRandomAccessRow] {
        let binds = Self.bindings(values)
        // A connection the server closed (a restart, a crash, an administrator) is said to be
        // closed at once: a statement sent on it was seen to wait for an answer forever.
        guard !connection.isClosed else { throw closed }
        do {
            let result = try withTimeout(connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)).wait()
            return result.rows.map { $0.makeRandomAccess() }
        } catch {
            throw failure(error, sql)
        }
    }

    /// The longest a statement may wait for its answer: long enough for any one statement of an
    /// ingest or an export batch (and a turn at the ingest lock), short enough that a silent
    /// network failure ends the command instead of hanging it.
    static let statementTimeout: TimeAmount = .seconds(600)

    /// `future`, failed with a clear error if no answer comes in ``statementTimeout`` (the connection is then closed).
    private func withTimeout<Value: Sendable>(_ future: EventLoopFuture<Value>) -> EventLoopFuture<Value> {
        let promise = future.eventLoop.makePromise(of: Value.self)
        let location = location, connection = connection
        let timeout = future.eventLoop.scheduleTask(in: Self.statementTimeout) {
            promise.fail(StoreError("\(location.redacted): no answer from the server in \(Self.statementTimeout.nanoseconds / 1_000_000_000) s; the connection was closed"))
            let closing: EventLoopFuture<Void> = connection.close()
            _ = closing
        }
        future.whenComplete { result in
            timeout.cancel()
            promise.completeWith(result)
        }
        return promise.futureResult
    }

    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    func transaction<Result>(isolation: String = "READ COMMITTED", _ body: () throws -> Result) throws -> Result {
        try query("BEGIN ISOLATION LEVEL \(isolation)")
        do {
            let result = try body()
            try waitForSent()
            try query("COMMIT")
            return result
        } catch {
            _ = try? waitForSent()
            _ = try? query("ROLLBACK")
            throw error
        }
    }

    /// Runs a query through a cursor, `batch` rows at a time, so a large result never sits in memory whole.
    func forEachRow(_ query: BoundSQL, batch: Int = 5_000, _ body: (PostgresRandomAccessRow) throws -> Void) throws {
        try transaction(isolation: "REPEATABLE READ") {
            try self.query("DECLARE timeline_rows NO SCROLL CURSOR FOR " + query.sql, query.values)
            while true {
                let rows = try self.query("FETCH \(batch) FROM timeline_rows")
                for row in rows { try body(row) }
                if rows.count < batch { break }
            }
            try self.query("CLOSE timeline_rows")
        }
    }

    /// What the server said, without the driver's wrapping: `password authentication failed for user "timeline"`.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let code = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
                return message + code
            }
            if let underlying = error.underlying { return String(describing: underlying) }
            return String(describing: error.code)
        }
        return String(describing: error)
    }
}

/// A row from the server, read by position; postgres-nio asks for binary results, so numbers
/// arrive as fixed-width integers and doubles and text as its UTF-8 bytes.
extension PostgresRandomAccessRow: IncidentData.ResultRow {
    public func isNull(_ column: Int) -> Bool { self[column].bytes == nil }

    public func int64(_ column: Int) -> Int64 {
        (try? self[column].decode(Int64.self)) ?? 0
    }

    public func double(_ column: Int) -> Double {
        (try? self[column].decode(Double.self)) ?? .nan
    }

    public func bool(_ column: Int) -> Bool {
        (try? self[column].decode(Bool.self)) ?? false
    }

    public func withText<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard let bytes = self[column].bytes else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try bytes.withUnsafeReadableBytes { raw in try body(raw.bindMemory(to: UInt8.self)) }
    }
}
