import ArgumentParser
import Foundation
import Geo
import Language

/// `timelinectl annotate [FILE|-] [--json]`: what the language layer sees in a text.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Show the tokens, sentences, parts of speech, lemmas, phrases and names the language layer reads.",
        discussion: """
        Without --json, prints one sentence a block: each token with its universal and Penn tags, lemma, \
        phrase label and name label, then the sentence's names with their confidence. With --json, prints JSON \
        Lines, one token a line: start, end (offsets in Unicode scalars, end exclusive), text, pos (Universal \
        POS), penn, lemma, sentence (index), phrase (B-NP, I-VP, B-PP, O), name (B-place, I-person, O), and for \
        a verb group's head its voice, tense, negated and modal.

        Examples:
            echo "Shebekino was shelled overnight, Gov. Gladkov said." | timelinectl annotate -
            timelinectl annotate seeds/000_fdd7082ede222f27.txt --json
        """
    )

    @Argument(help: "Text file to read, or - for standard input.")
    var file: String = "-"

    @Flag(name: .long, help: "Print JSON Lines, one token a line.")
    var json = false

    @Flag(name: .long, help: "Recognize names without the gazetteer's hints (what the model reads from context alone).")
    var noGazetteer = false

    @OptionGroup var options: PlacesGazetteerOption

    func run() throws {
        let text = try readInput(file, isPage: false)
        let places: (any PlaceLexicon)? = noGazetteer ? nil : GazetteerPlaceLexicon(gazetteer: try options.load())
        let annotator = Annotator(model: try LanguageModel.load(), places: places)
        let annotated = annotator.annotate(text)
        let phraseLabels = annotated.phraseLabels()
        var verbHeads: [Int: Phrase] = [:]
        for phrase in annotated.phrases where phrase.kind == .verb { verbHeads[phrase.head] = phrase }
        var out = ""
        for (sentenceIndex, sentence) in annotated.sentences.enumerated() {
            if !json { out += "# sentence \(sentenceIndex)\n" }
            for index in sentence {
                let token = annotated.tokens[index]
                let tag = annotated.tags[index]
                let name = NameLabel.name(Int(annotated.nameLabels[index]))
                if json {
                    var fields: [(String, JSON)] = [
                        ("start", .int(token.scalarsStart)), ("end", .int(token.scalarsEnd)),
                        ("text", .string(String(annotated.text(of: index)))), ("pos", .string(tag.universal.description)),
                        ("penn", .string(tag.penn.name)), ("lemma", .string(annotated.lemma(of: index))),
                        ("sentence", .int(sentenceIndex)), ("phrase", .string(phraseLabels[index])), ("name", .string(name)),
                    ]
                    if let verb = verbHeads[index] { fields += Self.verbFields(verb) }
                    out += JSON.object(fields).rendered + "\n"
                } else {
                    var line = "\(token.scalarsStart)-\(token.scalarsEnd)\t\(annotated.text(of: index))\t\(tag.universal)\t\(tag.penn)"
                    line += "\t\(annotated.lemma(of: index))\t\(phraseLabels[index])\t\(name)"
                    if let verb = verbHeads[index] {
                        line += "\t" + Self.verbFields(verb).map { "\($0.0)=\($0.1.rendered)" }.joined(separator: " ")
                    }
                    out += line + "\n"
                }
            }
            if !json {
                for name in annotated.names where sentence.contains(name.tokens.lowerBound) {
                    out += "  \(name.type): \(annotated.text(of: name.tokens)) (confidence \(String(format: "%.2f", name.confidence)))\n"
                }
            }
            if out.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(out.utf8))
                out = ""
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }

    static func verbFields(_ verb: Phrase) -> [(String, JSON)] {
        [
            ("voice", .string(verb.voice == .passive ? "passive" : "active")),
            ("tense", .string(verb.tense.map { "\($0)" } ?? "nonFinite")),
            ("negated", .bool(verb.isNegated)),
            ("modal", JSON.optional(verb.modal)),
        ]
    }
}
