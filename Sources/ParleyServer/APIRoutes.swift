import Hummingbird
import ParleyFormats
import ParleyModel
import ParleyStore

/// The JSON API under `/api/`: the pages' data as `RecordJSON` objects, lists paged by `page` and `limit`.
struct APIRoutes: Sendable {
    let reader: StoreReader
    static let defaultLimit = 50

    func register(on router: Router<BasicRequestContext>) {
        router.get("/api") { _, _ in Reply.json(Self.index) }
        router.get("/api/stats") { _, _ in
            Reply.json(RecordJSON.statistics(try await reader.read { try $0.statistics() }))
        }
        registerMeetingsAndStatements(on: router)
        registerActorsAndArticles(on: router)
        registerGraph(on: router)
    }

    /// Meetings and statements, one by one, in pages, and as events between two dates.
    private func registerMeetingsAndStatements(on router: Router<BasicRequestContext>) {
        router.get("/api/meetings") { request, _ in
            let parameters = try request.queryParameters
            let query = try MeetingQuery(parameters)
            let paging = try Paging(parameters, size: Self.defaultLimit, limitAllowed: true)
            let meetings = try await reader.read { try $0.meetings(query.filter(in: $0, paging: paging)) }
            return Reply.json(Page(meetings, paging), path: "/api/meetings", parameters: parameters, RecordJSON.meeting)
        }
        router.get("/api/meetings/:id") { _, context in
            let id = try context.recordID("meeting")
            return Reply.json(RecordJSON.meeting(try await reader.read { try $0.meeting(id) }))
        }
        router.get("/api/statements") { request, _ in
            let parameters = try request.queryParameters
            let query = try StatementQuery(parameters)
            let paging = try Paging(parameters, size: Self.defaultLimit, limitAllowed: true)
            let statements = try await reader.read { try $0.statements(query.filter(in: $0, paging: paging)) }
            return Reply.json(
                Page(statements, paging), path: "/api/statements", parameters: parameters, RecordJSON.statement)
        }
        router.get("/api/statements/:id") { _, context in
            let id = try context.recordID("statement")
            return Reply.json(RecordJSON.statement(try await reader.read { try $0.statement(id) }))
        }
        router.get("/api/events") { request, _ in
            let parameters = try request.queryParameters
            let (from, to) = try parameters.dateRange()
            let kind = try parameters.choice("kind", MeetingKind.self)
            let actor = parameters.text("actor")
            let limit = try parameters.number("limit", in: 1...500) ?? Self.defaultLimit
            let events = try await reader.read { store in
                let actorID = try actor.map { try ActorParameter.resolve($0, in: store).id }
                return try store.events(from: from, to: to, kind: kind, actor: actorID, limit: limit)
            }
            return Reply.json(.array(events.map(RecordJSON.event)))
        }
    }

    /// Actors and articles: search by name, one actor, one article, and full-text search over the articles.
    private func registerActorsAndArticles(on router: Router<BasicRequestContext>) {
        router.get("/api/actors") { request, _ in
            let parameters = try request.queryParameters
            let (text, kind) = (parameters.text("q"), try parameters.choice("kind", ActorKind.self))
            let paging = try Paging(parameters, size: Self.defaultLimit, limitAllowed: true)
            let page = try await reader.read { try ActorSearch.page(text, kind: kind, paging, in: $0) }
            return Reply.json(page, path: "/api/actors", parameters: parameters, RecordJSON.actor)
        }
        router.get("/api/actors/:id") { _, context in
            let id = try context.recordID("actor")
            return Reply.json(RecordJSON.actorDetail(try await reader.read { try $0.actorDetail(id) }))
        }
        router.get("/api/articles/:id") { _, context in
            let id = try context.recordID("article")
            return Reply.json(ArticleJSON.render(try await reader.read { try ArticlePage.load(id, in: $0) }))
        }
        router.get("/api/search") { request, _ in
            let parameters = try request.queryParameters
            let words = parameters.text("q") ?? ""
            let limit = try parameters.number("limit", in: 1...500) ?? Self.defaultLimit
            let hits = try await reader.read { store in
                try store.search(words, limit: limit).map { RecordJSON.searchHit($0.article, snippet: $0.snippet) }
            }
            return Reply.json(.array(hits))
        }
    }

    private func graph(_ request: Request) async throws -> MeetingGraph {
        let query = try MeetingQuery(try request.queryParameters)
        return try await reader.read { try $0.meetingGraph(query.filter(in: $0)) }
    }

    private func registerGraph(on router: Router<BasicRequestContext>) {
        router.get("/api/graph") { request, _ in Reply.json(RecordJSON.graph(try await graph(request))) }
        router.get("/api/graph.graphml") { request, _ in
            Reply(
                contentType: "application/graphml+xml; charset=utf-8",
                body: GraphMLDocument.render(try await graph(request)))
        }
        router.get("/api/graph.dot") { request, _ in
            Reply(contentType: "text/vnd.graphviz; charset=utf-8", body: DOTDocument.render(try await graph(request)))
        }
    }

    /// What `/api` answers: the routes and their parameters, for a person finding their way.
    static let index = JSONValue.object(
        [
            ("/api/stats", "counts and the date range"),
            ("/api/meetings", "actor, with, from, to, status, kind, page, limit"),
            ("/api/meetings/ID", "one meeting"),
            ("/api/statements", "actor, target, act, from, to, page, limit"),
            ("/api/statements/ID", "one statement"),
            ("/api/events", "from, to, kind, actor, limit: meetings and statements, oldest first"),
            ("/api/actors", "q, kind, page, limit"),
            ("/api/actors/ID", "one actor: aliases, roles, counterparts, counts"),
            ("/api/articles/ID", "one article: text and the facts read from it"),
            ("/api/search", "q, limit: full-text search over the articles"),
            ("/api/graph", "actor, with, from, to, status, kind: who met whom"),
            ("/api/graph.graphml", "the same network as GraphML (Gephi)"),
            ("/api/graph.dot", "the same network as Graphviz DOT"),
        ].map { ($0.0, JSONValue.string($0.1)) })
}
