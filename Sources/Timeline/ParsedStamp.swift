/// A stamp as written, taken apart but not yet placed on the UTC time line.
public struct ParsedStamp: Hashable, Sendable {
    /// A clock reading in the stamp, with the zone written after it.
    public struct Clock: Hashable, Sendable {
        public var hour: Int
        public var minute: Int
        public var second: Int
        /// Whether minutes were written (`6 a.m.` has none): in running text that makes an hour.
        public var minutesWritten: Bool
        public var zone: WrittenZone?
        /// Token index, to tell which clock a date stands next to.
        var position: Int
    }

    /// A zone as it stands in the text, with its meaning.
    public struct WrittenZone: Hashable, Sendable {
        public enum Meaning: Hashable, Sendable {
            case zone(ZoneDesignator)
            case ambiguous(AmbiguousAbbreviation)
            /// `local time`: the zone of the place, which the caller knows.
            case local
            /// A zone-like word that no table knows (`XT`): an error once the rest reads as a stamp.
            case unknown
        }

        public var meaning: Meaning
        /// Byte range of the zone in the parsed text.
        public var bytes: Range<Int>
        public var text: String
    }

    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var weekday: Int?
    /// Token index of the date, to tell which clock it stands next to.
    var datePosition: Int = -1
    public var clocks: [Clock] = []
    /// Byte offset where the stamp proper starts (after `Updated`, `Published on`...).
    public var start: Int = 0
    /// Byte offset after the last token read.
    public var end: Int = 0
    /// Byte offset where reading stopped on a word that is not part of a stamp (`, Author`).
    public var stoppedAt: Int?

    public var hasDate: Bool { day != nil || month != nil }
}
