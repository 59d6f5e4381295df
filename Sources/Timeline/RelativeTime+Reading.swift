/// Which way a weekday, a month or a date without a year is read from the anchor: from the
/// clause's tense when the caller gives it, else from the words around it (docs/time.md).
extension Matcher {
    /// Whether the sentence around `index` speaks of the future; `near` limits the look to the
    /// five words before (a weekday or a clock belongs to its own clause, a month to its sentence).
    func futureCue(around index: Int, near: Bool = false) -> Bool {
        var start = index
        while start > 0, !isSentenceEnd(start - 1), !near || index - start < 5 { start -= 1 }
        var end = index
        while end < words.count, !isSentenceEnd(end), !near || end - index < 1 { end += 1 }
        for word in words[start..<end] where word.kind == .word {
            if Self.strongFutureCues.contains(word.lower) { return true }
        }
        // Beyond the words that say so, the sentence's grammar decides (the caller's tagger knows its verbs' tense).
        return tense == .future
    }

    /// The reading at word `index`: from its clause's tense when the caller gives clauses (future
    /// ahead, past back, present or none the nearer); else from the words around it.
    func reading(at index: Int, near: Bool = false) -> Reading {
        // `effective Feb. 1`, `effective on Monday`: the day a decision takes hold, after it is told.
        if lower(index - 1) == "effective" || lower(index - 1) == "on" && lower(index - 2) == "effective" { return .future }
        if let tenseAt {
            switch tenseAt(words[index].range.lowerBound) {
            case .future: return .future
            case .past: return .past
            case .present, nil: return .nearest
            }
        }
        return futureCue(around: index, near: near) ? .future : .past
    }

    /// Of dates before and after the anchor, the one `reading` picks (the earlier on a tie).
    ///
    /// In the past tense, a date up to `ahead` days after the anchor is still read ahead: news
    /// tells in the past what was set for a coming day (`declared a dividend payable Dec. 15`,
    /// `extended to Nov. 16`) far more often than it names without a year a day almost a year back.
    /// Likewise in the future a date up to `behind` days before the anchor is this year's: a plan
    /// for a day just gone (`to hand the boy back by Jan. 14` in a story dated 15 January) is copy
    /// written a day ahead or a deadline missed, not a day a year away.
    func pick(_ candidates: [CivilDate], _ reading: Reading, ahead: Int = 0, behind: Int = 0) -> CivilDate? {
        switch reading {
        case .past:
            if ahead > 0, let next = candidates.filter({ $0 > today }).min(), next.daysSinceEpoch - today.daysSinceEpoch <= ahead {
                return next
            }
            return candidates.filter { $0 <= today }.max()
        case .future:
            if behind > 0, let last = candidates.filter({ $0 < today }).max(), today.daysSinceEpoch - last.daysSinceEpoch <= behind {
                return last
            }
            return candidates.filter { $0 >= today }.min()
        case .nearest: return candidates.min { abs($0.daysSinceEpoch - today.daysSinceEpoch) < abs($1.daysSinceEpoch - today.daysSinceEpoch) }
        }
    }

    /// The most recent `weekday` on or before the anchor's day, or the next on or after it.
    func date(ofWeekday weekday: Int, future: Bool, strictly: Bool = false) -> CivilDate {
        let difference = (today.weekday - weekday + 7) % 7
        if future {
            let ahead = (weekday - today.weekday + 7) % 7
            return today.adding(days: ahead == 0 && strictly ? 7 : ahead)
        }
        return today.adding(days: -(difference == 0 && strictly ? 7 : difference))
    }

    /// The `weekday` a reading picks: the most recent (the anchor's day included), the next, or the nearer.
    func weekdayDate(_ weekday: Int, _ reading: Reading) -> CivilDate {
        let back = date(ofWeekday: weekday, future: false)
        let ahead = date(ofWeekday: weekday, future: true)
        switch reading {
        case .past: return back
        case .future: return ahead
        case .nearest: return ahead.daysSinceEpoch - today.daysSinceEpoch < today.daysSinceEpoch - back.daysSinceEpoch ? ahead : back
        }
    }

    /// The year of a month written without one: the most recent, or the next in a sentence about
    /// the future; with no tense known, the nearer of the two (a month up to six months ahead is this year's).
    func pickYear(month: Int, at index: Int) -> Int {
        if tenseAt != nil {
            let candidates = (today.year - 1...today.year + 1).map { CivilDate(unchecked: $0, month, 1) }
            let reading = reading(at: index)
            // A month is under way through its last day: `in May` said on 20 May is this May. A past
            // clause may name the coming month (`extended it to November` on 30 October), not one further.
            let middle = candidates.map { $0.adding(days: reading == .past ? 0 : 14) }
            return pick(middle, reading, ahead: 31)?.year ?? today.year
        }
        let afterAnchor = month > today.month
        if tense == nil, afterAnchor, !futureCue(around: index) {
            return month - today.month <= 6 ? today.year : today.year - 1
        }
        if futureCue(around: index) {
            return month >= today.month ? today.year : today.year + 1
        }
        return afterAnchor ? today.year - 1 : today.year
    }
}
