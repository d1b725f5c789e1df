import ParleyStore

/// An actor named in a query parameter: an id (as the pages link) or a name, as on the command line.
enum ActorParameter {
    static func resolve(_ value: String, in store: ParleyStore) throws -> ActorSummary {
        if let id = Int64(value) {
            guard let actor = try store.actorSummary(id) else { throw RequestError.notFound("no actor with id \(id)") }
            return actor
        }
        switch try store.resolveActor(value) {
        case let .found(actor): return actor
        case let .ambiguous(candidates): throw RequestError.ambiguousActor(name: value, candidates: candidates)
        case .notFound: throw RequestError.unknownActor(name: value)
        }
    }
}
