import ParleyStore

/// `/actors/ID`: names, roles over time, counterparts, and a time line of meetings and statements.
enum ActorPage {
    /// Events shown on the time line; the lists linked from the page have them all.
    static let timelineLength = 100

    struct Content: Sendable {
        let detail: ActorDetail
        let events: [EventRecord]
    }

    static func load(_ id: Int64, in store: ParleyStore) throws -> Content {
        let detail = try store.actorDetail(id)
        let meetings = try store.meetings(MeetingFilter(actor: id, limit: timelineLength))
        let statements = try store.statements(StatementFilter(speaker: id, limit: timelineLength))
        // Newest first, undated last, as the lists show them.
        let events = (meetings.map(EventRecord.meeting) + statements.map(EventRecord.statement)).sorted {
            ($0.date?.date.dayNumber ?? Int.min) > ($1.date?.date.dayNumber ?? Int.min)
        }
        return Content(detail: detail, events: Array(events.prefix(timelineLength)))
    }

    static func render(_ content: Content) -> HTML {
        let detail = content.detail
        let actor = detail.actor
        let country: HTML = actor.country.map { " · \($0)" } ?? .empty
        let aliases = detail.aliases.filter { $0 != actor.name }
        return PageLayout.render(
            title: actor.name, section: .actors,
            """
            <p class="crumbs"><a href="/actors">Actors</a> / \(actor.kind.rawValue) \(actor.id)</p>
            <h1 class="k-\(actor.kind.rawValue)">\(actor.name)</h1>
            <p class="lede">\(actor.kind.rawValue)\(country) · \
            <a href="/meetings?actor=\(actor.id)">\(PageParts.count(detail.meetingCount, "meeting"))</a> · \
            <a href="/statements?actor=\(actor.id)">\(PageParts.count(detail.statementCount, "statement"))</a> · \
            \(PageParts.count(detail.articleCount, "article")) · <a href="/graph?actor=\(actor.id)">network</a></p>
            \(aliases.isEmpty ? HTML.empty : "<p><span class=\"muted\">Also written:</span> \(aliases.joined(separator: ", "))</p>")
            <div class="columns">
            <section><h2>Roles</h2>\(roles(detail.roles))</section>
            <section><h2>Counterparts</h2>\(counterparts(detail))</section>
            </div>
            <h2>Time line</h2>
            \(timeline(content.events))
            <p class="muted"><a href="/api/actors/\(actor.id)">JSON</a></p>
            """)
    }

    private static func roles(_ roles: [RoleRecord]) -> HTML {
        guard !roles.isEmpty else { return "<p class=\"empty\">No title was read.</p>" }
        let rows = roles.map { role -> HTML in
            let span =
                role.firstSeen == role.lastSeen
                ? PageParts.date(role.lastSeen) : "\(PageParts.date(role.firstSeen)) – \(PageParts.date(role.lastSeen))"
            return "<tr><td>\(role.title)</td><td>\(role.country ?? "")</td><td>\(span)</td></tr>"
        }
        return """
            <div class="table-wrap"><table><thead><tr><th>Title</th><th>Of</th><th>Seen</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    private static func counterparts(_ detail: ActorDetail) -> HTML {
        guard !detail.counterparts.isEmpty else { return "<p class=\"empty\">No meeting was read.</p>" }
        let items = detail.counterparts.map { counterpart -> HTML in
            let link = Links.to(
                "/meetings", [("actor", String(detail.actor.id)), ("with", String(counterpart.actor.id))])
            let count = PageParts.count(counterpart.meetings, "meeting")
            return "<li>\(PageParts.actor(counterpart.actor)) <a class=\"muted\" href=\"\(link)\">\(count)</a></li>"
        }
        return "<ul class=\"plain\">\(items)</ul>"
    }

    private static func timeline(_ events: [EventRecord]) -> HTML {
        let rows = events.map { event -> HTML in
            switch event {
            case let .meeting(meeting): PageParts.meetingRow(meeting)
            case let .statement(statement): PageParts.statementRow(statement)
            }
        }
        return PageParts.rows(rows, empty: "Nothing was read of this actor yet.", style: "rows timeline")
    }
}
