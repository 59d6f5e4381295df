/// Clocks in running text: `4 a.m.`, `9 a.m. EST Tuesday`, `noon Thursday`, `0830 GMT`.
extension Matcher {
    /// A clock read from the words at `i`: `4 a.m.`, `4:30 p.m.`, `4pm`, `noon`, `midnight`, and
    /// a 24-hour `14:05` or `0830` when a zone follows (or a `14:05` opening a line: an entry's stamp); then the zone as written (`9 a.m. EST`),
    /// with the index after it.
    struct ClockReading {
        var second: Int
        var minutesWritten: Bool
        var end: Int
        var zone: ZoneDesignator? = nil
        var zoneText: String? = nil
    }

    func clockReading(at i: Int) throws(TimelineError) -> ClockReading? {
        guard i < words.count else { return nil }
        var reading: ClockReading
        if let word = lower(i), word == "noon" || word == "midday" || word == "midnight" {
            reading = ClockReading(second: word == "midnight" ? 86_400 : 12 * 3600, minutesWritten: false, end: i + 1)
        } else if number(i) == 12, let word = lower(i + 1), word == "noon" || word == "midnight" {
            reading = ClockReading(second: word == "midnight" ? 86_400 : 12 * 3600, minutesWritten: false, end: i + 2)
        } else {
            let written: (hour: Int, minute: Int?)
            if let (hour, minute) = words[i].clock { written = (hour, minute) } else if let value = number(i) { written = (value, nil) } else { return nil }
            if let half = lower(i + 1), ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].contains(half) {
                let minute = written.minute ?? 0
                guard (1...12).contains(written.hour), minute < 60 else {
                    throw TimelineError(.impossibleTime, "\(written.hour) is not an hour on a 12-hour clock", text: "")
                }
                let hour = written.hour % 12 + (half.hasPrefix("p") ? 12 : 0)
                reading = ClockReading(second: hour * 3600 + minute * 60, minutesWritten: written.minute != nil, end: i + 2)
            } else {
                // `14:05 GMT`, `0830 GMT`: a 24-hour clock is a time in running text only with its zone.
                var hour = written.hour, minute = written.minute ?? 0
                if written.minute == nil {
                    guard words[i].lower.count == 4 else { return nil }
                    (hour, minute) = (written.hour / 100, written.hour % 100)
                }
                // `at 14:05`: a clock with its colon after a preposition of time is one too.
                let timePreposition = i > 0 && ["at", "by", "around", "until", "till", "from", "before", "after", "about", "approximately"].contains(lower(i - 1) ?? "")
                let afterPreposition = written.minute != nil && timePreposition
                // `at 2130 hours`, `around 11:30 hrs`: the military and police way of writing a 24-hour clock (not
                // `1500 hours of training`, a duration).
                let hoursWord = timePreposition && (lower(i + 1).map { ["hours", "hrs", "hr"].contains($0) } ?? false)
                // `14:05 The toll rose ...`: a clock with its colon opening a line, before the line's first word or a dash, is a
                // live entry's stamp (a time told as a figure, `14:05 was the winning time`, goes on in lower case).
                let entryStamp = written.minute != nil && words[i].opensLine && i + 1 < words.count
                    && (words[i + 1].kind == .word && words[i + 1].isCapitalized || ["-", "–", "—", ":", "|"].contains { isMark(i + 1, $0) })
                guard hour < 24, minute < 60, afterPreposition || hoursWord || entryStamp || zoneWord(at: i + 1) != nil else { return nil }
                reading = ClockReading(second: hour * 3600 + minute * 60, minutesWritten: true, end: hoursWord ? i + 2 : i + 1)
            }
        }
        if let zone = zoneWord(at: reading.end) {
            reading.zone = zone
            reading.zoneText = words[reading.end].lower.uppercased()
            reading.end += 1
        }
        return reading
    }

    /// A zone abbreviation written in capitals (`EST`, `GMT`); an ambiguous one takes its default reading.
    func zoneWord(at i: Int) -> ZoneDesignator? {
        guard i < words.count, words[i].kind == .word, words[i].isCapitalized, (2...5).contains(words[i].lower.utf8.count) else { return nil }
        let written = words[i].lower.uppercased()
        return ZoneDesignator.abbreviations[written] ?? ZoneDesignator.ambiguousAbbreviations[written]?.readings.first
    }

    /// The clock reading on `date`, to the minute or the hour as written, in the zone written with
    /// it or else the anchor's; midnight is the end of the day (TimeML's `T24:00`), read as its last minute.
    func timeOfDay(_ first: Int, _ end: Int, _ date: CivilDate, _ clock: ClockReading) throws(TimelineError) -> Match {
        let zone = clock.zone ?? anchor.zone
        let day = clock.second >= 86_400 ? date.adding(days: 1) : date
        let start = try zone.resolve(LocalDateTime(date: day, secondOfDay: clock.second % 86_400)).instant
        let length: Int64 = clock.minutesWritten ? 60 : 3600
        // Midnight closes the day it names (`before midnight Monday` is Monday's): its interval is that day's last minute;
        // what comes after it (`shortly after midnight`, `a curfew from midnight`) is the next day's first.
        let opensNextDay = first > 0 && ["after", "past", "since", "from"].contains(lower(first - 1) ?? "")
        let interval = clock.second >= 86_400 && !opensNextDay ? UTCInterval(start: start.adding(seconds: -60), end: start)
            : UTCInterval(start: start, end: start.adding(seconds: clock.second >= 86_400 ? 60 : length))
        var match = result(first, end, interval, clock.minutesWritten || clock.second >= 86_400 ? .minute : .hour)
        if case .resolved(var time) = match.resolution, let zoneText = clock.zoneText {
            time.zoneText = zoneText
            time.zone = zone.identifier
            match.resolution = .resolved(time)
        }
        let hour = clock.second / 3600, minute = clock.second / 60 % 60
        match.timex.value = date.iso8601 + "T" + String(format2: hour) + ":" + String(format2: minute)
        return match
    }

    /// A clock in running text, on the anchor's day, or the day before if that is still to come;
    /// on the day written after it (`8 a.m. Thursday`, `5 p.m. EST, Nov. 9`, `noon on Friday`, `8 p.m. (1700 GMT)
    /// Friday`) when there is one.
    func matchClock(_ hourValue: Int, minute written: Int?, first: Int, at i: Int) throws(TimelineError) -> Match? {
        guard let clock = try clockReading(at: i) else { return nil }
        let reading = reading(at: i, near: true)
        let future = reading == .future
        var dayStart = clock.end
        // `10 p.m. (1900 GMT) Sunday`: the same time in another zone, in parentheses, stands between a clock and its day.
        if isMark(dayStart, "("), let other = try? clockReading(at: dayStart + 1), other.zone != nil, isMark(other.end, ")") {
            dayStart = other.end + 1
        }
        if isMark(dayStart, ",") { dayStart += 1 }
        if lower(dayStart) == "on" { dayStart += 1 }
        if let weekday = weekday(dayStart) {
            return try timeOfDay(first, dayStart + 1, weekdayDate(weekday, reading), clock)
        }
        if let month = month(dayStart), let day = dayOfMonth(dayStart + 1), words[dayStart + 1].lower.count <= 4 {
            // `7:26 a.m. ET, May 31, 2023`: the year when written, else as a date without one is read.
            let year = isMark(dayStart + 2, ",") ? writtenYear(at: dayStart + 3, wide: true) : nil
            let end = year == nil ? dayStart + 2 : dayStart + 4
            if case .resolved(let time)? = try? dated(year: year, month: month, day: day, first: first, end: end, at: dayStart).resolution {
                return try timeOfDay(first, end, anchor.localTime(of: time.start).date, clock)
            }
        }
        if let (date, end) = numericDate(at: dayStart) { return try timeOfDay(first, end, date, clock) }
        if let word = lower(dayStart), let shift = ["today": 0, "yesterday": -1, "tomorrow": 1][word] {
            return try timeOfDay(first, dayStart + 1, today.adding(days: shift), clock)
        }
        // `on Thursday, with polls opening at 7 a.m.`: the day named before it in its sentence.
        if let reference, reference.precision <= .day, reference.end <= i, !(reference.end..<i).contains(where: isSentenceEnd) {
            return try timeOfDay(first, clock.end, reference.start, clock)
        }
        // `Two people were killed yesterday. ... the violence began around noon`: a story that has moved back to an
        // earlier day (the caller's story time, which no match of this sentence has replaced) holds its clocks told in
        // running text; not a clock opening its sentence or naming its zone (`14:32 BST - ...`: a live post's stamp).
        if let reference, reference.end == Int.max, reference.precision <= .day, reference.start < today,
           first > 0, clock.zone == nil {
            // A night told before (`in an overnight raid`) holds its small hours on its second day (`at about 1 a.m.`).
            let day = reference.lastDay.map { clock.second < 12 * 3600 ? $0 : reference.start } ?? reference.start
            return try timeOfDay(first, clock.end, day, clock)
        }
        var date = today
        if !future && clock.second > anchor.local.secondOfDay { date = today.adding(days: -1) }
        if future && clock.second < anchor.local.secondOfDay { date = today.adding(days: 1) }
        return try timeOfDay(first, clock.end, date, clock)
    }

    /// `3 days ago`, `two weeks ago`.
    func matchAgo(_ count: Int, first: Int, at i: Int) throws(TimelineError) -> Match? {
        guard let unit = lower(i), lower(i + 1) == "ago" else { return nil }
        switch unit {
        case "day", "days":
            return try day(first, i + 2, today.adding(days: -count))
        case "week", "weeks":
            let start = mondayOfWeek(today.adding(days: -7 * count))
            return try days(first, i + 2, from: start, to: start.adding(days: 7), .week)
        case "month", "months":
            let start = today.firstOfMonth(adding: -count)
            return try days(first, i + 2, from: start, to: start.firstOfMonth(adding: 1), .month)
        case "year", "years":
            return try days(first, i + 2, from: CivilDate(unchecked: today.year - count, 1, 1), to: CivilDate(unchecked: today.year - count + 1, 1, 1), .year)
        default:
            return nil
        }
    }
}
