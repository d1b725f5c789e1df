import Testing

/// What a person or a script gets for a wrong address or parameter: the status, and a message to act on.
@Suite struct BadRequestTests {
    let server: ServerFixture

    init() async throws {
        server = try await ServerFixture()
    }

    @Test(arguments: [
        ("/nowhere", 404, "nothing is at /nowhere"), ("/meetings/999", 404, "no meeting with id 999"),
        ("/meetings/abc", 404, "no meeting with id &#39;abc&#39;"), ("/actors/-1", 404, "no actor with id"),
        ("/statements/0", 404, "no statement with id"), ("/articles/12345678901234567890", 404, "no article"),
        ("/meetings?from=2023-5-1", 400, "a date is written YYYY-MM-DD"),
        ("/meetings?to=2023-02-30", 400, "to=2023-02-30 cannot be read"),
        ("/meetings?from=2023-06-01&to=2023-05-01", 400, "is after"),
        ("/meetings?status=maybe", 400, "one of occurred, planned, cancelled, postponed"),
        ("/meetings?page=0", 400, "page=0"), ("/graph?top=many", 400, "top=many"),
        ("/meetings?actor=Nobody%20Known", 404, "no actor named"), ("/meetings?actor=Nobody%25", 404, "no actor named"),
        ("/actors?q=%E0%A4", 400, "broken %-escape"),
    ])
    func aPageExplainsTheProblem(_ path: String, _ status: Int, _ message: String) async throws {
        let page = try await server.get(path)
        #expect(page.status == status, "\(path)")
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains(message), "\(path): \(page.body)")
    }

    @Test(arguments: [
        ("/api/nowhere", 404), ("/api/meetings/999", 404), ("/api/meetings?limit=0", 400),
        ("/api/meetings?limit=501", 400), ("/api/events?from=yesterday", 400), ("/api/actors?kind=bird", 400),
    ])
    func theAPIAnswersErrorsInJSON(_ path: String, _ status: Int) async throws {
        let reply = try await server.get(path)
        #expect(reply.status == status)
        #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
        #expect(reply.object["status"] as? Int == status)
        #expect(reply.object["error"] is String)
    }

    /// Text that would change a query if it reached SQL unbound, or break a page if printed raw.
    @Test(arguments: [
        "%27%3B%20DROP%20TABLE%20actor%3B--", "%22%20OR%201%3D1", "%25", "_", "%5C", "%00", "NEAR(", "%22%22%22",
        "%3Cscript%3E", String(repeating: "x", count: 3000), "%F0%9F%87%BA%F0%9F%87%B8", "+++",
    ])
    func noQueryTextBreaksTheServer(_ text: String) async throws {
        for path in ["/search?q=", "/api/search?q=", "/actors?q=", "/api/meetings?actor=", "/graph?actor="] {
            let reply = try await server.get(path + text)
            #expect([200, 400, 404].contains(reply.status), "\(path)\(text) gave \(reply.status)")
            if reply.headers["content-type"]?.hasPrefix("text/html") == true {
                #expect(!reply.body.contains("<script>"))
            }
        }
        // And the store is whole afterwards
        #expect(try await server.get("/api/stats").object["actors"] as? Int ?? 0 > 5)
    }
}
