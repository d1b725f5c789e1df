import Foundation
import ParleyModel
import ParleySQLite
import Testing

@testable import ParleyStore

/// The repository through its public API, each test on a fresh in-memory store.
///
/// After the three fixture articles the store holds, by id:
/// meetings m1 Carter–Li 2023-05-08 (two mentions), m2 Carter visit to France 2023-06 (planned),
/// m3 Qín–Carter call 2023-06-20 (cancelled), m4 Wang Yi–Wang Lei summit 2024 (planned);
/// statements s1 Li says 2023-05-10, s2 Carter criticizes China 2023-05-11, s3 Qín warns (undated).
@Suite struct ParleyStoreTests {
    let store: ParleyStore

    init() throws {
        store = try ParleyStore(.memory)
    }

    /// Saves the three fixture articles and returns what each save did.
    @discardableResult
    func saveAll() throws -> [SaveOutcome] {
        [
            try store.save(StoreFixture.articleA, StoreFixture.extractionA),
            try store.save(StoreFixture.articleB, StoreFixture.extractionB),
            try store.save(StoreFixture.articleC, StoreFixture.extractionC),
        ]
    }

    func actorID(_ name: String) throws -> Int64 {
        guard case let .found(actor) = try store.resolveActor(name) else {
            Issue.record("no single actor named \(name)")
            return -1
        }
        return actor.id
    }

    // MARK: Saving

    @Test func savingReportsWhatWasStored() throws {
        // When the three articles are saved
        let outcomes = try saveAll()

        // Then each reports its meetings, statements and the actors it added
        #expect(
            outcomes == [
                .stored(articleID: 1, meetings: 2, statements: 1, newActors: 3),
                .stored(articleID: 2, meetings: 1, statements: 1, newActors: 1),
                .stored(articleID: 3, meetings: 2, statements: 1, newActors: 3),
            ])
    }

    @Test func theSameContentIsStoredOnce() throws {
        // Given a stored article
        try store.save(StoreFixture.articleA, StoreFixture.extractionA)

        // When the same text comes again, even from another file
        var copy = StoreFixture.articleA
        copy.origin = "elsewhere/copy.txt"
        let again = try store.save(StoreFixture.articleA, StoreFixture.extractionA)
        let fromElsewhere = try store.save(copy, StoreFixture.extractionA)

        // Then it is recognized, and nothing is added
        #expect(again == .duplicate(existingID: 1))
        #expect(fromElsewhere == .duplicate(existingID: 1))
        let stats = try store.statistics()
        #expect(stats.articles == 1)
        #expect(stats.meetings == 2)
        #expect(stats.statements == 1)
        #expect(stats.mentions == 3)
        #expect(try store.article(withHash: ContentHash.sha256(StoreFixture.textA)) == 1)
    }

    @Test func theSameActorInTwoArticlesIsOneRow() throws {
        // When two articles both name Carter and Li (the second without Li's country)
        try store.save(StoreFixture.articleA, StoreFixture.extractionA)
        try store.save(StoreFixture.articleB, StoreFixture.extractionB)

        // Then each is one actor, seen in both articles
        #expect(try store.actors(matching: "Carter").count == 1)
        #expect(try store.actors(matching: "Li Wen").count == 1)
        let li = try store.actorDetail(try actorID("Li Wen"))
        #expect(li.actor.country == "CHN")
        #expect(li.articleCount == 2)
        #expect(try store.statistics().actors == 4)
    }

    @Test func anActorWithoutACountryTakesOneLaterGiven() throws {
        // Given an actor first seen without a country
        let bare = Extraction(actors: [ExtractedActor(name: "Ana Ruiz", kind: .person, country: nil)])
        try store.save(Article(origin: "one.txt", text: "Ana Ruiz arrived."), bare)

        // When a later article gives her country
        let placed = Extraction(actors: [ExtractedActor(name: "Ana Ruiz", kind: .person, country: "ESP")])
        try store.save(Article(origin: "two.txt", text: "Spain's Ana Ruiz spoke."), placed)

        // Then she is still one actor, now with that country
        let actors = try store.actors(matching: "Ruiz")
        #expect(actors.count == 1)
        #expect(actors.first?.country == "ESP")
    }

    @Test func aBodyWrittenTwoWaysIsOneActor() throws {
        // Given "G7" in one article and "G-7" (with "G7" among its other names) in another
        let first = Extraction(actors: [ExtractedActor(name: "G7", kind: .organization, country: nil)])
        try store.save(Article(origin: "one.txt", text: "The G7 met."), first)
        let second = Extraction(actors: [
            ExtractedActor(name: "G-7", kind: .organization, country: nil, aliases: ["G7"])
        ])
        try store.save(Article(origin: "two.txt", text: "The G-7 met."), second)

        // Then they are one body
        #expect(try store.statistics().actors == 1)
    }

    @Test func aStatesBodyIsNotAStatelessBodyOfTheSameKind() throws {
        // Given a foreign ministry of no known state
        let stateless = Extraction(actors: [ExtractedActor(name: "Foreign Ministry", kind: .organization, country: nil)]
        )
        try store.save(Article(origin: "one.txt", text: "The foreign ministry said."), stateless)

        // When another article names Cuba's, with the generic name among its other names
        let cuban = Extraction(actors: [
            ExtractedActor(
                name: "Cuban Foreign Ministry", kind: .organization, country: "CUB", aliases: ["Foreign Ministry"])
        ])
        try store.save(Article(origin: "two.txt", text: "The Cuban Foreign Ministry said."), cuban)

        // Then the two stay apart, each under its own name
        let names = try store.actors(matching: "Ministry").map(\.name)
        #expect(Set(names) == ["Foreign Ministry", "Cuban Foreign Ministry"])
    }

    @Test func aBodyOfNoKnownStateTakesNoStatesBody() throws {
        // Given Egypt's foreign ministry
        let egyptian = Extraction(actors: [
            ExtractedActor(name: "Foreign Ministry", kind: .organization, country: "EGY")
        ])
        try store.save(Article(origin: "one.txt", text: "Egypt's foreign ministry said."), egyptian)

        // When another article names a foreign ministry of no known state
        let stateless = Extraction(actors: [ExtractedActor(name: "Foreign Ministry", kind: .organization, country: nil)]
        )
        try store.save(Article(origin: "two.txt", text: "The foreign ministry said."), stateless)

        // Then the two stay apart, and Egypt's keeps its state
        let countries = try store.actors(matching: "Ministry").map(\.country)
        #expect(countries.count == 2)
        #expect(Set(countries) == ["EGY", nil])
    }

    @Test func aFullNameIsOnePersonWhoseCountryIsTheOneMostArticlesGive() throws {
        // Given a person named in full by two articles as Chinese, then once with another country
        try store.save(StoreFixture.articleA, StoreFixture.extractionA)
        let again = Extraction(actors: [ExtractedActor(name: "Li Wen", kind: .person, country: "CHN")])
        try store.save(Article(origin: "cn.txt", text: "Li Wen opened the forum in Beijing."), again)
        let outlier = Extraction(actors: [ExtractedActor(name: "Li Wen", kind: .person, country: "SGP")])
        try store.save(Article(origin: "sg.txt", text: "Li Wen arrived in Singapore."), outlier)

        // When the name is looked up
        let resolution = try store.resolveActor("li wen")

        // Then it is one person, of the country most articles gave
        guard case let .found(person) = resolution else {
            Issue.record("expected one person, got \(resolution)")
            return
        }
        #expect(person.country == "CHN")
    }

    @Test func theCountryMovesWhenMoreArticlesGiveAnother() throws {
        // Given a person first seen with one country
        let first = Extraction(actors: [ExtractedActor(name: "Ana Ruiz", kind: .person, country: "ESP")])
        try store.save(Article(origin: "a.txt", text: "Ana Ruiz spoke."), first)

        // When two later articles give another, one of them by her title
        let titled = ExtractedActor(
            name: "Ana Ruiz", kind: .person, country: "CHL", roles: [Role(title: "Foreign Minister", country: "CHL")])
        try store.save(
            Article(origin: "b.txt", text: "Chilean Foreign Minister Ana Ruiz spoke."), .init(actors: [titled]))

        // Then she is still one actor, now of the country with the most evidence
        let actors = try store.actors(matching: "Ana Ruiz")
        #expect(actors.count == 1)
        #expect(actors.first?.country == "CHL")
    }

    @Test func theSameMeetingFromTwoArticlesIsOneMeetingWithTwoMentions() throws {
        // When two articles report Carter meeting Li in Beijing on the same day
        try store.save(StoreFixture.articleA, StoreFixture.extractionA)
        try store.save(StoreFixture.articleB, StoreFixture.extractionB)

        // Then there is one such meeting, pointing back to both sentences
        let meetings = try store.meetings(
            MeetingFilter(
                actor: try actorID("Carter"), counterpart: try actorID("Li"),
                kind: .meeting))
        #expect(meetings.count == 1)
        let meeting = try #require(meetings.first)
        #expect(meeting.mentions.map(\.articleID) == [1, 2])
        #expect(meeting.mentions.map(\.origin) == ["wire/a.txt", "wire/b.jsonl#7"])
        #expect(meeting.mentions[1].sentence == "Carter and Li met in Beijing on Monday, officials said.")
        #expect(try store.article(2).meetingCount == 1)
    }

    @Test(arguments: [
        ("a week later", MeetingKind.meeting, StoreFixture.on(StoreFixture.day(2023, 5, 15))),
        ("a call", MeetingKind.call, StoreFixture.on(StoreFixture.day(2023, 5, 8))),
        ("another month", MeetingKind.meeting, StoreFixture.on(StoreFixture.day(2023, 6, 1), .month)),
    ])
    func aSimilarMeetingThatDiffersIsKeptApart(_ difference: String, _ kind: MeetingKind, _ date: EventDate) throws {
        // Given the Beijing meeting of article A
        try store.save(StoreFixture.articleA, StoreFixture.extractionA)

        // When another article reports Carter and Li meeting, differing in one way
        var other = StoreFixture.extractionB
        other.meetings[0].kind = kind
        other.meetings[0].date = date
        try store.save(StoreFixture.articleB, other)

        // Then it is a meeting of its own
        let meetings = try store.meetings(MeetingFilter(actor: try actorID("Carter"), counterpart: try actorID("Li")))
        #expect(meetings.count == 2, "\(difference)")
    }

    @Test func aMeetingWithAnExtraParticipantIsKeptApart() throws {
        // Given the Beijing meeting of article A
        try store.save(StoreFixture.articleA, StoreFixture.extractionA)

        // When another article reports the same day's meeting with France as well (China's delegation
        // would be Li's side, and no other participant)
        var other = StoreFixture.extractionB
        other.actors.append(StoreFixture.france)
        other.meetings[0].participants = [0, 1, 3]
        try store.save(StoreFixture.articleB, other)

        // Then the participant sets differ, and so do the meetings
        #expect(try store.statistics().meetings == 3)
    }

    @Test func aBatchCommitsTogetherAndRollsBackTogether() throws {
        struct Abort: Error {}

        // When one batch saves two articles and another saves one and then fails
        try store.batch {
            try store.save(StoreFixture.articleA, StoreFixture.extractionA)
            try store.save(StoreFixture.articleB, StoreFixture.extractionB)
        }
        #expect(throws: Abort.self) {
            try store.batch {
                try store.save(StoreFixture.articleC, StoreFixture.extractionC)
                throw Abort()
            }
        }

        // Then the first batch is stored and nothing of the second
        #expect(try store.statistics().articles == 2)
        #expect(try store.resolveActor("Qin") == .notFound("Qin"))
        #expect(!store.database.isInTransaction)
    }

    // MARK: Meetings

    @Test(arguments: [
        ("all", MeetingFilter(), [Int64(4), 3, 2, 1]),
        ("planned", MeetingFilter(status: .planned), [4, 2]),
        ("cancelled", MeetingFilter(status: .cancelled), [3]),
        ("calls", MeetingFilter(kind: .call), [3]),
        ("visits", MeetingFilter(kind: .visit), [2]),
        ("from June 2023", MeetingFilter(from: StoreFixture.day(2023, 6, 1)), [4, 3, 2]),
        ("to May 2023", MeetingFilter(to: StoreFixture.day(2023, 5, 31)), [1]),
        ("June 2023", MeetingFilter(from: StoreFixture.day(2023, 6, 1), to: StoreFixture.day(2023, 6, 30)), [3, 2]),
        ("newest two", MeetingFilter(limit: 2), [4, 3]),
        ("nothing matches", MeetingFilter(status: .postponed), []),
    ])
    func meetingsWithoutAnActorAreFilteredNewestFirst(_ name: String, _ filter: MeetingFilter, _ expected: [Int64])
        throws
    {
        // Given the three articles
        try saveAll()

        // When meetings are listed with the filter
        let ids = try store.meetings(filter).map(\.id)

        // Then exactly the expected meetings come back, newest first
        #expect(ids == expected, "\(name)")
    }

    @Test func meetingsOfAnActorAreFilteredNewestFirst() throws {
        // Given the three articles
        try saveAll()
        let carter = try actorID("Carter")

        // Then each filter narrows Carter's meetings as asked
        #expect(try store.meetings(MeetingFilter(actor: carter)).map(\.id) == [3, 2, 1])
        #expect(try store.meetings(MeetingFilter(actor: carter, counterpart: try actorID("Li"))).map(\.id) == [1])
        #expect(try store.meetings(MeetingFilter(actor: carter, counterpart: try actorID("France"))).map(\.id) == [2])
        #expect(try store.meetings(MeetingFilter(actor: carter, from: StoreFixture.day(2023, 6, 2))).map(\.id) == [3])
        #expect(try store.meetings(MeetingFilter(actor: carter, to: StoreFixture.day(2023, 5, 8))).map(\.id) == [1])
        #expect(try store.meetings(MeetingFilter(actor: carter, status: .planned)).map(\.id) == [2])
        #expect(try store.meetings(MeetingFilter(actor: carter, kind: .call)).map(\.id) == [3])
        #expect(try store.meetings(MeetingFilter(actor: carter, limit: 1)).map(\.id) == [3])
        #expect(try store.meetings(MeetingFilter(actor: try actorID("Wang Yi"), counterpart: carter)).isEmpty)
    }

    @Test func aMeetingCarriesItsDetailsAndEvidence() throws {
        // Given the three articles
        try saveAll()

        // When the Beijing meeting and the visit are read
        let beijing = try store.meeting(1)
        let visit = try store.meeting(2)

        // Then kind, status, date with precision, place, participants and evidence are as saved
        #expect(beijing.kind == .meeting)
        #expect(beijing.status == .occurred)
        #expect(beijing.date == StoreFixture.on(StoreFixture.day(2023, 5, 8)))
        #expect(beijing.location == "Beijing")
        #expect(beijing.participants.map(\.name) == ["John Carter", "Li Wen"])
        let first = try #require(beijing.mentions.first)
        #expect(first.start == 0)
        #expect(first.end == first.sentence.utf8.count)
        #expect(visit.date == StoreFixture.on(StoreFixture.day(2023, 6, 1), .month))
        #expect(visit.participants.map(\.name) == ["John Carter", "France"], "people first, then the rest")
    }

    @Test func evidenceOffsetsAreUTF8BytesOfTheStoredText() throws {
        // Given the article with accented names
        try saveAll()
        let text = Array(try store.articleText(3).utf8)

        // When the call's evidence is cut out of the stored text by its offsets
        let mention = try #require(try store.meeting(3).mentions.first)
        let cut = String(decoding: text[mention.start..<mention.end], as: UTF8.self)

        // Then it is the sentence
        #expect(cut == mention.sentence)
    }

    // MARK: Statements and events

    @Test func statementsAreFilteredNewestFirstWithUndatedLast() throws {
        // Given the three articles
        try saveAll()

        // Then each filter gives the expected statements
        #expect(try store.statements(StatementFilter()).map(\.id) == [2, 1, 3])
        #expect(try store.statements(StatementFilter(speaker: try actorID("Li"))).map(\.id) == [1])
        #expect(try store.statements(StatementFilter(target: try actorID("China"))).map(\.id) == [2])
        #expect(try store.statements(StatementFilter(act: .warn)).map(\.id) == [3])
        #expect(try store.statements(StatementFilter(from: StoreFixture.day(2023, 5, 11))).map(\.id) == [2])
        #expect(try store.statements(StatementFilter(to: StoreFixture.day(2023, 5, 10))).map(\.id) == [1])
        #expect(try store.statements(StatementFilter(limit: 1)).map(\.id) == [2])
        #expect(try store.statements(StatementFilter(act: .threaten)).isEmpty)
    }

    @Test func aStatementCarriesSpeakerTargetQuoteAndEvidence() throws {
        try saveAll()
        let criticism = try store.statement(2)
        #expect(criticism.act == .criticize)
        #expect(criticism.speaker.name == "John Carter")
        #expect(criticism.target?.name == "China")
        #expect(criticism.target?.kind == .country)
        #expect(criticism.quote == nil)
        #expect(criticism.mentions.map(\.sentence) == ["Carter criticized China over export controls."])
        let saying = try store.statement(1)
        #expect(saying.quote == "candid and useful")
        #expect(saying.target == nil)
    }

    @Test func eventsInterleaveMeetingsAndStatementsOldestFirst() throws {
        // Given the three articles
        try saveAll()

        // When the events of May and June 2023 are listed
        let events = try store.events(from: StoreFixture.day(2023, 5, 1), to: StoreFixture.day(2023, 6, 30))

        // Then meetings and dated statements come in date order
        #expect(events.map(Self.label) == ["m1", "s1", "s2", "m2", "m3"])
    }

    @Test func eventsCanBeNarrowedByKindActorAndCount() throws {
        try saveAll()
        let carter = try actorID("Carter")
        // A kind leaves statements out.
        #expect(try store.events(from: nil, to: nil, kind: .call).map(Self.label) == ["m3"])
        #expect(try store.events(from: nil, to: nil, actor: carter).map(Self.label) == ["m1", "s2", "m2", "m3"])
        #expect(
            try store.events(from: nil, to: nil, includeStatements: false).map(Self.label) == ["m1", "m2", "m3", "m4"])
        #expect(try store.events(from: nil, to: nil, limit: 2).count == 2)
        // Undated statements have no place on a time line.
        #expect(try !store.events(from: nil, to: nil).map(Self.label).contains("s3"))
    }

    static func label(_ event: EventRecord) -> String {
        switch event {
        case let .meeting(meeting): "m\(meeting.id)"
        case let .statement(statement): "s\(statement.id)"
        }
    }

    // MARK: Actors

    @Test(arguments: [
        ("Carter", "John Carter"), ("CARTER", "John Carter"), ("john carter", "John Carter"),
        ("  John   Carter ", "John Carter"),
        ("QÍN", "Qín Gāng"), ("qin gang", "Qín Gāng"), ("Qin-Gang", "Qín Gāng"), ("QIN GĀNG", "Qín Gāng"),
        ("li", "Li Wen"), ("france", "France"),
    ])
    func aNameResolvesByAnyAliasIgnoringCaseAndAccents(_ typed: String, _ expected: String) throws {
        try saveAll()
        let resolution = try store.resolveActor(typed)
        guard case let .found(actor) = resolution else {
            Issue.record("'\(typed)' gave \(resolution)")
            return
        }
        #expect(actor.name == expected)
    }

    @Test func aSharedAliasIsAmbiguous() throws {
        // Given two people both called "Wang"
        try saveAll()

        // When "Wang" is looked up
        let resolution = try store.resolveActor("wang")

        // Then both are offered, by name
        guard case let .ambiguous(candidates) = resolution else {
            Issue.record("expected ambiguous, got \(resolution)")
            return
        }
        #expect(candidates.map(\.name) == ["Wang Lei", "Wang Yi"])
    }

    @Test(arguments: ["Nobody Known", "", "  ", "!!!"])
    func anUnknownNameIsNotFound(_ typed: String) throws {
        try saveAll()
        #expect(try store.resolveActor(typed) == .notFound(typed))
    }

    @Test func actorDetailGathersAliasesRolesCounterpartsAndCounts() throws {
        // Given the three articles, in which Carter appears in all
        try saveAll()

        // When Carter's detail is read
        let detail = try store.actorDetail(try actorID("Carter"))

        // Then it brings together what the articles said of him
        #expect(detail.actor.name == "John Carter")
        #expect(detail.actor.kind == .person)
        #expect(detail.actor.country == "USA")
        #expect(detail.aliases == ["Carter", "John Carter"])
        #expect(
            detail.roles == [
                RoleRecord(
                    title: "Secretary of State", country: "USA",
                    firstSeen: StoreFixture.day(2023, 5, 10), lastSeen: StoreFixture.day(2023, 5, 11))
            ])
        #expect(Set(detail.counterparts.map(\.actor.name)) == ["Li Wen", "France", "Qín Gāng"])
        #expect(detail.counterparts.allSatisfy { $0.meetings == 1 })
        #expect(detail.meetingCount == 3)
        #expect(detail.statementCount == 1)
        #expect(detail.articleCount == 3)
    }

    @Test func aRoleSeenAgainWidensItsDates() throws {
        // Given Li named as Foreign Minister in an article of May 10
        try store.save(StoreFixture.articleA, StoreFixture.extractionA)

        // When an earlier and a later article name the same role
        for (origin, date) in [
            ("early.txt", StoreFixture.day(2023, 1, 2)), ("late.txt", StoreFixture.day(2023, 9, 30)),
        ] {
            let article = Article(origin: origin, published: date, text: "Foreign Minister Li Wen spoke (\(origin)).")
            try store.save(article, Extraction(actors: [StoreFixture.li]))
        }

        // Then the role runs from the earliest to the latest
        let roles = try store.actorDetail(try actorID("Li Wen")).roles
        #expect(roles.count == 1)
        #expect(roles.first?.firstSeen == StoreFixture.day(2023, 1, 2))
        #expect(roles.first?.lastSeen == StoreFixture.day(2023, 9, 30))
    }

    @Test func actorsAreListedMostMentionedFirstAndFiltered() throws {
        try saveAll()
        #expect(try store.actors().first?.name == "John Carter")
        #expect(try store.actors().count == 7)
        #expect(try store.actors(matching: "wang").map(\.name) == ["Wang Lei", "Wang Yi"])
        #expect(try store.actors(matching: "QIN").map(\.name) == ["Qín Gāng"])
        #expect(try store.actors(kind: .country).map(\.name).sorted() == ["China", "France"])
        #expect(try store.actors(limit: 2).count == 2)
        #expect(try store.actors(matching: "zzz").isEmpty)
    }

    @Test func unknownIdsAreReportedAsSuch() throws {
        try saveAll()
        #expect(throws: StoreError.self) { try store.meeting(99) }
        #expect(throws: StoreError.self) { try store.statement(99) }
        #expect(throws: StoreError.self) { try store.article(99) }
        #expect(throws: StoreError.self) { try store.articleText(99) }
        #expect(throws: StoreError.self) { try store.actorDetail(99) }
        #expect(try store.actorSummary(99) == nil)
        #expect(StoreError.unknownRecord(kind: "meeting", id: 99).description == "no meeting with id 99")
    }

    // MARK: Articles and search

    @Test func articlesAreListedNewestFirstWithTheirCounts() throws {
        // Given the three articles
        try saveAll()

        // When they are listed
        let articles = try store.articles()

        // Then the newest comes first, each with what was read from it
        #expect(articles.map(\.id) == [3, 2, 1])
        #expect(try store.articles(limit: 1).map(\.id) == [3])
        let a = try #require(articles.last)
        #expect(a.origin == "wire/a.txt")
        #expect(a.title == "Carter meets Li in Beijing")
        #expect(a.published == StoreFixture.day(2023, 5, 10))
        #expect(a.meetingCount == 2)
        #expect(a.statementCount == 1)
        #expect(a.actorIDs.count == 3)
        let metadata = try JSONSerialization.jsonObject(with: Data(a.metadata.utf8)) as? [String: String]
        #expect(metadata == ["source": "Test Wire", "url": "https://example.org/a"])
        #expect(try store.article(2).metadata == "{}")
    }

    @Test func anArticleWithoutTitleOrDateIsListedLast() throws {
        try saveAll()
        try store.save(Article(origin: "bare.txt", text: "No date here."), Extraction())
        let bare = try #require(try store.articles().last)
        #expect(bare.origin == "bare.txt")
        #expect(bare.title == nil)
        #expect(bare.published == nil)
    }

    @Test func theArticleTextIsStoredAsGiven() throws {
        try saveAll()
        #expect(try store.articleText(1) == StoreFixture.textA)
        #expect(try store.articleText(3) == StoreFixture.textC)
    }

    @Test func searchFindsWordsInTextAndTitle() throws {
        // Given the three articles
        try saveAll()

        // When words are searched
        let useful = try store.search("useful")
        let title = try store.search("called off")
        let accentless = try store.search("Qin Gang")

        // Then the articles holding them come back, with the word marked in the snippet
        #expect(useful.map(\.article.id) == [1])
        #expect(useful.first?.snippet.contains("[useful]") == true)
        #expect(title.map(\.article.id) == [3])
        #expect(accentless.map(\.article.id) == [3])
        #expect(try store.search("Beijing").map(\.article.id).sorted() == [1, 2])
        #expect(try store.search("Beijing", limit: 1).count == 1)
        #expect(try store.search("Beijing warships").isEmpty, "every word must appear")
    }

    @Test(arguments: [
        "\"candid", "candid\"", "\"candid and useful\"", "useful\" OR \"x", "AND", "OR NOT", "NEAR(candid useful)",
        "candid*", "*", "^useful", "title:useful", "-useful", "(useful", "Li's", "'", "\"\"", "\\", "%_",
    ])
    func searchTakesFTSSyntaxInUserTextLiterally(_ query: String) throws {
        // Given the three articles
        try saveAll()

        // When a query full of FTS5 operators and quotes is searched, then it does not fail
        let hits = try store.search(query)
        #expect(hits.count <= 3)
    }

    @Test func searchTreatsQuotedWordsAsWords() throws {
        try saveAll()
        #expect(try store.search("\"candid").map(\.article.id) == [1])
        #expect(try store.search("\"interference\"").map(\.article.id) == [3])
        #expect(try store.search("   ").isEmpty)
        #expect(try store.search("").isEmpty)
    }

    // MARK: Statistics and paging

    @Test func statisticsCountEverything() throws {
        // Given an empty store
        let empty = try store.statistics()
        #expect(
            empty
                == StoreStatistics(
                    articles: 0, actors: 0, meetings: 0, statements: 0, mentions: 0,
                    schemaVersion: ParleyStore.schemaVersion, earliest: nil, latest: nil))

        // When the three articles are saved
        try saveAll()

        // Then every table is counted and the meeting dates span May 2023 to 2024
        #expect(
            try store.statistics()
                == StoreStatistics(
                    articles: 3, actors: 7, meetings: 4, statements: 3, mentions: 8,
                    schemaVersion: ParleyStore.schemaVersion,
                    earliest: StoreFixture.day(2023, 5, 8), latest: StoreFixture.day(2024, 1, 1)))
    }

    @Test func forEachIDVisitsEveryRowInOrderAcrossPages() throws {
        // Given more articles than one page of ids
        try store.batch {
            for number in 1...1_005 {
                try store.save(Article(origin: "n\(number).txt", text: "Article number \(number)."), Extraction())
            }
        }

        // When every article id is visited
        var ids: [Int64] = []
        try store.forEachID(of: .article) { ids.append($0) }

        // Then each comes once, in order
        #expect(ids == Array(1...1_005))
    }

    @Test func forEachIDVisitsEachTable() throws {
        try saveAll()
        for (table, count) in [(ParleyStore.ExportTable.actor, 7), (.meeting, 4), (.statement, 3)] {
            var seen = 0
            try store.forEachID(of: table) { _ in seen += 1 }
            #expect(seen == count, "\(table)")
        }
    }
}
