/// Why the treebanks could not be read; each case says where and what to do.
enum TreebankError: Error, CustomStringConvertible {
    case noDocuments(folder: String)
    case unreadable(path: String, reason: String)
    case unknownTag(String, path: String, line: Int)
    case malformedLine(path: String, line: Int)

    var description: String {
        switch self {
        case .noDocuments(let folder):
            "no .conllu files under \(folder); pass the treebanks folder with --treebanks"
        case .unreadable(let path, let reason):
            "\(path): cannot read it (\(reason))"
        case .unknownTag(let tag, let path, let line):
            "\(path):\(line): '\(tag)' is no tag the PartOfSpeech type knows; add it to ParleyTagging/PartOfSpeech.swift"
        case .malformedLine(let path, let line):
            "\(path):\(line): a token line needs 10 tab-separated columns (CoNLL-U)"
        }
    }
}
