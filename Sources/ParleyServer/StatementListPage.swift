import ParleyModel
import ParleyStore

/// `/statements`: who said what, newest first, a page at a time.
enum StatementListPage {
    static func render(_ page: Page<StatementRecord>, query: StatementQuery, parameters: QueryParameters) -> HTML {
        let form: HTML = """
            <form class="filters" action="/statements">
            \(PageParts.field("actor", label: "Speaker", value: query.actor, hint: "name or id"))
            \(PageParts.field("target", label: "Target", value: query.target, hint: "name or id"))
            \(PageParts.field("from", label: "From", value: query.from?.description, type: "date"))
            \(PageParts.field("to", label: "To", value: query.to?.description, type: "date"))
            \(PageParts.select("act", label: "Act", StatementAct.self, selected: query.act))
            <button>Filter</button> <a class="reset" href="/statements">Clear</a>
            </form>
            """
        return PageLayout.render(
            title: "Statements", section: .statements,
            """
            <h1>Statements</h1>
            \(form)
            <p class="muted">Newest first. <a href="\(Links.to("/api/statements", parameters.all))">JSON</a></p>
            \(PageParts.rows(page.rows.map(PageParts.statementRow), empty: "No statement matches these filters."))
            \(PageParts.pager(page.paging, hasNext: page.hasNext, path: "/statements", parameters))
            """)
    }
}
