/// A value bound to a statement parameter.
public enum SQLValue: Hashable, Sendable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case bool(Bool)
    case null
}

/// SQL text with its parameters' values, in the order their markers number them.
public struct BoundSQL: Hashable, Sendable {
    public var sql: String
    public var values: [SQLValue]

    public init(sql: String, values: [SQLValue]) {
        self.sql = sql
        self.values = values
    }
}

/// What the backends' SQL for the same filter does differently: parameter markers and the
/// spatial and full-text conditions. Everything else a filter says is the same SQL on both.
public protocol SQLDialect: Sendable {
    /// The marker of the `number`-th parameter (from 1): `?` for SQLite, `$1` for PostgreSQL.
    func parameterMarker(_ number: Int) -> String
    /// The condition that an incident (`incident AS i`) lies inside the box: one range of
    /// longitudes, or two when the box crosses the antimeridian.
    func boxCondition(longitudeRanges: [(west: Double, east: Double)], south: Double, north: Double, _ sql: inout SQLBuilder<Self>)
        -> String
    /// The condition that an incident lies within `kilometres` (great-circle) of a point.
    func nearCondition(latitude: Double, longitude: Double, kilometres: Double, _ sql: inout SQLBuilder<Self>) -> String
    /// The condition that every word (taken literally) appears in the incident's headline or text.
    func textCondition(words: [String], _ sql: inout SQLBuilder<Self>) -> String
}

/// Collects a statement's values while its text is written: ``bind(_:)`` returns the marker.
public struct SQLBuilder<Dialect: SQLDialect> {
    public let dialect: Dialect
    public private(set) var values: [SQLValue] = []

    public init(_ dialect: Dialect) { self.dialect = dialect }

    /// Appends a value and returns the marker that stands for it.
    public mutating func bind(_ value: SQLValue) -> String {
        values.append(value)
        return dialect.parameterMarker(values.count)
    }
}
