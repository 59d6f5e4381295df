import Geo
import Timeline

/// One event at one place, in ACLED's terms, with the text it was read from.
public struct Incident: Hashable, Sendable {
    /// What happened, in ACLED's terms; nil for a provisional incident.
    public var kind: EventKind?
    /// ACLED event type (`Explosions/Remote violence`); nil for a provisional incident.
    public var eventType: String? { kind?.eventType }
    public var subEventType: String? { kind?.subEventType }
    /// Where it is placed: the named place, or the smallest known place containing a name the
    /// gazetteer lacks (`isLocationResolved` false).
    public var place: Place
    /// The place as the text names it (`Klimovsky district`, or a village the gazetteer lacks).
    public var location: String
    /// How the place was found: attached to the event by grammar, or taken from the paragraph,
    /// headline, dateline or document.
    public var locationSource: LocationSource
    /// False when `location` names a place the gazetteer lacks and `place` is its container.
    public var isLocationResolved: Bool
    public var locationPrecision: LocationPrecision
    /// ACLED geo_precision: 1 the named place, 2 near it or part of a region coded to a town,
    /// 3 a region coded to its capital.
    public var geoPrecision: Int
    /// When it happened, in UTC, with its precision and the words that said so.
    public var occurred: UTCInterval
    public var occurredPrecision: TimePrecision
    public var occurredText: String?
    /// ACLED time_precision: 1 the day is known, 2 within a week, 3 only the month.
    public var timePrecision: Int
    /// The report's stamp (the post's).
    public var reportedAt: Instant
    /// Null means unknown; 0 means none.
    public var fatalities: Int?
    public var injured: Int?
    /// Other counts worth a column (`drones`), each with its qualifier.
    public var counts: [String: Count]
    /// Who says so (`RIA Novosti, citing emergency services`), one entry a report.
    public var sources: [String]
    /// Armed actors named (`Ukrainian forces`, `Freedom for Russia Legion`).
    public var actors: [String]
    /// Doubts the text states (`unverified`, `unconfirmed`, `alleged`).
    public var verification: [String]
    /// The rendered chain of sources.
    public var source: String? { sources.isEmpty ? nil : sources.joined(separator: "; ") }
    public var notes: String?
    /// True for the store's placeholder incidents (one per post and resolved place).
    public var provisional: Bool
    /// Where in the input it was read: half-open Unicode-scalar offsets and the words.
    public var evidence: [Evidence]

    public init(
        kind: EventKind? = nil, place: Place, location: String, locationSource: LocationSource = .attached,
        isLocationResolved: Bool = true, locationPrecision: LocationPrecision, geoPrecision: Int, occurred: UTCInterval, occurredPrecision: TimePrecision,
        occurredText: String? = nil, timePrecision: Int, reportedAt: Instant, fatalities: Int? = nil, injured: Int? = nil,
        counts: [String: Count] = [:], sources: [String] = [], actors: [String] = [], verification: [String] = [],
        notes: String? = nil, provisional: Bool, evidence: [Evidence]
    ) {
        self.kind = kind
        self.place = place
        self.location = location
        self.locationSource = locationSource
        self.isLocationResolved = isLocationResolved
        self.locationPrecision = locationPrecision
        self.geoPrecision = geoPrecision
        self.occurred = occurred
        self.occurredPrecision = occurredPrecision
        self.occurredText = occurredText
        self.timePrecision = timePrecision
        self.reportedAt = reportedAt
        self.fatalities = fatalities
        self.injured = injured
        self.counts = counts
        self.sources = sources
        self.actors = actors
        self.verification = verification
        self.notes = notes
        self.provisional = provisional
        self.evidence = evidence
    }
}

/// How an incident's place was found, from the surest to the least sure.
public enum LocationSource: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Attached to the event by grammar: a locative phrase, the object or passive subject of the
    /// event verb, a modifier of the event noun, or a list or apposition with one of those.
    case attached
    /// No place attached: the place the paragraph is about.
    case paragraph
    /// The place the headline names.
    case headline
    /// The place the dateline names (`KYIV, Ukraine —`).
    case dateline
    /// The place the document (for a live blog, the post) names most; when it names no other, the acting
    /// force's home (`Nigeria's army killed ...`).
    case document

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
}

/// A number read from text, with its qualifier (`about 10 drones`).
public struct Count: Hashable, Sendable {
    public enum Qualifier: String, Hashable, Sendable {
        case exact, about, atLeast = "at_least", upTo = "up_to"
    }

    public var value: Int
    public var qualifier: Qualifier

    public init(_ value: Int, _ qualifier: Qualifier = .exact) {
        self.value = value
        self.qualifier = qualifier
    }

    /// Of two sources' figures for one event, the one kept: the lower, as ACLED keeps the most conservative estimate
    /// (the first on a tie).
    public static func conservative(_ first: Count, _ second: Count) -> Count {
        second.value < first.value ? second : first
    }
}

/// A stretch of the input an incident was read from.
public struct Evidence: Hashable, Sendable {
    /// The post (its page position) the words stand in.
    public var post: Int
    /// Half-open offsets in Unicode scalars from the start of the input.
    public var range: Range<Int>
    public var excerpt: String

    public init(post: Int, range: Range<Int>, excerpt: String) {
        self.post = post
        self.range = range
        self.excerpt = excerpt
    }
}

extension LocationPrecision {
    /// ACLED's geo_precision code for this precision.
    public var acledGeoPrecision: Int {
        switch self {
        case .exactPlace: 1
        case .nearPlace, .secondOrderDivision, .water: 2
        case .firstOrderDivision, .country: 3
        }
    }
}

extension TimePrecision {
    /// ACLED's time_precision code: 1 the day is known, 2 within a week, 3 only the month or less.
    public var acledTimePrecision: Int {
        switch self {
        case .minute, .hour, .partOfDay, .day: 1
        case .week: 2
        case .month, .season, .year, .decade: 3
        }
    }
}
