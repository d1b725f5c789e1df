import Foundation
import ParleyModel

/// Plain-text articles: optional front matter, paragraphs separated by blank lines.
///
/// Wire copy hard-wraps its lines and indents each paragraph; both are undone here so
/// that every paragraph is one line of text.
public enum TextArticleReader {
    /// The article of a text file: front matter for title and date, the body cleaned of site chrome.
    public static func read(_ text: String, origin: String, defaultPublished: CalendarDate? = nil) -> Article {
        let front = FrontMatter.parse(text)
        var metadata = front.fields
        let title = metadata.removeValue(forKey: "title").flatMap { $0.isEmpty ? nil : $0 }
        let published =
            metadata.removeValue(forKey: "published").flatMap { CalendarDate(iso: $0) }
            ?? metadata["date"].flatMap { CalendarDate(iso: $0) } ?? defaultPublished
        let paragraphs = BoilerplateFilter.clean(Self.paragraphs(of: front.body))
        return Article(
            origin: origin, title: title, published: published,
            text: paragraphs.joined(separator: "\n\n"), metadata: metadata)
    }

    /// Joins hard-wrapped lines; a blank line or an indented line starts a new paragraph.
    /// Works on the UTF-8 bytes in one pass: runs of spaces and tabs become one space, CR before LF goes.
    static func paragraphs(of body: Substring) -> [String] {
        var paragraphs: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(1024)
        func flush() {
            while current.last == 0x20 { current.removeLast() }
            if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        let bytes = body.utf8
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            var line = bytes[lineStart..<lineEnd]
            if line.last == 0x0D { line = line.dropLast() }
            let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if isBlank {
                flush()
            } else {
                if line.first == 0x20 || line.first == 0x09 { flush() }
                var pendingSpace = !current.isEmpty
                for byte in line {
                    if byte == 0x20 || byte == 0x09 {
                        pendingSpace = !current.isEmpty
                    } else {
                        if pendingSpace { current.append(0x20) }
                        pendingSpace = false
                        current.append(byte)
                    }
                }
            }
            lineStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
        }
        flush()
        return paragraphs
    }
}
