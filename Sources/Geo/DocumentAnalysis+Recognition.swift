/// Recognition: runs of capitalised words, matched against gazetteer names and demonyms.
extension DocumentAnalysis {
    /// What an unmatched capitalised word in a run is taken to be.
    enum Filler { case title, common, name }

    /// A match inside a run before its fate is decided.
    struct RunMatch {
        var first: Int
        var last: Int
        var hash: UInt64
        var demonymCountry: Int?
        var blocked: Bool
        var divisionInside: DivisionTerms.Level?
        /// How many tokens the division term inside the match takes (`Local Government Area`: 3).
        var divisionLength = 0
        /// A name in capitals opening a dateline (`KYIV, Sept 5`).
        var isDateline = false
        /// A town's name followed by a capitalised `City` the gazetteer does not write (`Himamaylan City`).
        var cityInside = false
    }

    static let maxNameTokens = 6

    mutating func recognize() {
        var index = 0
        while index < tokens.count {
            guard tokens[index].isCapitalized else { index += 1; continue }
            let end = runEnd(from: index)
            recognizeRun(index, end)
            index = end + 1
        }
        distributePluralDivisions()
        linkContainers()
    }

    /// `the Donetsk and Luhansk regions`, `Kitui, Machakos and Makueni counties`: a plural division word
    /// after a list names every item a division, not only the last.
    mutating func distributePluralDivisions() {
        var index = candidates.count - 1
        while index > 0 {
            defer { index -= 1 }
            let last = candidates[index]
            guard let level = last.division, !last.isDemonym, word(last.spanLast + 1, in: DivisionTerms.pluralHashes) else { continue }
            var item = index
            while item > 0, !candidates[item - 1].isDemonym,
                  coordinated((candidates[item - 1].spanFirst, candidates[item - 1].spanLast, 0), (candidates[item].spanFirst, candidates[item].spanLast, 0))
            {
                item -= 1
                if candidates[item].division == nil { candidates[item].division = level }
            }
        }
    }

    /// The last token of the run of capitalised words (with inner connectors) starting at `start`.
    func runEnd(from start: Int) -> Int {
        var end = start
        while joined(end) {
            let next = end + 1
            if tokens[next].isCapitalized { end = next; continue }
            if word(next, in: WordSets.connectors), joined(next), tokens[next + 1].isCapitalized { end = next + 1; continue }
            if tokens[end].gapAfter == .space, tokens[next].letterCount <= 3, tokens[next].letterCount > 0, !tokens[next].isCapitalized,
               tokens[next].gapAfter == .hyphen, next + 1 < tokens.count, tokens[next + 1].isCapitalized { end = next + 1; continue }
            // `Port-au-Prince`, `Deir ez-Zor`: short particles hyphenated between capitalised parts.
            if tokens[end].gapAfter == .hyphen, tokens[next].letterCount <= 3, tokens[next].gapAfter == .hyphen,
               next + 1 < tokens.count, tokens[next + 1].isCapitalized { end = next + 1; continue }
            break
        }
        return end
    }

    mutating func recognizeRun(_ start: Int, _ end: Int) {
        var matches: [RunMatch] = []
        var fillers: [Int: Filler] = [:]
        var position = start
        while position <= end {
            guard tokens[position].isCapitalized else { position += 1; continue }
            if let match = longestMatch(at: position, runEnd: end) {
                matches.append(match)
                position = match.last + 1
            } else {
                fillers[position] = filler(position)
                position += 1
            }
        }
        for (number, match) in matches.enumerated() where !match.blocked {
            let previous = match.first - 1, next = match.last + 1
            let previousInRun = previous >= start
            let nextInRun = next <= end
            // Another capitalised name word right beside it: a person or an organisation.
            if previousInRun, let kind = fillers[previous], kind != .common, tokens[previous].gapAfter == .space { continue }
            if nextInRun, fillers[next] == .name, match.divisionInside == nil { continue }
            // `Khirbet al-Sultan district`: a name an article ties to an unknown name before it is the end of a longer name.
            if previous - 1 >= start, !tokens[previous].isCapitalized, tokens[previous].gapAfter == .hyphen,
               fillers[previous - 1] == .name || (number > 0 && matches[number - 1].last == previous - 1) { continue }
            // Two places side by side without a comma are a person's names (`Clare Sebastian`).
            if number > 0, matches[number - 1].last == previous, tokens[previous].gapAfter == .space,
               !matches[number - 1].blocked { continue }
            if number + 1 < matches.count, matches[number + 1].first == next, tokens[match.last].gapAfter == .space,
               !matches[number + 1].blocked, match.divisionInside == nil { continue }
            // `San Juan de Lurigancho`: a name a particle joins to more of one name the recognizer read is no place of its own
            // where the gazetteer lacks the whole.
            if nextInRun, word(next, in: WordSets.nameParticles),
                namesStarting(near: match.first).contains(where: { $0.first <= match.first && $0.last > next && $0.name.type == .place }) { continue }
            // `across the Dnipro river`: a town's name before `river` names the river, which no gazetteer row is.
            if next < tokens.count, word(next, in: WordSets.rivers) { continue }
            // `Moscow-installed`, `Russia-backed`: an adjective, not a place of the event.
            if tokens[match.last].gapAfter == .hyphen, next < tokens.count, !tokens[next].isCapitalized { continue }
            // `Canapé-Vert`: one half of a hyphenated name the gazetteer lacks is no name of its own (`Vert` is not Weert).
            // An article (`Al-Managil`) is no half of a name.
            if previousInRun, tokens[previous].gapAfter == .hyphen, fillers[previous] != nil,
               !word(previous, in: Self.arabicArticles) { continue }
            if nextInRun, tokens[match.last].gapAfter == .hyphen, fillers[next] != nil { continue }
            // Photo credits: `Mikhail Metzel/Sputnik/AFP/Getty Images`.
            if !match.isDateline, tokens[match.last].gapAfter == .slash || (previous >= 0 && tokens[previous].gapAfter == .slash) { continue }
            // Bylines: `CNN's Anna`.
            if previous >= 0, tokens[previous].gapAfter == .possessive, tokens[previous].isAllCaps { continue }
            if insideLongerName(match.first, match.last) { continue }
            addCandidate(match)
        }
    }

    /// Whether the recognizer read words `first...last` as part of a longer person or organisation
    /// name (`Anna Chernova`, `Bank of England`, `Kharkiv Regional Military Administration`).
    func insideLongerName(_ first: Int, _ last: Int) -> Bool {
        namesStarting(near: first).contains { name in
            guard name.name.type == .person || name.name.type == .organization, name.first <= first, name.last >= last,
                  name.last - name.first > last - first else { return false }
            // One name, written as one: capitalised words and name connectors (`of`), not `Assembly in Seoul`.
            guard (name.first...name.last).allSatisfy({ tokens[$0].isCapitalized || word($0, in: WordSets.connectors) }) else {
                return false
            }
            // A place before a title is the title's place, not part of a name (`Istanbul Mayor Ekrem Imamoglu`).
            // `of` goes on with the name (`University of Panama`: no town called University), but not after a division
            // word (`Maru LGA of Zamfara State`, read as one organisation, is a division of a state).
            // (`last + 1` exists only inside the name: a name may end the text.)
            let continues = last < name.last && tokens[last + 1].wordHash == WordSets.of && divisionLevel(last) == nil
            if last < name.last, !continues, filler(last + 1) == .title || isCommonWord(last + 1) { return false }
            // A title of a place is no person's name (`Governor of Bryansk`, `Mayor of Kharkiv`): what follows `of` is the place.
            if name.name.type == .person, first > name.first, tokens[first - 1].wordHash == WordSets.of,
               (name.first..<(first - 1)).allSatisfy({ filler($0) == .title }) { return false }
            return true
        }
    }

    func filler(_ index: Int) -> Filler {
        if WordSets.titles.contains(tokens[index].wordHash) { return .title }
        if (tokens[index].startsSentence || titleCaseLine[index]) && isCommonWord(index) { return .common }
        if tokens[index].startsSentence && WordSets.common.contains(tokens[index].wordHash) { return .common }
        return .name
    }

    /// The longest gazetteer name, demonym or blocked name starting at `position` within the run.
    mutating func longestMatch(at position: Int, runEnd end: Int) -> RunMatch? {
        let limit = min(end, position + Self.maxNameTokens - 1)
        var last = limit
        while last >= position {
            defer { last -= 1 }
            guard tokens[last].isCapitalized else { continue }
            let single = last == position
            let token = tokens[position]
            // A dateline in capitals opens its line and ends at a comma, a dash, a bracket or a colon
            // (`KYIV, Sept 5`, `PORT SUDAN —`, `NAIROBI (Reuters)`, `MULTAN/BAHAWALPUR:`, one town per slash):
            // its name is looked up like any other.
            // A dash inside a line (`(Ejército de Liberación Nacional – ELN)`) opens no dateline.
            let opensLine = (token.startsSentence && !token.startsAfterDash)
                || (position > 0 && tokens[position - 1].gapAfter == .slash && tokens[position - 1].isAllCaps)
            let dateline = token.isAllCaps && opensLine && (position...last).allSatisfy { tokens[$0].isAllCaps }
                && ([.other, .hyphen, .sentenceEnd, .slash].contains(tokens[last].gapAfter)
                    || (tokens[last].gapAfter == .comma && word(last + 1, in: WordSets.monthWords))
                    // `KIRKUK, Iraq, Jan 22`, `GOMA, Democratic Republic of Congo —`: the city, then its country.
                    || (tokens[last].gapAfter == .comma && last + 1 < tokens.count && tokens[last + 1].isCapitalized
                        && (!tokens[last + 1].isAllCaps || namesCountry(from: last + 1)) && tokens[position].letterCount >= 4))
            if token.isAllCaps && !single && !dateline { continue }
            // A sentence's first word that is a common word (`Sort`, `Men`) is not a name by itself.
            if single && (token.startsSentence || titleCaseLine[position]) && isCommonWord(position) { continue }
            if single && !token.isAllCaps && token.letterCount < 3 { continue }
            // A division word on its own (`Republic`, `Region`) names no place.
            if single && divisionLevel(position) != nil { continue }
            guard var hash = spanHash(position, last) else { continue }
            // `Pétion-Ville`, written with a hyphen where GeoNames writes one word: the closed-up form when the other is unknown.
            if !single, !gazetteer.containsKey(hash: hash), (position..<last).contains(where: { tokens[$0].gapAfter == .hyphen }),
               let closed = spanHash(position, last, closed: true), gazetteer.containsKey(hash: closed) {
                hash = closed
            }
            if WordSets.blockedKeys.contains(hash) {
                return RunMatch(first: position, last: last, hash: hash, demonymCountry: nil, blocked: true)
            }
            if parser.demonymKeys.contains(hash), let country = parser.demonyms[hash], !token.isAllCaps {
                return RunMatch(first: position, last: last, hash: hash, demonymCountry: country, blocked: false)
            }
            guard gazetteer.containsKey(hash: hash) else { continue }
            if token.isAllCaps && !dateline && !gazetteer.records(forHash: hash).contains(where: { gazetteer.kind($0) == .country }) { continue }
            var match = RunMatch(first: position, last: last, hash: hash, demonymCountry: nil, blocked: false)
            match.isDateline = dateline
            // `Washington, D.C.`: a dotted abbreviation after a comma that completes a known name.
            if last == end, tokens[last].gapAfter == .comma, last + 1 < tokens.count, tokens[last + 1].isAbbreviation,
               tokens[last + 1].isAllCaps, let longer = spanHash(position, last + 1), gazetteer.containsKey(hash: longer) {
                match.last = last + 1
                match.hash = longer
            }
            if last < end, tokens[last + 1].isCapitalized, let term = divisionTerm(at: last + 1), last + term.length <= end {
                match.last = last + term.length
                match.divisionInside = term.level
                match.divisionLength = term.length
            } else if last < end, tokens[last + 1].wordHash == WordSets.city, !tokens[last + 1].isAllCaps,
                      gazetteer.records(forHash: hash).contains(where: { gazetteer.kind($0).isTown }) {
                // `Himamaylan City`, where the gazetteer writes `Himamaylan`: the town (a longer key, `Mexico City`, matched first).
                match.last = last + 1
                match.divisionLength = 1
                match.cityInside = true
            }
            return match
        }
        return nil
    }

    mutating func addCandidate(_ match: RunMatch) {
        var candidate = Candidate(first: match.first, last: match.last - match.divisionLength,
                                  spanFirst: match.first, spanLast: match.last, keyHash: match.hash)
        candidate.division = match.divisionInside
        candidate.demonymCountry = match.demonymCountry
        if match.demonymCountry == nil {
            let entries = gazetteer.entries(forHash: match.hash)
            for entry in entries where !tokens[match.first].isAllCaps || match.isDateline || gazetteer.kind(entry.record) == .country {
                if match.cityInside && !gazetteer.kind(entry.record).isTown { continue }
                candidate.records.append(entry.record)
                if entry.isPrimaryName { candidate.primaryRecords.append(entry.record) }
            }
        }
        candidate.sentenceInitial = tokens[match.first].startsSentence
        candidate.datelineCue = match.isDateline
        candidate.featureCue = match.cityInside
        readCues(&candidate)
        candidates.append(candidate)
    }

    /// Whether a country's name starts at word `start` (`DR Congo`, `DRC`, `UAE`): up to three joined words.
    mutating func namesCountry(from start: Int) -> Bool {
        var last = start
        while last < min(tokens.count, start + 3) {
            if let hash = spanHash(start, last), gazetteer.containsKey(hash: hash),
               gazetteer.records(forHash: hash).contains(where: { gazetteer.kind($0) == .country }) {
                return true
            }
            guard joined(last) else { break }
            last += 1
        }
        return false
    }

    /// Links `X, Y`, `X in Y`, `X district of Y` and `Y's X` so Y can vouch for X's resolution.
    mutating func linkContainers() {
        guard candidates.count > 1 else { return }
        for index in 0..<(candidates.count - 1) {
            let x = candidates[index], y = candidates[index + 1]
            guard !y.isDemonym else { continue }
            let gap = tokens[x.spanLast].gapAfter
            if !x.isDemonym, y.spanFirst == x.spanLast + 1, gap == .comma {
                candidates[index].container = index + 1
                // `Salin Township, Magway Region`: a division word on either side says the second holds the first
                // (unlike `near Pyongyang, South Korea's military said`).
                if x.division != nil || y.division != nil, tokens[y.spanLast].gapAfter != .possessive {
                    candidates[index].containerHolds = true
                }
            } else if !x.isDemonym, gap == .space || gap == .comma, tokens[x.spanLast + 1].wordHash == WordSets.in,
                      [y.spanFirst, y.first].contains(nameStart(afterIn: x.spanLast + 1)) {
                // `X in Y`, `X Township in the northern Y Region`, `the village of X, in Y district`.
                candidates[index].container = index + 1
                candidates[index].containerHolds = true
            } else if !x.isDemonym, x.division != nil, y.spanFirst == x.spanLast + 2, gap == .space,
                      tokens[x.spanLast + 1].wordHash == WordSets.of {
                // `the Neuhof district of Strasbourg`, `the Donetsk region of Ukraine`.
                candidates[index].container = index + 1
                candidates[index].containerHolds = true
            } else if !x.isDemonym, y.first == x.spanLast + 1, gap == .possessive {
                candidates[index + 1].container = index
                candidates[index + 1].containerHolds = true
            } else if !x.isDemonym, let start = containerStart(after: x.spanLast), y.spanFirst == start {
                candidates[index].container = index + 1
                candidates[index].containerHolds = true
            }
        }
        // `In Kherson, Russian artillery shelled the city's Dniprovskyi district`: the town named before in the sentence holds it.
        for index in candidates.indices where candidates[index].container == nil && townPossessive(before: candidates[index].spanFirst) {
            guard let town = referredTown(before: candidates[index].spanFirst, among: candidates[..<index].indices) else { continue }
            candidates[index].container = town
            candidates[index].containerHolds = true
            candidates[index].containerIsTown = true
        }
    }

    /// The candidate `the city's` before word `start` refers to: the last name before it (no demonym) within
    /// `townReferenceReach` words, in the same sentence.
    func referredTown(before start: Int, among indices: Range<Int>) -> Int? {
        guard let town = indices.last(where: { !candidates[$0].isDemonym && candidates[$0].spanLast < start }),
              start - candidates[town].spanLast <= Self.townReferenceReach,
              !(candidates[town].spanLast + 1...start).contains(where: { tokens[$0].startsSentence })
        else { return nil }
        return town
    }

    /// The accepted town a name the gazetteer lacks belongs to when `the city's` stands before it (word `start`).
    func townContainer(before start: Int) -> Int? {
        guard townPossessive(before: start), let town = referredTown(before: start, among: candidates.indices),
              candidates[town].accepted, let best = candidates[town].best, !gazetteer.kind(best).isRegion
        else { return nil }
        return best
    }

    /// How far back, in words, `the city's` may point to the town it means.
    static let townReferenceReach = 20

    /// Whether `the city's`, `the town's` or `the village's` stands right before word `index`.
    func townPossessive(before index: Int) -> Bool {
        guard index >= 2, tokens[index - 1].gapAfter == .possessive || tokens[index - 2].gapAfter == .possessive else { return false }
        let noun = tokens[index - 1].gapAfter == .possessive ? index - 1 : index - 2
        return noun >= 1 && tokens[noun - 1].wordHash == WordSets.hash("the")
            && (word(noun, in: WordSets.smallSettlementNouns) || tokens[noun].wordHash == WordSets.city)
    }

    /// Where a name after `in` starts: past an optional `the`, a direction word and a place noun with `of`
    /// (`in the northern Y region`, `in the southern city of Y`, `in the province of Y`).
    func nameStart(afterIn index: Int) -> Int {
        var cursor = index
        if joined(cursor), tokens[cursor + 1].wordHash == WordSets.hash("the") { cursor += 1 }
        if joined(cursor), !tokens[cursor + 1].isCapitalized,
           word(cursor + 1, in: WordSets.directions) || word(cursor + 1, in: WordSets.neighbourWords) { cursor += 1 }
        if joined(cursor), !tokens[cursor + 1].isCapitalized,
           word(cursor + 1, in: WordSets.placeIntroducers) || divisionLevel(cursor + 1) != nil,
           joined(cursor + 1), tokens[cursor + 2].wordHash == WordSets.of { cursor += 2 }
        return cursor + 1
    }

    /// Where the container of a name starts in `X township in the northwestern Y region`, `X village in Y`,
    /// `X, a small farming village in Y`: after a feature noun (in an apposition, after its article and
    /// up to three lower-case words), `in`, and an optional `the` and direction word.
    func containerStart(after last: Int) -> Int? {
        var cursor = last
        if tokens[cursor].gapAfter == .comma, word(cursor + 1, in: WordSets.indefiniteArticles) {
            cursor += 1
            var described = 0
            while described < 3, joined(cursor), !tokens[cursor + 1].isCapitalized, !word(cursor + 1, in: WordSets.featureNouns) {
                cursor += 1
                described += 1
            }
        }
        guard joined(cursor), word(cursor + 1, in: WordSets.featureNouns) else { return nil }
        cursor += 1
        // `a township seat in Y`, `a village tract in Y`: the feature noun may modify the apposition's head.
        if joined(cursor), !tokens[cursor + 1].isCapitalized, tokens[cursor + 1].wordHash != WordSets.in, joined(cursor + 1),
           tokens[cursor + 2].wordHash == WordSets.in { cursor += 1 }
        guard joined(cursor), tokens[cursor + 1].wordHash == WordSets.in, joined(cursor + 1) else { return nil }
        return nameStart(afterIn: cursor + 1)
    }
}
