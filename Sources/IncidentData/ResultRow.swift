/// One row of a query's result, read by column position: what both backends hand the readers
/// and the exporter, so records, points and exports are made by one piece of code whatever the
/// database.
///
/// Positions count from zero in the order of the selection the reader documents
/// (``IncidentRecord/selection(withExcerpt:)``, ``IncidentExporter/selection``,
/// ``IncidentPoint/selection``). A getter is called only on a column that is not null, except
/// ``isNull(_:)`` itself and the optional helpers built on it.
public protocol ResultRow {
    func isNull(_ column: Int) -> Bool
    func int64(_ column: Int) -> Int64
    func double(_ column: Int) -> Double
    func bool(_ column: Int) -> Bool
    /// The column's text as UTF-8 bytes, valid only inside `body` (no copy where the driver allows).
    func withText<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result
}

extension ResultRow {
    public func string(_ column: Int) -> String {
        withText(column) { String(decoding: $0, as: UTF8.self) }
    }

    public func int(_ column: Int) -> Int { Int(int64(column)) }

    public func optionalString(_ column: Int) -> String? { isNull(column) ? nil : string(column) }

    public func optionalInt(_ column: Int) -> Int? { isNull(column) ? nil : int(column) }
}
