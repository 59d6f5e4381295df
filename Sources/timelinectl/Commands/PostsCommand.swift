import ArgumentParser
import Foundation
import Timeline

struct PostsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "posts",
        abstract: "List the posts a live-blog page yields, with UTC stamps.",
        discussion: """
            Examples:
              timelinectl posts seeds/000_fdd7082ede222f27.txt
              timelinectl posts page.txt --json
              timelinectl posts guardian.txt --zone Europe/London
            """
    )

    @Argument(help: "A live-blog page saved as text, or - for standard input.")
    var file: String

    @OptionGroup var zoneOptions: ZoneOptions

    @Flag(help: "Print a JSON array of posts.")
    var json = false

    func run() throws {
        let input = try readInput(file)
        let reader = LiveBlogReader(context: try zoneOptions.context(), source: file)
        let page = try reader.read(input)
        if json {
            print(JSON.array(page.posts.map(PostsCommand.json)).rendered)
            return
        }
        for post in page.posts {
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
    let data: Data
    if path == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
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
        data = read
    }
    return try InputDecoder.decode(data, name: path == "-" ? "standard input" : path, isPage: isPage)
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
