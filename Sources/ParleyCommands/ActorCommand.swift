import ArgumentParser
import ParleyFormats
import ParleyModel
import ParleyStore

extension Parley {
    struct ActorCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actor",
            abstract: "One actor: aliases, roles, counterparts and counts.",
            discussion: "Example: parley actor \"Qin Gang\"")

        @ParentCommand var parley: Parley
        @Argument(help: "A name or alias of the actor.") var name: String
        @Option(help: "Output format: table or json.") var format: OutputFormat = .table

        func run() throws {
            let store = try parley.global.openStore()
            Self.show(try store.actorDetail(try ActorLookup.resolve(name, in: store).id), format: format)
        }

        /// Prints one actor; `show actor ID` shares it (a parsed `ActorCommand` would lack its parent command).
        static func show(_ detail: ActorDetail, format: OutputFormat) {
            if format == .json {
                print(RecordJSON.actorDetail(detail).rendered)
                return
            }
            let actor = detail.actor
            print(
                "\(actor.name)  (\(actor.kind.rawValue)\(actor.country.map { ", " + $0 } ?? ""), \(Formatting.actorID(actor)))"
            )
            print("aliases:      \(detail.aliases.joined(separator: ", "))")
            let roles = detail.roles.map { role in
                role.title + (role.country.map { " (\($0))" } ?? "") + (role.lastSeen.map { ", seen \($0)" } ?? "")
            }
            print("roles:        \(roles.isEmpty ? "-" : roles.joined(separator: "; "))")
            let counterparts = detail.counterparts.map { "\($0.actor.name) (\($0.meetings))" }
            print("counterparts: \(counterparts.isEmpty ? "-" : counterparts.joined(separator: ", "))")
            if !detail.merged.isEmpty {
                let merged = detail.merged.map { "\($0.name)\($0.country.map { " (\($0))" } ?? ""): \($0.reason)" }
                print("merged:       \(merged.joined(separator: "; "))")
            }
            print(
                "meetings: \(detail.meetingCount)   statements: \(detail.statementCount)   articles: \(detail.articleCount)"
            )
        }
    }
}
