import Language
import Timeline

/// Incidents grouped by day in a chosen zone, in the order they happened.
public struct ChronologicalReport: Sendable {
    public struct Day: Sendable {
        public var date: CivilDate
        public var entries: [IncidentRecord]
    }

    public var zone: ZoneDesignator
    public var days: [Day]
    public var filter: IncidentFilter

    /// Groups records (already in time order) by the local date their interval starts on.
    public init(records: [IncidentRecord], zone: ZoneDesignator, filter: IncidentFilter) throws {
        self.zone = zone
        self.filter = filter
        var days: [Day] = []
        for record in records {
            let key = filter.by == .occurred ? record.occurredStart : record.reportedAt
            let date = try Self.local(key, zone).date
            if days.last?.date == date {
                days[days.count - 1].entries.append(record)
            } else {
                days.append(Day(date: date, entries: [record]))
            }
        }
        self.days = days
    }

    public static func local(_ instant: Instant, _ zone: ZoneDesignator) throws -> LocalDateTime {
        let anchor = try TimeAnchor(instant: instant, zone: zone)
        return anchor.local
    }

    /// `overnight 30-31 May, 22:00-06:00`, `31 May, 04:00`, `31 May`, `May 2023`: the occurred
    /// interval said at its precision, in the report's zone.
    public func describeOccurred(_ record: IncidentRecord) throws -> String {
        let start = try Self.local(record.occurredStart, zone)
        let end = try Self.local(record.occurredEnd.adding(seconds: -1), zone)
        switch record.occurredPrecision {
        case TimePrecision.minute.rawValue:
            return "\(Self.dayMonth(start.date)), \(Self.clock(start.secondOfDay))"
        case TimePrecision.hour.rawValue:
            return "\(Self.dayMonth(start.date)), about \(Self.clock(start.secondOfDay))"
        case TimePrecision.partOfDay.rawValue:
            let days = start.date == end.date ? Self.dayMonth(start.date) : Self.dayRange(start.date, end.date)
            let words = record.occurredText.map { "\($0.lowercased()), " } ?? ""
            return "\(words)\(days), \(Self.clock(start.secondOfDay))-\(Self.clock((end.secondOfDay + 1) % 86_400))"
        case TimePrecision.day.rawValue:
            return start.date == end.date ? Self.dayMonth(start.date) : Self.dayRange(start.date, end.date)
        case TimePrecision.week.rawValue:
            return "week of \(Self.dayMonth(start.date))"
        case TimePrecision.month.rawValue:
            return "\(monthFullNames[start.date.month - 1]) \(start.date.year)"
        default:
            return "\(start.date.year)"
        }
    }

    public static func clock(_ secondOfDay: Int) -> String {
        let hour = secondOfDay / 3600
        let minute = secondOfDay / 60 % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func dayMonth(_ date: CivilDate) -> String { "\(date.day) \(monthFullNames[date.month - 1])" }

    static func dayRange(_ first: CivilDate, _ last: CivilDate) -> String {
        first.month == last.month ? "\(first.day)-\(last.day) \(monthFullNames[first.month - 1])"
            : "\(dayMonth(first)) - \(dayMonth(last))"
    }

    public static func weekday(_ date: CivilDate) -> String {
        WordLists.weekdays[date.weekday - 1]
    }
}

let monthFullNames = WordLists.months
