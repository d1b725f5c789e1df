import Foundation
import ParleyModel

/// JSON and JSON Lines records with `id`, `url`, `title`, `published`, `text`.
///
/// A record's origin is `PATH#ID`, or `PATH#LINE` when it has no id.
public enum JSONArticleReader {
    /// One result per record: a malformed line fails alone, the others still come through.
    public static func readLines(_ text: String, path: String, defaultPublished: CalendarDate? = nil)
        -> [Result<Article, ReadError>]
    {
        var results: [Result<Article, ReadError>] = []
        var number = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            results.append(record(Data(line.utf8), path: path, line: number, defaultPublished: defaultPublished))
        }
        return results
    }

    /// One line of a JSON Lines file, as `JSONLinesFile` gives it: an article, or why it is none.
    public static func record(_ bytes: [UInt8], path: String, line: Int, defaultPublished: CalendarDate? = nil)
        -> Result<Article, ReadError>
    {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(.notUTF8(path: "\(path):\(line)"))
        }
        return record(Data(bytes), path: path, line: line, defaultPublished: defaultPublished)
    }

    private static func record(_ data: Data, path: String, line number: Int, defaultPublished: CalendarDate?)
        -> Result<Article, ReadError>
    {
        do {
            let object = try JSONSerialization.jsonObject(with: data)
            guard let record = object as? [String: Any] else {
                throw ReadError.malformedJSON(path: path, line: number, reason: "a record must be a JSON object")
            }
            return .success(try article(from: record, path: path, line: number, defaultPublished: defaultPublished))
        } catch let error as ReadError {
            return .failure(error)
        } catch {
            return .failure(.malformedJSON(path: path, line: number, reason: Self.reason(error)))
        }
    }

    /// A `.json` file: one record, or an array of records.
    public static func readDocument(_ text: String, path: String, defaultPublished: CalendarDate? = nil)
        -> [Result<Article, ReadError>]
    {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            return [.failure(.malformedJSON(path: path, line: 1, reason: reason(error)))]
        }
        let records: [Any] = (object as? [Any]) ?? [object]
        if records.isEmpty { return [.failure(.noArticleText(path: path))] }
        return records.enumerated().map { index, element in
            guard let record = element as? [String: Any] else {
                return .failure(.malformedJSON(path: path, line: index + 1, reason: "a record must be a JSON object"))
            }
            return Result { () throws(ReadError) in
                try article(from: record, path: path, line: index + 1, defaultPublished: defaultPublished)
            }
        }
    }

    static func article(from record: [String: Any], path: String, line: Int, defaultPublished: CalendarDate?)
        throws(ReadError) -> Article
    {
        guard let text = record["text"] as? String ?? record["body"] as? String,
            text.contains(where: { !$0.isWhitespace })
        else {
            throw .missingText(path: path, line: line)
        }
        let id = (record["id"] as? String) ?? (record["id"] as? NSNumber).map { $0.stringValue } ?? String(line)
        var metadata: [String: String] = [:]
        for (key, value) in record where !["text", "body", "title", "published", "id"].contains(key) {
            if let string = value as? String {
                metadata[key] = string
            } else if let number = value as? NSNumber {
                metadata[key] = number.stringValue
            }
        }
        let paragraphs = BoilerplateFilter.clean(TextArticleReader.paragraphs(of: text[...]))
        guard !paragraphs.isEmpty else { throw .noArticleText(path: "\(path):\(line)") }
        return Article(
            origin: "\(path)#\(id)", title: record["title"] as? String,
            published: (record["published"] as? String).flatMap { CalendarDate(iso: $0) } ?? defaultPublished,
            text: paragraphs.joined(separator: "\n\n"), metadata: metadata)
    }

    private static func reason(_ error: Error) -> String {
        let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return message ?? "not valid JSON"
    }
}
