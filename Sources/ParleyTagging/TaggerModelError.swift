/// A model file the tagger cannot read; every case names the line and what is wrong with it.
package enum TaggerModelError: Error, Equatable, CustomStringConvertible {
    case badHeader(found: String)
    case unknownTag(String, line: Int)
    case malformedLine(String, line: Int)
    case countMismatch(section: String, declared: Int, found: Int)

    package var description: String {
        switch self {
        case .badHeader(let found):
            "tagger model: the first line is '\(found)', not 'parley-tagger 1 scale N'; regenerate it with Scripts/train-tagger.sh"
        case .unknownTag(let tag, let line):
            "tagger model, line \(line): '\(tag)' is no Penn Treebank tag the PartOfSpeech type knows; add it to PartOfSpeech or retrain"
        case .malformedLine(let text, let line):
            "tagger model, line \(line): cannot read '\(text.prefix(60))'; regenerate the file with Scripts/train-tagger.sh"
        case .countMismatch(let section, let declared, let found):
            "tagger model: the \(section) section declares \(declared) lines but has \(found); the file is truncated or edited"
        }
    }
}
