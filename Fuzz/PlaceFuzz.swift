// libFuzzer target: the place extractor (recognition and resolution) on arbitrary text.
// Built by scripts/fuzz.sh together with Sources/Geo/*.swift. The gazetteer is opened once, on the
// first input, from $TIMELINE_GAZETTEER, else `Gazetteer/` in the current directory, else the
// package's `Gazetteer/` beside this file; the language model as `LanguageModel.load()` finds it.
import Foundation
import Language

private let parser: Geoparser = {
    var candidates: [URL] = []
    if let explicit = ProcessInfo.processInfo.environment["TIMELINE_GAZETTEER"], !explicit.isEmpty {
        candidates.append(URL(fileURLWithPath: explicit))
    }
    candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Gazetteer"))
    candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Gazetteer"))
    for url in candidates where FileManager.default.fileExists(atPath: url.path) {
        if let gazetteer = try? Gazetteer(contentsOf: url), let parser = try? Geoparser(gazetteer: gazetteer) { return parser }
    }
    fatalError("PlaceFuzz: no gazetteer or language model found (set TIMELINE_GAZETTEER and TIMELINE_LANGUAGE_MODEL, or run from the package root)")
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let mentions = parser.extract(text)
    let scalars = text.unicodeScalars.count
    for mention in mentions {
        _ = mention.text
        precondition(mention.range.lowerBound >= 0 && mention.range.upperBound <= scalars, "mention range outside the text")
    }
    return 0
}
