// libFuzzer target: time expressions in running text (RelativeTime.extract and scan) on arbitrary text.
// Built by scripts/fuzz.sh together with Sources/Timeline/*.swift (one module, so internal API is visible).
import Foundation

private let anchors: [TimeAnchor] = [
    try! TimeAnchor(date: CivilDate(year: 2024, month: 5, day: 15)!, zone: .utc),
    try! TimeAnchor(instant: Instant(secondsSinceEpoch: 1_679_792_400), zone: .iana("Europe/London")),  // 26 March 2023, DST day
    try! TimeAnchor(date: CivilDate(year: 1998, month: 1, day: 1)!, zone: .iana("America/New_York")),
]
private let tenses: [RelativeTime.SentenceTense?] = [nil, .past, .present, .future]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = text.unicodeScalars.count
    for (index, anchor) in anchors.enumerated() {
        let tense = tenses[index % tenses.count]
        for expression in RelativeTime.extract(text, anchor: anchor, tenseAt: { _ in tense }) {
            precondition(expression.range.lowerBound >= 0 && expression.range.upperBound <= length)
            if let time = expression.time { precondition(time.start <= time.end) }
        }
        for mention in RelativeTime.scan(text, anchor: anchor, tense: .past) {
            precondition(mention.range.lowerBound >= 0 && mention.range.upperBound <= length)
        }
    }
    return 0
}
