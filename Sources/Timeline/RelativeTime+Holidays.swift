/// Holidays news dates events by (`on Christmas Day`, `over Easter`, `Thanksgiving`): the ones with
/// one date the world over, or one rule (Easter, by the Gregorian computus). Days that differ by
/// country (Independence Day, Labour Day) are not read.
extension Matcher {
    enum Holiday {
        case fixed(month: Int, day: Int)
        case easter(offset: Int)
        /// The `nth` weekday (ISO, Monday 1) of a month: Thanksgiving is the fourth Thursday of November.
        case nthWeekday(month: Int, weekday: Int, nth: Int)

        func date(in year: Int) -> CivilDate {
            switch self {
            case .fixed(let month, let day): return CivilDate(unchecked: year, month, day)
            case .easter(let offset): return Holiday.easterSunday(year).adding(days: offset)
            case .nthWeekday(let month, let weekday, let nth):
                let first = CivilDate(unchecked: year, month, 1)
                return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
            }
        }

        /// Easter Sunday in the Gregorian calendar (the anonymous computus).
        static func easterSunday(_ year: Int) -> CivilDate {
            let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
            let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
            let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
            return CivilDate(unchecked: year, month, day)
        }
    }

    /// Names as lower-case words, longest first where one starts another.
    static let holidays: [([String], Holiday)] = [
        (["christmas", "eve"], .fixed(month: 12, day: 24)), (["christmas", "day"], .fixed(month: 12, day: 25)),
        (["christmas"], .fixed(month: 12, day: 25)), (["boxing", "day"], .fixed(month: 12, day: 26)),
        (["new", "year", "'s", "eve"], .fixed(month: 12, day: 31)), (["new", "year", "'s", "day"], .fixed(month: 1, day: 1)),
        (["valentine", "'s", "day"], .fixed(month: 2, day: 14)), (["halloween"], .fixed(month: 10, day: 31)),
        (["good", "friday"], .easter(offset: -2)), (["easter", "sunday"], .easter(offset: 0)), (["easter", "monday"], .easter(offset: 1)),
        (["easter"], .easter(offset: 0)), (["thanksgiving", "day"], .nthWeekday(month: 11, weekday: 4, nth: 4)),
        (["thanksgiving"], .nthWeekday(month: 11, weekday: 4, nth: 4)),
    ]

    /// `Christmas Day`, `last Easter`, `Thanksgiving 2019`, `New Year's Eve`: that day, in the year
    /// its relation or the clause's reading picks.
    func matchHoliday(at i: Int) throws(TimelineError) -> Match? {
        var cursor = i
        var relation: String?
        if let word = lower(cursor), ["last", "next", "this"].contains(word) {
            relation = word
            cursor += 1
        }
        guard cursor < words.count, words[cursor].isCapitalized,
              let (names, holiday) = Self.holidays.first(where: { entry in
                  entry.0.indices.allSatisfy { lower(cursor + $0) == entry.0[$0] || (entry.0[$0] == "'s" && lower(cursor + $0) == "s") }
              })
        else { return nil }
        var end = cursor + names.count
        var year: Int?
        if let written = writtenYear(at: end) {
            year = written
            end += 1
        }
        let candidates = (today.year - 1...today.year + 1).map { holiday.date(in: $0) }
        let date: CivilDate
        switch relation {
        case "last": date = candidates.filter { $0 < today }.max() ?? candidates[0]
        case "next": date = candidates.filter { $0 > today }.min() ?? candidates[2]
        case "this": date = candidates[1]
        default: date = year.map { holiday.date(in: $0) } ?? pick(candidates, reading(at: cursor), ahead: 90) ?? candidates[1]
        }
        var match = try day(i, end, date)
        if year != nil { match.timex.anchoring = .none }
        return match
    }
}
