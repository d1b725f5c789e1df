import Foundation
import ParleyModel

/// The header of a text article: `key: value` lines between `---` lines (static-site front matter), or
/// before a single `---` line (the wire-archive form `source: / published: / title:` then `---`).
public struct FrontMatter: Sendable, Hashable {
    /// Keys in lower case, values trimmed and unquoted.
    public var fields: [String: String]
    /// The text after the closing `---`.
    public var body: Substring

    /// Splits `text` into its front matter and body; text without front matter is all body.
    public static func parse(_ text: String) -> FrontMatter {
        var lines = text[...].split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingEdges(in: .whitespaces) == "---" }) == true, lines.count == 2 else {
            return headerBeforeRule(text) ?? FrontMatter(fields: [:], body: text[...])
        }
        var fields: [String: String] = [:]
        var rest = lines.removeLast()
        while !rest.isEmpty {
            let parts = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let line = parts[0]
            rest = parts.count > 1 ? parts[1] : ""
            if line.trimmingEdges(in: .whitespaces) == "---" {
                return FrontMatter(fields: fields, body: rest)
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingEdges(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingEdges(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if !key.isEmpty { fields[key] = value }
        }
        // An opening `---` that is never closed is not front matter.
        return FrontMatter(fields: [:], body: text[...])
    }

    /// Keys that make a leading block of `key: value` lines a header even without an opening `---`.
    static let headerKeys: Set<String> = ["source", "published", "title", "date", "url", "author"]

    /// "source: ...", "published: ...", "title: ...", then `---`: every line before the rule is a known key.
    private static func headerBeforeRule(_ text: String) -> FrontMatter? {
        var fields: [String: String] = [:]
        var rest = text[...]
        var lineCount = 0
        while !rest.isEmpty, lineCount <= headerKeys.count {
            let parts = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let line = parts[0]
            rest = parts.count > 1 ? parts[1] : ""
            lineCount += 1
            if line.trimmingEdges(in: .whitespacesAndNewlines) == "---" {
                return fields.isEmpty ? nil : FrontMatter(fields: fields, body: rest)
            }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon].trimmingEdges(in: .whitespaces).lowercased()
            guard headerKeys.contains(key) else { return nil }
            fields[key] = line[line.index(after: colon)...].trimmingEdges(in: .whitespacesAndNewlines)
        }
        return nil
    }
}
