import ParleyStore

/// `/statements/ID`: who said what to whom, and every sentence that reported it.
enum StatementPage {
    struct Content: Sendable {
        let statement: StatementRecord
        let reports: [ReportList.Report]
    }

    static func load(_ id: Int64, in store: ParleyStore) throws -> Content {
        let statement = try store.statement(id)
        return Content(statement: statement, reports: try ReportList.load(statement.mentions, in: store))
    }

    static func render(_ content: Content) -> HTML {
        let statement = content.statement
        let target: HTML = statement.target.map { "<dt>Aimed at</dt><dd>\(PageParts.actor($0))</dd>" } ?? .empty
        let quote: HTML = statement.quote.map { "<blockquote class=\"quote\">“\($0)”</blockquote>" } ?? .empty
        return PageLayout.render(
            title: "\(statement.speaker.name): \(statement.act.rawValue)", section: .statements,
            """
            <p class="crumbs"><a href="/statements">Statements</a> / statement \(statement.id)</p>
            <h1>\(statement.speaker.name) <span class="act">\(statement.act.rawValue)</span></h1>
            \(quote)
            <dl class="facts">
            <dt>Speaker</dt><dd>\(PageParts.actor(statement.speaker))</dd>
            \(target)
            <dt>Date</dt><dd>\(PageParts.time(statement.date))</dd>
            </dl>
            <h2>Reported in \(PageParts.count(content.reports.count, "sentence"))</h2>
            \(ReportList.render(content.reports))
            <p class="muted"><a href="/api/statements/\(statement.id)">JSON</a></p>
            """)
    }
}
