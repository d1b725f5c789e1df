import ParleyModel
import Testing

@testable import ParleyServer

/// The pieces under the pages: escaping, query strings, marked text, the network layout.
@Suite struct RenderingTests {
    @Test(arguments: [
        ("plain", "plain"), ("<b>", "&lt;b&gt;"), ("a & b", "a &amp; b"), ("\"q\" 'r'", "&quot;q&quot; &#39;r&#39;"),
        ("Qín Gāng", "Qín Gāng"),
    ])
    func interpolatedTextIsEscaped(_ text: String, _ escaped: String) {
        let html: HTML = "<p title=\"\(text)\">\(text)</p>"
        #expect(html.markup == "<p title=\"\(escaped)\">\(escaped)</p>")
    }

    @Test func interpolatedMarkupIsKept() {
        let inner: HTML = "<em>\("<x>")</em>"
        #expect(("<p>\(inner)</p>" as HTML).markup == "<p><em>&lt;x&gt;</em></p>")
    }

    @Test(arguments: [
        ("q=border+crossing", "q", "border crossing"), ("q=Qu%C3%A9bec", "q", "Québec"), ("q=a%2Bb", "q", "a+b"),
        ("q=&actor=Li", "q", nil), ("q=%20%20", "q", nil), ("q=first&q=second", "q", "first"), ("flag", "flag", nil),
    ])
    func queryStringsReadAsFormsSendThem(_ query: String, _ name: String, _ value: String?) throws {
        #expect(try QueryParameters(query).text(name) == value)
    }

    @Test(arguments: ["2023-5-1", "2023-02-30", "yesterday", "2023-05-10T08:00", "20230510"])
    func aBadDateIsRefused(_ text: String) {
        #expect(throws: RequestError.self) { try QueryParameters(["from": text]).date("from") }
    }

    @Test func theMarkedSentenceIsFoundByByteOffsets() {
        // Given a text with an accented word before the sentence, so that bytes and characters differ
        let text = "Qín spoke.\n\nCarter met Li. Then he left."
        let start = Array(text.utf8).count - "Carter met Li. Then he left.".utf8.count
        let marked = AnnotatedText(text, marks: [.init(range: start..<(start + 14), facts: [.meeting(3)])])

        // Then the paragraphs are cut at the blank line and the sentence is marked and linked
        #expect(marked.paragraphs.count == 2)
        let html = marked.render().markup
        #expect(html.contains("<p>Qín spoke.</p>"))
        #expect(html.contains("<mark id=\"at-\(start)\">Carter met Li.</mark>"))
        #expect(html.contains("href=\"/meetings/3\""))
        #expect(marked.excerpt(around: start).markup == "<mark>Carter met Li.</mark> Then he left.")
    }

    @Test func overlappingAndOutOfRangeMarksAreMergedAndClamped() {
        let marked = AnnotatedText(
            "One. Two.",
            marks: [
                .init(range: 0..<4, facts: [.statement(2)]), .init(range: 0..<4, facts: [.statement(1)]),
                .init(range: 5..<99, facts: [.meeting(1)]),
            ])
        #expect(marked.marks.map(\.range) == [0..<4, 5..<9])
        #expect(marked.marks.first?.facts == [.statement(1), .statement(2)])
    }

    @Test func theLayoutIsDeterministicAndInsideTheFrame() {
        let layout = GraphLayout(edges: [(0, 1, 3), (1, 2, 1), (2, 0, 1), (3, 4, 1)], count: 6)
        let points = layout.positions()
        #expect(points == layout.positions())
        #expect(points.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) })
        #expect(Set(points).count == 6, "no two actors on one spot")
        #expect(layout.components() == [[0, 1, 2], [3, 4], [5]])
    }

    @Test(arguments: [1, 2, 3, 9, 40])
    func nodesOfOneGroupStandApart(_ count: Int) {
        let star = (1..<max(count, 2)).map { (0, $0, 1) }
        let points = GraphLayout(edges: count > 1 ? star : [], count: count).positions()
        #expect(points.count == count)
        for i in points.indices {
            for j in points.indices where j > i {
                let distance =
                    ((points[i].x - points[j].x) * (points[i].x - points[j].x)
                    + (points[i].y - points[j].y) * (points[i].y - points[j].y)).squareRoot()
                #expect(distance > 0.01, "\(i) and \(j) of \(count)")
            }
        }
    }
}
