import ParleyStore

/// Resolves a name typed by a user, or explains why it cannot.
enum ActorLookup {
    static func resolve(_ name: String, in store: ParleyStore) throws -> ActorSummary {
        // "p12", "o29": the ids that lists and exports print.
        if let kind = name.first, "pcog".contains(kind), let id = Int64(name.dropFirst()),
            let actor = try store.actorSummary(id), Formatting.actorID(actor) == name
        {
            return actor
        }
        switch try store.resolveActor(name) {
        case let .found(actor):
            return actor
        case let .ambiguous(candidates):
            let list = candidates.prefix(10).map {
                "  \($0.name) (\($0.kind.rawValue)\($0.country.map { ", " + $0 } ?? ""))"
            }
            throw CommandFailure("'\(name)' names several actors; give the full name:\n" + list.joined(separator: "\n"))
        case .notFound:
            throw CommandFailure("no actor named '\(name)' (try: parley actors \(name))")
        }
    }
}
