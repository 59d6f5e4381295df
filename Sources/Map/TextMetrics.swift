/// Estimated text widths, so labels can be kept apart without a font engine.
///
/// DejaVu Sans's advance widths (thousandths of an em, printable ASCII, as Chromium measures
/// them), the first font the map asks for and the one Debian installs; Verdana and Arial, the
/// fallbacks, run no wider. Other characters count as an `n`, and every estimate is widened
/// by 4%, so an estimate errs wide: a wrong guess leaves a gap rather than letting labels touch.
enum TextMetrics {
    private static let regular: [UInt16] = [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,  // space to /
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,  // 0 to ?
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,  // @ to O
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,  // P to _
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,  // ` to o
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,  // p to ~
    ]
    private static let bold: [UInt16] = [
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
    ]

    /// The width of `text` at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double, bold isBold: Bool = false) -> Double {
        let table = isBold ? bold : regular
        let other = Int(isBold ? bold[0x6E - 32] : regular[0x6E - 32])
        var thousandths = 0
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            thousandths += (32..<127).contains(value) ? Int(table[value - 32]) : other
        }
        return Double(thousandths) / 1000 * fontSize * 1.04
    }

    /// `text` broken between words into lines no wider than `width` (a word wider than that
    /// stands alone on its line).
    static func wrap(_ text: String, fontSize: Double, bold: Bool = false, width: Double) -> [String] {
        var lines: [String] = []
        for word in text.split(separator: " ") {
            if let last = lines.last, Self.width(last + " " + word, fontSize: fontSize, bold: bold) <= width {
                lines[lines.count - 1] += " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines
    }
}
