import Foundation
import ParleyModel

/// Plain-text articles: optional front matter, paragraphs separated by blank lines.
///
/// Wire copy hard-wraps its lines and indents each paragraph; both are undone here so
/// that every paragraph is one line of text.
public enum TextArticleReader {
    public static func read(_ text: String, origin: String, defaultPublished: CalendarDate? = nil) -> Article {
        let front = FrontMatter.parse(text)
        var metadata = front.fields
        let title = metadata.removeValue(forKey: "title").flatMap { $0.isEmpty ? nil : $0 }
        let published = metadata.removeValue(forKey: "published").flatMap { CalendarDate(iso: $0) }
            ?? metadata["date"].flatMap { CalendarDate(iso: $0) } ?? defaultPublished
        let paragraphs = BoilerplateFilter.clean(Self.paragraphs(of: front.body))
        return Article(origin: origin, title: title, published: published,
                       text: paragraphs.joined(separator: "\n\n"), metadata: metadata)
    }

    /// Joins hard-wrapped lines; a blank line or an indented line starts a new paragraph.
    static func paragraphs(of body: Substring) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let trimmed = current.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { paragraphs.append(trimmed) }
            current = ""
        }
        for rawLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flush()
                continue
            }
            if let first = line.first, first == " " || first == "\t" { flush() }
            current += current.isEmpty ? trimmed : " " + trimmed
        }
        flush()
        return paragraphs.map(collapseSpaces)
    }

    static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
