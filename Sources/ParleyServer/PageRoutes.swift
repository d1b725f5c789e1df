import Hummingbird
import ParleyModel
import ParleyStore

/// The HTML pages: each route reads its parameters, asks the store once, and renders.
struct PageRoutes: Sendable {
    let reader: StoreReader
    static let pageSize = 50

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in
            Reply.html(HomePage.render(try await reader.read(HomePage.load)))
        }
        registerMeetingsAndStatements(on: router)
        registerActorsAndArticles(on: router)
        registerGraphAndSearch(on: router)
        registerAssets(on: router)
    }

    /// The lists of meetings and statements, with their filters, and each one's page.
    private func registerMeetingsAndStatements(on router: Router<BasicRequestContext>) {
        router.get("/meetings") { request, _ in
            let parameters = try request.queryParameters
            let query = try MeetingQuery(parameters)
            let paging = try Paging(parameters, size: Self.pageSize, limitAllowed: false)
            let meetings = try await reader.read { try $0.meetings(query.filter(in: $0, paging: paging)) }
            return Reply.html(MeetingListPage.render(Page(meetings, paging), query: query, parameters: parameters))
        }
        router.get("/meetings/:id") { _, context in
            let id = try context.recordID("meeting")
            return Reply.html(MeetingPage.render(try await reader.read { try MeetingPage.load(id, in: $0) }))
        }
        router.get("/statements") { request, _ in
            let parameters = try request.queryParameters
            let query = try StatementQuery(parameters)
            let paging = try Paging(parameters, size: Self.pageSize, limitAllowed: false)
            let statements = try await reader.read { try $0.statements(query.filter(in: $0, paging: paging)) }
            return Reply.html(
                StatementListPage.render(Page(statements, paging), query: query, parameters: parameters))
        }
        router.get("/statements/:id") { _, context in
            let id = try context.recordID("statement")
            return Reply.html(StatementPage.render(try await reader.read { try StatementPage.load(id, in: $0) }))
        }
    }

    /// The actor search, an actor's page and an article's page.
    private func registerActorsAndArticles(on router: Router<BasicRequestContext>) {
        router.get("/actors") { request, _ in
            let parameters = try request.queryParameters
            let (text, kind) = (parameters.text("q"), try parameters.choice("kind", ActorKind.self))
            let paging = try Paging(parameters, size: Self.pageSize, limitAllowed: false)
            let actors = try await reader.read { try ActorSearch.page(text, kind: kind, paging, in: $0) }
            return Reply.html(ActorListPage.render(actors, text: text, kind: kind, parameters: parameters))
        }
        router.get("/actors/:id") { _, context in
            let id = try context.recordID("actor")
            return Reply.html(ActorPage.render(try await reader.read { try ActorPage.load(id, in: $0) }))
        }
        router.get("/articles/:id") { _, context in
            let id = try context.recordID("article")
            return Reply.html(ArticlePage.render(try await reader.read { try ArticlePage.load(id, in: $0) }))
        }
    }

    /// Who met whom, drawn; and full-text search over the articles.
    private func registerGraphAndSearch(on router: Router<BasicRequestContext>) {
        router.get("/graph") { request, _ in
            let parameters = try request.queryParameters
            let query = try MeetingQuery(parameters)
            let top = try parameters.number("top", in: 1...500) ?? GraphPage.defaultTop
            let graph = try await reader.read { try $0.meetingGraph(query.filter(in: $0)) }
            return Reply.html(GraphPage.render(graph, top: top, query: query, parameters: parameters))
        }
        router.get("/search") { request, _ in
            let words = try request.queryParameters.text("q")
            let hits = try await reader.read { store in
                try words.map { words in
                    try store.search(words, limit: 50).map { SearchPage.Hit(article: $0.article, snippet: $0.snippet) }
                } ?? []
            }
            return Reply.html(SearchPage.render(hits, words: words))
        }
    }

    /// The stylesheet and script the pages load from our own origin.
    private func registerAssets(on router: Router<BasicRequestContext>) {
        router.get("/assets/parley.css") { _, _ in
            Reply(contentType: "text/css; charset=utf-8", body: Assets.stylesheet)
        }
        router.get("/assets/parley.js") { _, _ in
            Reply(contentType: "text/javascript; charset=utf-8", body: Assets.script)
        }
    }
}
