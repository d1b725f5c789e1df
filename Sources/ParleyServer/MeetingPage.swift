import ParleyStore

/// `/meetings/ID`: one meeting, its participants, and every sentence that reported it.
enum MeetingPage {
    struct Content: Sendable {
        let meeting: MeetingRecord
        let reports: [ReportList.Report]
    }

    static func load(_ id: Int64, in store: ParleyStore) throws -> Content {
        let meeting = try store.meeting(id)
        return Content(meeting: meeting, reports: try ReportList.load(meeting.mentions, in: store))
    }

    static func render(_ content: Content) -> HTML {
        let meeting = content.meeting
        let names = meeting.participants.map(\.name).joined(separator: ", ")
        let participants = meeting.participants.map { actor -> HTML in
            let country: HTML = actor.country.map { " <span class=\"muted\">\($0)</span>" } ?? .empty
            return "<li>\(PageParts.actor(actor)) <span class=\"muted\">\(actor.kind.rawValue)</span>\(country)</li>"
        }
        let others =
            meeting.participants.count == 2
            ? Links.to(
                "/meetings",
                [("actor", String(meeting.participants[0].id)), ("with", String(meeting.participants[1].id))]) : nil
        let more: HTML = others.map { "<p><a href=\"\($0)\">Every meeting of these two →</a></p>" } ?? .empty
        return PageLayout.render(
            title: "\(meeting.kind.rawValue.capitalized): \(names)", section: .meetings,
            """
            <p class="crumbs"><a href="/meetings">Meetings</a> / meeting \(meeting.id)</p>
            <h1>\(meeting.kind.rawValue.capitalized) \(PageParts.status(meeting.status))</h1>
            <dl class="facts">
            <dt>Date</dt><dd>\(PageParts.time(meeting.date))</dd>
            <dt>Place</dt><dd>\(meeting.location ?? "unknown")</dd>
            <dt>Participants</dt><dd><ul class="plain">\(participants)</ul></dd>
            </dl>
            \(more)
            <h2>Reported in \(PageParts.count(content.reports.count, "sentence"))</h2>
            \(ReportList.render(content.reports))
            <p class="muted"><a href="/api/meetings/\(meeting.id)">JSON</a></p>
            """)
    }
}
