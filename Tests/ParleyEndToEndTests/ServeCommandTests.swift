import Foundation
import Testing

/// `parley serve`, the real binary on a loopback port: pages, the API, bad input, read-only.
@Suite struct ServeCommandTests {
    let workspace: Workspace
    let server: ServedParley

    init() throws {
        workspace = try Workspace.ingested()
        server = try ServedParley(workspace)
    }

    @Test func itListensOnLoopbackAndSaysWhere() {
        #expect(server.firstLine.hasPrefix("parley: serving \(workspace.databasePath) read-only at http://127.0.0.1:"))
    }

    @Test func aPortInUseIsReportedWithWhatToChange() throws {
        let port = try #require(server.base.port)
        let second = try workspace.parley(["serve", "--port", String(port)])
        #expect(second.status == 1)
        #expect(second.stderr.contains("cannot serve at 127.0.0.1:\(port)"), "\(second)")
        #expect(second.stderr.contains("choose another --port"))
    }

    @Test func aMissingDatabaseIsRefused() throws {
        let run = try workspace.run(["--db", workspace.path("absent.sqlite"), "serve", "--port", "0"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no such database"))
    }

    @Test(arguments: [
        ("/", "The record"), ("/meetings?actor=Carter", "Li Wen"), ("/meetings/1", "Beijing"),
        ("/statements?act=warn", "Ravi Sharma"), ("/actors?q=becker", "Thomas Becker"), ("/graph", "<svg"),
        ("/search?q=refugees", "Ministers hold talks in Ankara"), ("/articles/1", "<mark"),
    ])
    func pagesAnswer(_ path: String, _ expected: String) async throws {
        let page = try await server.get(path)
        #expect(page.status == 200)
        #expect(page.type.hasPrefix("text/html"))
        #expect(page.body.contains(expected), "\(path)")
    }

    @Test func theAPIGivesTypedObjects() async throws {
        // When Carter's meetings are asked for
        let reply = try await server.get("/api/meetings?actor=John%20Carter&with=Li")

        // Then the answer is an array of meeting objects with numbers and participant objects
        #expect(reply.status == 200)
        #expect(reply.type.hasPrefix("application/json"))
        let meetings = try #require(try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [[String: Any]])
        #expect(meetings.count == 1)
        #expect(meetings.first?["id"] is Int)
        let participants = meetings.first?["participants"] as? [[String: Any]] ?? []
        #expect(participants.compactMap { $0["name"] as? String } == ["John Carter", "Li Wen"])
        #expect(participants.allSatisfy { $0["id"] is Int && $0["kind"] as? String == "person" })
    }

    @Test(arguments: [
        ("/nowhere", 404), ("/meetings/999", 404), ("/api/actors/0", 404), ("/meetings?from=2023-02-30", 400),
        ("/api/meetings?limit=100000", 400), ("/api/statements?act=shout", 400), ("/meetings?actor=Nobody", 404),
    ])
    func badRequestsGetTheirStatus(_ path: String, _ status: Int) async throws {
        #expect(try await server.get(path).status == status)
    }

    @Test func theServerCannotWrite() async throws {
        // Given a request whose text is SQL
        let reply = try await server.get("/api/actors?q=%27%29%3B%20DELETE%20FROM%20actor%3B--")
        #expect(reply.status == 200)

        // Then every actor is still there
        let actors = try workspace.parley(["actors", "--format", "json"])
        #expect(try actors.jsonRows().count > 10)
    }
}
