import ParleyModel
import Testing

@testable import ParleyFormats
@testable import ParleyStore

/// The shapes programs read: JSON objects of records, GraphML and DOT documents.
@Suite struct RecordFormatTests {
    static let carter = ActorSummary(id: 1, name: "John Carter", kind: .person, country: "USA")
    static let li = ActorSummary(id: 2, name: "Li \"Wen\" <Jr>", kind: .person, country: nil)

    static let meeting = MeetingRecord(
        id: 7, kind: .talks, status: .planned,
        date: EventDate(date: CalendarDate(year: 2023, month: 6, day: 1)!, precision: .month), location: nil,
        participants: [carter, li],
        mentions: [MentionRecord(articleID: 3, origin: "a.txt", sentence: "They will talk in June.", start: 4, end: 27)]
    )

    static let graph = MeetingGraph(
        nodes: [.init(actor: carter, meetings: 2), .init(actor: li, meetings: 1)],
        edges: [
            .init(
                source: 1, target: 2, meetings: 2, first: CalendarDate(year: 2023, month: 5, day: 8),
                last: CalendarDate(year: 2023, month: 6, day: 1))
        ])

    @Test func aMeetingIsTypedInOrder() {
        #expect(
            RecordJSON.meeting(Self.meeting).rendered == """
                {"id":7,"kind":"talks","status":"planned","date":"2023-06-01","date_precision":"month",\
                "location":null,"participants":[{"id":1,"name":"John Carter","kind":"person","country":"USA"},\
                {"id":2,"name":"Li \\"Wen\\" <Jr>","kind":"person","country":null}],\
                "reports":[{"article":3,"origin":"a.txt","sentence":"They will talk in June.","start":4,"end":27}]}
                """)
    }

    @Test func anEventIsItsRecordWithAType() {
        let event = RecordJSON.event(.meeting(Self.meeting)).rendered
        #expect(event.hasPrefix("{\"type\":\"meeting\",\"id\":7,"))
    }

    @Test func graphMLEscapesNamesAndCarriesWeightsAndDates() {
        let document = GraphMLDocument.render(Self.graph)
        #expect(document.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"))
        #expect(document.contains("<node id=\"a2\"><data key=\"label\">Li &quot;Wen&quot; &lt;Jr&gt;</data>"))
        #expect(!document.contains("<data key=\"country\"></data>"), "an unknown country is left out")
        #expect(
            document.contains(
                """
                <edge id="e1" source="a1" target="a2"><data key="weight">2</data>\
                <data key="first">2023-05-08</data><data key="last">2023-06-01</data></edge>
                """))
    }

    @Test(arguments: [
        ("plain", "\"plain\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("back\\slash", "\"back\\\\slash\""),
        ("two\nlines", "\"two\\nlines\""),
    ])
    func dotStringsAreQuoted(_ text: String, _ quoted: String) {
        #expect(DOTDocument.quoted(text) == quoted)
    }

    @Test func dotDrawsNodesAndWeightedEdges() {
        let document = DOTDocument.render(Self.graph)
        #expect(document.contains("a2 [label=\"Li \\\"Wen\\\" <Jr>\""))
        #expect(
            document.contains("a1 -- a2 [weight=2, penwidth=3, label=\"2\", tooltip=\"2023-05-08 to 2023-06-01\"];"))
    }

    @Test(arguments: ["\u{1}", "\u{FFFE}"])
    func xmlDropsCharactersItCannotHold(_ character: String) {
        #expect(GraphMLDocument.escape("a\(character)b") == "ab")
    }
}
