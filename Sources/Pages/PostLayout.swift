import Foundation
import Timeline

/// Finds posts in a page's markup: the block each occupies, its headline, byline, paragraphs and captions.
///
/// A post's block is found from one marker inside it (its `<time datetime>`, or the heading that
/// carries its headline): the highest ancestor of the marker that holds no other post's marker.
/// That works whatever the publisher calls its elements, because it reads only the nesting.
struct PostLayout {
    let tree: MarkupTree
    var context: StampContext
    /// The date of visible stamps that show a clock only (the page's `dateModified`, as written).
    var fallbackDate: CivilDate? = nil
    /// The zone of visible stamps that name none (the UTC offset the page's metadata is written in).
    var fallbackZone: ZoneDesignator? = nil

    /// Class, id and `itemprop` words of the element that holds a byline.
    static let bylineWords: Set<String> = ["byline", "author", "authors", "contributor", "contributors"]
    /// Class words of the part of a caption that credits the photographer or agency.
    static let creditWords: Set<String> = ["credit", "credits", "copyright", "photographer", "source", "attribution"]

    /// A post found by its `<time datetime>`: the block it occupies, its stamp, and its later stamps.
    struct TimedPost {
        var block: Int
        var stamp: NormalizedTime
        var updates: [NormalizedTime]
        /// The elements that show its times (not content).
        var markers: [Int]
    }

    /// The posts of a page marked up with `<time datetime>` (a full date and clock, outside furniture).
    ///
    /// The posts are the alike children (same element and class) of the one element that has the
    /// most children holding such a time: a list of posts, whatever the template calls it. A time
    /// outside that list (the page's own, in its header) is not a post; a block's first time is
    /// its stamp and any later one (`Updated at ...`) an update.
    /// The elements that carry a machine-readable time, outside scripts and furniture, in page order.
    func machineTimes() -> [(Int, NormalizedTime)] {
        var times: [(Int, NormalizedTime)] = []
        for index in tree.elements(where: { !$0.attributes.isEmpty }) {
            guard let stamp = machineTime(index), isReadable(index) else { continue }
            // One time marked twice (`<bsp-timestamp data-timestamp><time datetime>`) is one time.
            if let last = times.last, tree.isInside(index, last.0), last.1.start == stamp.start { continue }
            times.append((index, stamp))
        }
        return times
    }

    /// Elements whose whole text is a stamp with a clock (`published at 15:47 British Summer Time`,
    /// `7:26 a.m. ET, May 31, 2023`), the innermost of each, read in page order by the text page
    /// reader's rules (the page's zone, the date of clock-only stamps from the page's metadata).
    func visibleStamps() -> [(Int, NormalizedTime)] {
        var candidates: [(Int, String)] = []
        for index in tree.elements(where: { !$0.isText }) {
            let raw = tree.rawText(of: index)
            guard raw.utf8.count <= 100, raw.contains(where: \.isNumber) else { continue }
            let text = tree.lineText(of: index)
            guard !text.isEmpty, LiveBlogReader.isStampLine(text) || LiveBlogReader(context: context).trailingStamp(text) != nil,
                isReadable(index)
            else { continue }
            // The innermost element that holds the stamp: drop an ancestor already taken.
            if let last = candidates.last, tree.isInside(index, last.0) { candidates.removeLast() }
            candidates.append((index, text))
        }
        var reader = LiveBlogReader(context: context)
        reader.fallbackDate = fallbackDate
        reader.fallbackZone = fallbackZone
        let stamps = reader.stamps(of: candidates.map(\.1))
        return zip(candidates, stamps).compactMap { candidate, stamp in
            guard let stamp, stamp.precision <= .minute || stamp.precision == .hour else { return nil }
            return (candidate.0, stamp)
        }
    }

    /// The posts that a page's time markers stand in, found by the repeated blocks that hold them.
    func timedPosts(_ times: [(Int, NormalizedTime)]) -> [TimedPost] {
        // For every element, which of its children hold a time, in order.
        var holders: [Int: [Int]] = [:]
        for (time, _) in times {
            var child = time
            while let parent = tree.nodes[child].parent {
                if holders[parent]?.last != child { holders[parent, default: []].append(child) }
                child = parent
            }
        }
        guard let list = holders.filter({ $0.value.count >= 2 }).max(by: { a, b in
            a.value.count < b.value.count || a.value.count == b.value.count && depth(a.key) < depth(b.key)
        })?.key else { return [] }
        let children = holders[list]!
        var signatures: [String: Int] = [:]
        for child in children { signatures[signature(child), default: 0] += 1 }
        let common = signatures.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }!.key
        let blocks = children.filter { signature($0) == common }
        var blockOfTime: [Int: Int] = [:]
        for (time, _) in times {
            if let block = blocks.first(where: { tree.isInside(time, $0) }) { blockOfTime[time] = block }
        }
        return blocks.compactMap { block in
            let own = times.filter { blockOfTime[$0.0] == block }
            // The stamp is the first time not marked as an update (`dateModified`, `updated-time`).
            guard let stamp = own.first(where: { !marksUpdate($0.0) }) ?? own.first else { return nil }
            var updates: [NormalizedTime] = []
            for (_, time) in own where time.start != stamp.1.start && !updates.contains(where: { $0.start == time.start }) { updates.append(time) }
            return TimedPost(block: block, stamp: stamp.1, updates: updates, markers: own.map(\.0))
        }
    }

    /// Attribute names (`data-*`) that carry a machine-readable time, by the words in them
    /// (`data-timestamp`, `data-published-at`), or by whole words (`data-ts`).
    static let timeAttributeWords = ["time", "date", "published", "epoch", "posted"]
    static let timeAttributeNames: Set<String> = ["ts", "utc", "created", "modified", "updated"]

    /// The time an element carries for machines: a `datetime` (on `<time>` or any element), or a
    /// `data-*` attribute named for a time holding ISO 8601 or Unix seconds or milliseconds
    /// (`data-timestamp="1720530482000"`); only a full date with a clock counts.
    func machineTime(_ index: Int) -> NormalizedTime? {
        let attributes = tree.nodes[index].attributes
        if let value = attributes["datetime"] { return isoTime(value) }
        // Microformats put the time in `title` (`<abbr class="published" title="2025-08-27T17:48:37+05:00">`), microdata in `content`.
        for name in ["title", "content"] {
            if let value = attributes[name], let time = isoTime(value) { return time }
        }
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) where name.hasPrefix("data-") {
            let words = name.dropFirst(5).split(separator: "-").map(String.init)
            guard Self.timeAttributeWords.contains(where: name.contains) || words.contains(where: Self.timeAttributeNames.contains) else { continue }
            if let time = isoTime(value) ?? epochTime(value) { return time }
        }
        return nil
    }

    private func isoTime(_ value: String) -> NormalizedTime? {
        guard value.count >= 16, value.first?.isNumber == true, value.contains("T") || value.contains(":") else { return nil }
        return try? NormalizedTime(stamp: value, context: context)
    }

    /// Unix time in seconds (10 digits) or milliseconds (13), between 2000 and 2100.
    private func epochTime(_ value: String) -> NormalizedTime? {
        guard value.count == 10 || value.count == 13, value.allSatisfy({ $0.isASCII && $0.isNumber }), var seconds = Int64(value) else { return nil }
        if value.count == 13 { seconds /= 1000 }
        guard seconds >= 946_684_800, seconds < 4_102_444_800 else { return nil }
        return try? NormalizedTime(stamp: Instant(secondsSinceEpoch: seconds).iso8601, context: context)
    }

    /// Whether an element's time is marked as a later update (its attribute names, class or `itemprop`).
    func marksUpdate(_ index: Int) -> Bool {
        let node = tree.nodes[index]
        let marks = node.attributes.filter { $0.key.hasPrefix("data-") }.map(\.key) + [node.attributes["class"] ?? "", node.attributes["itemprop"] ?? ""]
        if marks.contains(where: { $0.lowercased().contains("updat") || $0.lowercased().contains("modif") }) { return true }
        // Or a label just before it says so (`<span>Updated</span> <bsp-timestamp ...>`), as a text page's lead-in would.
        guard let parent = node.parent, let position = tree.nodes[parent].children.firstIndex(of: index) else { return false }
        let before = tree.nodes[parent].children[..<position].suffix(2).map { tree.rawText(of: $0) }.joined(separator: " ")
        let lastWord = before.split { !$0.isLetter }.last?.lowercased() ?? ""
        return ["updated", "update", "modified", "edited"].contains(lastWord)
    }

    private func depth(_ index: Int) -> Int {
        var depth = 0
        var current = tree.nodes[index].parent
        while let node = current {
            depth += 1
            current = tree.nodes[node].parent
        }
        return depth
    }

    /// An element's name and first class: what repeated blocks of one template share (a key
    /// event's `block is-key-event` is still a `block`).
    private func signature(_ index: Int) -> String {
        let firstClass = (tree.nodes[index].attributes["class"] ?? "").split(separator: " ").first ?? ""
        return tree.nodes[index].name + "." + firstClass
    }

    /// The post in a block found by its time.
    func content(of post: TimedPost) -> PostContent? {
        guard var content = content(ofBlock: post.block, headline: nil, stamp: post.stamp, markers: post.markers) else { return nil }
        content.updates = post.updates
        return content
    }

    /// For each headline, the block on the page that carries it (matched by its heading's text).
    func blocksByHeadline(_ headlines: [String]) -> [String: Int] {
        let wanted = Set(headlines.map(Self.key))
        var headings: [Int] = []
        var keys: [String] = []
        for index in tree.elements(where: { HTMLPageReader.headings.contains($0.name) }) where isReadable(index) {
            let key = Self.key(tree.lineText(of: index))
            guard wanted.contains(key) else { continue }
            headings.append(index)
            keys.append(key)
        }
        // A headline can stand twice (the page's <h1> repeats its newest post's): the post is the
        // block that stands in the list beside the others, the parent most blocks share.
        var candidates: [String: [Int]] = [:]
        var parents: [Int: Int] = [:]
        for (key, block) in zip(keys, postBlocks(for: headings)) {
            candidates[key, default: []].append(block)
            if let parent = tree.nodes[block].parent { parents[parent, default: 0] += 1 }
        }
        return candidates.mapValues { blocks in
            blocks.max { a, b in
                (tree.nodes[a].parent.flatMap { parents[$0] } ?? 0, tree.blocks(under: a).count)
                    < (tree.nodes[b].parent.flatMap { parents[$0] } ?? 0, tree.blocks(under: b).count)
            }!
        }
    }

    /// Whether a block has a heading of its own (outside furniture).
    func hasHeading(_ block: Int) -> Bool {
        tree.elements(under: block) { HTMLPageReader.headings.contains($0.name) }.contains(where: isReadable)
    }

    /// The time a block shows in its own `<time datetime>`, if it has one.
    func visibleStamp(in block: Int) -> NormalizedTime? {
        tree.elements(under: block) { !$0.attributes.isEmpty }.lazy.filter { !marksUpdate($0) }.compactMap(machineTime).first
    }

    /// The one article of a page: the `<article>` holding its headline, else the first, else `<main>`, else the body.
    func articleContent(headline: String?, stamp: NormalizedTime) -> PostContent {
        let articles = tree.elements(named: "article").filter(isReadable)
        let holding = headline.flatMap { headline in
            articles.first { article in
                tree.elements(under: article) { HTMLPageReader.headings.contains($0.name) }
                    .contains { Self.key(tree.lineText(of: $0)) == Self.key(headline) }
            }
        }
        let container = holding ?? articles.first ?? tree.elements(named: "main").first ?? tree.elements(named: "body").first ?? 0
        return content(ofBlock: container, headline: headline, stamp: stamp)
            ?? PostContent(stamp: stamp, headline: headline, paragraphs: [])
    }

    /// What a post block says: headline (the given one, or its first heading), byline, paragraphs, captions.
    func content(ofBlock block: Int, headline given: String?, stamp: NormalizedTime, markers: [Int] = []) -> PostContent? {
        // A time marked on the block itself (`<article data-published=...>`) is no line of it.
        let times = Set(markers + tree.elements(under: block, where: { !$0.attributes.isEmpty }).filter { machineTime($0) != nil }).subtracting([block])
        var skip = times
        for time in times {
            // A line that is only times and a few words (`Updated at 12.30 BST`, `Posted 2 hrs ago`) is a stamp, not content.
            let line = tree.ancestor(of: time, named: MarkupTree.blockElements) ?? time
            let rest = tree.blocks(under: line, skipping: times).map(\.text).joined(separator: " ")
            if line != block, tree.isInside(line, block), rest.split(separator: " ").count <= 3 { skip.insert(line) }
        }
        var headline = given
        let headings = tree.elements(under: block) { HTMLPageReader.headings.contains($0.name) }.filter(isReadable)
        if let given {
            skip.formUnion(headings.filter { Self.key(tree.lineText(of: $0)) == Self.key(given) })
        } else if let first = headings.first ?? titleElement(in: block, skipping: skip) {
            headline = tree.lineText(of: first)
            skip.insert(first)
        }
        var byline: String?
        for element in tree.elements(under: block, where: { hasWord(Self.bylineWords, $0, attributes: ["class", "id", "itemprop", "rel"]) })
        where isReadable(element) && !skip.contains(where: { tree.isInside(element, $0) }) {
            // The first that says something (an author's avatar says nothing), short as a byline is.
            let text = tree.lineText(of: element)
            guard !text.isEmpty else { continue }
            if text.split(separator: " ").count <= 16 {
                byline = text
                skip.insert(element)
            }
            break
        }
        var captions: [CaptionContent] = []
        for figure in tree.elements(under: block, where: { $0.name == "figure" || $0.name == "figcaption" }) where isReadable(figure) {
            skip.insert(figure)
            guard tree.nodes[figure].name == "figcaption" else { continue }
            let credits = tree.elements(under: figure) { hasWord(Self.creditWords, $0, attributes: ["class", "itemprop"]) || $0.name == "cite" || $0.name == "small" }
            var text = tree.blocks(under: figure, skipping: Set(credits)).map(\.text).joined(separator: " ")
            for label in Self.captionLabels where text.hasPrefix(label) { text = String(text.dropFirst(label.count)).normalizingSpaces() }
            let credit = Self.bareCredit(credits.map { tree.lineText(of: $0) }.filter { !$0.isEmpty }.joined(separator: " "))
            if !credit.isEmpty {
                captions.append(CaptionContent(text: text, credit: credit))
            } else if !text.isEmpty {
                captions.append(Self.captionSplittingCredit(text))
            }
        }
        var paragraphs = tree.blocks(under: block, skipping: skip).map(\.text).filter { line in
            !PageTextWriter.isFurniture(line) && !isStampOnly(line) && line != headline
        }
        if byline == nil, let first = paragraphs.first, PageTextWriter.isByline(first) {
            byline = first
            paragraphs.removeFirst()
        }
        guard headline != nil || !paragraphs.isEmpty else { return nil }
        return PostContent(stamp: stamp, headline: headline, byline: byline, paragraphs: paragraphs, captions: captions)
    }

    /// Labels that introduce a credit written inside the caption's text (`... on May 9. Photograph: Sefa Karacan/AFP`).
    static let creditLabels = ["Photograph:", "Photographs:", "Photo:", "Photos:", "Picture:", "Image:", "Credit:", "Illustration:", "Image source,"]

    /// Labels that screen-reader text puts before a caption (`Image caption, Rescuers searched ...`).
    static let captionLabels = ["Image caption,", "Caption:", "Caption,"]

    /// A caption whose credit is written into its text, split at the last credit label.
    static func captionSplittingCredit(_ text: String) -> CaptionContent {
        let labelled = creditLabels.compactMap { text.range(of: " " + $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
        guard let labelled else { return CaptionContent(text: text) }
        let credit = text[labelled.upperBound...].normalizingSpaces()
        return CaptionContent(text: String(text[..<labelled.lowerBound]), credit: credit.isEmpty ? nil : credit)
    }

    /// A credit without its brackets and label: `(Photo: Sefa Karacan/AFP)` is `Sefa Karacan/AFP`.
    static func bareCredit(_ text: String) -> String {
        var credit = Substring(text)
        if credit.hasPrefix("("), credit.hasSuffix(")") { credit = credit.dropFirst().dropLast() }
        for label in creditLabels where credit.hasPrefix(label) { credit = credit.dropFirst(label.count) }
        return credit.normalizingSpaces()
    }

    /// Whether a line is only a stamp (a visible `7:26 a.m. ET, May 31, 2023` beside the machine-readable one).
    func isStampOnly(_ line: String) -> Bool {
        guard line.utf8.count <= 120, line.contains(where: \.isNumber) else { return false }
        if LiveBlogReader.isStampLine(line) || isTimeLabel(line) { return true }
        // `November 1, 2026 6:45am PST Updated November 1, 2026 7:12am PST`: a stamp and its update.
        guard let update = line.range(of: " updated", options: .caseInsensitive) else { return false }
        let published = String(line[..<update.lowerBound]), updated = String(line[update.lowerBound...]).normalizingSpaces()
        return LiveBlogReader.isStampLine(published) && LiveBlogReader.isStampLine(updated.replacingOccurrences(of: ":", with: "", options: .anchored))
    }

    /// A short line that shows a post's time as people read it beside the machine-readable one:
    /// a relative time (`Pinned 10 hours ago`) or a clock with a short date in any language
    /// (`18:22 15 ott`).
    func isTimeLabel(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count <= 4 else { return false }
        if words.last?.lowercased() == "ago" { return true }
        let isClock = { (word: Substring) in
            let parts = word.split(whereSeparator: { $0 == ":" || $0 == "." })
            return parts.count == 2 && parts.allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isNumber) }
        }
        return words.contains(where: isClock) && words.allSatisfy { $0.count <= 5 }
    }

    /// Class words of the element that holds a post's title when the template uses no heading.
    static let titleWords: Set<String> = ["title", "headline", "heading"]

    /// A post's title in an element marked as one (`<div class="lb24-news-list-item-title">`), when it has no heading.
    func titleElement(in block: Int, skipping skip: Set<Int>) -> Int? {
        tree.elements(under: block) { hasWord(Self.titleWords, $0, attributes: ["class", "itemprop"]) }.first { element in
            isReadable(element) && !skip.contains(element) && !tree.lineText(of: element).isEmpty
                && tree.lineText(of: element).split(separator: " ").count <= 30
        }
    }

    /// Whether an element is outside scripts, furniture and the head.
    func isReadable(_ index: Int) -> Bool {
        var current: Int? = index
        while let node = current, node != 0 {
            if MarkupTree.unreadElements.contains(tree.nodes[node].name) || tree.isFurniture(node) { return false }
            current = tree.nodes[node].parent
        }
        return true
    }

    /// For each marker, the highest ancestor that holds no other marker.
    func postBlocks(for markers: [Int]) -> [Int] {
        var counts: [Int: Int] = [:]
        for marker in markers {
            var current: Int? = marker
            while let node = current {
                counts[node, default: 0] += 1
                current = tree.nodes[node].parent
            }
        }
        return markers.map { marker in
            var block = marker
            while let parent = tree.nodes[block].parent, parent != 0, counts[parent] == 1, tree.nodes[parent].name != "body" {
                block = parent
            }
            return block
        }
    }

    func hasWord(_ words: Set<String>, _ node: MarkupTree.Node, attributes: [String]) -> Bool {
        attributes.contains { attribute in
            guard let value = node.attributes[attribute]?.lowercased() else { return false }
            return value.split { !$0.isLetter && !$0.isNumber }.contains { words.contains(String($0)) }
        }
    }

    /// How headlines are compared between JSON-LD and the page: case, spacing and quote styles aside.
    static func key(_ text: String) -> String {
        var key = text.normalizingSpaces().lowercased()
        for (curly, straight) in [("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\"")] {
            key = key.replacingOccurrences(of: curly, with: straight)
        }
        return key
    }
}
