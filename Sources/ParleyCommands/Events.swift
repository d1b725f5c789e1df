import ArgumentParser
import ParleyModel
import ParleyStore

extension Parley {
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Meetings and statements between two dates, in date order.",
            discussion: "Example: parley events --from 2023-05-01 --to 2023-05-31")

        @ParentCommand var parley: Parley
        @Option(help: "On or after this date (YYYY-MM-DD).") var from: CalendarDate?
        @Option(help: "On or before this date (YYYY-MM-DD).") var to: CalendarDate?
        @Option(help: "Only meetings of this kind (statements are left out).") var kind: MeetingKind?
        @Option(help: "Only events of this actor.") var actor: String?
        @Option(help: "At most this many events.") var limit: Int?
        @Option(help: "table, json or csv.") var format: OutputFormat = .table

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
            if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        }

        func run() throws {
            let store = try parley.global.openStore()
            let actorID = try actor.map { try ActorLookup.resolve($0, in: store).id }
            let events = try store.events(from: from, to: to, kind: kind, actor: actorID, limit: limit)
            var listing = Listing(columns: ["date", "event", "id", "what"], maxWidths: [10, 9, 7])
            listing.rows = events.map { event in
                switch event {
                case let .meeting(meeting):
                    return [
                        Formatting.date(meeting.date), meeting.kind.rawValue, "m\(meeting.id)",
                        "\(meeting.status == .occurred ? "" : meeting.status.rawValue + ": ")"
                            + Formatting.participants(meeting) + (meeting.location.map { " in " + $0 } ?? ""),
                    ]
                case let .statement(statement):
                    return [
                        Formatting.date(statement.date), statement.act.rawValue, "s\(statement.id)",
                        statement.speaker.name + (statement.target.map { " → " + $0.name } ?? "") + ": "
                            + (statement.quote.map { "“\($0)”" } ?? statement.mentions.first?.sentence ?? ""),
                    ]
                }
            }
            print(listing.render(format), terminator: "")
        }
    }
}
