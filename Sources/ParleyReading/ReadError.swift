/// Why a file or record could not become an article; each message names the place and the problem.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case notUTF8(path: String)
    case malformedJSON(path: String, line: Int, reason: String)
    case missingText(path: String, line: Int)
    case noArticleText(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// One line of a JSON Lines file over the limit; the file's other records are still read.
    case recordTooLarge(path: String, line: Int, bytes: Int, limit: Int)
    case unsupportedType(path: String)
    case noArticles(folder: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read the file: \(reason)"
        case let .empty(path): "\(path): the file is empty"
        case let .binary(path): "\(path): the file is binary, not text"
        case let .notUTF8(path): "\(path): the text is not valid UTF-8; convert it to UTF-8 and ingest it again"
        case let .malformedJSON(path, line, reason): "\(path):\(line): malformed JSON: \(reason)"
        case let .missingText(path, line): "\(path):\(line): the record has no \"text\" field"
        case let .noArticleText(path): "\(path): no article text found in the page"
        case let .tooLarge(path, bytes, limit):
            "\(path): the file has \(bytes) bytes, more than the limit of \(limit); split it or raise --max-bytes"
        case let .recordTooLarge(path, line, bytes, limit):
            "\(path):\(line): the record has \(bytes) bytes, more than the limit of \(limit); raise --max-bytes"
        case let .unsupportedType(path):
            "\(path): not an article file (expected .txt, .md, .html, .htm, .json or .jsonl)"
        case let .noArticles(folder): "\(folder): the folder holds no article files"
        }
    }
}
