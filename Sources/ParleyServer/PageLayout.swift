/// The frame of every page: head, the bar with the sections and the search box, and the content.
enum PageLayout {
    enum Section: String, CaseIterable {
        case home, meetings, statements, actors, graph, search
    }

    static func render(title: String, section: Section?, _ content: HTML) -> HTML {
        let links: [(Section, String, String)] = [
            (.meetings, "/meetings", "Meetings"), (.statements, "/statements", "Statements"),
            (.actors, "/actors", "Actors"), (.graph, "/graph", "Network"),
        ]
        let nav = links.map { entry, path, label -> HTML in
            entry == section
                ? "<a href=\"\(path)\" aria-current=\"page\">\(label)</a>" : "<a href=\"\(path)\">\(label)</a>"
        }
        return """
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Parley</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="/assets/parley.css">
            <script src="/assets/parley.js" defer></script>
            </head><body>
            <header class="bar"><div class="bar-inner">
            <a class="brand" href="/">Parley</a>
            <nav>\(nav)</nav>
            <form class="bar-search" action="/search" role="search">
            <input type="search" name="q" placeholder="Search articles" aria-label="Search articles">
            </form>
            </div></header>
            <main>
            \(content)
            </main>
            <footer>Parley · read-only view of the record · <a href="/api">JSON API</a></footer>
            </body></html>
            """
    }
}
