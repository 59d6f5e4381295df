import ArgumentParser
import Foundation
import Pages
import Timeline

struct PostsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "posts",
        abstract: "List the posts a live-blog page yields, with UTC stamps.",
        discussion: """
            Examples:
              timelinectl posts seeds/000_fdd7082ede222f27.txt
              timelinectl posts page.txt --json
              timelinectl posts page.html
              timelinectl posts page.html --text
              timelinectl posts guardian.txt --zone Europe/London
            """
    )

    @Argument(help: "A live-blog page (saved as text or HTML) or a feed, or - for standard input.")
    var file: String

    @OptionGroup var zoneOptions: ZoneOptions

    @Flag(help: "Print a JSON array of posts.")
    var json = false

    @Flag(help: "Print the text the posts' offsets count in (for an HTML page or feed, the text its reader extracted).")
    var text = false

    func run() throws {
        let context = try zoneOptions.context()
        let posts: [Post]
        let read = try readPageInput(file, context: context).input
        if text {
            print(read.text)
            return
        }
        switch read {
        case .text(let input): posts = try LiveBlogReader(context: context, source: file).read(input).posts
        case .html(let page):
            for note in page.notes { printError("\(file): \(note)") }
            posts = page.posts
        case .feed(let feed):
            for note in feed.notes { printError("\(file): \(note)") }
            posts = feed.items.enumerated().map { number, item in
                var post = item.post
                post.index = number
                return post
            }
        }
        if json {
            print(JSON.array(posts.map(PostsCommand.json)).rendered)
            return
        }
        for post in posts {
            let stamp = post.stamp.start.iso8601
            print("\(post.index)\t\(stamp)\t\(post.stamp.text)\t\(post.headline ?? "")")
        }
    }

    static func json(_ post: Post) -> JSON {
        .object([
            ("index", .int(post.index)),
            ("line", .int(post.line)),
            ("stamp_text", .string(post.stamp.text)),
            ("stamp_utc", .string(post.stamp.start.iso8601)),
            ("start", .string(post.stamp.start.iso8601)),
            ("end", .string(post.stamp.end.iso8601)),
            ("precision", .string(post.stamp.precision.rawValue)),
            ("zone_text", .optional(post.stamp.zoneText)),
            ("zone", .string(post.stamp.zone)),
            ("headline", .optional(post.headline)),
            ("byline", .optional(post.byline)),
            ("authors", .array(post.authors.map(JSON.string))),
            ("contributors", .array(post.contributors.map(JSON.string))),
            ("captions", .array(post.captions.map { .object([("text", .string($0.text)), ("credit", .optional($0.credit))]) })),
            ("paragraphs", .array(post.paragraphs.map {
                .object([
                    ("lead_in", .optional($0.leadIn)), ("text", .string($0.text)),
                    ("start", .int($0.range.lowerBound)), ("end", .int($0.range.upperBound)),
                ])
            })),
            ("range_start", .int(post.range.lowerBound)),
            ("range_end", .int(post.range.upperBound)),
        ])
    }
}

/// Reads a file (or standard input for `-`) as text, refusing what is not (see ``InputDecoder``).
func readInput(_ path: String, isPage: Bool = true) throws -> String {
    try InputDecoder.decode(try readBytes(path), name: path == "-" ? "standard input" : path, isPage: isPage)
}

/// Reads a file (or standard input for `-`) in its format: text, or an HTML page or feed taken apart.
func readPageInput(_ path: String, format: InputFormat? = nil, context: StampContext) throws -> (format: InputFormat, input: PageInput) {
    let data = try readBytes(path)
    return try PageInput.read([UInt8](data), name: path == "-" ? "standard input" : path, format: format, context: context)
}

/// The bytes of a file, or of standard input for `-`, with a clear refusal for what is not a readable file.
func readBytes(_ path: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw TimelineError(.unreadableInput, "\(path): no such file", text: path)
    }
    guard !isDirectory.boolValue else {
        throw TimelineError(.unreadableInput, "\(path): a folder, not a file (give the files in it: \(path)/*.txt)", text: path)
    }
    guard let read = FileManager.default.contents(atPath: path) else {
        throw TimelineError(.unreadableInput, "\(path): cannot be read (check its permissions)", text: path)
    }
    return read
}

/// Checks that a file exists, is a file, and starts as text (its first 64 KB decode), without reading it whole.
func readInputHead(_ path: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw TimelineError(.unreadableInput, "\(path): no such file", text: path)
    }
    guard !isDirectory.boolValue else {
        throw TimelineError(.unreadableInput, "\(path): a folder, not a file", text: path)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
        throw TimelineError(.unreadableInput, "\(path): cannot be read (check its permissions)", text: path)
    }
    defer { try? handle.close() }
    var head = handle.readData(ofLength: 1 << 16)
    // Do not refuse a multi-byte character cut by the 64 KB boundary.
    while let last = head.last, last & 0x80 != 0, head.count > 1 << 16 - 4 { head.removeLast() }
    _ = try InputDecoder.decode(head, name: path, isPage: false)
}
