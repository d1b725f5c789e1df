import Foundation
import ParleyModel
import Testing

@testable import ParleyReading

@Suite struct FrontMatterTests {
    @Test func aWireArchiveHeaderEndsAtItsRule() {
        let front = FrontMatter.parse("source: Reuters\npublished: 1987-04-13\ntitle: TALKS OPEN\n---\nThe body.")
        #expect(front.fields["published"] == "1987-04-13")
        #expect(front.fields["title"] == "TALKS OPEN")
        #expect(front.body == "The body.")
    }

    @Test func proseWithAColonIsNoHeader() {
        let text = "Note: the talks opened today.\n---\nMore text."
        #expect(FrontMatter.parse(text).fields.isEmpty)
        #expect(FrontMatter.parse(text).body == text[...])
    }

    @Test func readsKeysAndBody() {
        let front = FrontMatter.parse(
            "---\ntitle: \"Talks resume\"\npublished: 2023-05-10\nSource: https://example.org/a\n---\nBody.\n")
        #expect(front.fields["title"] == "Talks resume")
        #expect(front.fields["published"] == "2023-05-10")
        #expect(front.fields["source"] == "https://example.org/a")
        #expect(front.body == "Body.\n")
    }

    @Test(arguments: ["No front matter here.\n---\n", "---\ntitle: never closed\nBody"])
    func textWithoutClosedFrontMatterIsAllBody(text: String) {
        let front = FrontMatter.parse(text)
        #expect(front.fields.isEmpty)
        #expect(front.body == text[...])
    }
}

@Suite struct TextArticleReaderTests {
    @Test func metadataAndParagraphs() {
        let article = TextArticleReader.read(
            """
            ---
            title: Envoys meet
            published: 1987-03-02
            author: A. Writer
            ---
            First paragraph
            wrapped over two lines.

            Second paragraph.
            """, origin: "a.txt")
        #expect(article.title == "Envoys meet")
        #expect(article.published == CalendarDate(iso: "1987-03-02"))
        #expect(article.metadata["author"] == "A. Writer")
        #expect(article.text == "First paragraph wrapped over two lines.\n\nSecond paragraph.")
    }

    @Test func wireIndentationStartsParagraphs() {
        let article = TextArticleReader.read(
            "    TOKYO, April 27 - The minister\nleft today.\n    He returns Friday.", origin: "w.txt")
        #expect(article.text == "TOKYO, April 27 - The minister left today.\n\nHe returns Friday.")
    }

    @Test func defaultPublicationDateFillsTheGap() {
        let fallback = CalendarDate(iso: "2020-01-01")
        #expect(TextArticleReader.read("Body.", origin: "x", defaultPublished: fallback).published == fallback)
        #expect(
            TextArticleReader.read("---\npublished: 2021-02-03\n---\nBody.", origin: "x", defaultPublished: fallback)
                .published == CalendarDate(iso: "2021-02-03"))
    }
}

@Suite struct JSONArticleReaderTests {
    @Test func eachLineIsARecordAndABadLineFailsAlone() {
        let text = """
            {"id": "r1", "title": "One", "published": "2023-05-10", "text": "Ministers met.", "url": "https://example.org/1"}
            {not json}

            {"title": "No text"}
            {"text": "Third record."}
            """
        let results = JSONArticleReader.readLines(text, path: "feed.jsonl")
        #expect(results.count == 4)
        let first = try? results[0].get()
        #expect(first?.origin == "feed.jsonl#r1")
        #expect(first?.metadata["url"] == "https://example.org/1")
        #expect(first?.published == CalendarDate(iso: "2023-05-10"))
        guard case let .failure(.malformedJSON(path, line, _)) = results[1] else {
            Issue.record("line 2 should be malformed")
            return
        }
        #expect(path == "feed.jsonl" && line == 2)
        #expect(results[2] == .failure(.missingText(path: "feed.jsonl", line: 4)))
        #expect((try? results[3].get())?.origin == "feed.jsonl#5")
    }

    @Test func aJSONDocumentMayHoldAnArray() {
        let results = JSONArticleReader.readDocument(
            #"[{"id": 7, "text": "A."}, {"id": "b", "text": "B."}]"#, path: "x.json")
        #expect(results.compactMap { try? $0.get().origin } == ["x.json#7", "x.json#b"])
    }
}

@Suite struct ArticleFileReaderTests {
    let reader = ArticleFileReader()

    @Test func refusesEmptyBinaryAndNonUTF8Text() {
        #expect(
            reader.read(bytes: Array("  \n".utf8), path: "e.txt", extension: "txt") == [.failure(.empty(path: "e.txt"))]
        )
        #expect(
            reader.read(bytes: [0x41, 0x00, 0x42], path: "b.txt", extension: "txt") == [
                .failure(.binary(path: "b.txt"))
            ])
        #expect(
            reader.read(bytes: [0x41, 0xFF, 0xFE, 0x42], path: "l.txt", extension: "txt")
                == [.failure(.notUTF8(path: "l.txt"))])
    }

    @Test func byteOrderMarkIsDropped() throws {
        let results = reader.read(
            bytes: [0xEF, 0xBB, 0xBF] + Array("Hello there.".utf8), path: "bom.txt", extension: "txt")
        #expect(try results[0].get().text == "Hello there.")
    }

    @Test func missingFileNamesThePath() {
        guard case let .failure(.unreadable(path, _))? = reader.read(path: "/nonexistent/parley/a.txt").first else {
            Issue.record("expected unreadable")
            return
        }
        #expect(path == "/nonexistent/parley/a.txt")
    }

    @Test func tooLargeIsRefusedBeforeReading() {
        let small = ArticleFileReader(maxBytes: 4)
        #expect(
            small.read(bytes: Array("12345".utf8), path: "big.txt", extension: "txt")
                == [.failure(.tooLarge(path: "big.txt", bytes: 5, limit: 4))])
    }

    @Test func folderWalkFindsArticlesAndReportsEmptyFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("parley-walk-\(UUID())")
        let nested = root.appendingPathComponent("a/b")
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "x".write(to: nested.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        try "x".write(to: root.appendingPathComponent("two.JSONL"), atomically: true, encoding: .utf8)
        try "x".write(to: root.appendingPathComponent("skip.pdf"), atomically: true, encoding: .utf8)
        let found = ArticleSourceFinder.sources(for: [
            root.path + "/a", root.appendingPathComponent("two.JSONL").path, empty.path, "-",
        ])
        #expect(found.sources.count == 3)
        #expect(found.sources.last == .standardInput)
        #expect(found.errors == [.noArticles(folder: empty.path)])
    }
}

@Suite struct LineEndAndEmptyRecordTests {
    @Test func windowsLineEndsAreLineEnds() throws {
        let bytes = Array(
            "---\r\ntitle: Envoys meet\r\npublished: 2023-05-10\r\n---\r\nFirst paragraph.\r\n\r\nSecond one.\r\n".utf8)
        let article = try ArticleFileReader().read(bytes: bytes, path: "crlf.txt", extension: "txt")[0].get()
        #expect(article.title == "Envoys meet")
        #expect(article.published == CalendarDate(iso: "2023-05-10"))
        #expect(article.text == "First paragraph.\n\nSecond one.")
        let lines = JSONArticleReader.readLines(
            "{\"id\":\"a\",\"text\":\"One.\"}\r\n{\"id\":\"b\",\"text\":\"Two.\"}\r\n", path: "w.jsonl")
        #expect(lines.compactMap { try? $0.get().origin } == ["w.jsonl#a", "w.jsonl#b"])
    }

    @Test func aRecordThatIsAllSiteChromeIsReported() {
        let results = JSONArticleReader.readLines(#"{"id":"a","text":"Share\n\nAdvertisement"}"#, path: "f.jsonl")
        #expect(results == [.failure(.noArticleText(path: "f.jsonl:1"))])
    }

    @Test func anEmptyJSONDocumentIsReported() {
        #expect(JSONArticleReader.readDocument("[]", path: "e.json") == [.failure(.noArticleText(path: "e.json"))])
    }
}
