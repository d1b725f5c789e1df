import ArgumentParser
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
                print(
                    JSONValue.object([
                        ("id", .string(Formatting.actorID(detail.actor))), ("name", .string(detail.actor.name)),
                        ("kind", .string(detail.actor.kind.rawValue)), ("country", .optional(detail.actor.country)),
                        ("aliases", .array(detail.aliases.map(JSONValue.string))),
                        (
                            "roles",
                            .array(
                                detail.roles.map { role in
                                    .object([
                                        ("title", .string(role.title)), ("country", .optional(role.country)),
                                        ("first_seen", .optional(role.firstSeen?.description)),
                                        ("last_seen", .optional(role.lastSeen?.description)),
                                    ])
                                })
                        ),
                        (
                            "counterparts",
                            .array(
                                detail.counterparts.map {
                                    .object([
                                        ("name", .string($0.actor.name)),
                                        ("meetings", .int($0.meetings)),
                                    ])
                                })
                        ),
                        ("meetings", .int(detail.meetingCount)), ("statements", .int(detail.statementCount)),
                        ("articles", .int(detail.articleCount)),
                        (
                            "merged",
                            .array(
                                detail.merged.map {
                                    .object([
                                        ("name", .string($0.name)), ("country", .optional($0.country)),
                                        ("reason", .string($0.reason)),
                                    ])
                                })
                        ),
                    ]).rendered)
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
