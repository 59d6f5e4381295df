import Foundation
import Timeline

/// Reads a file a line at a time in 1 MB chunks, so a large JSON Lines file is never held whole.
struct LineReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer = Data()
    private var number = 0
    private var atEnd = false

    init(path: String) throws(TimelineError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw TimelineError(.unreadableInput, "\(path): cannot be read", text: path, file: path)
        }
        self.handle = handle
    }

    /// The next line's bytes (without its terminator) and its 1-based number.
    mutating func next() -> (number: Int, bytes: Data)? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = buffer[buffer.startIndex..<newline]
                if line.last == 0x0D { line = line.dropLast() }
                let bytes = Data(line)
                buffer.removeSubrange(buffer.startIndex...newline)
                number += 1
                return (number, bytes)
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                number += 1
                defer { buffer.removeAll() }
                return (number, buffer)
            }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }
}

extension DocumentLoader {
    /// JSON Lines from a file, read twice as a stream: once to check every line (a broken one
    /// refuses the file, unless `skipBadLines`), once to hand documents to `each`.
    public func jsonLines(
        fileAt path: String, skipBadLines: Bool = false, each: (ExtractedDocument) throws -> Void
    ) throws -> [TimelineError] {
        var skipped: [TimelineError] = []
        var bad = Set<Int>()
        for (number, bytes) in try LineReader(path: path) {
            do {
                guard let line = try Self.line(number, bytes, path: path) else { continue }
                _ = try JSONArticle(line, path: path, context: context)
            } catch {
                guard skipBadLines else { throw error }
                skipped.append(error)
                bad.insert(number)
            }
        }
        for (number, bytes) in try LineReader(path: path) where !bad.contains(number) {
            guard let line = try Self.line(number, bytes, path: path) else { continue }
            let item = try JSONArticle(line, path: path, context: context)
            try each(article(
                item.text, published: item.published, path: path, id: item.id, url: item.url, title: item.title,
                publisher: item.publisher, format: .jsonl))
        }
        return skipped
    }

    /// A line as text; nil when blank; an error naming the line when it is not UTF-8.
    private static func line(_ number: Int, _ bytes: Data, path: String) throws(TimelineError) -> SourceLine? {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = InputDecoder.firstInvalidUTF8(bytes)
            throw TimelineError(.unreadableInput, "invalid UTF-8 at byte \(offset) of the line", text: path, file: path, line: number)
        }
        guard !text.allSatisfy(\.isWhitespace) else { return nil }
        return SourceLine(text: text, number: number, range: 0..<0)
    }
}
