import Foundation

/// The schema.org objects a page describes itself with in `<script type="application/ld+json">`.
struct JSONLD {
    /// Every object with an `@type`, from every block, `@graph` lists and nested arrays flattened.
    var objects: [[String: Any]] = []
    /// Blocks that are not valid JSON, described for the reader's notes.
    var problems: [String] = []

    init(_ tree: MarkupTree) {
        let scripts = tree.elements { $0.name == "script" && ($0.attributes["type"] ?? "").lowercased().contains("ld+json") }
        for (number, script) in scripts.enumerated() {
            let text = tree.rawText(of: script).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            do {
                let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
                collect(value)
            } catch {
                problems.append("JSON-LD block \(number + 1) is not valid JSON ('\(text.prefix(60))...'); it was ignored and the page's markup read instead")
            }
        }
    }

    private mutating func collect(_ value: Any) {
        if let array = value as? [Any] {
            for item in array { collect(item) }
        } else if let object = value as? [String: Any] {
            if object["@type"] != nil { objects.append(object) }
            if let graph = object["@graph"] { collect(graph) }
        }
    }

    /// The first object of one of `types`.
    func first(ofType types: Set<String>) -> [String: Any]? {
        objects.first { !Self.types(of: $0).isDisjoint(with: types) }
    }

    static func types(of object: [String: Any]) -> Set<String> {
        if let type = object["@type"] as? String { return [type] }
        return Set((object["@type"] as? [Any] ?? []).compactMap { $0 as? String })
    }

    /// A property read as text (a string, or the first string of a list), character references
    /// decoded: publishers' JSON-LD often carries the HTML-escaped text (`&amp;`, `&#8211;`).
    static func string(_ object: [String: Any], _ key: String) -> String? {
        var value = object[key] as? String
        if value == nil, let list = object[key] as? [Any] { value = list.lazy.compactMap { $0 as? String }.first }
        guard let value, !value.isEmpty else { return nil }
        return decodingCharacterReferences(value)
    }

    /// Text with its HTML character references (`&amp;`, `&#8217;`, `&rsquo;`) decoded by libxml2's HTML parser.
    static func decodingCharacterReferences(_ text: String) -> String {
        guard text.contains("&"), text.contains(";"), !text.contains("<"),
            let tree = try? MarkupTree(html: Array(("<html><body><p>" + text.replacingOccurrences(of: "\n", with: "<br>") + "</p></body></html>").utf8), name: "JSON-LD")
        else { return text }
        let body = tree.elements(named: "p").first ?? 0
        return tree.blocks(under: body).map(\.text).joined(separator: "\n")
    }

    /// Names of the people or organisations under `key` (`author`, `publisher`): objects, lists or strings.
    static func names(_ object: [String: Any], _ key: String) -> [String] {
        var values: [Any] = []
        if let list = object[key] as? [Any] { values = list } else if let one = object[key] { values = [one] }
        return values.compactMap { value in
            if let name = value as? String { return name }
            return (value as? [String: Any]).flatMap { string($0, "name") }
        }
    }

    /// Objects (or one object) under `key`.
    static func objects(_ object: [String: Any], _ key: String) -> [[String: Any]] {
        if let list = object[key] as? [Any] { return list.compactMap { $0 as? [String: Any] } }
        if let one = object[key] as? [String: Any] { return [one] }
        return []
    }

    /// A `mainEntityOfPage` or `url`: the page's own address.
    static func url(_ object: [String: Any]) -> String? {
        if let url = string(object, "url") { return url }
        if let page = object["mainEntityOfPage"] as? String { return page }
        return (object["mainEntityOfPage"] as? [String: Any]).flatMap { string($0, "@id") ?? string($0, "url") }
    }
}
