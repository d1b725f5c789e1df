import Testing

/// The HTML pages over HTTP: each answers, shows its record, and escapes what it prints.
@Suite struct PageTests {
    let server: ServerFixture

    init() async throws {
        server = try await ServerFixture()
    }

    @Test(arguments: [
        ("/", "Latest meetings"), ("/meetings", "Emre Yildiz"), ("/meetings?actor=Carter&with=Li", "Tokyo"),
        ("/meetings?kind=talks", "Anna Becker"), ("/statements", "accuse"), ("/statements?act=praise", "Turkey"),
        ("/actors", "John Carter"), ("/actors?q=yild", "Emre Yildiz"), ("/graph", "<svg"),
        ("/graph?actor=Li%20Wen", "John Carter"), ("/search?q=refugees", "Talks in Ankara"),
        ("/search", "Every word must appear"),
    ])
    func aPageAnswersWithItsContent(_ path: String, _ expected: String) async throws {
        let page = try await server.get(path)
        #expect(page.status == 200, "\(path)")
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.hasPrefix("<!DOCTYPE html>"))
        #expect(page.body.contains(expected), "\(path) lacks \(expected)")
    }

    @Test func everyPageLoadsOnlyOurOwnFiles() async throws {
        let page = try await server.get("/")
        #expect(page.headers["content-security-policy"]?.hasPrefix("default-src 'self'") == true)
        #expect(!page.body.contains("http://") && !page.body.contains("https://"))
        #expect(try await server.get("/assets/parley.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try await server.get("/assets/parley.js").status == 200)
    }

    @Test func aMeetingShowsParticipantsAndTheSentenceLinkedToItsArticle() async throws {
        // Given the first meeting, in Beijing
        let meetings = try await server.get("/api/meetings?actor=Carter&with=Li").array
        let beijing = try #require(meetings.first { $0["location"] as? String == "Beijing" })
        let id = try #require(beijing["id"] as? Int)

        // When its page is read
        let page = try await server.get("/meetings/\(id)").body

        // Then it names both, the place, and marks the sentence, linked to the article at that sentence
        #expect(page.contains(">John Carter</a>") && page.contains(">Li Wen</a>"))
        #expect(page.contains("<mark>U.S. Secretary of State John Carter met Chinese Foreign Minister Li Wen"))
        #expect(page.contains("href=\"/articles/1#at-0\""))
    }

    @Test func anArticleMarksEveryFactAndLinksIt() async throws {
        let page = try await server.get("/articles/1").body
        #expect(page.contains("<mark id=\"at-0\">U.S. Secretary of State John Carter met"))
        #expect(page.contains("href=\"/meetings/1\""))
        #expect(page.contains("href=\"/statements/"))
    }

    @Test func markupInTheRecordIsShownNotRun() async throws {
        let page = try await server.get("/articles/1").body
        #expect(!page.contains("<script>alert(1)</script>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func anActorShowsRolesCounterpartsAndATimeLine() async throws {
        let actors = try await server.get("/api/actors?q=John%20Carter").array
        let id = try #require(actors.first?["id"] as? Int)
        let page = try await server.get("/actors/\(id)").body
        #expect(page.contains("Secretary of State"))
        #expect(page.contains(">Li Wen</a>"))
        #expect(page.contains("2 meetings"))
        #expect(page.contains("class=\"rows timeline\""))
    }

    @Test func aLongListIsPaged() async throws {
        // The API takes a limit, which shows the paging on three meetings; the pages cut 50 at a time
        let first = try await server.get("/api/meetings?limit=1")
        #expect(first.array.count == 1)
        #expect(first.headers["link"] == "</api/meetings?limit=1&page=2>; rel=\"next\"")
        let second = try await server.get("/api/meetings?limit=1&page=2").array
        #expect(second.first?["id"] as? Int != first.array.first?["id"] as? Int)
        let beyond = try await server.get("/meetings?page=50")
        #expect(beyond.status == 200)
        #expect(beyond.body.contains("No meeting matches"))
    }
}
