import IncidentData

/// `/openapi.json`: the API described in OpenAPI 3.1, built from the same names the server reads.
enum OpenAPIDocument {
    static let json: String = document.rendered + "\n"

    private static func parameter(_ name: String, _ description: String, type: String = "string", array: Bool = false, enumeration: [String]? = nil) -> JSON {
        var schema: [(String, JSON)] = [("type", .string(type))]
        if let enumeration { schema.append(("enum", .array(enumeration.map(JSON.string)))) }
        let full: JSON = array ? .object([("type", .string("array")), ("items", .object(schema))]) : .object(schema)
        var fields: [(String, JSON)] = [("name", .string(name)), ("in", .string("query")), ("description", .string(description)), ("schema", full)]
        if array { fields += [("style", .string("form")), ("explode", .bool(true))] }
        return .object(fields)
    }

    private static let filters: [JSON] = [
        parameter("since", "From this time: ISO 8601, a date (that whole day in zone), or a stamp such as \"May 31, 2023 6 a.m. ET\"."),
        parameter("until", "Up to this time (a date includes that whole day)."),
        parameter("zone", "The IANA zone dates and clocks are read in, and the report's days (default UTC)."),
        parameter("region", "A region at any level: name, alias, code or phrase (repeatable).", array: true),
        parameter("bbox", "A box: west,south,east,north in degrees."),
        parameter("near", "A place to search around (with within)."),
        parameter("within", "A distance such as 50km or 20mi (with near)."),
        parameter("type", "An ACLED event or sub-event type (repeatable).", array: true),
        parameter("text", "Words that must all appear in the headline or text."),
        parameter("attached-only", "Only incidents whose place was attached by grammar and found in the gazetteer.", type: "boolean"),
        parameter("max-geo-precision", "Only incidents at least this precise (ACLED geo_precision 1, 2 or 3).", type: "integer"),
        parameter("by", "Match the window on when incidents occurred or when they were reported.", enumeration: ["occurred", "reported"]),
        parameter("limit", "At most this many incidents; the next page's cursor comes in Timeline-Next-Cursor and Link.", type: "integer"),
    ]

    private static let mapOptions: [JSON] = [
        parameter("width", "The map's width in pixels (320 to 8000).", type: "integer"),
        parameter("label", "Label at most this many places (0 to 1000).", type: "integer"),
        parameter("size", "What a mark's size shows.", enumeration: ["count", "fatalities"]),
    ]

    private static func content(_ types: [String]) -> JSON {
        .object(types.map { ($0, JSON.object([("schema", .object([("type", .string("string"))]))])) })
    }

    private static let errors: [(String, JSON)] = [
        ("400", .object([("description", .string("A bad parameter, named in the error's message and parameter.")), ("content", content(["application/json"]))])),
        ("503", .object([("description", .string("The database cannot answer now (Retry-After).")), ("content", content(["application/json"]))])),
    ]

    private static func get(_ summary: String, _ parameters: [JSON], _ types: [String]) -> JSON {
        .object([("get", .object([
            ("summary", .string(summary)), ("parameters", .array(parameters)),
            ("responses", .object([
                ("200", .object([("description", .string("OK; ETag is the database revision (If-None-Match gives 304).")), ("content", content(types))])),
                ("304", .object([("description", .string("Not modified since the ETag sent."))])),
            ] + errors)),
        ]))])
    }

    private static let document: JSON = .object([
        ("openapi", .string("3.1.0")),
        ("info", .object([
            ("title", .string("Timeline")),
            ("version", .string("1")),
            ("description", .string("Incidents read from news coverage: the same filters and answers as timelinectl.")),
        ])),
        ("paths", .object([
            ("/incidents", get(
                "Incidents by time, region, place, type and text, in occurred (or reported) order; streamed.",
                filters + [
                    parameter("format", "The format.", enumeration: IncidentExporter.Format.allCases.map(\.rawValue)),
                    parameter("cursor", "Where the previous page ended (its Timeline-Next-Cursor)."),
                ],
                ["application/json", "application/jsonl", "text/csv", "application/geo+json"])),
            ("/regions", get(
                "Incidents per region at one level, by type, with first and last time.",
                filters + [
                    parameter("level", "The level to count at.", enumeration: RegionScope.Level.allCases.map(\.rawValue)),
                    parameter("format", "The format.", enumeration: ["json", "csv"]),
                ], ["application/json", "text/csv"])),
            ("/report", get(
                "The chronological report: incidents by day in zone, with sources (at most 10,000 incidents).",
                filters + mapOptions + [parameter("format", "The format.", enumeration: ["md", "markdown", "text", "html"])],
                ["text/markdown", "text/plain", "text/html"])),
            ("/map.svg", get("The selected incidents on a map (SVG).", filters + mapOptions, ["image/svg+xml"])),
            ("/places/resolve", get(
                "Gazetteer candidates for a place name, best first.",
                [parameter("q", "The name."), parameter("country", "An ISO 3166 alpha-2 code to prefer."),
                 parameter("limit", "At most this many (1 to 100).", type: "integer")],
                ["application/json"])),
            ("/health", get("Whether the database answers, and its revision.", [], ["application/json"])),
            ("/documents", .object([("post", .object([
                ("summary", .string("Ingest a page, an article or JSON Lines (needs the server's token).")),
                ("security", .array([.object([("bearer", .array([]))])])),
                ("parameters", .array([
                    parameter("format", "The input format (default: sniffed).", enumeration: ["liveblog", "text", "jsonl", "html", "feed"]),
                    parameter("published", "A plain-text article's publication time."),
                    parameter("name", "How messages name the input."),
                    parameter("zone", "The IANA zone assumed where the text names none."),
                    parameter("skip-bad-lines", "In JSON Lines, skip broken lines instead of refusing the body.", type: "boolean"),
                ])),
                ("requestBody", .object([("required", .bool(true)), ("content", content(["text/plain", "text/html", "application/jsonl"]))])),
                ("responses", .object([
                    ("200", .object([("description", .string("Nothing new: every document was already stored.")), ("content", content(["application/json"]))])),
                    ("201", .object([("description", .string("Stored.")), ("content", content(["application/json"]))])),
                    ("401", .object([("description", .string("No token or a wrong one."))])),
                    ("403", .object([("description", .string("The server is read-only (started without a token)."))])),
                    ("413", .object([("description", .string("The body is over the size limit."))])),
                    ("422", .object([("description", .string("The body cannot be read (its message names the line)."))])),
                ] + errors)),
            ]))])),
        ])),
        ("components", .object([("securitySchemes", .object([("bearer", .object([("type", .string("http")), ("scheme", .string("bearer"))]))]))])),
    ])
}
