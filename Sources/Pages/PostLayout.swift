import Foundation
import Timeline

/// Finds posts in a page's markup: the block each occupies, its headline, byline, paragraphs and captions.
///
/// A post's block is found from one marker inside it (its `<time datetime>`, or the heading that
/// carries its headline): the highest ancestor of the marker that holds no other post's marker.
/// That works whatever the publisher calls its elements, because it reads only the nesting.
struct PostLayout {
    let tree: MarkupTree
    let context: StampContext

    /// Class, id and `itemprop` words of the element that holds a byline.
    static let bylineWords: Set<String> = ["byline", "author", "authors", "contributor", "contributors"]
    /// Class words of the part of a caption that credits the photographer or agency.
    static let creditWords: Set<String> = ["credit", "credits", "copyright", "photographer", "source", "attribution"]

    /// A post found by its `<time datetime>`: the block it occupies, its stamp, and its later stamps.
    struct TimedPost {
        var block: Int
        var stamp: NormalizedTime
        var updates: [NormalizedTime]
    }

    /// The posts of a page marked up with `<time datetime>` (a full date and clock, outside furniture).
    ///
    /// The posts are the alike children (same element and class) of the one element that has the
    /// most children holding such a time: a list of posts, whatever the template calls it. A time
    /// outside that list (the page's own, in its header) is not a post; a block's first time is
    /// its stamp and any later one (`Updated at ...`) an update.
    func timedPosts() -> [TimedPost] {
        var times: [(Int, NormalizedTime)] = []
        for index in tree.elements(named: "time") where isReadable(index) {
            guard let stamp = machineTime(index) else { continue }
            times.append((index, stamp))
        }
        // For every element, which of its children hold a time, in order.
        var holders: [Int: [Int]] = [:]
        var blockOfTime: [Int: Int] = [:]
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
        for (time, _) in times {
            if let block = blocks.first(where: { tree.isInside(time, $0) }) { blockOfTime[time] = block }
        }
        return blocks.compactMap { block in
            let own = times.filter { blockOfTime[$0.0] == block }
            guard let first = own.first else { return nil }
            return TimedPost(block: block, stamp: first.1, updates: own.dropFirst().map(\.1).filter { $0.start != first.1.start })
        }
    }

    /// A `<time>` element's `datetime` read as a stamp, when it has a date and a clock.
    func machineTime(_ index: Int) -> NormalizedTime? {
        guard let value = tree.nodes[index].attributes["datetime"], value.contains("T") || value.contains(":") else { return nil }
        return try? NormalizedTime(stamp: value, context: context)
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
        guard var content = content(ofBlock: post.block, headline: nil, stamp: post.stamp) else { return nil }
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
        // A headline can stand twice (the page's <h1> repeats its newest post's): the block with more paragraphs is the post.
        var chosen: [String: Int] = [:]
        for (key, block) in zip(keys, postBlocks(for: headings)) {
            if let known = chosen[key], paragraphCount(known) >= paragraphCount(block) { continue }
            chosen[key] = block
        }
        return chosen
    }

    private func paragraphCount(_ block: Int) -> Int { tree.elements(named: "p", under: block).count }

    /// The time a block shows in its own `<time datetime>`, if it has one.
    func visibleStamp(in block: Int) -> NormalizedTime? {
        tree.elements(named: "time", under: block).lazy.compactMap(machineTime).first
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
    func content(ofBlock block: Int, headline given: String?, stamp: NormalizedTime) -> PostContent? {
        var skip = Set<Int>()
        for time in tree.elements(named: "time", under: block) {
            // A line that is only a time and a few words (`Updated at 12.30 BST`) is a stamp, not content.
            let line = tree.ancestor(of: time, named: MarkupTree.blockElements) ?? time
            let rest = tree.blocks(under: line, skipping: [time]).map(\.text).joined(separator: " ")
            skip.insert(line != block && tree.isInside(line, block) && rest.split(separator: " ").count <= 3 ? line : time)
        }
        var headline = given
        let headings = tree.elements(under: block) { HTMLPageReader.headings.contains($0.name) }.filter(isReadable)
        if let given {
            skip.formUnion(headings.filter { Self.key(tree.lineText(of: $0)) == Self.key(given) })
        } else if let first = headings.first {
            headline = tree.lineText(of: first)
            skip.insert(first)
        }
        var byline: String?
        if let element = tree.elements(under: block, where: { hasWord(Self.bylineWords, $0, attributes: ["class", "id", "itemprop", "rel"]) })
            .first(where: { isReadable($0) && !skip.contains($0) })
        {
            let text = tree.lineText(of: element)
            if !text.isEmpty, text.split(separator: " ").count <= 16 {
                byline = text
                skip.insert(element)
            }
        }
        var captions: [CaptionContent] = []
        for figure in tree.elements(under: block, where: { $0.name == "figure" || $0.name == "figcaption" }) where isReadable(figure) {
            skip.insert(figure)
            guard tree.nodes[figure].name == "figcaption" else { continue }
            let credits = tree.elements(under: figure) { hasWord(Self.creditWords, $0, attributes: ["class", "itemprop"]) || $0.name == "cite" || $0.name == "small" }
            let text = tree.blocks(under: figure, skipping: Set(credits)).map(\.text).joined(separator: " ")
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
    static let creditLabels = ["Photograph:", "Photographs:", "Photo:", "Photos:", "Picture:", "Image:", "Credit:", "Illustration:"]

    /// A caption whose credit is written into its text, split at the last credit label.
    static func captionSplittingCredit(_ text: String) -> CaptionContent {
        let labelled = creditLabels.compactMap { text.range(of: " " + $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
        guard let labelled else { return CaptionContent(text: text) }
        let credit = text[labelled.upperBound...].collapsingWhiteSpace()
        return CaptionContent(text: String(text[..<labelled.lowerBound]), credit: credit.isEmpty ? nil : credit)
    }

    /// A credit without its brackets and label: `(Photo: Sefa Karacan/AFP)` is `Sefa Karacan/AFP`.
    static func bareCredit(_ text: String) -> String {
        var credit = Substring(text)
        if credit.hasPrefix("("), credit.hasSuffix(")") { credit = credit.dropFirst().dropLast() }
        for label in creditLabels where credit.hasPrefix(label) { credit = credit.dropFirst(label.count) }
        return credit.collapsingWhiteSpace()
    }

    /// Whether a line is only a stamp (a visible `7:26 a.m. ET, May 31, 2023` beside the machine-readable one).
    func isStampOnly(_ line: String) -> Bool {
        line.count <= 60 && line.contains(where: \.isNumber) && (try? NormalizedTime(stamp: line, context: context)) != nil
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
        var key = text.collapsingWhiteSpace().lowercased()
        for (curly, straight) in [("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{201C}", "\""), ("\u{201D}", "\"")] {
            key = key.replacingOccurrences(of: curly, with: straight)
        }
        return key
    }
}
