import Foundation
import Timeline

/// A buffered byte sink over standard output or a file that appears only when complete.
///
/// Writing to `--out FILE` goes to a temporary file beside it, renamed over `FILE` by
/// ``finish()``: a failed export leaves nothing half-written. The buffer is one megabyte of
/// raw memory written with `write(2)`, and the `append` functions format numbers, instants and
/// escaped strings straight into it, so an export allocates nothing per value.
public final class OutputSink {
    static let capacity = 1 << 20
    let bytes: UnsafeMutablePointer<UInt8>
    var count = 0
    private let descriptor: Int32
    private var temporaryPath: String?
    private let finalPath: String?
    private var failure: Int32 = 0
    /// What an in-memory sink has gathered (nil when it writes to a descriptor).
    private var collected: [UInt8]?

    /// Standard output.
    public init() {
        descriptor = STDOUT_FILENO
        temporaryPath = nil
        finalPath = nil
        bytes = .allocate(capacity: Self.capacity)
    }

    /// Memory: what is written gathers until ``takeBytes()`` hands it over (a web server's stream).
    public init(inMemory: Void) {
        descriptor = -1
        temporaryPath = nil
        finalPath = nil
        collected = []
        bytes = .allocate(capacity: Self.capacity)
    }

    /// Everything written since the last call, for an in-memory sink.
    public func takeBytes() -> [UInt8] {
        guard collected != nil else { return [] }
        flush()
        defer { collected = [] }
        return collected!
    }

    /// A file, written atomically.
    public init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial").path
        let opened = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            throw StoreError("\(path): cannot be written (check the folder exists and is writable)")
        }
        descriptor = opened
        temporaryPath = temporary
        finalPath = path
        bytes = .allocate(capacity: Self.capacity)
    }

    deinit {
        if let temporaryPath {
            close(descriptor)
            unlink(temporaryPath)
        }
        bytes.deallocate()
    }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends bytes already encoded (field names, punctuation).
    func write(bytes encoded: [UInt8]) {
        encoded.withUnsafeBufferPointer { append($0) }
    }

    /// Appends raw bytes, flushing first when they do not fit.
    @inline(__always)
    func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        append(base, buffer.count)
    }

    func append(_ base: UnsafePointer<UInt8>, _ length: Int) {
        if count + length > Self.capacity {
            flush()
            if length > Self.capacity {
                writeAll(base, length)
                return
            }
        }
        (bytes + count).update(from: base, count: length)
        count += length
    }

    /// Room for `length` more bytes at `bytes + count`.
    @inline(__always)
    func reserve(_ length: Int) {
        if count + length > Self.capacity { flush() }
    }

    @inline(__always)
    func append(byte: UInt8) {
        if count == Self.capacity { flush() }
        bytes[count] = byte
        count += 1
    }

    /// Flushes once enough has gathered; call between records.
    func flushIfFull() {
        if count >= Self.capacity - 4096 { flush() }
    }

    public func flush() {
        guard count > 0 else { return }
        writeAll(bytes, count)
        count = 0
    }

    private func writeAll(_ base: UnsafePointer<UInt8>, _ length: Int) {
        if collected != nil {
            collected!.append(contentsOf: UnsafeBufferPointer(start: base, count: length))
            return
        }
        var done = 0
        while done < length, failure == 0 {
            let written = Foundation.write(descriptor, base + done, length - done)
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
            } else {
                done += written
            }
        }
    }

    /// Flushes and, for a file, moves it into place.
    public func finish() throws {
        flush()
        if failure != 0 {
            throw StoreError("\(finalPath ?? "standard output"): write failed: \(String(cString: strerror(failure)))")
        }
        guard let temporaryPath, let finalPath else { return }
        guard rename(temporaryPath, finalPath) == 0 else {
            throw StoreError("\(finalPath): cannot be written: \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        self.temporaryPath = nil
    }
}
