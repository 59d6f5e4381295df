import Foundation
@testable import Language

/// The committed model, opened once for the language tests.
enum ModelSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let model: LanguageModel = {
        do { return try LanguageModel(contentsOf: root.appendingPathComponent("Models/language.bin")) } catch {
            fatalError("cannot open the committed language model: \(error)")
        }
    }()
    static let annotator = Annotator(model: model)
    static let gum = root.deletingLastPathComponent().appendingPathComponent("shared/dev-data/language/gum")
    static var hasGUM: Bool { FileManager.default.fileExists(atPath: gum.appendingPathComponent("split-test.txt").path) }
}
