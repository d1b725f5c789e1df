import ArgumentParser
import ParleyStore

extension Parley.Actors {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Fold actors into one: the first keeps its name; the others' names mean it from now on.",
            discussion: """
                The merge is recorded in the database and holds for articles ingested later.
                Example: parley actors merge "Condoleezza Rice" "Secretary Rice"
                """)

        @ParentCommand var actors: Parley.Actors
        @Argument(help: "The actor to keep: a name, an alias or an id (p12).") var keep: String
        @Argument(help: "The actors to fold into it.") var others: [String]

        func validate() throws {
            if others.isEmpty { throw ValidationError("give the actor to keep and at least one to fold into it") }
        }

        func run() throws {
            let store = try actors.parley.global.openStore(.write)
            let target = try ActorLookup.resolve(keep, in: store)
            for other in others {
                let source = try ActorLookup.resolve(other, in: store)
                try store.mergeActors(source.id, into: target.id)
                print(
                    "merged \(source.name) (\(Formatting.actorID(source))) into \(target.name) "
                        + "(\(Formatting.actorID(target))): its names mean \(target.name) from now on")
            }
        }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "split",
            abstract: "Take names off an actor into a new one, with the articles that used them.",
            discussion: """
                The split is recorded in the database and holds for articles ingested later. Meetings and
                statements told only in articles that used those names go with the new actor.
                Example: parley actors split "George Bush" "George H. W. Bush" "Bush Sr."
                """)

        @ParentCommand var actors: Parley.Actors
        @Argument(help: "The actor to split: a name, an alias or an id (p12).") var actor: String
        @Argument(help: "The names that belong to someone else; the first names the new actor.") var names: [String]

        func validate() throws {
            if names.isEmpty { throw ValidationError("give the actor and at least one of its names to split off") }
        }

        func run() throws {
            let store = try actors.parley.global.openStore(.write)
            let source = try ActorLookup.resolve(actor, in: store)
            let newID = try store.splitActor(source.id, names: names)
            guard let created = try store.actorSummary(newID) else { return }
            print(
                "split \(names.joined(separator: ", ")) off \(source.name) as \(created.name) "
                    + "(\(Formatting.actorID(created)))")
        }
    }
}
