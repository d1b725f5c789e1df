import Foundation
import Testing

@Suite struct IngestCommandTests {
    @Test func ingestingAFolderStoresEveryArticleAndSummarizes() throws {
        // Given a folder with a text article, a JSON Lines file of two records and a page
        let workspace = try Workspace()
        try workspace.writeArticles()

        // When the folder is ingested
        let run = try workspace.parley(["ingest", workspace.articles.path])

        // Then four articles are stored, nothing fails, and the summary says so
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.isEmpty, "\(run)")
        #expect(run.outputLines.first == "articles: 4 new, 0 already stored, 0 failed")
        #expect(run.outputLines.count == 2)
        #expect(
            run.outputLines.last?.wholeMatch(
                of: /extracted: [1-9]\d* meetings, [1-9]\d* statements, [1-9]\d* new actors/) != nil,
            "\(run)")
        #expect(try workspace.parley(["articles", "--format", "json"]).jsonRows().count == 4)
    }

    @Test func ingestingAgainSaysTheArticlesAreAlreadyStored() throws {
        // Given a database holding the fixture articles
        let workspace = try Workspace.ingested()

        // When the same folder is ingested again
        let run = try workspace.parley(["ingest", workspace.articles.path])

        // Then nothing new is stored
        #expect(run.status == 0, "\(run)")
        #expect(
            run.outputLines == [
                "articles: 0 new, 4 already stored, 0 failed",
                "extracted: 0 meetings, 0 statements, 0 new actors",
            ])
        #expect(try workspace.parley(["articles", "--format", "json"]).jsonRows().count == 4)
    }

    @Test(arguments: [("articles/beijing.txt", 1), ("articles/wire.jsonl", 2), ("articles/page.html", 1)])
    func ingestingOneFileStoresItsArticles(_ file: String, _ count: Int) throws {
        // Given one fixture file
        let workspace = try Workspace()
        try workspace.writeArticles()

        // When only that file is ingested
        let run = try workspace.parley(["ingest", workspace.path(file)])

        // Then its articles are stored
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.first == "articles: \(count) new, 0 already stored, 0 failed")
    }

    @Test func ingestingStandardInputReadsText() throws {
        // Given an article piped in as text with front matter
        let workspace = try Workspace()

        // When `-` is ingested
        let run = try workspace.parley(["ingest", "-"], input: Workspace.beijingText)

        // Then it is stored under the origin "stdin" with its title and date
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.first == "articles: 1 new, 0 already stored, 0 failed")
        let article = try #require(try workspace.parley(["articles", "--format", "json"]).jsonRows().first)
        #expect(article["title"] as? String == "Carter and Li meet in Beijing")
        #expect(article["published"] as? String == "2023-05-10")
        #expect(try workspace.parley(["show", "article", "1"]).stdout.contains("origin:     stdin"))
    }

    @Test func ingestingStandardInputRecognizesJSONLines() throws {
        let workspace = try Workspace()
        let run = try workspace.parley(["ingest", "-"], input: Workspace.wireLines)
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.first == "articles: 2 new, 0 already stored, 0 failed")
        #expect(try workspace.parley(["show", "article", "1"]).stdout.contains("origin:     stdin#r1"))
    }

    @Test func quietIngestPrintsNothing() throws {
        let workspace = try Workspace()
        try workspace.writeArticles()
        let run = try workspace.parley(["ingest", "--quiet", workspace.articles.path])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.isEmpty)
    }

    @Test func anUndatedArticleTakesThePublishedOption() throws {
        // Given a text article without front matter
        let workspace = try Workspace()
        let file = try workspace.write(
            "Japanese Prime Minister Kenji Mori met Australian Prime Minister Sarah Doyle in Canberra on Friday.\n",
            to: "undated.txt")

        // When it is ingested with a default publication date
        let run = try workspace.parley(["ingest", "--published", "2023-05-20", file])

        // Then the article carries that date, and "Friday" is the day before
        #expect(run.status == 0, "\(run)")
        #expect(
            try workspace.parley(["articles", "--format", "json"]).jsonRows().first?["published"] as? String
                == "2023-05-20")
        let meetings = try workspace.parley(["meetings", "--format", "json"]).jsonRows()
        #expect(meetings.map { $0["date"] as? String } == ["2023-05-19"])
    }

    @Test func ingestCreatesTheDatabaseFile() throws {
        // Given a workspace without a database
        let workspace = try Workspace()
        try workspace.writeArticles()
        #expect(!FileManager.default.fileExists(atPath: workspace.databasePath))

        // When an article is ingested
        let run = try workspace.parley(["ingest", "--quiet", workspace.path("articles/beijing.txt")])

        // Then the file exists with the current schema
        #expect(run.status == 0, "\(run)")
        #expect(FileManager.default.fileExists(atPath: workspace.databasePath))
        #expect(try workspace.parley(["stats"]).stdout.contains(/\(schema version [1-9]\d*\)/))
    }

    @Test func ingestWithoutPathsIsAUsageError() throws {
        let workspace = try Workspace()
        let run = try workspace.parley(["ingest"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("ingest"))
    }
}
