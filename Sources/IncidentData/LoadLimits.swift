/// How much a load writes before it commits: rows (posts and incidents) or seconds, whichever comes first.
public struct LoadLimits: Hashable, Sendable {
    public var rowsPerTransaction: Int
    public var secondsPerTransaction: Double

    public init(rowsPerTransaction: Int = 20_000, secondsPerTransaction: Double = 1) {
        self.rowsPerTransaction = rowsPerTransaction
        self.secondsPerTransaction = secondsPerTransaction
    }
}
