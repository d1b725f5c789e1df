import Foundation
import ParleyModel

/// Turns one file (or standard input) into articles, choosing the reader by extension.
public struct ArticleFileReader: Sendable {
    public var defaultPublished: CalendarDate?
    /// Larger files are refused rather than read into memory.
    public var maxBytes: Int

    public init(defaultPublished: CalendarDate? = nil, maxBytes: Int = 50_000_000) {
        self.defaultPublished = defaultPublished
        self.maxBytes = maxBytes
    }

    /// The extensions a folder walk picks up.
    public static let articleExtensions: Set<String> = ["txt", "md", "json", "jsonl", "ndjson", "html", "htm"]

    /// Reads the file at `path`; each result is an article or the reason it could not be read.
    public func read(path: String) -> [Result<Article, ReadError>] {
        let bytes: [UInt8]
        do {
            // stat(2) answers the size; `attributesOfItem` also looked up the owner's name in the user
            // database, a read of /etc/passwd per file. Its error, when stat fails, is kept for the message.
            var status = stat()
            if stat(path, &status) == 0 {
                if Int(status.st_size) > maxBytes {
                    return [.failure(.tooLarge(path: path, bytes: Int(status.st_size), limit: maxBytes))]
                }
            } else {
                let attributes = try FileManager.default.attributesOfItem(atPath: path)
                if let size = attributes[.size] as? Int, size > maxBytes {
                    return [.failure(.tooLarge(path: path, bytes: size, limit: maxBytes))]
                }
            }
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            return [.failure(.unreadable(path: path, reason: Self.reason(error)))]
        }
        return read(bytes: bytes, path: path, extension: URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Reads bytes already in memory, as the extension says (the caller chooses one for standard input).
    public func read(bytes: [UInt8], path: String, extension ext: String) -> [Result<Article, ReadError>] {
        if bytes.count > maxBytes { return [.failure(.tooLarge(path: path, bytes: bytes.count, limit: maxBytes))] }
        if ext == "html" || ext == "htm" {
            do {
                let page = try HTMLArticleReader.read(bytes, path: path, maxBytes: maxBytes)
                return [.success(Self.article(from: page, origin: path, defaultPublished: defaultPublished))]
            } catch {
                return [.failure(error)]
            }
        }
        let text: String
        switch Self.decodeText(bytes, path: path) {
        case let .success(decoded): text = decoded
        case let .failure(error): return [.failure(error)]
        }
        switch ext {
        case "jsonl", "ndjson": return JSONArticleReader.readLines(text, path: path, defaultPublished: defaultPublished)
        case "json": return JSONArticleReader.readDocument(text, path: path, defaultPublished: defaultPublished)
        case "txt", "md", "text", "": break
        default: return [.failure(.unsupportedType(path: path))]
        }
        let article = TextArticleReader.read(text, origin: path, defaultPublished: defaultPublished)
        guard !article.text.isEmpty else { return [.failure(.noArticleText(path: path))] }
        return [.success(article)]
    }

    /// UTF-8 text without its byte-order mark, or the reason it is not text.
    static func decodeText(_ bytes: [UInt8], path: String) -> Result<String, ReadError> {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if BlankBytes.isBlank(content) {
            return .failure(.empty(path: path))
        }
        if content.prefix(8192).contains(0) { return .failure(.binary(path: path)) }
        guard let text = String(validating: content, as: UTF8.self) else { return .failure(.notUTF8(path: path)) }
        // Windows line ends: "\r\n" is one Character in Swift, and would hide every line break from the readers.
        guard content.contains(0x0D) else { return .success(text) }
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    static func article(from page: HTMLPage, origin: String, defaultPublished: CalendarDate?) -> Article {
        var metadata: [String: String] = [:]
        metadata["url"] = page.canonicalURL
        metadata["site"] = page.siteName
        metadata["author"] = page.author
        var paragraphs = page.paragraphs
        if let title = page.title, !title.isEmpty { paragraphs.insert(title, at: 0) }
        return Article(
            origin: origin, title: page.title, published: page.published ?? defaultPublished,
            text: paragraphs.joined(separator: "\n\n"), metadata: metadata)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let posix = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
