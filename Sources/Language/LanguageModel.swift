import Foundation

/// The trained language layer, memory-mapped from `language.bin`: tagger, name recognizer and lemmatizer.
public final class LanguageModel: Sendable {
    public let tagger: PartOfSpeechTagger
    let names: NameRecognizer
    public let lemmatizer: Lemmatizer
    /// What the model was trained on, as the trainer wrote it.
    public let about: String
    let sections: ModelFileSections

    public init(contentsOf url: URL) throws {
        let sections = try ModelFileSections(path: url.path)
        let file = sections.file
        self.sections = sections
        let tagset = Tagset(file: file, offset: sections.offset(.tagset))
        tagger = PartOfSpeechTagger(weights: PerceptronWeights(file: file, offset: sections.offset(.posWeights)),
                                    dictionary: HashTableLayout.Reader(file: file, offset: sections.offset(.tagDictionary)),
                                    closedClassWords: HashTableLayout.Reader(file: file, offset: sections.offset(.closedClassWords)),
                                    tagset: tagset)
        names = NameRecognizer(weights: PerceptronWeights(file: file, offset: sections.offset(.nameWeights)))
        lemmatizer = Lemmatizer(rules: HashTableLayout.Reader(file: file, offset: sections.offset(.lemmaRules)),
                                strings: file.bytes(sections.offset(.lemmaStrings), sections.length(.lemmaStrings)),
                                vocabulary: HashTableLayout.Reader(file: file, offset: sections.offset(.vocabulary)))
        about = String(decoding: file.bytes(sections.offset(.about), sections.length(.about)), as: UTF8.self)
    }

    /// Where `load()` looks, in order: `$TIMELINE_LANGUAGE_MODEL`, then `Models/language.bin`
    /// beside the executable and in its parent folders, then in the current directory and its parents.
    public static func searchLocations(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var locations: [URL] = []
        if let explicit = environment["TIMELINE_LANGUAGE_MODEL"], !explicit.isEmpty {
            locations.append(URL(fileURLWithPath: explicit))
        }
        locations += ResourceLocator.candidates(folder: "Models").map { $0.appendingPathComponent(ModelFile.fileName) }
        return locations
    }

    /// Loads the first model found in `searchLocations()`.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> LanguageModel {
        let locations = searchLocations(environment: environment)
        for location in locations where FileManager.default.fileExists(atPath: location.path) {
            return try LanguageModel(contentsOf: location)
        }
        throw LanguageError.modelNotFound(searched: locations.map(\.path))
    }

    /// The model found by `load()`, opened once per process.
    public static func shared() throws -> LanguageModel {
        try sharedModel.get()
    }

    private static let sharedModel: Result<LanguageModel, Error> = Result { try load() }
}

/// Finds the project's data folders (`Gazetteer/`, `Models/`) beside the executable or the working directory.
public enum ResourceLocator {
    /// `folder` beside the executable and in up to seven parents, then in the current directory and its parents.
    public static func candidates(folder: String) -> [URL] {
        func ancestors(of start: URL) -> [URL] {
            var result: [URL] = []
            var current = start.standardizedFileURL
            for _ in 0..<8 {
                result.append(current.appendingPathComponent(folder))
                let parent = current.deletingLastPathComponent()
                if parent.path == current.path { break }
                current = parent
            }
            return result
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        return ancestors(of: executable.deletingLastPathComponent())
            + ancestors(of: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }
}
