import ParleyModel
import ParleyStore

/// Pieces the pages share: dates, actors, badges, rows of meetings and statements, the pager.
enum PageParts {
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "4 Mar 2024", "Mar 2024" or "2024", as precise as the text was.
    static func date(_ date: EventDate?) -> String {
        guard let date else { return "undated" }
        let day = date.date
        switch date.precision {
        case .day: return "\(day.day) \(months[day.month - 1]) \(day.year)"
        case .month: return "\(months[day.month - 1]) \(day.year)"
        case .year: return String(day.year)
        }
    }

    static func date(_ day: CalendarDate?) -> String {
        date(day.map { EventDate(date: $0, precision: .day) })
    }

    /// A time element: the readable date, with the ISO date a machine reads.
    static func time(_ date: EventDate?) -> HTML {
        guard let date else { return "<span class=\"muted\">undated</span>" }
        return "<time datetime=\"\(date.date.description)\">\(Self.date(date))</time>"
    }

    /// "1 meeting", "3 meetings".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func actor(_ actor: ActorSummary) -> HTML {
        let country = actor.country.map { " · " + $0 } ?? ""
        return """
            <a class="actor k-\(actor.kind.rawValue)" href="\(Links.actor(actor.id))" \
            title="\(actor.kind.rawValue)\(country)">\(actor.name)</a>
            """
    }

    static func actors(_ actors: [ActorSummary]) -> HTML {
        actors.map(actor).joined(separator: "<span class=\"sep\"> · </span>")
    }

    static func status(_ status: MeetingStatus) -> HTML {
        "<span class=\"badge s-\(status.rawValue)\">\(status.rawValue)</span>"
    }

    static func meetingRow(_ meeting: MeetingRecord) -> HTML {
        let place: HTML = meeting.location.map { "<span class=\"place\">\($0)</span>" } ?? .empty
        return """
            <li class="row"><div class="when">\(time(meeting.date))</div>
            <div class="what"><a class="kind" href="\(Links.meeting(meeting.id))">\(meeting.kind.rawValue)</a>
            \(status(meeting.status)) \(place)
            <div class="who">\(actors(meeting.participants))</div></div></li>
            """
    }

    static func statementRow(_ statement: StatementRecord) -> HTML {
        let target: HTML = statement.target.map { "<span class=\"arrow\">→</span> \(actor($0))" } ?? .empty
        let words = statement.quote.map { "“\($0)”" } ?? statement.mentions.first?.sentence ?? ""
        return """
            <li class="row"><div class="when">\(time(statement.date))</div>
            <div class="what"><a class="kind" href="\(Links.statement(statement.id))">\(statement.act.rawValue)</a>
            \(actor(statement.speaker)) \(target)
            <div class="words">\(words)</div></div></li>
            """
    }

    static func rows(_ rows: [HTML], empty: String, style: String = "rows") -> HTML {
        rows.isEmpty ? "<p class=\"empty\">\(empty)</p>" : "<ol class=\"\(style)\">\(rows)</ol>"
    }

    /// Previous and next links that keep the other parameters of the list.
    static func pager(_ paging: Paging, hasNext: Bool, path: String, _ parameters: QueryParameters) -> HTML {
        guard paging.page > 1 || hasNext else { return .empty }
        let all = parameters.all
        let previous: HTML =
            paging.page > 1
            ? "<a rel=\"prev\" href=\"\(Links.to(path, all, replacing: "page", with: String(paging.page - 1)))\">← Newer</a>"
            : "<span></span>"
        let next: HTML =
            hasNext
            ? "<a rel=\"next\" href=\"\(Links.to(path, all, replacing: "page", with: String(paging.page + 1)))\">Older →</a>"
            : "<span></span>"
        return "<nav class=\"pager\">\(previous)<span>page \(paging.page)</span>\(next)</nav>"
    }

    /// A drop-down of an enumeration's cases, with "any" first.
    static func select<Choice: RawRepresentable & CaseIterable>(
        _ name: String, label: String, _: Choice.Type, selected: Choice?
    ) -> HTML where Choice.RawValue == String {
        let options = Choice.allCases.map { choice -> HTML in
            choice.rawValue == selected?.rawValue
                ? "<option selected>\(choice.rawValue)</option>" : "<option>\(choice.rawValue)</option>"
        }
        return """
            <label>\(label)<select name="\(name)"><option value="">any</option>\(options)</select></label>
            """
    }

    static func field(_ name: String, label: String, value: String?, type: String = "text", hint: String = "")
        -> HTML
    {
        """
        <label>\(label)<input type="\(type)" name="\(name)" value="\(value ?? "")" placeholder="\(hint)"></label>
        """
    }
}
