import Foundation
import ParleyModel
import Testing

@testable import ParleyStore

/// One meeting per encounter across articles: reports merge when participants, dates and kinds fit.
@Suite struct EncounterDedupTests {
    let store: ParleyStore

    init() throws {
        store = try ParleyStore(.memory)
    }

    static let ruiz = ExtractedActor(name: "Ana Ruiz", kind: .person, country: "CHL")
    static let paz = ExtractedActor(name: "Luis Paz", kind: .person, country: "PER")
    static let vega = ExtractedActor(name: "Rosa Vega", kind: .person, country: "PER")
    static let peru = ExtractedActor(name: "Peru", kind: .country, country: "PER")

    struct Report: Sendable, CustomStringConvertible {
        let counterpart: ExtractedActor
        let kind: MeetingKind
        let status: MeetingStatus
        let date: EventDate?
        let published: CalendarDate
        var description: String { "\(counterpart.name) \(kind) \(status) \(date.map { "\($0.date)" } ?? "-")" }
    }

    static func day(_ number: Int) -> CalendarDate { CalendarDate(year: 2024, month: 3, day: number)! }
    static func on(_ number: Int, _ precision: DatePrecision = .day) -> EventDate {
        EventDate(date: day(precision == .day ? number : 1), precision: precision)
    }

    /// Saves one article reporting Ruiz meeting the report's counterpart; returns the meeting ids stored so far.
    @discardableResult
    func save(_ report: Report, origin: String) throws -> [Int64] {
        let text = "Report \(origin): Ruiz met \(report.counterpart.name)."
        let meeting = ExtractedMeeting(
            kind: report.kind, status: report.status, date: report.date, location: nil, participants: [0, 1],
            evidence: Evidence(sentence: text, start: 0, end: text.utf8.count))
        try store.save(
            Article(origin: origin, published: report.published, text: text),
            Extraction(actors: [Self.ruiz, report.counterpart], meetings: [meeting]))
        return try store.meetings(MeetingFilter()).map(\.id)
    }

    static let merging: [(Report, Report)] = [
        // Wire versions that date a trip by its arrival and by its talks.
        (
            Report(counterpart: paz, kind: .visit, status: .occurred, date: on(3), published: day(4)),
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: on(4), published: day(5))
        ),
        // Talks and a meeting of the same two on the same day.
        (
            Report(counterpart: paz, kind: .talks, status: .occurred, date: on(3), published: day(3)),
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: on(3), published: day(3))
        ),
        // A day inside the month another report gives.
        (
            Report(counterpart: paz, kind: .meeting, status: .planned, date: on(1, .month), published: day(1)),
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: on(20), published: day(21))
        ),
        // A person stands for his state.
        (
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: on(3), published: day(4)),
            Report(counterpart: peru, kind: .meeting, status: .occurred, date: on(3), published: day(4))
        ),
    ]

    @Test(arguments: merging)
    func reportsOfOneEncounterAreOneMeeting(first: Report, second: Report) throws {
        try save(first, origin: "a.txt")
        let ids = try save(second, origin: "b.txt")
        #expect(ids.count == 1)
        let meeting = try store.meeting(try #require(ids.first))
        #expect(meeting.mentions.count == 2)
        #expect(meeting.participants.map(\.name).sorted() == ["Ana Ruiz", "Luis Paz"])
    }

    static let apart: [(Report, Report)] = [
        // A week apart: two encounters.
        (
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: on(3), published: day(4)),
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: on(10), published: day(11))
        ),
        // A call is not the meeting.
        (
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: on(3), published: day(4)),
            Report(counterpart: paz, kind: .call, status: .occurred, date: on(3), published: day(4))
        ),
        // Two people of one state are two counterparts.
        (
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: on(3), published: day(4)),
            Report(counterpart: vega, kind: .meeting, status: .occurred, date: on(3), published: day(4))
        ),
        // Undated reports join nothing.
        (
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: nil, published: day(4)),
            Report(counterpart: paz, kind: .meeting, status: .occurred, date: nil, published: day(4))
        ),
    ]

    @Test(arguments: apart)
    func reportsOfDifferentEncountersStayApart(first: Report, second: Report) throws {
        try save(first, origin: "a.txt")
        #expect(try save(second, origin: "b.txt").count == 2)
    }

    @Test func theLatestArticleGivesTheStatusAndTheMostPreciseDateStays() throws {
        // Given a planned meeting reported on the day, then a later article telling it held
        try save(
            Report(
                counterpart: Self.paz, kind: .meeting, status: .occurred, date: Self.on(12), published: Self.day(13)),
            origin: "held.txt")
        let ids = try save(
            Report(
                counterpart: Self.paz, kind: .meeting, status: .planned, date: Self.on(1, .month),
                published: Self.day(2)),
            origin: "plan.txt")

        // Then the held status of the later article stays, with the day
        let meeting = try store.meeting(try #require(ids.first))
        #expect(ids.count == 1)
        #expect(meeting.status == MeetingStatus.occurred)
        #expect(meeting.date == Self.on(12))
    }

    @Test func aStateGivesWayToItsPersonWhenReportsMerge() throws {
        try save(
            Report(counterpart: Self.peru, kind: .meeting, status: .occurred, date: Self.on(3), published: Self.day(4)),
            origin: "a.txt")
        let ids = try save(
            Report(counterpart: Self.paz, kind: .meeting, status: .occurred, date: Self.on(3), published: Self.day(4)),
            origin: "b.txt")
        let meeting = try store.meeting(try #require(ids.first))
        #expect(meeting.participants.map { $0.name }.sorted() == ["Ana Ruiz", "Luis Paz"])
    }
}
