// libFuzzer target: the HTML page reader and the feed reader on arbitrary bytes (libxml2's
// parsers, the tree copy, charsets, JSON-LD, the post layout).
// Built by scripts/fuzz.sh together with Sources/Pages/*.swift.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? HTMLPageReader().read(bytes, name: "fuzz")
    _ = try? FeedReader().read(bytes, name: "fuzz")
    _ = InputFormat.sniff(bytes, name: "fuzz")
    return 0
}
