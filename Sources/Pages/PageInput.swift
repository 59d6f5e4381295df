import Foundation
import Timeline

/// An input read by its format: text for the text readers, or a page or feed already taken apart.
public enum PageInput: Sendable {
    case text(String)
    case html(HTMLPage)
    case feed(Feed)

    /// Reads an input in `format`, or in the format ``InputFormat/sniff(_:name:)`` finds.
    ///
    /// Text formats are decoded by ``InputDecoder`` (UTF-8 or UTF-16 with a mark); HTML and feeds
    /// by the charset they declare (``PageCharset``). `contentType` is an HTTP `Content-Type`.
    public static func read(
        _ bytes: [UInt8], name: String, format: InputFormat? = nil, contentType: String? = nil, context: StampContext
    ) throws -> (format: InputFormat, input: PageInput) {
        if bytes.isEmpty { throw TimelineError(.unreadableInput, "empty input", text: name, file: name) }
        let chosen = format ?? InputFormat.sniff(Array(bytes.prefix(4096)), name: name)
        switch chosen {
        case .html:
            return (chosen, .html(try HTMLPageReader(context: context).read(bytes, contentType: contentType, name: name)))
        case .feed:
            return (chosen, .feed(try FeedReader(context: context).read(bytes, contentType: contentType, name: name)))
        case .liveblog, .text, .jsonl:
            return (chosen, .text(try InputDecoder.decode(Data(bytes), name: name, isPage: chosen != .jsonl)))
        }
    }

    /// The text that ranges count in: the input's own, or the text extracted from markup (a feed's items one after another).
    public var text: String {
        switch self {
        case .text(let text): text
        case .html(let page): page.text
        case .feed(let feed): feed.items.map(\.text).joined(separator: "\n\n")
        }
    }
}
