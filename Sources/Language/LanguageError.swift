/// What can go wrong in the language layer, each case with the context a user needs to act.
public enum LanguageError: Error, CustomStringConvertible, Sendable {
    case unreadableFile(path: String, reason: String)
    case modelNotFound(searched: [String])
    case incompatibleModel(path: String, reason: String)
    case malformedTrainingData(file: String, line: Int, text: String, reason: String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason): "cannot read \(path): \(reason)"
        case .modelNotFound(let searched):
            "language model (language.bin) not found; looked in: " + searched.joined(separator: ", ")
                + " (set TIMELINE_LANGUAGE_MODEL to its path)"
        case .incompatibleModel(let path, let reason): "\(path) is not a language model this build can read: \(reason)"
        case .malformedTrainingData(let file, let line, let text, let reason): "\(file):\(line): \(reason): \"\(text)\""
        }
    }
}
