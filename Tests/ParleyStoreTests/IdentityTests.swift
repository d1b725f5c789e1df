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
        // Given a person named in full with his surname as an alias, and an article naming only the surname
        try save("a.txt", [person("Tomas Berg", "SWE", aliases: ["Berg"])])
        try save("b.txt", [person("Tomas Berg", "SWE", aliases: ["Berg"])])
        try save("c.txt", [person("Berg", nil)])

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
