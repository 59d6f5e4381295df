/// The zone names that stamps use, and the policy for ambiguous ones (docs/time.md).
extension ZoneDesignator {
    /// Abbreviations, written in capitals, that name one zone.
    static let abbreviations: [String: ZoneDesignator] = [
        "UTC": .utc, "GMT": .utc, "Z": .utc, "UT": .utc,
        // British sites write the country for its clock (`Sunday 15 June 2025 12:40, UK`).
        "UK": .iana("Europe/London"),
        "ET": .iana("America/New_York"), "EST": .fixed("America/New_York", hours: -5),
        "EDT": .fixed("America/New_York", hours: -4),
        "CT": .iana("America/Chicago"), "CDT": .fixed("America/Chicago", hours: -5),
        "MT": .iana("America/Denver"), "MST": .fixed("America/Denver", hours: -7),
        "MDT": .fixed("America/Denver", hours: -6),
        "PT": .iana("America/Los_Angeles"), "PST": .fixed("America/Los_Angeles", hours: -8),
        "PDT": .fixed("America/Los_Angeles", hours: -7),
        "AKST": .fixed("America/Anchorage", hours: -9), "AKDT": .fixed("America/Anchorage", hours: -8),
        "HST": .fixed("Pacific/Honolulu", hours: -10),
        "ADT": .fixed("America/Halifax", hours: -3),
        "NST": .fixed("America/St_Johns", hours: -3, minutes: 30),
        "NDT": .fixed("America/St_Johns", hours: -2, minutes: 30),
        "BRT": .fixed("America/Sao_Paulo", hours: -3), "ART": .fixed("America/Argentina/Buenos_Aires", hours: -3),
        "WET": .fixed("Europe/Lisbon", hours: 0), "WEST": .fixed("Europe/Lisbon", hours: 1),
        "CET": .fixed("Europe/Paris", hours: 1), "CEST": .fixed("Europe/Paris", hours: 2),
        "EET": .fixed("Europe/Kyiv", hours: 2), "EEST": .fixed("Europe/Kyiv", hours: 3),
        "MSK": .iana("Europe/Moscow"), "TRT": .iana("Europe/Istanbul"),
        "IDT": .fixed("Asia/Jerusalem", hours: 3),
        "SAST": .iana("Africa/Johannesburg"), "CAT": .iana("Africa/Maputo"), "EAT": .iana("Africa/Nairobi"),
        "WAT": .iana("Africa/Lagos"),
        "GST": .iana("Asia/Dubai"), "IRST": .fixed("Asia/Tehran", hours: 3, minutes: 30),
        "AFT": .iana("Asia/Kabul"), "PKT": .iana("Asia/Karachi"), "NPT": .iana("Asia/Kathmandu"),
        "ICT": .iana("Asia/Bangkok"), "WIB": .iana("Asia/Jakarta"), "SGT": .iana("Asia/Singapore"),
        "MYT": .iana("Asia/Kuala_Lumpur"), "PHT": .iana("Asia/Manila"), "PHST": .iana("Asia/Manila"),
        "HKT": .iana("Asia/Hong_Kong"), "JST": .iana("Asia/Tokyo"), "KST": .iana("Asia/Seoul"),
        "AWST": .fixed("Australia/Perth", hours: 8),
        "ACST": .fixed("Australia/Adelaide", hours: 9, minutes: 30),
        "ACDT": .fixed("Australia/Adelaide", hours: 10, minutes: 30),
        "AEST": .fixed("Australia/Sydney", hours: 10), "AEDT": .fixed("Australia/Sydney", hours: 11),
        "NZST": .fixed("Pacific/Auckland", hours: 12), "NZDT": .fixed("Pacific/Auckland", hours: 13),
    ]

    /// Abbreviations that name several zones. The first reading is the default; `--abbreviation
    /// IST=Asia/Jerusalem` or an anchor zone among the readings (`--zone`) chooses another.
    public static let ambiguousAbbreviations: [String: AmbiguousAbbreviation] = [
        "IST": AmbiguousAbbreviation(abbreviation: "IST", readings: [
            .fixed("Asia/Kolkata", hours: 5, minutes: 30),  // India Standard Time
            .fixed("Asia/Jerusalem", hours: 2),  // Israel Standard Time
            .fixed("Europe/Dublin", hours: 1),  // Irish Standard Time (summer)
        ]),
        "CST": AmbiguousAbbreviation(abbreviation: "CST", readings: [
            .fixed("America/Chicago", hours: -6),  // Central Standard Time
            .fixed("Asia/Shanghai", hours: 8),  // China Standard Time
            .fixed("America/Havana", hours: -5),  // Cuba Standard Time
        ]),
        "BST": AmbiguousAbbreviation(abbreviation: "BST", readings: [
            .fixed("Europe/London", hours: 1),  // British Summer Time
            .fixed("Asia/Dhaka", hours: 6),  // Bangladesh Standard Time
        ]),
        "AST": AmbiguousAbbreviation(abbreviation: "AST", readings: [
            .fixed("America/Halifax", hours: -4),  // Atlantic Standard Time
            .fixed("Asia/Riyadh", hours: 3),  // Arabia Standard Time
        ]),
    ]

    /// Written-out names, lower-cased, word by word (`british summer time`).
    static let writtenNames: [String: ZoneDesignator] = {
        var names: [String: ZoneDesignator] = [
            "eastern time": .iana("America/New_York"),
            "eastern standard time": .fixed("America/New_York", hours: -5),
            "eastern daylight time": .fixed("America/New_York", hours: -4),
            "central time": .iana("America/Chicago"),
            "central standard time": .fixed("America/Chicago", hours: -6),
            "central daylight time": .fixed("America/Chicago", hours: -5),
            "mountain time": .iana("America/Denver"),
            "pacific time": .iana("America/Los_Angeles"),
            "pacific standard time": .fixed("America/Los_Angeles", hours: -8),
            "pacific daylight time": .fixed("America/Los_Angeles", hours: -7),
            "greenwich mean time": .utc, "coordinated universal time": .utc, "universal time": .utc,
            "british summer time": .fixed("Europe/London", hours: 1),
            "uk time": .iana("Europe/London"),
            "central european time": .fixed("Europe/Paris", hours: 1),
            "central european summer time": .fixed("Europe/Paris", hours: 2),
            "eastern european time": .fixed("Europe/Kyiv", hours: 2),
            "eastern european summer time": .fixed("Europe/Kyiv", hours: 3),
            "moscow standard time": .iana("Europe/Moscow"),
            "hong kong time": .iana("Asia/Hong_Kong"),
            "japan standard time": .iana("Asia/Tokyo"),
            "india standard time": .fixed("Asia/Kolkata", hours: 5, minutes: 30),
            "israel time": .iana("Asia/Jerusalem"),
            "gulf standard time": .iana("Asia/Dubai"),
            "australian eastern standard time": .fixed("Australia/Sydney", hours: 10),
            "australian eastern daylight time": .fixed("Australia/Sydney", hours: 11),
        ]
        // `<City> time`, the way reporters write a zone near the story.
        for (city, zone) in cityZones {
            names[city + " time"] = .iana(zone)
        }
        return names
    }()

    /// Cities whose name plus `time` (`Kyiv time`) reporters use as a zone.
    static let cityZones: [String: String] = [
        "moscow": "Europe/Moscow", "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv", "london": "Europe/London",
        "paris": "Europe/Paris", "berlin": "Europe/Berlin", "brussels": "Europe/Brussels",
        "warsaw": "Europe/Warsaw", "minsk": "Europe/Minsk", "istanbul": "Europe/Istanbul",
        "ankara": "Europe/Istanbul", "athens": "Europe/Athens", "rome": "Europe/Rome",
        "madrid": "Europe/Madrid", "lisbon": "Europe/Lisbon", "stockholm": "Europe/Stockholm",
        "helsinki": "Europe/Helsinki", "tbilisi": "Asia/Tbilisi", "yerevan": "Asia/Yerevan", "baku": "Asia/Baku",
        "jerusalem": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem", "gaza": "Asia/Gaza", "beirut": "Asia/Beirut",
        "damascus": "Asia/Damascus", "baghdad": "Asia/Baghdad", "tehran": "Asia/Tehran", "riyadh": "Asia/Riyadh",
        "dubai": "Asia/Dubai", "doha": "Asia/Qatar", "cairo": "Africa/Cairo", "khartoum": "Africa/Khartoum",
        "nairobi": "Africa/Nairobi", "lagos": "Africa/Lagos", "johannesburg": "Africa/Johannesburg",
        "kabul": "Asia/Kabul", "islamabad": "Asia/Karachi", "karachi": "Asia/Karachi", "delhi": "Asia/Kolkata",
        "new delhi": "Asia/Kolkata", "dhaka": "Asia/Dhaka", "bangkok": "Asia/Bangkok", "jakarta": "Asia/Jakarta",
        "manila": "Asia/Manila", "singapore": "Asia/Singapore", "beijing": "Asia/Shanghai",
        "hong kong": "Asia/Hong_Kong", "taipei": "Asia/Taipei", "seoul": "Asia/Seoul", "pyongyang": "Asia/Pyongyang",
        "tokyo": "Asia/Tokyo", "sydney": "Australia/Sydney", "washington": "America/New_York",
        "new york": "America/New_York", "chicago": "America/Chicago", "los angeles": "America/Los_Angeles",
        "mexico city": "America/Mexico_City", "havana": "America/Havana", "caracas": "America/Caracas",
        "bogota": "America/Bogota", "lima": "America/Lima", "brasilia": "America/Sao_Paulo",
        "sao paulo": "America/Sao_Paulo", "buenos aires": "America/Argentina/Buenos_Aires",
    ]
}
