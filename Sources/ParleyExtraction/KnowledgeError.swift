/// A data file that cannot be used; the message names the file and line.
public enum KnowledgeError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case badLine(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): "\(path): cannot read the dictionary: \(reason)"
        case let .badLine(file, line, reason): "\(file):\(line): \(reason)"
        }
    }
}
