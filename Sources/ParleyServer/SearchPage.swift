import ParleyStore

/// `/search?q=`: articles whose title or text holds every word, best first.
enum SearchPage {
    struct Hit: Sendable {
        let article: ArticleRecord
        let snippet: String
    }

    static func render(_ hits: [Hit], words: String?) -> HTML {
        let items = hits.map { hit -> HTML in
            let published: HTML = hit.article.published.map { "<time>\(PageParts.date($0))</time> · " } ?? .empty
            return """
                <li class="hit"><a class="title" href="\(Links.article(hit.article.id))">\(hit.article.title ?? hit.article.origin)</a>
                <p class="snippet">\(snippet(hit.snippet))</p>
                <p class="muted">\(published)\(hit.article.meetingCount) meetings · \(hit.article.statementCount) statements</p></li>
                """
        }
        let results: HTML =
            words == nil
            ? "<p class=\"muted\">Every word must appear; words are matched whole, quotes and operators literally.</p>"
            : items.isEmpty
                ? "<p class=\"empty\">No article holds all these words.</p>" : "<ol class=\"hits\">\(items)</ol>"
        return PageLayout.render(
            title: words.map { "Search: " + $0 } ?? "Search", section: .search,
            """
            <h1>Search the articles</h1>
            <form class="filters" action="/search">
            \(PageParts.field("q", label: "Words", value: words, type: "search", hint: "e.g. border crossing"))
            <button>Search</button>
            </form>
            \(results)
            """)
    }

    /// The index's snippet with its `[`…`]` match markers as highlights; the text itself is escaped.
    static func snippet(_ text: String) -> HTML {
        var parts: [HTML] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            parts.append("\(String(rest[..<open]))<mark>\(String(rest[rest.index(after: open)..<close]))</mark>")
            rest = rest[rest.index(after: close)...]
        }
        parts.append("\(String(rest))")
        return parts.joined(separator: .empty)
    }
}
