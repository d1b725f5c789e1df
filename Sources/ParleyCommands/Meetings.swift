import ArgumentParser
import ParleyModel
import ParleyStore

extension Parley {
    struct Meetings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List meetings, newest first.",
            discussion: "Example: parley meetings --actor Burns --with Qin")

        @ParentCommand var parley: Parley
        @Option(help: "Meetings this actor took part in (any alias, case and accents ignored).") var actor: String?
        @Option(name: .customLong("with"), help: "Only meetings that also include this actor.") var counterpart: String?
        @Option(help: "On or after this date (YYYY-MM-DD).") var from: CalendarDate?
        @Option(help: "On or before this date (YYYY-MM-DD).") var to: CalendarDate?
        @Option(help: "occurred, planned, cancelled or postponed.") var status: MeetingStatus?
        @Option(help: "meeting, talks, visit, summit or call.") var kind: MeetingKind?
        @Option(help: "At most this many meetings.") var limit: Int?
        @Option(help: "table, json or csv.") var format: OutputFormat = .table

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
            if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        }

        func run() throws {
            let store = try parley.global.openStore()
            var filter = MeetingFilter(from: from, to: to, status: status, kind: kind, limit: limit)
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
            print(listing.render(format), terminator: "")
        }
    }
}
