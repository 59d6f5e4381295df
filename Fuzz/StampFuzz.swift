// libFuzzer target: the stamp parser and normalizer on arbitrary text.
// Built by scripts/fuzz.sh together with Sources/Timeline/*.swift (one module, so internal API is visible).
import Foundation

private let contexts: [StampContext] = [
    StampContext(),
    StampContext(
        defaultZone: .iana("Europe/London"), defaultDate: CivilDate(year: 2023, month: 5, day: 31),
        abbreviationChoices: ["IST": .iana("Asia/Jerusalem")]),
    StampContext(defaultZone: .iana("America/New_York"), defaultYear: 2023),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = StampParser.parse(text)
    for context in contexts {
        if let time = try? NormalizedTime(stamp: text, context: context) {
            // Cheap sanity: an interval never ends before it starts (UTCInterval also checks).
            precondition(time.start <= time.end)
        }
    }
    return 0
}
