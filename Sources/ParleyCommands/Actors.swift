import ArgumentParser
import ParleyFormats
import ParleyModel
import ParleyStore

extension Parley {
    /// The actors: listed by default (`parley actors QUERY`), merged and split by hand.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actors",
            abstract: "List actors (the default), or merge and split them.",
            subcommands: [List.self, Merge.self, Split.self], defaultSubcommand: List.self)

        @ParentCommand var parley: Parley
    }
}

extension Parley.Actors {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List actors, most mentioned first; QUERY filters by name or alias.")

        @ParentCommand var actors: Parley.Actors
        @Argument(help: "Part of a name or alias.") var query: String?
        @Option(help: "Only actors of this kind.") var kind: ActorKind?
        @OptionGroup var list: ListOptions

        func run() throws {
            let store = try actors.parley.global.openStore()
            let found = try store.actors(matching: query, kind: kind, limit: list.limit)
            var listing = Listing(columns: ["id", "kind", "country", "name"], maxWidths: [7, 12, 7])
            listing.rows = found.map { [Formatting.actorID($0), $0.kind.rawValue, $0.country ?? "", $0.name] }
            listing.objects = found.map(RecordJSON.actor)
            print(listing.render(list.format), terminator: "")
        }
    }
}
