import Foundation
@testable import Geo

/// Paths and shared instances for the Geo tests (the committed gazetteer, the seeds).
enum TestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let gazetteerFolder = packageRoot.appendingPathComponent("Gazetteer")
    static let sourcesFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/gazetteer")

    static let gazetteer: Gazetteer = {
        do { return try Gazetteer(contentsOf: gazetteerFolder) } catch { fatalError("cannot open the committed gazetteer: \(error)") }
    }()

    static let parser = try! Geoparser(gazetteer: gazetteer)

    static func seed(_ name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
    }

    /// The substring of `text` at a range of Unicode-scalar offsets.
    static func scalars(_ text: String, _ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }
}

extension [PlaceMention] {
    /// Location mentions whose surface text is exactly `text`.
    func locations(_ text: String) -> [PlaceMention] {
        filter { $0.text == text && $0.role == .location }
    }
}
