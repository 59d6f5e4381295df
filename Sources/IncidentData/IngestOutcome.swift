import Incidents

/// What one ingest changed.
public struct IngestOutcome: Hashable, Sendable {
    public enum DocumentChange: String, Hashable, Sendable {
        /// A document not seen before.
        case added
        /// A later copy of a known document: only its new posts were added.
        case updated
        /// The same input again: nothing changed.
        case unchanged
    }

    public var change: DocumentChange
    public var documentID: Int64
    public var postsAdded: Int
    public var incidentsAdded: Int
    /// Reports added to incidents already known (the same event in another post or document).
    public var incidentsMerged: Int
    /// Incidents added whose place was inferred from context (not attached by grammar), by where it was found.
    public var inferredPlaces: [LocationSource: Int] = [:]
    /// Incidents added whose location names a place the gazetteer lacks, placed at its smallest known container.
    public var unresolvedLocations = 0

    public init(change: DocumentChange, documentID: Int64, postsAdded: Int = 0, incidentsAdded: Int = 0, incidentsMerged: Int = 0) {
        self.change = change
        self.documentID = documentID
        self.postsAdded = postsAdded
        self.incidentsAdded = incidentsAdded
        self.incidentsMerged = incidentsMerged
    }

    /// How many incidents added stand on a place inferred from context, whatever its source.
    public var inferredPlacesTotal: Int { inferredPlaces.values.reduce(0, +) }
}
