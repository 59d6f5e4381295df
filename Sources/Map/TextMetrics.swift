/// Estimated text widths, so labels can be kept apart without a font engine.
///
/// Helvetica's advance widths (thousandths of an em, printable ASCII) widened by 15%: the map
/// asks for DejaVu Sans, Verdana or Arial, and of those DejaVu Sans and Verdana run wider than
/// Helvetica; an estimate that errs wide leaves a gap, one that errs narrow lets labels touch.
enum TextMetrics {
    private static let ascii: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 600,  // p to DEL
    ]

    /// The width of `text` at `fontSize` pixels; bold is 8% wider.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var thousandths = 0
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            thousandths += (32..<128).contains(value) ? Int(ascii[value - 32]) : 620
        }
        return Double(thousandths) / 1000 * fontSize * 1.15 * (bold ? 1.08 : 1)
    }
}
