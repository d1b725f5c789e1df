import Foundation
import ParleyModel
import Testing

@testable import ParleyStore

/// One actor per person across articles: bare surnames fold into the person named in full, and every merge
/// can be explained.
@Suite struct IdentityTests {
    let store: ParleyStore

    init() throws {
        store = try ParleyStore(.memory)
    }

    private func save(_ origin: String, _ actors: [ExtractedActor]) throws {
        try store.save(Article(origin: origin, text: "Text of \(origin)."), Extraction(actors: actors))
    }

    private func person(_ name: String, _ country: String?, aliases: [String] = []) -> ExtractedActor {
        ExtractedActor(name: name, kind: .person, country: country, aliases: aliases)
    }

    @Test func aBareSurnameFoldsIntoThePersonWhoGoesByItInFull() throws {
        // Given an article naming only a surname, then two naming the person in full with it as an alias
        try save("c.txt", [person("Berg", nil)])
        try save("a.txt", [person("Tomas Berg", "SWE", aliases: ["Berg"])])
        try save("b.txt", [person("Tomas Berg", "SWE", aliases: ["Berg"])])

        // When identities are consolidated
        let merged = try store.consolidateIdentities()

        // Then the surname is the full name's actor, and the merge says why
        #expect(merged == 1)
        #expect(try store.actors(kind: .person).map(\.name) == ["Tomas Berg"])
        guard case let .found(berg) = try store.resolveActor("Berg") else {
            Issue.record("Berg is not one actor")
            return
        }
        let detail = try store.actorDetail(berg.id)
        #expect(detail.articleCount == 3)
        #expect(detail.merged.map(\.name) == ["Berg"])
    }

    @Test func aSurnameSharedByTwoPeopleOfLikeStandingStaysApart() throws {
        // Given two people of one surname, each in one article, and the bare surname in a third
        try save("a.txt", [person("Tomas Berg", "SWE", aliases: ["Berg"])])
        try save("b.txt", [person("Lena Berg", "SWE", aliases: ["Berg"])])
        try save("c.txt", [person("Berg", "SWE")])

        // When identities are consolidated, then no one is guessed
        #expect(try store.consolidateIdentities() == 0)
        #expect(try store.actors(kind: .person).count == 3)
    }

    @Test func aSurnameOfAnotherCountryIsNotFolded() throws {
        try save("a.txt", [person("Tomas Berg", "SWE", aliases: ["Berg"])])
        try save("b.txt", [person("Berg", "NOR")])
        #expect(try store.consolidateIdentities() == 0)
    }

    @Test func mergingMovesMeetingsStatementsAndRoles() throws {
        // Given two actors that are one person, each with a meeting and a statement
        let evidence = Evidence(sentence: "s", start: 0, end: 1)
        for (origin, name) in [("a.txt", "Tomas Berg"), ("b.txt", "T. Berg")] {
            let extraction = Extraction(
                actors: [
                    ExtractedActor(
                        name: name, kind: .person, country: "SWE", roles: [Role(title: "Minister", country: "SWE")]),
                    ExtractedActor(name: "Norway", kind: .country, country: "NOR"),
                ],
                meetings: [
                    ExtractedMeeting(
                        kind: .meeting, status: .occurred, date: nil, location: nil, participants: [0, 1],
                        evidence: evidence)
                ],
                statements: [
                    ExtractedStatement(act: .say, speaker: 0, target: nil, quote: nil, date: nil, evidence: evidence)
                ])
            try store.save(Article(origin: origin, text: "Text of \(origin)."), extraction)
        }
        let full = try #require(try store.actors(matching: "Tomas Berg").first)
        let short = try #require(try store.actors(matching: "T. Berg").first)

        // When one is merged into the other
        try store.mergeActor(short.id, into: full.id, reason: "a user said so")

        // Then everything the short form had is the full name's
        let detail = try store.actorDetail(full.id)
        #expect(detail.meetingCount == 2)
        #expect(detail.statementCount == 2)
        #expect(detail.articleCount == 2)
        #expect(detail.aliases.contains("T. Berg"))
        #expect(detail.merged.map(\.reason) == ["a user said so"])
        #expect(try store.actorSummary(short.id) == nil)
    }
}

/// Merges and splits a user makes hold for articles ingested later.
@Suite struct IdentityRuleTests {
    let store: ParleyStore

    init() throws {
        store = try ParleyStore(.memory)
    }

    private func save(_ origin: String, _ actors: [ExtractedActor], meetingOf participants: [Int]? = nil) throws {
        let text = "Text of \(origin)."
        let meetings =
            participants.map {
                [
                    ExtractedMeeting(
                        kind: .meeting, status: .occurred, date: nil, location: nil, participants: $0,
                        evidence: Evidence(sentence: text, start: 0, end: text.utf8.count))
                ]
            } ?? []
        try store.save(Article(origin: origin, text: text), Extraction(actors: actors, meetings: meetings))
    }

    private func id(_ name: String) throws -> Int64 {
        try #require(try store.actors(matching: name).first { $0.name == name }).id
    }

    @Test func aMergeHoldsForArticlesIngestedLater() throws {
        // Given a person and a title-bearing form of his name stored apart
        try save("a.txt", [ExtractedActor(name: "Tomas Berg", kind: .person, country: "SWE")])
        try save("b.txt", [ExtractedActor(name: "Minister Berg", kind: .person, country: nil)])

        // When a user merges them, and a later article names the merged form again
        try store.mergeActors(try id("Minister Berg"), into: try id("Tomas Berg"))
        try save("c.txt", [ExtractedActor(name: "Minister Berg", kind: .person, country: nil)])

        // Then the later article's actor is the one kept
        #expect(try store.actors(kind: .person).map(\.name) == ["Tomas Berg"])
        #expect(try store.actorDetail(try id("Tomas Berg")).articleCount == 3)
    }

    @Test func aSplitTakesTheNameItsArticlesAndTheirMeetings() throws {
        // Given two people, each with a meeting, wrongly merged into one
        let norway = ExtractedActor(name: "Norway", kind: .country, country: "NOR")
        try save(
            "a.txt", [ExtractedActor(name: "George Dahl", kind: .person, country: "USA"), norway], meetingOf: [0, 1])
        try save(
            "b.txt", [ExtractedActor(name: "Dahl Sr.", kind: .person, country: "USA"), norway], meetingOf: [0, 1])
        let dahl = try id("George Dahl")
        try store.mergeActors(try id("Dahl Sr."), into: dahl)
        #expect(try store.actorDetail(dahl).meetingCount == 2)

        // When a user splits "Dahl Sr." off again
        let senior = try store.splitActor(dahl, names: ["Dahl Sr."])

        // Then the article that used the name, and its meeting, are the new actor's
        #expect(try store.actorDetail(senior).meetingCount == 1)
        #expect(try store.actorDetail(senior).articleCount == 1)
        #expect(try store.actorDetail(dahl).meetingCount == 1)

        // And a later article using that name means the new actor
        try save("c.txt", [ExtractedActor(name: "Dahl Sr.", kind: .person, country: "USA")])
        #expect(try store.actorDetail(senior).articleCount == 2)
    }

    @Test func aSplitOfANameTheActorDoesNotHaveIsRefused() throws {
        try save("a.txt", [ExtractedActor(name: "Tomas Berg", kind: .person, country: "SWE", aliases: ["Berg"])])
        let berg = try id("Tomas Berg")
        #expect(throws: StoreError.self) { try store.splitActor(berg, names: ["Lena Berg"]) }
        #expect(throws: StoreError.self) { try store.splitActor(berg, names: ["Tomas Berg"]) }
        #expect(throws: StoreError.self) { try store.mergeActors(berg, into: berg) }
    }
}

/// What the review of the identity rules found, each a case of its own.
@Suite struct IdentityReviewTests {
    let store: ParleyStore

    init() throws {
        store = try ParleyStore(.memory)
    }

    private func save(_ origin: String, _ actors: [ExtractedActor], meetingOn day: Int? = nil) throws {
        let text = "Text of \(origin)."
        let meetings =
            day.map {
                [
                    ExtractedMeeting(
                        kind: .meeting, status: .occurred,
                        date: EventDate(date: CalendarDate(year: 2005, month: 11, day: $0)!, precision: .day),
                        location: nil, participants: [0, 1],
                        evidence: Evidence(sentence: text, start: 0, end: text.utf8.count))
                ]
            } ?? []
        try store.save(Article(origin: origin, text: text), Extraction(actors: actors, meetings: meetings))
    }

    private let hu = ExtractedActor(name: "Hu Jintao", kind: .person, country: "CHN", aliases: ["Hu"])
    private let bush = ExtractedActor(name: "George Bush", kind: .person, country: "USA", aliases: ["Bush"])

    @Test func aSurnameAnArticleUsedAloneJoinsThePersonAtOnceAndSoDoesTheMeeting() throws {
        // Given a meeting of two people named in full, then told again by surnames alone
        try save("a.txt", [hu, bush], meetingOn: 14)
        try save(
            "b.txt",
            [
                ExtractedActor(name: "Hu", kind: .person, country: "CHN"),
                ExtractedActor(name: "Bush", kind: .person, country: "USA"),
            ], meetingOn: 14)

        // Then there are two people and one meeting with two reports
        #expect(try store.actors(kind: .person).count == 2)
        let meetings = try store.meetings(MeetingFilter())
        #expect(meetings.count == 1)
        #expect(meetings.first?.mentions.count == 2)
    }

    @Test func aSplitOutlivesTheConsolidationOfLaterRuns() throws {
        // Given a user who split "Bush" off George Bush
        try save("a.txt", [bush])
        let george = try #require(try store.actors(matching: "George Bush").first).id
        let split = try store.splitActor(george, names: ["Bush"])

        // When later runs consolidate identities
        try store.consolidateIdentities()
        try save("b.txt", [ExtractedActor(name: "Bush", kind: .person, country: "USA")])
        try store.consolidateIdentities()

        // Then the split actor stands, and the later "Bush" is it
        #expect(try store.actorSummary(split) != nil)
        #expect(try store.actorDetail(split).articleCount == 1)
    }

    @Test func aSplitNeedsANameAndAMergeOfOnePersonMeetingHimselfLeavesNoMeeting() throws {
        try save("a.txt", [hu, ExtractedActor(name: "Hu Jin", kind: .person, country: "CHN")], meetingOn: 3)
        let full = try #require(try store.actors(matching: "Hu Jintao").first).id
        let short = try #require(try store.actors(matching: "Hu Jin").first { $0.name == "Hu Jin" }).id
        #expect(throws: StoreError.self) { try store.splitActor(full, names: []) }

        try store.mergeActors(short, into: full)
        #expect(try store.meetings(MeetingFilter()).isEmpty)
    }
}
