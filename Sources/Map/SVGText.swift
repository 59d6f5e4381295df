/// Number and text formatting for SVG and HTML output, written by hand so that the same map
/// is the same bytes on every machine and locale.
enum SVGText {
    /// A number with at most one decimal (a tenth of a pixel is below what a screen shows).
    static func number(_ value: Double) -> String {
        // Far beyond any drawing, and never a trap on a value that is not a number.
        let tenths = value.isFinite ? Int64((min(1e12, max(-1e12, value)) * 10).rounded()) : 0
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        let whole = magnitude / 10, fraction = magnitude % 10
        return fraction == 0 ? sign + String(whole) : sign + String(whole) + "." + String(fraction)
    }

    /// Text escaped for XML and HTML content and attribute values; characters XML 1.0 forbids
    /// (control characters other than tab, newline and return; U+FFFE, U+FFFF) become U+FFFD,
    /// so a stray byte in a source cannot make the file unreadable.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsWork($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(forbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return out
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: forbidden(scalar)
        }
    }

    private static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
