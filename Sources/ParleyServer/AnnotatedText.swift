/// An article's text in paragraphs, with the sentences that facts were read from marked and linked.
///
/// Offsets are UTF-8 bytes, as the store keeps them; offsets out of range are clamped rather than trusted.
struct AnnotatedText {
    enum Fact: Hashable, Comparable {
        case meeting(Int64)
        case statement(Int64)

        var link: HTML {
            switch self {
            case let .meeting(id): "<a class=\"fact-link\" href=\"\(Links.meeting(id))\">meeting \(id)</a>"
            case let .statement(id): "<a class=\"fact-link\" href=\"\(Links.statement(id))\">statement \(id)</a>"
            }
        }
    }

    struct Mark {
        var range: Range<Int>
        var facts: [Fact]
    }

    let bytes: [UInt8]
    /// Marks in text order, overlapping ones merged into one.
    let marks: [Mark]

    init(_ text: String, marks: [Mark]) {
        bytes = Array(text.utf8)
        let count = bytes.count
        let clamped = marks.map { mark in
            Mark(
                range: min(max(0, mark.range.lowerBound), count)..<min(max(0, mark.range.upperBound), count),
                facts: mark.facts)
        }
        var merged: [Mark] = []
        for mark in clamped.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where !mark.range.isEmpty {
            if let last = merged.last, mark.range.lowerBound < last.range.upperBound {
                merged[merged.count - 1].range =
                    last.range.lowerBound..<max(last.range.upperBound, mark.range.upperBound)
                merged[merged.count - 1].facts = Array(Set(last.facts + mark.facts)).sorted()
            } else {
                merged.append(Mark(range: mark.range, facts: Array(Set(mark.facts)).sorted()))
            }
        }
        self.marks = merged
    }

    /// Byte ranges of the paragraphs: text between blank lines.
    var paragraphs: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                if start < index { ranges.append(start..<index) }
                while index < bytes.count, bytes[index] == 0x0A { index += 1 }
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// Every paragraph, marks linked to their facts.
    func render() -> HTML {
        paragraphs.map { "<p>\(render($0, links: true))</p>" }.joined(separator: "\n")
    }

    /// The paragraph holding the byte offset, its marks shown without links: a report's context.
    func excerpt(around offset: Int) -> HTML {
        guard let paragraph = paragraphs.first(where: { $0.contains(offset) }) ?? paragraphs.first else {
            return .empty
        }
        return render(paragraph, links: false)
    }

    private func render(_ paragraph: Range<Int>, links: Bool) -> HTML {
        var parts: [HTML] = []
        var position = paragraph.lowerBound
        for mark in marks where mark.range.overlaps(paragraph) {
            let range = max(mark.range.lowerBound, position)..<min(mark.range.upperBound, paragraph.upperBound)
            guard !range.isEmpty else { continue }
            parts.append("\(text(position..<range.lowerBound))")
            let anchor = "at-\(mark.range.lowerBound)"
            parts.append(
                links
                    ? "<mark id=\"\(anchor)\">\(text(range))</mark><span class=\"facts\">\(mark.facts.map(\.link))</span>"
                    : "<mark>\(text(range))</mark>")
            position = range.upperBound
        }
        parts.append("\(text(position..<paragraph.upperBound))")
        return parts.joined(separator: .empty)
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
