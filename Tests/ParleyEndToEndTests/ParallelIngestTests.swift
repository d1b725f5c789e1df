import Foundation
import Testing

/// `ingest --jobs N`: extraction on several threads, one writer storing in input order, so the store does not
/// depend on N.
@Suite struct ParallelIngestTests {
    private static let people = [
        ("Chinese", "Foreign Minister", "Li Wen"), ("U.S.", "Secretary of State", "John Carter"),
        ("German", "Chancellor", "Anna Becker"), ("Turkish", "Foreign Minister", "Emre Yildiz"),
        ("French", "President", "Paul Moreau"), ("Brazilian", "President", "Lucas Oliveira"),
        ("Indian", "Prime Minister", "Ravi Sharma"), ("Kenyan", "Foreign Minister", "Grace Otieno"),
    ]
    private static let cities = ["Beijing", "Washington", "Berlin", "Ankara", "Paris", "Brasilia", "New Delhi"]

    /// Forty invented articles where the same people meet again and again (so that actors, identities and
    /// encounters are shared across articles and their order matters), a JSON Lines file, a copy of one article
    /// under another name, and a bad file.
    private static func writeArticles(in workspace: Workspace) throws {
        var records: [String] = []
        for number in 0..<40 {
            let (nation, title, name) = people[number % people.count]
            let (otherNation, otherTitle, other) = people[(number * 3 + 1) % people.count]
            let city = cities[number % cities.count]
            let day = 1 + number % 27
            let body = """
                \(nation) \(title) \(name) met \(otherNation) \(otherTitle) \(other) in \(city) on Monday.

                \(name.split(separator: " ").last!) said the talks were "useful" and criticized the sanctions.

                \(other) will visit \(cities[(number + 2) % cities.count]) next month.
                """
            if number % 4 == 3 {
                let text = body.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\"", with: "\\\"")
                records.append(
                    #"{"id": "w\#(number)", "title": "Talks \#(number)", "published": "2023-05-\#(String(format: "%02d", day))", "text": "\#(text)"}"#
                )
            } else {
                try workspace.write(
                    "---\ntitle: Talks \(number)\npublished: 2023-05-\(String(format: "%02d", day))\n---\n\(body)\n",
                    to: "many/a\(String(format: "%02d", number)).txt")
            }
        }
        try workspace.write(records.joined(separator: "\n") + "\n", to: "many/wire.jsonl")
        try workspace.write(
            try String(contentsOfFile: workspace.path("many/a00.txt"), encoding: .utf8), to: "many/copy-of-a00.txt")
        try workspace.write([0x89, 0x50, 0, 0, 1], to: "many/broken.txt")
    }

    @Test func theStoreIsTheSameWithOneJobAndWithThree() throws {
        // Given the same articles ingested with one job and with three
        let workspace = try Workspace()
        try Self.writeArticles(in: workspace)
        var exports: [String] = []
        var summaries: [String] = []
        var searches: [String] = []
        for jobs in ["1", "3"] {
            let database = workspace.path("jobs-\(jobs).sqlite")
            let ingest = try workspace.run(["--db", database, "ingest", "--jobs", jobs, workspace.path("many")])
            #expect(ingest.status == 1, "the bad file fails: \(ingest)")
            summaries.append(ingest.stdout)
            let export = try workspace.run(["--db", database, "export", "--format", "jsonl"])
            try #require(export.status == 0, "\(export)")
            exports.append(export.stdout)
            // The full-text index, fed once per batch, finds the same articles in the same order.
            let search = try workspace.run([
                "--db", database, "search", "--limit", "100", "--format", "csv", "talks", "sanctions",
            ])
            try #require(search.status == 0, "\(search)")
            searches.append(search.stdout)
        }

        // Then the summaries and the exports (rows, ids, order) are identical
        #expect(summaries[0].contains("40 new, 1 already stored, 1 failed"), "\(summaries[0])")
        #expect(summaries[0] == summaries[1])
        #expect(exports[0].split(separator: "\n").count > 100)
        #expect(exports[0] == exports[1])
        #expect(searches[0].split(separator: "\n").count >= 40, "\(searches[0])")
        #expect(searches[0] == searches[1])
    }

    @Test func jobsMustBePositive() throws {
        let workspace = try Workspace()
        let run = try workspace.parley(["ingest", "--jobs", "0", "x.txt"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--jobs"))
    }

    @Test func aJSONLinesRecordOverTheLimitFailsAloneAndTheFileIsStreamed() throws {
        // Given a JSON Lines file whose middle record is larger than --max-bytes, and the file larger still
        let workspace = try Workspace()
        let lines = Workspace.wireLines.split(separator: "\n").map(String.init)
        let long = #"{"id": "big", "text": "\#(String(repeating: "Talks were held. ", count: 40))"}"#
        let file = try workspace.write([lines[0], long, lines[1]].joined(separator: "\n"), to: "wire.jsonl")
        let limit = max(lines[0].utf8.count, lines[1].utf8.count) + 10

        // When it is ingested with that limit
        let run = try workspace.parley(["ingest", "--max-bytes", String(limit), file])

        // Then the long record alone fails, named by its line, and the two others are stored
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1, "\(run)")
        #expect(run.errorLines.first?.contains("\(file):2: the record has") == true, "\(run)")
        #expect(run.outputLines.first == "articles: 2 new, 0 already stored, 1 failed", "\(run)")
    }
}
