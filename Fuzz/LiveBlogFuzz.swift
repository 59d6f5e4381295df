// libFuzzer target: the live-blog page reader on arbitrary text.
// Built by scripts/fuzz.sh together with Sources/Timeline/*.swift.
import Foundation

private let dated = StampContext(defaultZone: .iana("Europe/London"), defaultDate: CivilDate(year: 2023, month: 5, day: 31))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? LiveBlogReader().read(text)
    _ = try? LiveBlogReader(context: dated, source: "fuzz").read(text)
    return 0
}
