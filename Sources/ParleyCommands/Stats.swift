import ArgumentParser
import ParleyStore

extension Parley {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats", abstract: "Counts of what the database holds.")

        @ParentCommand var parley: Parley

        func run() throws {
            let store = try parley.global.openStore()
            let stats = try store.statistics()
            print("database:    \(parley.global.databasePath) (schema version \(stats.schemaVersion))")
            print("articles:    \(stats.articles)")
            print("actors:      \(stats.actors)")
            print("meetings:    \(stats.meetings)")
            print("statements:  \(stats.statements)")
            print("mentions:    \(stats.mentions)")
            if let earliest = stats.earliest, let latest = stats.latest {
                print("meetings from \(earliest) to \(latest)")
            }
        }
    }
}
