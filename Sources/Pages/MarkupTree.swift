import Foundation
import CLibXML2

/// A parsed HTML page or XML feed: elements and text in document order, copied out of libxml2.
///
/// libxml2 does the parsing (tolerant of the broken nesting and unclosed tags real pages have);
/// the tree is copied into Swift values so that nothing else in the module touches C pointers.
public struct MarkupTree: Sendable {
    /// One element or run of text.
    public struct Node: Sendable {
        /// The element's lowercased name (with its namespace prefix in XML: `content:encoded`); empty for text.
        public var name: String
        public var attributes: [String: String]
        /// A text node's text (character references already decoded); empty for elements.
        public var text: String
        public var children: [Int]
        public var parent: Int?

        public var isText: Bool { name.isEmpty }
    }

    /// Every node; `nodes[0]` is the document itself, an element named `#document`.
    public private(set) var nodes: [Node]

    /// Parses HTML already decoded to UTF-8.
    public init(html utf8: [UInt8], name: String) throws(PageError) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { bytes in
                htmlReadMemory(bytes, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { throw PageError(.unreadableMarkup, "libxml2 could not parse it as HTML", source: name) }
        defer { xmlFreeDoc(document) }
        nodes = Self.copy(document, lowercasing: true)
    }

    /// Parses an XML document (a feed) already decoded to UTF-8; malformed XML is refused with libxml2's first error.
    public init(xml utf8: [UInt8], name: String) throws(PageError) {
        // No network, no entity substitution: a feed never makes the reader fetch or expand anything.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_IGNORE_ENC.rawValue)
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { bytes in
                xmlReadMemory(bytes, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else {
            var reason = "not well-formed XML"
            if let error = xmlGetLastError() {
                let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
                reason = "not well-formed XML at line \(error.pointee.line): \(message)"
            }
            throw PageError(.unreadableMarkup, reason, source: name)
        }
        defer { xmlFreeDoc(document) }
        nodes = Self.copy(document, lowercasing: false)
    }

    /// Walks libxml2's tree without recursion (broken pages can nest deeply).
    private static func copy(_ document: htmlDocPtr, lowercasing: Bool) -> [Node] {
        var nodes = [Node(name: "#document", attributes: [:], text: "", children: [], parent: nil)]
        var stack: [(xmlNodePtr, Int)] = []
        var child = document.pointee.children
        var pending: [(xmlNodePtr, Int)] = []
        while let node = child {
            pending.append((node, 0))
            child = node.pointee.next
        }
        stack.append(contentsOf: pending.reversed())
        while let (node, parent) = stack.popLast() {
            let index = nodes.count
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                var name = String(cString: node.pointee.name)
                if lowercasing { name = name.lowercased() }
                if let prefix = node.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
                nodes.append(Node(name: name, attributes: attributes(of: node, lowercasing: lowercasing), text: "", children: [], parent: parent))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.pointee.content else { continue }
                nodes.append(Node(name: "", attributes: [:], text: String(cString: content), children: [], parent: parent))
            default:
                continue  // comments, processing instructions, the doctype
            }
            nodes[parent].children.append(index)
            var children: [(xmlNodePtr, Int)] = []
            var next = node.pointee.children
            while let current = next {
                children.append((current, index))
                next = current.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return nodes
    }

    private static func attributes(of node: xmlNodePtr, lowercasing: Bool) -> [String: String] {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            var name = String(cString: current.pointee.name)
            if lowercasing { name = name.lowercased() }
            if let prefix = current.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
            // An attribute's value is the text of its children (character references already decoded).
            var value = ""
            var part = current.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            attributes[name] = value
            attribute = current.pointee.next
        }
        return attributes
    }
}

extension MarkupTree {
    /// The indices of every element under `root` (in document order) that `matches`.
    public func elements(under root: Int = 0, where matches: (Node) -> Bool) -> [Int] {
        var found: [Int] = []
        var stack = nodes[root].children.reversed() as [Int]
        while let index = stack.popLast() {
            let node = nodes[index]
            guard !node.isText else { continue }
            if matches(node) { found.append(index) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    /// The elements named `name` under `root`.
    public func elements(named name: String, under root: Int = 0) -> [Int] {
        elements(under: root) { $0.name == name }
    }

    /// The first child element of `index` named `name`.
    public func child(_ index: Int, named name: String) -> Int? {
        nodes[index].children.first { nodes[$0].name == name }
    }

    /// All the text under a node, as written (no spacing added between blocks).
    public func rawText(of index: Int) -> String {
        var text = ""
        var stack = [index]
        while let current = stack.popLast() {
            let node = nodes[current]
            if node.isText { text += node.text } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return text
    }

    /// Whether `index` lies under `ancestor` (or is it).
    public func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current: Int? = index
        while let node = current {
            if node == ancestor { return true }
            current = nodes[node].parent
        }
        return false
    }
}
