import Foundation
import Testing

/// `export`: the whole store as JSON Lines (the evaluation contract) or CSV.
@Suite struct ExportCommandTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace.ingested()
    }

    func exportedObjects() throws -> [[String: Any]] {
        let run = try workspace.parley(["export", "--format", "jsonl"])
        try #require(run.status == 0, "\(run)")
        return try run.outputLines.enumerated().map { number, line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw ParleyRun.NotJSON(text: "line \(number + 1): \(line)")
            }
            return object
        }
    }

    @Test func everyLineIsAJSONObjectWithAType() throws {
        // When the store is exported
        let objects = try exportedObjects()

        // Then every line has a known type, and each type is there
        let types = objects.compactMap { $0["type"] as? String }
        #expect(types.count == objects.count)
        #expect(Set(types) == ["article", "actor", "meeting", "statement"])
        #expect(types.filter { $0 == "article" }.count == 4)
        #expect(objects.allSatisfy { ($0["id"] as? String)?.isEmpty == false })
    }

    @Test func articlesCarryOriginAndActors() throws {
        let objects = try exportedObjects()
        let articles = objects.filter { $0["type"] as? String == "article" }
        let actorIDs = Set(objects.filter { $0["type"] as? String == "actor" }.compactMap { $0["id"] as? String })
        let origins = articles.compactMap { $0["origin"] as? String }
        #expect(origins.count == 4)
        #expect(origins.contains { $0.hasSuffix("articles/beijing.txt") })
        #expect(origins.contains { $0.hasSuffix("articles/wire.jsonl#r1") })
        #expect(origins.contains { $0.hasSuffix("articles/wire.jsonl#r2") })
        #expect(origins.contains { $0.hasSuffix("articles/page.html") })
        for article in articles {
            let actors = try #require(article["actors"] as? [String], "\(article)")
            #expect(!actors.isEmpty)
            #expect(Set(actors).isSubset(of: actorIDs), "every actor an article names is exported")
        }
    }

    @Test func meetingsCarryParticipantsAndMentionsThatPointIntoTheText() throws {
        // Given the exported meetings and the article ids
        let objects = try exportedObjects()
        let meetings = objects.filter { $0["type"] as? String == "meeting" }
        #expect(meetings.count >= 5)

        for meeting in meetings {
            // Then each has participants with actor ids and names
            let participants = try #require(meeting["participants"] as? [[String: Any]], "\(meeting)")
            #expect(participants.count >= 2)
            #expect(participants.allSatisfy { $0["actor"] is String && $0["name"] is String && $0["kind"] is String })

            // And mentions with the sentence and its byte offsets in the stored text
            let mentions = try #require(meeting["mentions"] as? [[String: Any]], "\(meeting)")
            #expect(!mentions.isEmpty)
            for mention in mentions {
                let sentence = try #require(mention["sentence"] as? String)
                let start = try #require(mention["start"] as? Int)
                let end = try #require(mention["end"] as? Int)
                let article = try #require(mention["article"] as? String)
                let text = Array(try workspace.parley(["show", "article", article, "--text"]).stdout.utf8)
                try #require(0 <= start && start <= end && end <= text.count, "\(mention)")
                #expect(String(decoding: text[start..<end], as: UTF8.self) == sentence)
            }
        }

        // And the Beijing meeting is there with its date and both people
        let beijing = try #require(meetings.first { $0["location"] as? String == "Beijing" })
        #expect(beijing["date"] as? String == "2023-05-08")
        #expect(beijing["date_precision"] as? String == "day")
        let names = (beijing["participants"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(Set(names) == ["John Carter", "Li Wen"])
    }

    @Test func statementsCarrySpeakerAndMentions() throws {
        let statements = try exportedObjects().filter { $0["type"] as? String == "statement" }
        #expect(statements.count >= 6)
        for statement in statements {
            let speaker = try #require(statement["speaker"] as? [String: Any], "\(statement)")
            #expect(speaker["actor"] is String)
            #expect((statement["mentions"] as? [[String: Any]])?.isEmpty == false)
        }
        let accusation = try #require(statements.first { $0["act"] as? String == "accuse" })
        #expect((accusation["speaker"] as? [String: Any])?["name"] as? String == "John Carter")
        #expect((accusation["target"] as? [String: Any])?["name"] as? String == "China")
    }

    @Test func csvHasAHeaderAndOneLinePerMeetingAndStatement() throws {
        // When the store is exported as CSV
        let run = try workspace.parley(["export", "--format", "csv"])
        #expect(run.status == 0, "\(run)")

        // Then a header comes first and every meeting and statement has a line
        let meetings = try workspace.parley(["meetings", "--format", "json"]).jsonRows().count
        let statements = try workspace.parley(["statements", "--format", "json"]).jsonRows().count
        #expect(
            run.outputLines.first
                == "type,id,kind_or_act,status,date,date_precision,location,actors,target,quote,sentence,origin")
        #expect(run.outputLines.count == 1 + meetings + statements)
        #expect(run.outputLines.dropFirst().allSatisfy { $0.hasPrefix("meeting,m") || $0.hasPrefix("statement,s") })
        // A field holding quotes is quoted, its quotes doubled.
        #expect(run.stdout.contains("\"Li Wen said the talks were \"\"candid and useful\"\".\""))
    }

    @Test func anEmptyStoreExportsNothing() throws {
        // Given a store into which only a file without meetings or statements went
        let workspace = try Workspace()
        let file = try workspace.write("The weather was mild.\n", to: "calm.txt")
        _ = try workspace.parley(["ingest", "--quiet", file])

        // Then the export has the article and nothing else
        let run = try workspace.parley(["export"])
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.count == 1)
        #expect(run.stdout.hasPrefix("{\"type\":\"article\""))
    }
}
