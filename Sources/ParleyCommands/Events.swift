import ArgumentParser
import ParleyFormats
import ParleyModel
import ParleyStore

extension Parley {
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "Meetings and statements between two dates, in date order.",
            discussion: "Example: parley events --from 2023-05-01 --to 2023-05-31")

        @ParentCommand var parley: Parley
        @OptionGroup var dates: DateRangeOptions
        @Option(help: "Only meetings of this kind (statements are left out).") var kind: MeetingKind?
        @Option(help: "Only events of this actor.") var actor: String?
        @OptionGroup var list: ListOptions

        func run() throws {
            let store = try parley.global.openStore()
            let actorID = try actor.map { try ActorLookup.resolve($0, in: store).id }
            let events = try store.events(from: dates.from, to: dates.to, kind: kind, actor: actorID, limit: list.limit)
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
            listing.objects = events.map(RecordJSON.event)
            print(listing.render(list.format), terminator: "")
        }
    }
}
