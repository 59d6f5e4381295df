/// TimeML value strings for calendar periods, written one way everywhere.
enum TimexValue {
    static func year(_ year: Int) -> String { pad4(year) }

    static func month(_ date: CivilDate) -> String { pad4(date.year) + "-" + pad2(date.month) }

    static func day(_ date: CivilDate) -> String { date.iso8601 }

    /// The ISO week holding `date`: `2013-W11` (the week's year is its Thursday's).
    static func week(_ date: CivilDate) -> String {
        let thursday = date.adding(days: 4 - date.weekday)
        let firstThursday = CivilDate(unchecked: thursday.year, 1, 1).adding(days: (4 - CivilDate(unchecked: thursday.year, 1, 1).weekday + 7) % 7)
        let number = (thursday.daysSinceEpoch - firstThursday.daysSinceEpoch) / 7 + 1
        return pad4(thursday.year) + "-W" + pad2(number)
    }

    static func clock(_ date: CivilDate, secondOfDay: Int) -> String {
        date.iso8601 + "T" + pad2(secondOfDay / 3600 % 24) + ":" + pad2(secondOfDay / 60 % 60)
    }

    /// `2013-Q3`, `2013-H1`, `2013-SU`: a named part of a year.
    static func part(_ year: Int, _ code: String) -> String { pad4(year) + "-" + code }

    /// A duration: `P5Y`, `PT48H`, `PXD` (a number of days not said).
    static func duration(_ count: Int?, _ unit: DurationUnit) -> String {
        let number = count.map { "\($0)" } ?? "X"
        return unit.isClock ? "PT" + number + unit.code : "P" + number + unit.code
    }

    private static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func pad4(_ value: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

/// A unit of a written duration (`five years`, `48 hours`, `a two-week visit`).
public enum DurationUnit: String, CaseIterable, Sendable {
    case second, minute, hour, day, week, month, quarter, year, decade, century

    /// TimeML's letter: `Y`, `M`, `W`, `D`, `Q`, `DE`, `CE`; after `T`, `H`, `M`, `S`.
    var code: String {
        switch self {
        case .second: "S"
        case .minute: "M"
        case .hour: "H"
        case .day: "D"
        case .week: "W"
        case .month: "M"
        case .quarter: "Q"
        case .year: "Y"
        case .decade: "DE"
        case .century: "CE"
        }
    }

    public var isClock: Bool { self == .second || self == .minute || self == .hour }

    /// The unit a word names, singular or plural (`years`, `centuries`).
    static func named(_ word: String) -> DurationUnit? {
        if let unit = DurationUnit(rawValue: word) { return unit }
        if word == "centuries" { return .century }
        if word.hasSuffix("s") { return DurationUnit(rawValue: String(word.dropLast())) }
        return nil
    }
}

/// The parts of a year news names: seasons (northern hemisphere, as TimeML), quarters and halves.
enum YearPart: Hashable, Sendable {
    case season(String)
    case quarter(Int)
    case half(Int)

    static let seasons: [String: String] = [
        "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
    ]

    var code: String {
        switch self {
        case .season(let code): code
        case .quarter(let number): "Q\(number)"
        case .half(let number): "H\(number)"
        }
    }

    /// The months it covers: start (1-12) and length; winter runs December to February, counted
    /// in the year of its January (`winter 2014` is December 2013 to February 2014).
    var months: (first: Int, count: Int) {
        switch self {
        case .season("SP"): (3, 3)
        case .season("SU"): (6, 3)
        case .season("FA"): (9, 3)
        case .season: (0, 3)
        case .quarter(let number): (3 * (number - 1) + 1, 3)
        case .half(let number): (6 * (number - 1) + 1, 6)
        }
    }

    /// Its first day in `year`, and the first day after it.
    func interval(in year: Int) -> (CivilDate, CivilDate) {
        let (first, count) = months
        let start = CivilDate(unchecked: year, 1, 1).firstOfMonth(adding: first - 1)
        return (start, start.firstOfMonth(adding: count))
    }
}

/// A length of time as written (`a day`, `48 hours`, `several weeks`).
public struct TimeSpan: Hashable, Sendable {
    /// How many units; nil when the text does not say (`hours`, `several days`).
    public var count: Int?
    public var unit: DurationUnit

    public init(count: Int?, unit: DurationUnit) {
        (self.count, self.unit) = (count, unit)
    }
}
