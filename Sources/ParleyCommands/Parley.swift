import ArgumentParser

/// The `parley` command tree; each subcommand lives in its own file.
public struct Parley: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "A diplomatic-events knowledge store: who met whom, when, where, and who said what.",
        discussion: """
            The database is --db PATH, else $PARLEY_DB, else parley.sqlite in the working directory.
            """,
        version: "0.1.0",
        subcommands: [
            Ingest.self, Meetings.self, Events.self, Actors.self, ActorCommand.self, Statements.self,
            Articles.self, Show.self, Search.self, Stats.self, Export.self, Serve.self,
        ]
    )

    @OptionGroup public var global: GlobalOptions

    public init() {}
}
