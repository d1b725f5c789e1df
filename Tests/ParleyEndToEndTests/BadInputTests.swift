import Foundation
import ParleySQLite
import Testing

/// Each bad input fails alone: a non-zero exit, one line on standard error naming the file and the
/// problem, and the good files of the same batch stored all the same.
@Suite struct BadInputTests {
    /// One kind of bad input: how to make it, and what the message must say.
    struct BadFile: Sendable, CustomTestStringConvertible {
        let name: String
        /// The path given to `ingest`, relative to the workspace.
        let path: String
        let make: @Sendable (Workspace) throws -> Void
        let problem: String

        var testDescription: String { name }
    }

    static let badFiles: [BadFile] = [
        BadFile(
            name: "missing file", path: "missing.txt", make: { _ in },
            problem: "cannot read the file: no such file or folder"),
        BadFile(
            name: "folder named like a file", path: "x.txt",
            make: { workspace in
                try FileManager.default.createDirectory(
                    atPath: workspace.path("x.txt"), withIntermediateDirectories: true)
            }, problem: "the folder holds no article files"),
        BadFile(
            name: "empty file", path: "empty.txt", make: { try $0.write("", to: "empty.txt") },
            problem: "the file is empty"),
        BadFile(
            name: "blank file", path: "blank.md", make: { try $0.write(" \n\n\t\n", to: "blank.md") },
            problem: "the file is empty"),
        BadFile(
            name: "binary file", path: "image.txt",
            make: { try $0.write([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3], to: "image.txt") },
            problem: "the file is binary, not text"),
        BadFile(
            name: "Latin-1 file", path: "latin1.txt",
            make: { try $0.write(Array("Caf".utf8) + [0xE9] + Array(" talks were held.\n".utf8), to: "latin1.txt") },
            problem: "the text is not valid UTF-8"),
        BadFile(
            name: "folder without articles", path: "notes",
            make: { try $0.write("not an article", to: "notes/readme.rtf") },
            problem: "the folder holds no article files"),
        BadFile(
            name: "unsupported type", path: "report.pdf", make: { try $0.write("%PDF-1.4 fake", to: "report.pdf") },
            problem: "not an article file"),
        BadFile(
            name: "JSON file that is not JSON", path: "broken.json",
            make: { try $0.write("{\"text\": ", to: "broken.json") },
            problem: "broken.json:1: malformed JSON"),
        BadFile(
            name: "page without text", path: "blank.html",
            make: { try $0.write("<html><body></body></html>", to: "blank.html") },
            problem: "no article text"),
    ]

    @Test(arguments: badFiles)
    func aBadFileFailsAloneWithOneLine(_ bad: BadFile) throws {
        // Given a good article and a bad input side by side
        let workspace = try Workspace()
        try workspace.writeArticles()
        try bad.make(workspace)

        // When both are ingested in one command
        let run = try workspace.parley(["ingest", workspace.path("articles/beijing.txt"), workspace.path(bad.path)])

        // Then the command fails, with one line naming the bad input and its problem
        #expect(run.status != 0, "\(run)")
        #expect(run.errorLines.count == 1, "\(run)")
        let line = try #require(run.errorLines.first)
        #expect(line.contains(workspace.path(bad.path)), "\(line)")
        #expect(line.contains(bad.problem), "\(line)")
        // And the good article is stored all the same
        #expect(run.outputLines.first == "articles: 1 new, 0 already stored, 1 failed", "\(run)")
        #expect(try workspace.parley(["articles", "--format", "json"]).jsonRows().count == 1)
    }

    @Test func aMalformedJSONLineFailsAloneAndNamesItsLine() throws {
        // Given a JSON Lines file whose second line is broken and third has no text
        let workspace = try Workspace()
        let lines = Workspace.wireLines.split(separator: "\n")
        let file = try workspace.write(
            [
                String(lines[0]), "{\"id\": \"r9\", \"text\": unquoted}", "{\"id\": \"r8\", \"title\": \"No body\"}",
                String(lines[1]),
            ].joined(separator: "\n"), to: "mixed.jsonl")

        // When it is ingested
        let run = try workspace.parley(["ingest", file])

        // Then each bad line is reported by file and line number, and the good records are stored
        #expect(run.status != 0)
        #expect(run.errorLines.count == 2, "\(run)")
        #expect(run.errorLines.first?.contains("\(file):2: malformed JSON") == true, "\(run)")
        #expect(run.errorLines.last?.contains("\(file):3: the record has no \"text\" field") == true, "\(run)")
        #expect(run.outputLines.first == "articles: 2 new, 0 already stored, 2 failed")
    }

    @Test func aFolderWithAGoodAndABadArticleStoresTheGoodOne() throws {
        // Given a folder holding the fixtures and a non-UTF-8 article
        let workspace = try Workspace()
        try workspace.writeArticles()
        try workspace.write(Array("Caf".utf8) + [0xE9, 0x0A], to: "articles/zz-latin1.txt")

        // When the folder is ingested
        let run = try workspace.parley(["ingest", workspace.articles.path])

        // Then the bad file is named once and the four good articles are stored
        #expect(run.status != 0)
        #expect(run.errorLines.count == 1, "\(run)")
        #expect(run.stderr.contains("zz-latin1.txt: the text is not valid UTF-8"))
        #expect(run.outputLines.first == "articles: 4 new, 0 already stored, 1 failed")
    }

    @Test(arguments: [
        ["meetings", "--from", "2023-13-45"], ["meetings", "--to", "2023-02-30"],
        ["events", "--from", "yesterday"], ["statements", "--from", "2023-5-1"],
        ["ingest", "--published", "2023-00-10", "x.txt"],
    ])
    func aBadDateIsRefused(_ arguments: [String]) throws {
        let workspace = try Workspace.ingested()
        let run = try workspace.parley(arguments)
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        let value = arguments[arguments.firstIndex { $0.hasPrefix("--") }! + 1]
        #expect(run.stderr.contains("'\(value)' is invalid"), "\(run)")
    }

    @Test(arguments: [["meetings"], ["events"]])
    func aRangeThatEndsBeforeItStartsIsRefused(_ command: [String]) throws {
        let workspace = try Workspace.ingested()
        let run = try workspace.parley(command + ["--from", "2023-06-01", "--to", "2023-05-01"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--from 2023-06-01 is after --to 2023-05-01"))
    }

    @Test func aLimitBelowOneIsRefused() throws {
        let workspace = try Workspace.ingested()
        let run = try workspace.parley(["meetings", "--limit", "0"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--limit must be at least 1"))
    }

    // MARK: Databases

    @Test(arguments: [["stats"], ["meetings"], ["ingest", "articles"]])
    func aFileThatIsNotADatabaseIsRefusedAndLeftAlone(_ arguments: [String]) throws {
        // Given a database path holding plain text
        let workspace = try Workspace()
        try workspace.writeArticles()
        let garbage = "These are my notes, not a database.\n" + String(repeating: "x", count: 2_000)
        try workspace.write(garbage, to: "parley.sqlite")

        // When a command opens it
        let run = try workspace.parley(arguments)

        // Then it fails with one line naming the file, and the file is unchanged
        #expect(run.status != 0)
        #expect(run.errorLines.count == 1, "\(run)")
        #expect(run.stderr.contains(workspace.databasePath))
        #expect(run.stderr.contains("not a database"))
        #expect(try String(contentsOfFile: workspace.databasePath, encoding: .utf8) == garbage)
    }

    @Test func aDatabaseNewerThanTheProgramIsRefused() throws {
        // Given a Parley database that a later version has marked as its own
        let workspace = try Workspace.ingested()
        try Database(.path(workspace.databasePath)).execute("PRAGMA user_version = 99")

        // When this program opens it for reading or for ingest
        let stats = try workspace.parley(["stats"])
        let ingest = try workspace.parley(["ingest", workspace.path("articles/beijing.txt")])

        // Then both refuse with the versions named, and the database keeps its version
        for run in [stats, ingest] {
            #expect(run.status != 0)
            #expect(run.errorLines.count == 1, "\(run)")
            #expect(run.stderr.contains(workspace.databasePath))
            #expect(run.stderr.contains("schema version 99, newer than this program supports"))
        }
        #expect(try Database(.path(workspace.databasePath)).userVersion() == 99)
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        // Given a SQLite file of another program at the database path
        let workspace = try Workspace()
        try Database(.path(workspace.databasePath)).execute("CREATE TABLE contacts (name TEXT)")

        // When parley opens it, then it says whose it is not
        let run = try workspace.parley(["stats"])
        #expect(run.status != 0)
        #expect(run.errorLines.count == 1, "\(run)")
        #expect(run.stderr.contains("not a Parley database"))
    }

    @Test func readingCommandsDoNotCreateADatabase() throws {
        // Given no database file
        let workspace = try Workspace()

        // When a reading command runs
        let run = try workspace.parley(["meetings"])

        // Then it says to ingest first and creates nothing
        #expect(run.status != 0)
        #expect(run.errorLines.count == 1, "\(run)")
        #expect(run.stderr.contains("no such database; ingest articles first"))
        #expect(!FileManager.default.fileExists(atPath: workspace.databasePath))
    }
}
