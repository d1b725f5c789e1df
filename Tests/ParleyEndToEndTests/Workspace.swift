import Foundation
import Testing

/// A temporary folder with a database path and the fixture articles, removed when released.
///
/// The articles are invented; their sentences are of the kinds the extractor reads.
final class Workspace {
    let root: URL
    /// Where the fixture articles are written.
    let articles: URL
    let databasePath: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-e2e-\(UUID().uuidString)")
        articles = root.appendingPathComponent("articles")
        databasePath = root.appendingPathComponent("parley.sqlite").path
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// Writes `text` to `relative` (folders created) and returns its path.
    @discardableResult
    func write(_ text: String, to relative: String) throws -> String {
        try write(Array(text.utf8), to: relative)
    }

    @discardableResult
    func write(_ bytes: [UInt8], to relative: String) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Runs `parley --db <this database> ARGUMENTS` in the workspace folder.
    func parley(_ arguments: [String], input: String? = nil) throws -> ParleyRun {
        try run(["--db", databasePath] + arguments, input: input)
    }

    /// Runs `parley ARGUMENTS` as given, with no database chosen for it.
    func run(_ arguments: [String], input: String? = nil) throws -> ParleyRun {
        let binary = try #require(ParleyBinary.url, "no parley binary found beside the tests; run `swift build` first")
        let id = UUID().uuidString
        // Files rather than pipes: a large output cannot fill a pipe and stall the child.
        let outURL = root.appendingPathComponent(".out-\(id)")
        let errURL = root.appendingPathComponent(".err-\(id)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["PARLEY_DB"] = nil
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        if let input {
            let inURL = root.appendingPathComponent(".in-\(id)")
            try Data(input.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return ParleyRun(
            arguments: arguments, status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    // MARK: Fixtures

    /// A text article with front matter: a meeting, two statements and a planned visit.
    static let beijingText = """
        ---
        title: Carter and Li meet in Beijing
        published: 2023-05-10
        source: Test Wire
        ---
        U.S. Secretary of State John Carter met Chinese Foreign Minister Li Wen in Beijing on Monday.

        Li Wen said the talks were "candid and useful".

        Carter accused China of unfair trade practices. Carter will visit Tokyo next month.
        """

    /// Two JSON Lines records: talks in Ankara and a phone call.
    static let wireLines = """
        {"id": "r1", "title": "Ministers hold talks in Ankara", "published": "2023-05-12", "url": "https://example.org/r1", "text": "Turkish Foreign Minister Emre Yildiz held talks with German Foreign Minister Anna Becker in Ankara on Thursday.\\n\\nBecker praised Turkey for its help with refugees."}
        {"id": "r2", "title": "Leaders speak by phone", "published": "2023-05-15", "text": "French President Paul Moreau spoke by phone with Brazilian President Lucas Oliveira on Sunday.\\n\\nMoreau said the call was warm."}

        """

    /// A news page: a cancelled visit, a warning, and a second Becker.
    static let pageHTML = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Visit called off | Example News</title>
        <meta property="article:published_time" content="2023-05-20T09:00:00Z">
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Visit called off</h1>
        <p>Indian Prime Minister Ravi Sharma cancelled a planned visit to Pakistan next week.</p>
        <p>Sharma warned Pakistan against further provocations along the border.</p>
        <p>Austrian Chancellor Thomas Becker met Sharma in New Delhi on Friday. Thomas Becker said the meeting was productive.</p>
        </article>
        <footer>Copyright 2023 Example News</footer>
        </body></html>
        """

    /// Writes the three fixture files into `articles/`.
    func writeArticles() throws {
        try write(Self.beijingText, to: "articles/beijing.txt")
        try write(Self.wireLines, to: "articles/wire.jsonl")
        try write(Self.pageHTML, to: "articles/page.html")
    }

    /// A workspace whose database holds the fixture articles (four: one text, two records, one page).
    static func ingested() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.writeArticles()
        let run = try workspace.parley(["ingest", "--quiet", workspace.articles.path])
        try #require(run.status == 0, "\(run)")
        return workspace
    }
}
