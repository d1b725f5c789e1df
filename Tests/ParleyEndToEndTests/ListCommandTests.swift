import Foundation
import Testing

/// meetings, events, actors, actor, statements and articles on the fixture articles.
@Suite struct ListCommandTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace.ingested()
    }

    /// The names of the actor objects in a JSON row's field, joined as the table prints them.
    static func names(_ value: Any?) -> String {
        (value as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }.joined(separator: ", ")
    }

    static func name(_ value: Any?) -> String? {
        (value as? [String: Any])?["name"] as? String
    }

    func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try workspace.parley(arguments + ["--format", "json"])
        try #require(run.status == 0, "\(run)")
        return try run.jsonRows()
    }

    // MARK: meetings

    @Test func meetingsOfAnActorWithACounterpart() throws {
        // When Carter's meetings with Li Wen are listed
        let meetings = try rows(["meetings", "--actor", "Carter", "--with", "Li Wen"])

        // Then there is the Beijing meeting of Monday 2023-05-08
        #expect(meetings.count == 1)
        let meeting = try #require(meetings.first)
        #expect(meeting["date"] as? String == "2023-05-08")
        #expect(meeting["kind"] as? String == "meeting")
        #expect(meeting["status"] as? String == "occurred")
        #expect(meeting["location"] as? String == "Beijing")
        #expect(Self.names(meeting["participants"]) == "John Carter, Li Wen")
        let participant = try #require((meeting["participants"] as? [[String: Any]])?.first)
        #expect(participant["id"] is Int && participant["kind"] as? String == "person")
        #expect(participant["country"] as? String == "USA")
        #expect(meeting["id"] is Int)
    }

    @Test func aCounterpartCanBeNamedByOnePartOfTheName() throws {
        // The article calls him "Li Wen"; "Li", his family name, finds him too.
        let run = try workspace.parley(["meetings", "--actor", "Carter", "--with", "Li", "--format", "json"])
        #expect(run.status == 0, "\(run)")
        #expect(try run.jsonRows().count == 1)
    }

    @Test func meetingsOfAnActorInTable() throws {
        let run = try workspace.parley(["meetings", "--actor", "john carter"])
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.first?.hasPrefix("id  date") == true)
        #expect(run.stdout.contains("Li Wen"))
        #expect(run.stdout.contains("Beijing"))
        #expect(!run.stdout.contains("Ravi Sharma"))
    }

    @Test func meetingsBetweenTwoDates() throws {
        // When the meetings from May 10 to May 15 are listed
        let meetings = try rows(["meetings", "--from", "2023-05-10", "--to", "2023-05-15"])

        // Then the Ankara talks and the phone call come, newest first
        #expect(meetings.map { $0["date"] as? String } == ["2023-05-14", "2023-05-11"])
        #expect(meetings.map { $0["kind"] as? String } == ["call", "talks"])
    }

    @Test(arguments: [("cancelled", "Ravi Sharma, Pakistan"), ("planned", "John Carter, Japan")])
    func meetingsByStatus(_ status: String, _ participants: String) throws {
        let meetings = try rows(["meetings", "--status", status])
        #expect(meetings.map { Self.names($0["participants"]) } == [participants])
    }

    @Test(arguments: [("call", "Lucas Oliveira, Paul Moreau"), ("talks", "Anna Becker, Emre Yildiz")])
    func meetingsByKind(_ kind: String, _ participants: String) throws {
        let meetings = try rows(["meetings", "--kind", kind])
        #expect(meetings.map { Self.names($0["participants"]) } == [participants])
    }

    @Test func meetingsUpToALimitNewestFirst() throws {
        let all = try rows(["meetings"])
        let two = try rows(["meetings", "--limit", "2"])
        #expect(all.count >= 5)
        #expect(two.count == 2)
        #expect(two.map { $0["id"] as? Int } == all.prefix(2).map { $0["id"] as? Int })
    }

    @Test func meetingsAsCSV() throws {
        // When the calls are listed as CSV
        let run = try workspace.parley(["meetings", "--kind", "call", "--format", "csv"])

        // Then a header and one row come, the participants quoted because of their comma
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.count == 2)
        #expect(run.outputLines.first == "id,date,kind,status,participants,location")
        #expect(run.outputLines.last?.hasSuffix(",2023-05-14,call,occurred,\"Lucas Oliveira, Paul Moreau\",") == true)
    }

    @Test func noMatchingMeetingsPrintsNone() throws {
        let run = try workspace.parley(["meetings", "--status", "postponed"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "(none)\n")
        #expect(try rows(["meetings", "--status", "postponed"]).isEmpty)
    }

    // MARK: events

    @Test func eventsBetweenTwoDatesInDateOrder() throws {
        // When the events of May 2023 are listed
        let events = try rows(["events", "--from", "2023-05-01", "--to", "2023-05-31"])

        // Then meetings and statements come oldest first, all inside the range
        let dates = events.compactMap { $0["date"] as? String }
        #expect(dates.count == events.count)
        #expect(dates == dates.sorted())
        #expect(dates.allSatisfy { $0 >= "2023-05-01" && $0 <= "2023-05-31" })
        #expect(dates.first == "2023-05-08")
        let kinds = Set(events.compactMap { ($0["kind"] ?? $0["act"]) as? String })
        #expect(kinds.isSuperset(of: ["meeting", "talks", "call", "say", "accuse", "praise", "warn"]))
        #expect(Set(events.compactMap { $0["type"] as? String }) == ["meeting", "statement"])
        #expect(!events.contains { Self.names($0["participants"]).contains("Japan") }, "the June visit is outside")
    }

    @Test func eventsOfOneKindOrActor() throws {
        #expect(try rows(["events", "--kind", "call"]).map { $0["id"] as? Int }.count == 1)
        let carter = try rows(["events", "--actor", "Carter"])
        #expect(carter.compactMap { $0["act"] as? String }.contains("accuse"))
        #expect(
            carter.allSatisfy {
                Self.names($0["participants"]).contains("John Carter") || Self.name($0["speaker"]) == "John Carter"
            })
    }

    @Test(arguments: [1, 2, 5])
    func eventsUpToALimitAreTheFirstOfTheOrderPrinted(_ limit: Int) throws {
        // Given every event, oldest first
        let all = try rows(["events"])
        #expect(all.count > 5)

        // When only the first few are asked for
        let first = try rows(["events", "--limit", String(limit)])

        // Then they are the first of that order, neither the newest nor a mix
        func key(_ event: [String: Any]) -> String { "\(event["type"] ?? "")\(event["id"] ?? "")" }
        #expect(first.map(key) == all.prefix(limit).map(key))
        let table = try workspace.parley(["events", "--limit", String(limit)])
        #expect(table.outputLines.count == limit + 1, "\(table)")
    }

    // MARK: actors and actor

    @Test func actorsAreListedAndFiltered() throws {
        let all = try rows(["actors"])
        #expect(all.contains { $0["name"] as? String == "John Carter" && $0["kind"] as? String == "person" })
        let beckers = try rows(["actors", "Becker"])
        #expect(Set(beckers.compactMap { $0["name"] as? String }) == ["Anna Becker", "Thomas Becker"])
        let countries = try rows(["actors", "--kind", "country"])
        #expect(!countries.isEmpty)
        #expect(countries.allSatisfy { $0["kind"] as? String == "country" })
        #expect(try rows(["actors", "--limit", "3"]).count == 3)
    }

    @Test func actorShowsAliasesRolesCounterpartsAndCounts() throws {
        // When one actor is shown
        let run = try workspace.parley(["actor", "JOHN CARTER"])

        // Then the table names its aliases, role, counterpart and counts
        #expect(run.status == 0, "\(run)")
        #expect(run.outputLines.first?.hasPrefix("John Carter  (person, USA, p") == true, "\(run)")
        #expect(run.stdout.contains("aliases:      Carter, John Carter"))
        #expect(run.stdout.contains("Secretary of State (USA)"))
        #expect(run.stdout.contains("counterparts: "))
        #expect(run.stdout.contains("Li Wen (1)"))
        #expect(run.stdout.contains(/meetings: 2   statements: 1   articles: 1/))
    }

    @Test func actorAsJSON() throws {
        let run = try workspace.parley(["actor", "Li Wen", "--format", "json"])
        #expect(run.status == 0, "\(run)")
        let actor = try run.jsonObject()
        #expect(actor["name"] as? String == "Li Wen")
        #expect(actor["country"] as? String == "CHN")
        let roles = actor["roles"] as? [[String: Any]] ?? []
        #expect(roles.contains { $0["title"] as? String == "Foreign Minister" })
        let counterparts = actor["counterparts"] as? [[String: Any]] ?? []
        #expect(counterparts.map { Self.name($0["actor"]) } == ["John Carter"])
        #expect(counterparts.map { $0["meetings"] as? Int } == [1])
        #expect(actor["id"] is Int)
        #expect(actor["meetings"] as? Int == 1)
    }

    @Test func anAmbiguousActorIsRefusedWithTheCandidates() throws {
        // When a surname two people share is asked for
        let run = try workspace.parley(["actor", "Becker"])

        // Then the command fails and lists both
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("'Becker' names several actors; give the full name"))
        #expect(run.stderr.contains("Anna Becker (person, DEU)"))
        #expect(run.stderr.contains("Thomas Becker (person, AUT)"))
    }

    @Test(arguments: [
        ["actor", "Nobody Known"], ["meetings", "--actor", "Nobody Known"],
        ["meetings", "--actor", "Carter", "--with", "Nobody Known"], ["statements", "--actor", "Nobody Known"],
        ["events", "--actor", "Nobody Known"],
    ])
    func anUnknownActorIsRefused(_ arguments: [String]) throws {
        let run = try workspace.parley(arguments)
        #expect(run.status != 0)
        #expect(run.errorLines.count == 1, "\(run)")
        #expect(run.stderr.contains("no actor named 'Nobody Known'"))
    }

    // MARK: statements and articles

    @Test func statementsAreFilteredBySpeakerTargetAndAct() throws {
        let carter = try rows(["statements", "--actor", "Carter"])
        #expect(carter.map { $0["act"] as? String } == ["accuse"])
        #expect(Self.name(carter.first?["target"]) == "China")
        let warnings = try rows(["statements", "--act", "warn"])
        #expect(warnings.map { Self.name($0["speaker"]) } == ["Ravi Sharma"])
        let aimedAtTurkey = try rows(["statements", "--target", "Turkey"])
        #expect(aimedAtTurkey.map { Self.name($0["speaker"]) } == ["Anna Becker"])
        let quoted = try rows(["statements", "--actor", "Li Wen"])
        #expect(quoted.first?["quote"] as? String == "candid and useful")
        let reports = quoted.first?["reports"] as? [[String: Any]] ?? []
        #expect(reports.first?["sentence"] as? String == "Li Wen said the talks were \"candid and useful\".")
        let may12to15 = try rows(["statements", "--from", "2023-05-12", "--to", "2023-05-15"])
        #expect(may12to15.map { $0["date"] as? String } == ["2023-05-15", "2023-05-12"])
        #expect(try rows(["statements", "--limit", "1"]).count == 1)
    }

    @Test func articlesAreListedNewestFirst() throws {
        let articles = try rows(["articles"])
        #expect(
            articles.map { $0["title"] as? String } == [
                "Visit called off", "Leaders speak by phone", "Ministers hold talks in Ankara",
                "Carter and Li meet in Beijing",
            ])
        #expect(
            articles.map { $0["published"] as? String } == ["2023-05-20", "2023-05-15", "2023-05-12", "2023-05-10"])
        #expect(try rows(["articles", "--limit", "1"]).count == 1)
        let table = try workspace.parley(["articles"])
        #expect(table.outputLines.first?.hasPrefix("id  published") == true)
    }
}
