import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a page's character encoding was read from.
public enum CharsetSource: String, Hashable, Sendable {
    case byteOrderMark = "byte-order mark"
    case transport = "Content-Type header"
    case meta = "<meta> element"
    case xmlDeclaration = "XML declaration"
    /// Nothing declared: valid UTF-8 is read as UTF-8, anything else as windows-1252, the web's default.
    case sniffed = "no declaration"
}

/// Decodes a page's bytes to UTF-8 by the charset it declares, as browsers do.
///
/// Order (the HTML standard's): a byte-order mark, the transport's `charset=` (an HTTP
/// `Content-Type`), a `<meta charset>` or `<meta http-equiv>` in the first 1024 bytes (or an XML
/// declaration), else UTF-8 when the bytes are valid UTF-8, else windows-1252. ISO-8859-1 and
/// US-ASCII labels mean windows-1252 on the web. An unknown label is refused, never guessed.
public enum PageCharset {
    public struct Decoded: Sendable {
        public var utf8: [UInt8]
        /// The charset the bytes were read in: the declared label as browsers take it (`ISO-8859-1` is
        /// read as `windows-1252`), or `UTF-8`/`windows-1252` when nothing was declared.
        public var charset: String
        public var source: CharsetSource
    }

    public static func decode(_ bytes: [UInt8], transport: String? = nil, isXML: Bool = false, name: String) throws(PageError) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try convert(Array(bytes.dropFirst(3)), from: "UTF-8", source: .byteOrderMark, name: name)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try convert(Array(bytes.dropFirst(2)), from: "UTF-16LE", source: .byteOrderMark, name: name) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try convert(Array(bytes.dropFirst(2)), from: "UTF-16BE", source: .byteOrderMark, name: name) }
        if let label = transport.flatMap(charsetParameter) {
            return try convert(bytes, from: label, source: .transport, name: name)
        }
        let head = Array(bytes.prefix(1024))
        if let label = isXML ? xmlDeclaredEncoding(head) : metaCharset(head) {
            return try convert(bytes, from: label, source: isXML ? .xmlDeclaration : .meta, name: name)
        }
        if String(validating: bytes, as: UTF8.self) != nil {
            return Decoded(utf8: bytes, charset: "UTF-8", source: .sniffed)
        }
        return try convert(bytes, from: "windows-1252", source: .sniffed, name: name)
    }

    /// The `charset=` parameter of a `Content-Type` value.
    public static func charsetParameter(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// A charset named by a `<meta>` element in the page's first bytes.
    static func metaCharset(_ head: [UInt8]) -> String? {
        let text = String(decoding: head.map { $0 >= 0x80 ? 0x20 : $0 }, as: UTF8.self).lowercased()
        var searchFrom = text.startIndex
        while let meta = text.range(of: "<meta", range: searchFrom..<text.endIndex) {
            let tagEnd = text.range(of: ">", range: meta.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
            let tag = text[meta.upperBound..<tagEnd]
            if let charset = tag.range(of: "charset") {
                var value = tag[charset.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                value = value.prefix { !" \"';/>".contains($0) }
                if !value.isEmpty { return String(value) }
            }
            searchFrom = tagEnd
        }
        return nil
    }

    /// The `encoding="..."` of an XML declaration.
    static func xmlDeclaredEncoding(_ head: [UInt8]) -> String? {
        let text = String(decoding: head.prefix(200), as: UTF8.self)
        guard text.hasPrefix("<?xml"), let close = text.range(of: "?>"),
            let encoding = text[..<close.lowerBound].range(of: "encoding=")
        else { return nil }
        let rest = text[encoding.upperBound..<close.lowerBound]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }

    /// The label browsers actually use for a declared one (ISO-8859-1 pages are windows-1252 in practice).
    static func webLabel(_ label: String) -> String {
        switch label.lowercased() {
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252": "windows-1252"
        case "utf8", "unicode-1-1-utf-8": "UTF-8"
        default: label
        }
    }

    private static func convert(_ bytes: [UInt8], from label: String, source: CharsetSource, name: String) throws(PageError) -> Decoded {
        let charset = webLabel(label)
        if charset.uppercased() == "UTF-8" {
            guard String(validating: bytes, as: UTF8.self) != nil else {
                throw PageError(.undecodable, "invalid UTF-8 although its \(source.rawValue) declares '\(label)'", source: name)
            }
            return Decoded(utf8: bytes, charset: "UTF-8", source: source)
        }
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else {
            throw PageError(.unknownCharset, "unknown charset '\(label)' (declared in its \(source.rawValue)); re-save the page as UTF-8", source: name)
        }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        // On success the unused tail of `output`, on failure the offset of the first byte iconv refused.
        let (failedAt, unused): (Int?, Int) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress).map { $0.assumingMemoryBound(to: CChar.self) }
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return (result == -1 ? inBuffer.count - inLeft : nil, outLeft)
            }
        }
        if let failedAt {
            let byte = failedAt < bytes.count ? "byte 0x" + String(bytes[failedAt], radix: 16) : "the last bytes"
            throw PageError(.undecodable, "\(byte) at offset \(failedAt) is not \(label) (declared in its \(source.rawValue))", source: name)
        }
        output.removeLast(unused)
        return Decoded(utf8: output, charset: charset, source: source)
    }
}
