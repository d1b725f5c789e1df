import ParleyModel
import ParleyStore

/// `/`: what the record holds, over which dates, and what came in last.
enum HomePage {
    struct Content: Sendable {
        let statistics: StoreStatistics
        let meetings: [MeetingRecord]
        let statements: [StatementRecord]
        let actors: [ActorSummary]
    }

    static func load(_ store: ParleyStore) throws -> Content {
        Content(
            statistics: try store.statistics(), meetings: try store.meetings(MeetingFilter(limit: 8)),
            statements: try store.statements(StatementFilter(limit: 8)), actors: try store.actors(limit: 12))
    }

    static func render(_ content: Content) -> HTML {
        let stats = content.statistics
        // Months only: the latest date may stand for a whole month ("in May"), not its first day.
        func month(_ day: CalendarDate?) -> String {
            PageParts.date(day.map { EventDate(date: $0, precision: .month) })
        }
        let range: HTML =
            stats.earliest.map { earliest in
                "Meetings dated <strong>\(month(earliest))</strong> to <strong>\(month(stats.latest))</strong>"
            } ?? "No dated meetings yet"
        let counts: [(Int, String, String)] = [
            (stats.meetings, "meetings", "/meetings"), (stats.statements, "statements", "/statements"),
            (stats.actors, "actors", "/actors"), (stats.articles, "articles", "/search"),
        ]
        let tiles = counts.map { count, label, path -> HTML in
            "<a class=\"tile\" href=\"\(path)\"><strong>\(count)</strong><span>\(label)</span></a>"
        }
        let actors = content.actors.map(PageParts.actor).joined(separator: " ")
        return PageLayout.render(
            title: "Overview", section: .home,
            """
            <h1>The record</h1>
            <p class="lede">\(range). Every fact links to the sentence it was read from.</p>
            <div class="tiles">\(tiles)</div>
            <div class="columns">
            <section><h2>Latest meetings</h2>
            \(PageParts.rows(content.meetings.map(PageParts.meetingRow), empty: "No meetings yet."))
            <p><a href="/meetings">All meetings →</a></p></section>
            <section><h2>Latest statements</h2>
            \(PageParts.rows(content.statements.map(PageParts.statementRow), empty: "No statements yet."))
            <p><a href="/statements">All statements →</a></p></section>
            </div>
            <section><h2>Most mentioned</h2><p class="cloud">\(actors)</p>
            <p><a href="/graph">See who met whom →</a></p></section>
            """)
    }
}
