import Foundation
import Testing

/// show, search and stats on the fixture articles.
@Suite struct ShowSearchStatsTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace.ingested()
    }

    /// The id of the only row `arguments --format json` lists.
    func onlyID(_ arguments: [String]) throws -> String {
        let run = try workspace.parley(arguments + ["--format", "json"])
        let rows = try run.jsonRows()
        try #require(rows.count == 1, "\(run)")
        return String(try #require(rows[0]["id"] as? Int))
    }

    @Test func showMeetingGivesItsDetailsAndEvidence() throws {
        // Given the id of the Beijing meeting
        let id = try onlyID(["meetings", "--actor", "Carter", "--with", "Li Wen"])

        // When it is shown, with and without the m prefix
        let run = try workspace.parley(["show", "meeting", id])
        let prefixed = try workspace.parley(["show", "meeting", "m\(id)"])

        // Then kind, date, place, participants and the sentence it came from are printed
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == prefixed.stdout)
        #expect(run.outputLines.first == "meeting m\(id): meeting, occurred")
        #expect(run.stdout.contains("date:         2023-05-08"))
        #expect(run.stdout.contains("location:     Beijing"))
        #expect(run.stdout.contains("participants: John Carter, Li Wen"))
        #expect(run.stdout.contains("beijing.txt, bytes 0-"))
        #expect(
            run.stdout.contains(
                "  U.S. Secretary of State John Carter met Chinese Foreign Minister Li Wen in Beijing on Monday."))
    }

    @Test func showStatementGivesSpeakerTargetAndEvidence() throws {
        let id = try onlyID(["statements", "--actor", "Carter"])
        let run = try workspace.parley(["show", "statement", id])
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.first == "statement s\(id): accuse")
        #expect(run.stdout.contains("speaker: John Carter"))
        #expect(run.stdout.contains("target:  China"))
        #expect(run.stdout.contains("date:    2023-05-10"))
        #expect(run.stdout.contains("  Carter accused China of unfair trade practices."))

        let quoted = try workspace.parley(["show", "statement", try onlyID(["statements", "--actor", "Li Wen"])])
        #expect(quoted.stdout.contains("quote:   “candid and useful”"))
    }

    @Test func showArticleGivesItsSummaryAndText() throws {
        // Given the id of the text article
        let articles = try workspace.parley(["articles", "--format", "json"]).jsonRows()
        let id = String(
            try #require(articles.first { $0["title"] as? String == "Carter and Li meet in Beijing" }?["id"] as? Int))

        // When it is shown, and its text printed
        let summary = try workspace.parley(["show", "article", id])
        let text = try workspace.parley(["show", "article", id, "--text"])

        // Then the summary names origin, date and counts, and the text is the body without front matter
        #expect(summary.status == 0, "\(summary)")
        #expect(summary.outputLines.first == "article \(id): Carter and Li meet in Beijing")
        #expect(summary.stdout.contains("beijing.txt"))
        #expect(summary.stdout.contains("published:  2023-05-10"))
        #expect(summary.stdout.contains("\"source\""))
        #expect(text.status == 0, "\(text)")
        #expect(text.stdout.hasPrefix("U.S. Secretary of State John Carter met"))
        #expect(!text.stdout.contains("title:"))
        #expect(text.stdout.contains("\n\nLi Wen said the talks were \"candid and useful\".\n\n"))
    }

    @Test func showActorGivesTheActorDetail() throws {
        // Given the id of an actor as `actors` lists it
        let actors = try workspace.parley(["actors", "Carter", "--format", "json"]).jsonRows()
        let id = String(try #require(actors.first?["id"] as? Int))

        // When it is shown by id
        let run = try workspace.parley(["show", "actor", id])

        // Then it prints what `actor NAME` prints
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == (try workspace.parley(["actor", "John Carter"])).stdout)
    }

    @Test(arguments: [
        ["show", "meeting", "999"], ["show", "statement", "999"], ["show", "article", "999"],
        ["show", "actor", "p999"],
    ])
    func showingAnUnknownIdFails(_ arguments: [String]) throws {
        let run = try workspace.parley(arguments)
        #expect(run.status != 0)
        #expect(run.errorLines.count == 1, "\(run)")
        #expect(run.stderr.contains("with id 999"))
    }

    @Test func showingSomethingThatIsNotAnIdFails() throws {
        let run = try workspace.parley(["show", "meeting", "twelve"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("'twelve' is not an id"))
    }

    @Test func searchFindsArticlesByWords() throws {
        // When a word of one article is searched
        let run = try workspace.parley(["search", "refugees", "--format", "json"])

        // Then that article comes back with the word marked
        #expect(run.status == 0, "\(run)")
        let hits = try run.jsonRows()
        #expect(hits.map { $0["title"] as? String } == ["Ministers hold talks in Ankara"])
        #expect((hits.first?["snippet"] as? String)?.contains("[refugees]") == true)

        let table = try workspace.parley(["search", "Beijing"])
        #expect(table.outputLines.first?.hasPrefix("id  published") == true)
        #expect(table.stdout.contains("Carter and Li"))
        #expect(try workspace.parley(["search", "submarines"]).stdout == "(none)\n")
    }

    @Test(arguments: ["\"candid", "candid AND", "NEAR(", "title:x", "*", "'", "a OR b\""])
    func searchTakesOperatorsAndQuotesLiterally(_ query: String) throws {
        let run = try workspace.parley(["search", query])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
    }

    @Test func statsCountsWhatIsStored() throws {
        // When the statistics are printed
        let run = try workspace.parley(["stats"])

        // Then they name the database and count the four articles
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.first?.hasPrefix("database:    \(workspace.databasePath) (schema version ") == true)
        #expect(run.stdout.contains("articles:    4\n"))
        for label in ["actors:", "meetings:", "statements:", "mentions:"] {
            #expect(run.stdout.contains(Regex<Substring>(verbatim: label)), "\(label)")
        }
        #expect(run.stdout.contains("meetings from 2023-05-08 to "))
    }
}
