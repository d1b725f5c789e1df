import ParleyModel
import ParleyStore

/// `/meetings`: the meetings that the filters choose, newest first, a page at a time.
enum MeetingListPage {
    static func render(_ page: Page<MeetingRecord>, query: MeetingQuery, parameters: QueryParameters) -> HTML {
        let form: HTML = """
            <form class="filters" action="/meetings">
            \(PageParts.field("actor", label: "Actor", value: query.actor, hint: "name or id"))
            \(PageParts.field("with", label: "With", value: query.counterpart, hint: "name or id"))
            \(PageParts.field("from", label: "From", value: query.from?.description, type: "date"))
            \(PageParts.field("to", label: "To", value: query.to?.description, type: "date"))
            \(PageParts.select("status", label: "Status", MeetingStatus.self, selected: query.status))
            \(PageParts.select("kind", label: "Kind", MeetingKind.self, selected: query.kind))
            <button>Filter</button> <a class="reset" href="/meetings">Clear</a>
            </form>
            """
        let graph = Links.to("/graph", parameters.all.filter { $0.0 != "page" })
        return PageLayout.render(
            title: "Meetings", section: .meetings,
            """
            <h1>Meetings</h1>
            \(form)
            <p class="muted">Newest first. <a href="\(graph)">These meetings as a network →</a>
            <a href="\(Links.to("/api/meetings", parameters.all))">JSON</a></p>
            \(PageParts.rows(page.rows.map(PageParts.meetingRow), empty: "No meeting matches these filters."))
            \(PageParts.pager(page.paging, hasNext: page.hasNext, path: "/meetings", parameters))
            """)
    }
}
