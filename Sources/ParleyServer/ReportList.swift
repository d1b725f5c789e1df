import ParleyModel
import ParleyStore

/// The reports behind a meeting or statement: each sentence marked in its paragraph, linked to the article.
enum ReportList {
    struct Report: Sendable {
        let mention: MentionRecord
        let title: String?
        let published: CalendarDate?
        let text: String
    }

    static func load(_ mentions: [MentionRecord], in store: ParleyStore) throws -> [Report] {
        try mentions.map { mention in
            let article = try store.article(mention.articleID)
            return Report(
                mention: mention, title: article.title, published: article.published,
                text: try store.articleText(mention.articleID))
        }
    }

    static func render(_ reports: [Report]) -> HTML {
        guard !reports.isEmpty else { return "<p class=\"empty\">No report is stored.</p>" }
        let items = reports.map { report -> HTML in
            let mention = report.mention
            let annotated = AnnotatedText(report.text, marks: [.init(range: mention.start..<mention.end, facts: [])])
            let published: HTML = report.published.map { " · \(PageParts.date($0))" } ?? .empty
            return """
                <li class="report"><blockquote>\(annotated.excerpt(around: mention.start))</blockquote>
                <p class="source"><a href="\(Links.article(mention.articleID, at: mention.start))">\(report.title ?? mention.origin)</a>\
                \(published) · <span class="origin">\(mention.origin)</span></p></li>
                """
        }
        return "<ol class=\"reports\">\(items)</ol>"
    }
}
