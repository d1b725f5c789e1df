import ParleyModel
import Testing

@testable import ParleyStore

/// The queries behind `parley serve` and the graph exports, on the three fixture articles
/// (see `ParleyStoreTests` for what they hold).
@Suite struct BrowsingQueryTests {
    let store: ParleyStore

    init() throws {
        store = try ParleyStore(.memory)
        _ = try store.save(StoreFixture.articleA, StoreFixture.extractionA)
        _ = try store.save(StoreFixture.articleB, StoreFixture.extractionB)
        _ = try store.save(StoreFixture.articleC, StoreFixture.extractionC)
    }

    func id(_ name: String) throws -> Int64 {
        guard case let .found(actor) = try store.resolveActor(name) else {
            throw StoreError.unknownRecord(kind: name, id: 0)
        }
        return actor.id
    }

    func pair(_ edge: MeetingGraph.Edge) -> Set<String> {
        Set([edge.source, edge.target].compactMap { try? store.actorSummary($0)?.name })
    }

    @Test func theGraphHasAnEdgePerPairWithCountsAndDates() throws {
        // When the whole network is read
        let graph = try store.meetingGraph(MeetingFilter())

        // Then each pair of participants is one edge, and Carter, in three meetings, leads the nodes
        #expect(
            Set(graph.edges.map(pair)) == [
                ["John Carter", "Li Wen"], ["John Carter", "France"], ["Qín Gāng", "John Carter"],
                ["Wang Yi", "Wang Lei"],
            ])
        #expect(graph.edges.allSatisfy { $0.source < $0.target && $0.meetings == 1 })
        #expect(graph.nodes.first?.actor.name == "John Carter")
        #expect(graph.nodes.first?.meetings == 3)
        let beijing = try #require(graph.edges.first { pair($0) == ["John Carter", "Li Wen"] })
        #expect(beijing.first == StoreFixture.day(2023, 5, 8))
        #expect(beijing.last == StoreFixture.day(2023, 5, 8))
    }

    @Test func theGraphTakesTheMeetingFilters() throws {
        let june = try store.meetingGraph(
            MeetingFilter(from: StoreFixture.day(2023, 6, 1), to: StoreFixture.day(2023, 6, 30)))
        #expect(Set(june.edges.map(pair)) == [["John Carter", "France"], ["Qín Gāng", "John Carter"]])
        let cancelled = try store.meetingGraph(MeetingFilter(status: .cancelled))
        #expect(cancelled.edges.map(pair) == [["Qín Gāng", "John Carter"]])
        let aroundLi = try store.meetingGraph(MeetingFilter(actor: try id("Li Wen")))
        #expect(aroundLi.nodes.map(\.actor.name).sorted() == ["John Carter", "Li Wen"])
        #expect(aroundLi.nodes.allSatisfy { $0.meetings == 1 })
        #expect(try store.meetingGraph(MeetingFilter(kind: .talks)) == MeetingGraph(nodes: [], edges: []))
    }

    @Test func anArticlesMentionsComeInTextOrder() throws {
        let mentions = try store.articleMentions(1)
        #expect(mentions.map(\.start) == mentions.map(\.start).sorted())
        #expect(mentions.compactMap(\.meetingID) == [1, 2])
        #expect(mentions.compactMap(\.statementID) == [1])
        let text = Array(try store.articleText(1).utf8)
        let first = try #require(mentions.first)
        #expect(String(decoding: text[first.start..<first.end], as: UTF8.self).hasPrefix("U.S. Secretary of State"))
        #expect(try store.articleMentions(99).isEmpty)
    }

    @Test(arguments: [0, 1, 2, 3])
    func anOffsetSkipsTheFirstRowsOfTheOrder(_ offset: Int) throws {
        let meetings = try store.meetings(MeetingFilter()).map(\.id)
        var filter = MeetingFilter(limit: 2)
        filter.offset = offset
        #expect(try store.meetings(filter).map(\.id) == Array(meetings.dropFirst(offset).prefix(2)))
        var statements = StatementFilter(limit: 1)
        statements.offset = offset
        #expect(try store.statements(statements).map(\.id) == Array([2, 1, 3].dropFirst(offset).prefix(1)))
    }

    @Test(arguments: 1...5)
    func eventsUpToALimitAreTheFirstEvents(_ limit: Int) throws {
        let all = try store.events(from: nil, to: nil)
        #expect(try store.events(from: nil, to: nil, limit: limit) == Array(all.prefix(limit)))
    }
}
