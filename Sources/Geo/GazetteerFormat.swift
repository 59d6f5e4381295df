/// Layout of `gazetteer.bin`, the prebuilt index Geo memory-maps (all integers little-endian).
///
/// ```
/// 0    magic "TLGZ0002"
/// 8    u32 × 8: countries, admin1s, admin2s, places, time zones, feature codes, keys, reserved
/// 40   (u64 offset, u64 length) × sectionCount, in `Section` order
/// ```
/// Records are fixed-size (`recordSize` bytes), countries first, then admin1s, admin2s and
/// places, each group sorted by code or geonameid, so ordinals convert to record indices by
/// adding the sizes of the earlier groups. See `Gazetteer/README.md` for the field list.
enum GazetteerFormat {
    static let magic: [UInt8] = Array("TLGZ0002".utf8)
    static let fileName = "gazetteer.bin"
    static let headerSize = 256
    static let countsOffset = 8
    static let sectionsOffset = 40
    static let recordSize = 30
    /// Marks a missing u16 reference (no admin1, no admin2, no time zone).
    static let none16: UInt16 = 0xFFFF
    static let none32: UInt32 = 0xFFFF_FFFF
    /// The feature-code byte's high bit: the admin2 was inferred through the seat, not coded.
    static let admin2InferredFlag: UInt8 = 0x80

    enum Section: Int, CaseIterable {
        /// Fixed-size records.
        case records
        /// Length-prefixed UTF-8 strings (u8 length; u16 for a record's joined alternates).
        case strings
        /// Per key: u32 high half of the folded name's FNV-1a hash, sorted.
        case keyHashes
        /// Per key: u8 check bits (the hash's low 8 bits).
        case keyChecks
        /// Per key: u24 record index; bit 23 set when the key is the record's own full name.
        case keyRecords
        /// Per time zone: u32 string offset.
        case timeZones
        /// Per feature code: u32 string offset.
        case featureCodes
        /// Per division or country record: u32 record index of its seat or capital, or none.
        case anchors
        /// Per country: u32 string offsets of ISO3 code, demonym, capital name.
        case countryExtras
        /// u32 × 65537: index of the first key whose hash starts with each 16-bit prefix (then the key count).
        case keyBuckets
    }

    enum RecordField {
        static let geonameid = 0
        static let strings = 4
        static let latitude = 8
        static let longitude = 12
        static let population = 16
        static let country = 20
        static let admin1 = 22
        static let admin2 = 24
        static let timeZone = 26
        static let kindAndPointSource = 28
        static let featureCode = 29
    }

    /// Bit 23 of a key's record field: the key is the record's own name, not an alternate.
    static let primaryNameFlag = 1 << 23
    static let keyRecordMask = (1 << 23) - 1

    /// Coordinates are stored as integers in units of 1e-5 degree, GeoNames' own precision.
    static let coordinateScale = 100_000.0
}
