import Foundation
import Testing

/// The JSON API: typed fields, the same objects as the command line's `--format json`.
@Suite struct APITests {
    let server: ServerFixture

    init() async throws {
        server = try await ServerFixture()
    }

    @Test func meetingsHaveNumbersAndParticipantObjects() async throws {
        let reply = try await server.get("/api/meetings?actor=Carter")
        #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
        let meetings = reply.array
        #expect(meetings.count == 3)
        for meeting in meetings {
            #expect(meeting["id"] is Int)
            let participants = try #require(meeting["participants"] as? [[String: Any]])
            #expect(participants.allSatisfy { $0["id"] is Int && $0["name"] is String && $0["kind"] is String })
            #expect(
                participants.contains { $0["name"] as? String == "John Carter" && $0["country"] as? String == "USA" })
            let reports = try #require(meeting["reports"] as? [[String: Any]])
            #expect(reports.allSatisfy { $0["article"] is Int && $0["start"] is Int && $0["sentence"] is String })
        }
        #expect(meetings.map { $0["date"] as? String } == ["2023-05-20", "2023-05-19", "2023-05-08"])
    }

    @Test func anActorCarriesAliasesRolesCounterpartsAndCounts() async throws {
        let found = try await server.get("/api/actors?q=li%20wen").array
        let id = try #require(found.first?["id"] as? Int)
        let actor = try await server.get("/api/actors/\(id)").object
        #expect(actor["name"] as? String == "Li Wen")
        #expect(actor["meetings"] as? Int == 2)
        let counterparts = actor["counterparts"] as? [[String: Any]] ?? []
        #expect(counterparts.first?["meetings"] as? Int == 2)
        #expect((counterparts.first?["actor"] as? [String: Any])?["name"] as? String == "John Carter")
        #expect((actor["roles"] as? [[String: Any]])?.first?["title"] as? String == "Foreign Minister")
    }

    @Test func statementsEventsAndSearch() async throws {
        let statements = try await server.get("/api/statements?actor=Carter").array
        #expect(statements.map { $0["act"] as? String } == ["accuse"])
        #expect((statements.first?["target"] as? [String: Any])?["name"] as? String == "China")
        let events = try await server.get("/api/events?limit=2").array
        #expect(events.map { $0["type"] as? String } == ["meeting", "statement"])
        let hits = try await server.get("/api/search?q=refugees").array
        #expect(hits.map { $0["title"] as? String } == ["Talks in Ankara"])
        #expect((hits.first?["snippet"] as? String)?.contains("[refugees]") == true)
    }

    @Test func anArticleCarriesItsTextAndFacts() async throws {
        let article = try await server.get("/api/articles/2").object
        #expect(article["title"] as? String == "Talks in Ankara")
        #expect((article["text"] as? String)?.hasPrefix("Turkish Foreign Minister") == true)
        let facts = article["facts"] as? [[String: Any]] ?? []
        #expect(Set(facts.compactMap { $0["type"] as? String }) == ["meeting", "statement"])
    }

    @Test func theGraphComesAsJSONGraphMLAndDOT() async throws {
        let graph = try await server.get("/api/graph").object
        let edges = graph["edges"] as? [[String: Any]] ?? []
        #expect(edges.contains { $0["meetings"] as? Int == 2 })
        let graphML = try await server.get("/api/graph.graphml?from=2023-05-15")
        #expect(graphML.headers["content-type"] == "application/graphml+xml; charset=utf-8")
        #expect(graphML.body.contains("<data key=\"label\">Emre Yildiz</data>"))
        #expect(!graphML.body.contains("Anna Becker"), "the Ankara talks of May 11 are before the range")
        let dot = try await server.get("/api/graph.dot")
        #expect(dot.body.hasPrefix("graph parley {"))
    }

    @Test func theIndexAndTheStatistics() async throws {
        #expect(try await server.get("/api").object["/api/meetings"] is String)
        let stats = try await server.get("/api/stats").object
        #expect(stats["articles"] as? Int == 3)
        #expect(stats["earliest"] as? String == "2023-05-08")
    }
}
