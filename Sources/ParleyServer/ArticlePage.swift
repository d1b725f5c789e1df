import ParleyStore

/// `/articles/ID`: the stored text with every sentence a fact was read from marked and linked.
enum ArticlePage {
    struct Content: Sendable {
        let article: ArticleRecord
        let text: String
        let mentions: [ArticleMention]
        let meetings: [MeetingRecord]
        let statements: [StatementRecord]
    }

    static func load(_ id: Int64, in store: ParleyStore) throws -> Content {
        let article = try store.article(id)
        let mentions = try store.articleMentions(id)
        let meetingIDs = uniqued(mentions.compactMap(\.meetingID))
        let statementIDs = uniqued(mentions.compactMap(\.statementID))
        return Content(
            article: article, text: try store.articleText(id), mentions: mentions,
            meetings: try meetingIDs.map(store.meeting), statements: try statementIDs.map(store.statement))
    }

    static func render(_ content: Content) -> HTML {
        let article = content.article
        let marks = content.mentions.map { mention in
            AnnotatedText.Mark(
                range: mention.start..<mention.end,
                facts: mention.meetingID.map { [.meeting($0)] } ?? mention.statementID.map { [.statement($0)] } ?? [])
        }
        let text = AnnotatedText(content.text, marks: marks)
        let published: HTML = article.published.map { "<time>\(PageParts.date($0))</time> · " } ?? .empty
        let facts = content.meetings.map(PageParts.meetingRow) + content.statements.map(PageParts.statementRow)
        return PageLayout.render(
            title: article.title ?? article.origin, section: nil,
            """
            <p class="crumbs">Article \(article.id)</p>
            <h1>\(article.title ?? article.origin)</h1>
            <p class="muted">\(published)<span class="origin">\(article.origin)</span></p>
            <div class="article-layout">
            <article class="text">\(text.render())</article>
            <aside><h2>Read from this article</h2>
            \(PageParts.rows(facts, empty: "Nothing was read from this article."))</aside>
            </div>
            <p class="muted"><a href="/api/articles/\(article.id)">JSON</a></p>
            """)
    }

    private static func uniqued(_ ids: [Int64]) -> [Int64] {
        var seen = Set<Int64>()
        return ids.filter { seen.insert($0).inserted }
    }
}
