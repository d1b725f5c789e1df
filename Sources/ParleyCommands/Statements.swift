import ArgumentParser
import ParleyModel
import ParleyStore

extension Parley {
    struct Statements: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List statements, newest first.",
            discussion: "Example: parley statements --actor China --act accuse")

        @ParentCommand var parley: Parley
        @Option(help: "Statements by this actor.") var actor: String?
        @Option(help: "Statements aimed at this actor.") var target: String?
        @Option(help: "say, accuse, criticize, praise, promise, demand, deny, warn, threaten, agree, reject, propose.")
        var act: StatementAct?
        @Option(help: "On or after this date (YYYY-MM-DD).") var from: CalendarDate?
        @Option(help: "On or before this date (YYYY-MM-DD).") var to: CalendarDate?
        @Option(help: "At most this many statements.") var limit: Int?
        @Option(help: "table, json or csv.") var format: OutputFormat = .table

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
            if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
        }

        func run() throws {
            let store = try parley.global.openStore()
            var filter = StatementFilter(act: act, from: from, to: to, limit: limit)
            if let actor { filter.speaker = try ActorLookup.resolve(actor, in: store).id }
            if let target { filter.target = try ActorLookup.resolve(target, in: store).id }
            let statements = try store.statements(filter)
            var listing = Listing(
                columns: ["id", "date", "act", "speaker", "target", "quote or sentence"],
                maxWidths: [6, 10, 9, 18, 14])
            listing.rows = statements.map { statement in
                [
                    String(statement.id), Formatting.date(statement.date), statement.act.rawValue,
                    statement.speaker.name,
                    statement.target?.name ?? "", statement.quote ?? statement.mentions.first?.sentence ?? "",
                ]
            }
            print(listing.render(format), terminator: "")
        }
    }
}
