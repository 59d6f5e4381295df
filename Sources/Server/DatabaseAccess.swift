import Foundation
import IncidentData
import NIOConcurrencyHelpers
import NIOPosix

/// The database as the server uses it: blocking calls run on a pool of threads of their own,
/// each with a connection of its own, never on the event loop.
///
/// Readers take an idle connection or open one (at most one per thread); a connection that
/// failed is dropped and the next request opens a fresh one, so a database that restarts or a
/// file that comes back makes the server answer again without a restart. Writes take turns on
/// one writing connection.
public final class DatabaseAccess: Sendable {
    public typealias Opener = @Sendable () throws -> any IncidentDatabase

    private let openReader: Opener
    private let openWriter: Opener
    private let threads: NIOThreadPool
    private let idle = NIOLockedValueBox<[any IncidentDatabase]>([])
    private let writer = NIOLockedValueBox<(any IncidentDatabase)?>(nil)
    private let writing = NIOLock()

    /// - Parameters:
    ///   - threads: how many database calls run at once.
    ///   - reader: opens a connection for reading (an existing database).
    ///   - writer: opens the connection that ingests.
    public init(threads: Int, reader: @escaping Opener, writer: @escaping Opener) {
        openReader = reader
        openWriter = writer
        self.threads = NIOThreadPool(numberOfThreads: max(1, threads))
        self.threads.start()
    }

    /// Runs `body` with a reading connection on the pool; errors become ``ServerError``s.
    func read<Result: Sendable>(_ body: @escaping @Sendable (any IncidentDatabase) throws -> Result) async throws(ServerError) -> Result {
        do {
            return try await threads.runIfActive {
                let database = try self.idle.withLockedValue { $0.popLast() } ?? self.opened(self.openReader)
                do {
                    let result = try body(database)
                    self.idle.withLockedValue { $0.append(database) }
                    return result
                } catch let error as StoreError where error.parameter != nil {
                    self.idle.withLockedValue { $0.append(database) }
                    throw error
                } catch let error as ServerError where error.status.code < 500 {
                    self.idle.withLockedValue { $0.append(database) }
                    throw error
                }
            }
        } catch {
            throw ServerError(database: error)
        }
    }

    /// Runs `body` with the writing connection, one write at a time.
    func write<Result: Sendable>(_ body: @escaping @Sendable (any IncidentDatabase) throws -> Result) async throws(ServerError) -> Result {
        do {
            return try await threads.runIfActive {
                try self.writing.withLock {
                    let database = try self.writer.withLockedValue { $0 } ?? self.opened(self.openWriter)
                    self.writer.withLockedValue { $0 = database }
                    do {
                        return try body(database)
                    } catch {
                        // The connection may be what failed: the next write opens a new one.
                        self.writer.withLockedValue { $0 = nil }
                        throw error
                    }
                }
            }
        } catch {
            throw ServerError(database: error)
        }
    }

    /// Runs `body` on the pool without a connection (extraction, map drawing): off the event loop.
    /// Its failures are the server's own (a missing gazetteer, model or outlines file): 500.
    func compute<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws(ServerError) -> Result {
        do {
            return try await threads.runIfActive(body)
        } catch let error as ServerError {
            throw error
        } catch {
            throw ServerError(.internalServerError, "\(error)")
        }
    }

    deinit {
        threads.shutdownGracefully { _ in }
    }

    /// Closes the pool once the calls in flight are done.
    public func shutdown() async throws {
        try await threads.shutdownGracefully()
    }

    private func opened(_ open: Opener) throws -> any IncidentDatabase {
        do {
            return try open()
        } catch {
            throw ServerError(.serviceUnavailable, "the database is unavailable: \(error)")
        }
    }
}
