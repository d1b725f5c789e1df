import ParleyModel
import ParleyStore

/// `/actors`: actors whose name or alias contains the query, most mentioned first.
enum ActorListPage {
    static func render(_ page: Page<ActorSummary>, text: String?, kind: ActorKind?, parameters: QueryParameters)
        -> HTML
    {
        let items = page.rows.map { actor -> HTML in
            let country: HTML = actor.country.map { "<span class=\"muted\">\($0)</span>" } ?? .empty
            return "<li>\(PageParts.actor(actor)) <span class=\"muted\">\(actor.kind.rawValue)</span> \(country)</li>"
        }
        let list: HTML =
            items.isEmpty ? "<p class=\"empty\">No actor matches.</p>" : "<ul class=\"actor-list\">\(items)</ul>"
        return PageLayout.render(
            title: "Actors", section: .actors,
            """
            <h1>Actors</h1>
            <form class="filters" action="/actors">
            \(PageParts.field("q", label: "Name or alias contains", value: text, type: "search", hint: "e.g. Salim"))
            \(PageParts.select("kind", label: "Kind", ActorKind.self, selected: kind))
            <button>Search</button>
            </form>
            <p class="muted">Most mentioned first. <a href="\(Links.to("/api/actors", parameters.all))">JSON</a></p>
            \(list)
            \(PageParts.pager(page.paging, hasNext: page.hasNext, path: "/actors", parameters))
            """)
    }
}
