import ParleyModel
import ParleyStore

/// `/graph`: who met whom, drawn by our own layout, filtered like the meeting list.
enum GraphPage {
    /// Actors drawn unless `top` asks otherwise: beyond some dozens the names cover each other.
    static let defaultTop = 60

    static func render(_ graph: MeetingGraph, top: Int, query: MeetingQuery, parameters: QueryParameters) -> HTML {
        let drawing = GraphDrawing(graph, limit: top)
        let all = parameters.all
        let form: HTML = """
            <form class="filters" action="/graph">
            \(PageParts.field("actor", label: "Around actor", value: query.actor, hint: "name or id"))
            \(PageParts.field("from", label: "From", value: query.from?.description, type: "date"))
            \(PageParts.field("to", label: "To", value: query.to?.description, type: "date"))
            \(PageParts.select("status", label: "Status", MeetingStatus.self, selected: query.status))
            \(PageParts.select("kind", label: "Kind", MeetingKind.self, selected: query.kind))
            \(PageParts.field("top", label: "Actors shown", value: String(top), type: "number"))
            <button>Draw</button> <a class="reset" href="/graph">Clear</a>
            </form>
            """
        let hidden: HTML =
            drawing.hiddenNodes > 0
            ? " The \(drawing.hiddenNodes) actors with fewest meetings are left out; raise “Actors shown” to see them."
            : .empty
        let picture: HTML =
            graph.nodes.isEmpty
            ? "<p class=\"empty\">No meeting matches these filters.</p>"
            : "<figure class=\"network-frame\">\(drawing.render())</figure>"
        return PageLayout.render(
            title: "Network", section: .graph,
            """
            <h1>Who met whom</h1>
            \(form)
            <p class="muted">\(graph.nodes.count) actors, \(graph.edges.count) ties. A circle grows with the actor’s \
            meetings, a line with the pair’s; click an actor for its page, a line for the pair’s meetings.\(hidden)</p>
            <ul class="legend"><li class="k-person">person</li><li class="k-country">country</li>\
            <li class="k-organization">organization</li><li class="k-group">group</li></ul>
            \(picture)
            <p class="muted">Download: <a href="\(Links.to("/api/graph.graphml", all))">GraphML (Gephi)</a> · \
            <a href="\(Links.to("/api/graph.dot", all))">DOT (Graphviz)</a> · \
            <a href="\(Links.to("/api/graph", all))">JSON</a></p>
            <h2>Strongest ties</h2>
            \(ties(drawing.graph))
            """)
    }

    /// The ties as a table: the drawing's content for a small screen or a screen reader.
    private static func ties(_ graph: MeetingGraph) -> HTML {
        guard !graph.edges.isEmpty else { return "<p class=\"empty\">No ties.</p>" }
        let actors = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.actor.id, $0.actor) })
        let rows = graph.edges.prefix(25).compactMap { edge -> HTML? in
            guard let a = actors[edge.source], let b = actors[edge.target] else { return nil }
            let link = Links.to("/meetings", [("actor", String(a.id)), ("with", String(b.id))])
            let span = [edge.first, edge.last].compactMap { $0?.description }
            let dates = Set(span).count > 1 ? "\(span[0]) – \(span[1])" : span.first ?? ""
            return """
                <tr><td>\(PageParts.actor(a))</td><td>\(PageParts.actor(b))</td>\
                <td class="num"><a href="\(link)">\(edge.meetings)</a></td><td>\(dates)</td></tr>
                """
        }
        return """
            <div class="table-wrap"><table><thead><tr><th>Actor</th><th>Actor</th><th class="num">Meetings</th>\
            <th>Dates</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
    }
}
