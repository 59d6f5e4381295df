/// How a mention refers to a place.
public enum MentionRole: String, Hashable, Sendable, Codable {
    /// A place where something is or happens (`Moscow`, `Bryansk region`, `Swedish waters`).
    case location
    /// A demonym or national adjective (`Russian President`), reported with its country but not a location.
    case demonym
}

/// Why a place name was left without a place.
public enum UnresolvedReason: String, Hashable, Sendable, Codable {
    /// The gazetteer has no place of that name.
    case unknownName
    /// The text puts it in a known place that does not hold the gazetteer's namesake (`X, Donetsk region`).
    case outsideItsContainer
    /// The gazetteer's namesake is a village in another region of the story's country than the regions the story
    /// names: the geoparser weighed that reading and took the name for a village the gazetteer lacks.
    case namesakeElsewhere
    /// The gazetteer's namesake is a town far abroad, in a country the story never names, while the story is set
    /// elsewhere: the name is taken for a place the gazetteer lacks, where the story is.
    case namesakeAbroad
}

/// A candidate resolution with its probability among the mention's candidates.
public struct ScoredPlace: Hashable, Sendable {
    public var place: Place
    /// Probability in 0...1 (softmax of the resolution scores over all candidates).
    public var score: Double
}

/// A place name found in text and what it was resolved to.
public struct PlaceMention: Hashable, Sendable {
    /// Half-open offsets in Unicode scalars from the start of the input.
    public var range: Range<Int>
    /// The surface form, including a division word (`Bryansk region`) or direction (`southern Russia`).
    public var text: String
    public var role: MentionRole
    /// The best resolution; nil when nothing in the gazetteer fits.
    public var place: Place?
    public var precision: LocationPrecision
    /// Probability of `place` among the candidates (0...1).
    public var score: Double
    /// The other candidates, best first, with their probabilities: at most `maxAlternatives` (5), and none
    /// below 0.001 (the full ranking is `Gazetteer.resolve`).
    public var alternatives: [ScoredPlace]
    /// For a name the gazetteer lacks, the known place the text puts it in (`Novoselivka, Donetsk
    /// region`, `Kuriga in Kaduna`): where it most likely lies. Nil for resolved names.
    public var container: Place?
    /// For a name the gazetteer's reading was refused for, why; nil for resolved names.
    public var unresolvedReason: UnresolvedReason?
    /// Whether the text names it as a part of its container, a town (`In Kherson ... the city's Dniprovskyi
    /// district`): it lies in that town, at its point, rather than somewhere around it.
    public var isPartOfContainer = false

    public init(
        range: Range<Int>, text: String, role: MentionRole, place: Place?, precision: LocationPrecision, score: Double,
        alternatives: [ScoredPlace] = [], container: Place? = nil, unresolvedReason: UnresolvedReason? = nil
    ) {
        self.range = range
        self.text = text
        self.role = role
        self.place = place
        self.precision = precision
        self.score = score
        self.alternatives = alternatives
        self.container = container
        self.unresolvedReason = place == nil ? (unresolvedReason ?? .unknownName) : nil
    }
}
