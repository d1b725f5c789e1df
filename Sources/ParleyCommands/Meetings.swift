import ArgumentParser
import ParleyFormats
import ParleyModel
import ParleyStore

extension Parley {
    struct Meetings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "meetings",
            abstract: "List meetings, newest first.",
            discussion: "Example: parley meetings --actor Burns --with Qin")

        @ParentCommand var parley: Parley
        @Option(help: "Meetings this actor took part in (any alias, case and accents ignored).") var actor: String?
        @Option(name: .customLong("with"), help: "Only meetings that also include this actor.") var counterpart: String?
        @OptionGroup var dates: DateRangeOptions
        @Option(help: "Only meetings with this status.") var status: MeetingStatus?
        @Option(help: "Only meetings of this kind.") var kind: MeetingKind?
        @OptionGroup var list: ListOptions

        func run() throws {
            let store = try parley.global.openStore()
            var filter = MeetingFilter(from: dates.from, to: dates.to, status: status, kind: kind, limit: list.limit)
            if let actor { filter.actor = try ActorLookup.resolve(actor, in: store).id }
            if let counterpart { filter.counterpart = try ActorLookup.resolve(counterpart, in: store).id }
            let meetings = try store.meetings(filter)
            var listing = Listing(
                columns: ["id", "date", "kind", "status", "participants", "location"],
                maxWidths: [6, 10, 7, 9, 30, 14])
            listing.rows = meetings.map { meeting in
                [
                    String(meeting.id), Formatting.date(meeting.date), meeting.kind.rawValue, meeting.status.rawValue,
                    Formatting.participants(meeting), meeting.location ?? "",
                ]
            }
            listing.objects = meetings.map(RecordJSON.meeting)
            print(listing.render(list.format), terminator: "")
        }
    }
}
