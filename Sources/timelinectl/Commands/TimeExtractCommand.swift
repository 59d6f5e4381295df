import ArgumentParser
import Language
import Timeline

/// `timelinectl time extract [FILE|-] --anchor DATE [--zone IANA] [--json]`.
struct TimeExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "List the time expressions of a text with their TimeML values.",
        discussion: """
            Finds dates, times, durations and sets in running text (TimeML's TIMEX3 types) and
            normalizes them: `2013-03-22`, `2013-W11`, `2012-SU`, `2013-Q3`, `199` (the 1990s),
            `2013-03-23T15:00`, `2013-03-22TNI`, `P5Y`, `PT48H`, `PAST_REF`, `XXXX-WXX-5`.
            Relative expressions count from --anchor (the document's date, in --zone) or from the
            expression before them (`the next day`); a weekday, month or date without a year is
            read ahead when its clause is in the future tense, back when in the past, and as the
            nearer one otherwise. Dates and times also get their UTC interval.

            Prints one line per expression (start, end, type, value, text), or with --json one
            object: anchor, zone and expressions, each with start and end (Unicode scalars, end
            exclusive), text, type, value, mod, anchored_by (document, previous, none), and for
            dates and times utc_start, utc_end and precision.

            Examples:
              timelinectl time extract story.txt --anchor 2024-02-10 --zone Europe/Kyiv
              echo "Talks resume next week; the 1990s were calmer." | timelinectl time extract - --anchor 2024-02-10 --zone UTC --json
            """
    )

    @Argument(help: "A text, HTML page or feed to read, or - for standard input (offsets of a page count in its extracted text: posts --text).")
    var file: String = "-"

    @Option(help: ArgumentHelp("The document's date (or date-time) relative expressions count from.", valueName: "ISO8601"))
    var anchor: String

    @OptionGroup var zoneOptions: ZoneOptions

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        let context = try zoneOptions.context()
        let anchor = try parseAnchor(self.anchor, zone: context.defaultZone)
        // An HTML page or feed is read by its reader; offsets then count in the text it extracted.
        let text = try readPageInput(file, context: context).input.text
        let expressions = RelativeTime.extract(text, anchor: anchor, clauses: ClauseTenseReader(text: text, model: try LanguageModel.shared()))
        if json {
            print(JSON.object([
                ("anchor", .string(anchor.instant.iso8601)),
                ("zone", .string(anchor.zone.identifier)),
                ("expressions", .array(expressions.map(Self.json))),
            ]).rendered)
        } else {
            for expression in expressions {
                let modifier = expression.timex.modifier.map { " (\($0.rawValue))" } ?? ""
                print("\(expression.range.lowerBound)-\(expression.range.upperBound)\t\(expression.timex.kind.rawValue)\t\(expression.timex.value)\(modifier)\t\(expression.text)")
            }
        }
    }

    static func json(_ expression: TimeExpression) -> JSON {
        var fields: [(String, JSON)] = [
            ("start", .int(expression.range.lowerBound)),
            ("end", .int(expression.range.upperBound)),
            ("text", .string(expression.text)),
            ("type", .string(expression.timex.kind.rawValue)),
            ("value", .string(expression.timex.value)),
            ("mod", .optional(expression.timex.modifier?.rawValue)),
            ("anchored_by", .string(expression.timex.anchoring.rawValue)),
        ]
        if let time = expression.time {
            fields += [
                ("utc_start", .string(time.start.iso8601)),
                ("utc_end", .string(time.end.iso8601)),
                ("precision", .string(time.precision.rawValue)),
            ]
        }
        return .object(fields)
    }
}
