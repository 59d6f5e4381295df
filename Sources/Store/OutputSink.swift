import Foundation

/// A buffered byte sink over standard output or a file that appears only when complete.
///
/// Writing to `--out FILE` goes to a temporary file beside it, renamed over `FILE` by
/// ``finish()``: a failed export leaves nothing half-written.
public final class OutputSink {
    private var buffer: [UInt8] = []
    private let handle: FileHandle
    private let temporaryURL: URL?
    private let finalURL: URL?

    /// Standard output.
    public init() {
        handle = FileHandle.standardOutput
        temporaryURL = nil
        finalURL = nil
        buffer.reserveCapacity(1 << 16)
    }

    /// A file, written atomically.
    public init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: temporary)
        else {
            throw StoreError("\(path): cannot be written (check the folder exists and is writable)")
        }
        self.handle = handle
        temporaryURL = temporary
        finalURL = url
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if let temporaryURL { try? FileManager.default.removeItem(at: temporaryURL) }
    }

    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends bytes already encoded (field names, punctuation).
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Appends a JSON string literal, escaping only what JSON requires, copying clean runs whole.
    func writeJSONString(_ text: String) {
        buffer.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case 0x22: buffer.append(contentsOf: [0x5C, 0x22])
                case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])
                case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                }
                runStart = index + 1
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        buffer.append(0x22)
    }

    /// Flushes once enough has gathered; call between records.
    func flushIfFull() {
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place.
    public func finish() throws {
        flush()
        guard let temporaryURL, let finalURL else { return }
        try handle.close()
        if FileManager.default.fileExists(atPath: finalURL.path) { try FileManager.default.removeItem(at: finalURL) }
        try FileManager.default.moveItem(at: temporaryURL, to: finalURL)
    }
}
