import ArgumentParser
import Timeline

struct TimeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time",
        abstract: "Read stamps, relative times and the time expressions of a text.",
        subcommands: [TimeParseCommand.self, TimeExtractCommand.self]
    )
}

struct TimeParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Normalize a stamp or a relative time to UTC.",
        discussion: """
            Prints the UTC start instant, or with --json an object with start, end (exclusive),
            precision, zone_text and zone.

            Examples:
              timelinectl time parse "7:26 a.m. ET, May 31, 2023"
              timelinectl time parse "Updated 0405 GMT (1205 HKT) June 1, 2023" --json
              timelinectl time parse "14.05" --anchor 2023-05-31 --zone Europe/London
              timelinectl time parse overnight --anchor 2023-05-31T10:12:00Z --zone Europe/Moscow --json
            """
    )

    @Argument(help: "The stamp or relative time, as written.")
    var text: String

    @Option(help: ArgumentHelp("The report time relative times count from: a date or an ISO 8601 date-time.", valueName: "ISO8601"))
    var anchor: String?

    @OptionGroup var zoneOptions: ZoneOptions

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        var context = try zoneOptions.context()
        // A date-only anchor with no --zone still dates a stamp that names its own zone (`0830 GMT`):
        // the day is taken in that zone. A relative time needs to know where the day is.
        if let anchor, let date = anchorDate(anchor), context.defaultZone == nil {
            context.defaultDate = date
            context.defaultYear = date.year
            if let reading = try? StampReading.read(text, context: context) {
                return show(reading)
            }
        }
        let anchor = try self.anchor.map { try parseAnchor($0, zone: context.defaultZone) }
        if let anchor {
            context.defaultDate = anchor.date
            context.defaultYear = anchor.date.year
        }
        show(try readTime(context: context, anchor: anchor))
    }

    private func show(_ reading: StampReading) {
        if json {
            print(TimeParseCommand.json(reading.time, byline: reading.byline).rendered)
        } else {
            print(reading.time.start.iso8601)
        }
    }

    /// A stamp (with its author, or a listing's range), or failing that a relative time counted from the anchor.
    private func readTime(context: StampContext, anchor: TimeAnchor?) throws -> StampReading {
        let stampError: TimelineError
        switch Result(catching: { () throws(TimelineError) in try StampReading.read(text, context: context) }) {
        case .success(let reading): return reading
        case .failure(let error): stampError = error
        }
        guard stampError.kind == .notAStamp else { throw stampError }
        guard let anchor else {
            throw TimelineError(.notAStamp, "'\(text)' is not a stamp; a relative time needs --anchor (and --zone)", text: text)
        }
        return StampReading(time: try RelativeTime.resolve(text, anchor: anchor), byline: nil)
    }

    static func json(_ time: NormalizedTime, byline: String? = nil) -> JSON {
        var fields: [(String, JSON)] = [
            ("start", .string(time.start.iso8601)),
            ("end", .string(time.end.iso8601)),
            ("precision", .string(time.precision.rawValue)),
            ("zone_text", .optional(time.zoneText)),
            ("zone", .string(time.zone)),
            ("text", .string(time.text)),
            ("fold", .string(time.fold.rawValue)),
        ]
        if let byline { fields.append(("byline", .string(byline))) }
        return .object(fields)
    }
}

/// The date of an `--anchor` written as a date only (`2023-05-31`), nil for a date-time.
func anchorDate(_ text: String) -> CivilDate? {
    guard let parsed = try? StampParser.parse(text).get(), parsed.clocks.isEmpty,
          let year = parsed.year, let month = parsed.month, let day = parsed.day else { return nil }
    return CivilDate(year: year, month: month, day: day)
}

/// Reads `--anchor`: a date (`2023-05-31`, the whole day in `--zone`) or a date-time with a zone.
func parseAnchor(_ text: String, zone: ZoneDesignator?) throws -> TimeAnchor {
    let parsed = try StampParser.parse(text).get()
    if parsed.clocks.isEmpty {
        guard let year = parsed.year, let month = parsed.month, let day = parsed.day,
            let date = CivilDate(year: year, month: month, day: day)
        else {
            throw ValidationError("--anchor '\(text)' is not a date or date-time (try 2023-05-31 or 2023-05-31T10:12:00Z)")
        }
        guard let zone else { throw ValidationError("--anchor '\(text)' is a date: pass --zone to say where that day is") }
        return try TimeAnchor(date: date, zone: zone)
    }
    let time = try NormalizedTime(stamp: text, context: StampContext(defaultZone: zone))
    let anchorZone = zone ?? (time.zone.hasPrefix("UTC") ? ZoneDesignator.offset(seconds: offsetSeconds(time.zone)) : .iana(time.zone))
    return try TimeAnchor(instant: time.start, zone: anchorZone)
}

private func offsetSeconds(_ identifier: String) -> Int {
    guard identifier.count == 9 else { return 0 }
    let chars = Array(identifier)
    let hours = Int(String(chars[4...5])) ?? 0
    let minutes = Int(String(chars[7...8])) ?? 0
    return (chars[3] == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
}
