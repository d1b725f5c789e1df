import Foundation
import ParleyTagging

/// Reads the CoNLL-U documents of a folder: the word form (column 2) and its Penn tag (column 5).
///
/// Multiword-token lines ("3-4": "don't" over "do" and "n't") and empty nodes ("3.1") are skipped:
/// the words tagged are the ones the syntactic lines give.
enum TreebankReader {
    /// Every `.conllu` file under `folder`, in the order of their relative paths.
    static func documents(in folder: String) throws -> [TreebankDocument] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw TreebankError.noDocuments(folder: folder)
        }
        let paths = walker.compactMap { ($0 as? URL)?.path }
            .filter { $0.hasSuffix(".conllu") }
            .map { String($0.dropFirst(root.path.count + 1)) }
            .sorted()
        guard !paths.isEmpty else { throw TreebankError.noDocuments(folder: folder) }
        return try paths.map { path in
            let url = root.appendingPathComponent(path)
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw TreebankError.unreadable(path: url.path, reason: error.localizedDescription)
            }
            return TreebankDocument(path: path, sentences: try sentences(in: text, path: url.path))
        }
    }

    static func sentences(in text: String, path: String) throws -> [TaggedSentence] {
        var sentences: [TaggedSentence] = []
        var current = TaggedSentence()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty {
                if !current.words.isEmpty { sentences.append(current) }
                current = TaggedSentence()
                continue
            }
            guard !line.hasPrefix("#") else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else { throw TreebankError.malformedLine(path: path, line: number + 1) }
            guard columns[0].allSatisfy(\.isNumber) else { continue }
            guard let tag = PartOfSpeech(rawValue: String(columns[4])) else {
                throw TreebankError.unknownTag(String(columns[4]), path: path, line: number + 1)
            }
            current.words.append(String(columns[1]))
            current.tags.append(tag)
        }
        if !current.words.isEmpty { sentences.append(current) }
        return sentences
    }
}
