import ArgumentParser
import ParleyFormats
import ParleyModel
import ParleyStore

extension Parley {
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List actors, most mentioned first; QUERY filters by name or alias.")

        @ParentCommand var parley: Parley
        @Argument(help: "Part of a name or alias.") var query: String?
        @Option(help: "Only actors of this kind.") var kind: ActorKind?
        @OptionGroup var list: ListOptions

        func run() throws {
            let store = try parley.global.openStore()
            let actors = try store.actors(matching: query, kind: kind, limit: list.limit)
            var listing = Listing(columns: ["id", "kind", "country", "name"], maxWidths: [7, 12, 7])
            listing.rows = actors.map { [Formatting.actorID($0), $0.kind.rawValue, $0.country ?? "", $0.name] }
            listing.objects = actors.map(RecordJSON.actor)
            print(listing.render(list.format), terminator: "")
        }
    }
}
