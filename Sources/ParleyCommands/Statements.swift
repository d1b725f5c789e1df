import ArgumentParser
import ParleyFormats
import ParleyModel
import ParleyStore

extension Parley {
    struct Statements: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "statements",
            abstract: "List statements, newest first.",
            discussion: "Example: parley statements --actor China --act accuse")

        @ParentCommand var parley: Parley
        @Option(help: "Statements by this actor.") var actor: String?
        @Option(help: "Statements aimed at this actor.") var target: String?
        @Option(help: "Only statements of this act.")
        var act: StatementAct?
        @OptionGroup var dates: DateRangeOptions
        @OptionGroup var list: ListOptions

        func run() throws {
            let store = try parley.global.openStore()
            var filter = StatementFilter(act: act, from: dates.from, to: dates.to, limit: list.limit)
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
            listing.objects = statements.map(RecordJSON.statement)
            print(listing.render(list.format), terminator: "")
        }
    }
}
