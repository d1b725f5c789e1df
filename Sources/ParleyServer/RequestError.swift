import HTTPTypes
import ParleyStore

/// Why a request cannot be answered, in words the person who typed the address can act on.
enum RequestError: Error, Sendable, CustomStringConvertible {
    /// A record or page that does not exist.
    case notFound(String)
    /// A query parameter that cannot be read: its name, the value given, and what was expected.
    case badParameter(name: String, value: String, expected: String)
    /// Two parameters that contradict each other.
    case contradiction(String)
    /// A name that fits several actors.
    case ambiguousActor(name: String, candidates: [ActorSummary])
    /// A name that fits no actor.
    case unknownActor(name: String)

    var status: HTTPResponse.Status {
        switch self {
        case .notFound, .unknownActor: .notFound
        case .badParameter, .contradiction, .ambiguousActor: .badRequest
        }
    }

    var description: String {
        switch self {
        case let .notFound(what): what
        case let .badParameter(name, value, expected): "\(name)=\(value) cannot be read: \(expected)"
        case let .contradiction(message): message
        case let .ambiguousActor(name, candidates):
            "'\(name)' names \(candidates.count) actors; choose one: "
                + candidates.prefix(10).map { "\($0.name) (id \($0.id))" }.joined(separator: ", ")
        case let .unknownActor(name): "no actor named '\(name)'; search the actors for part of the name"
        }
    }

    /// The store's "no such record" as a 404; nil for every other error.
    init?(_ error: any Error) {
        if let error = error as? RequestError {
            self = error
        } else if let error = error as? StoreError, case let .unknownRecord(kind, id) = error {
            self = .notFound("no \(kind) with id \(id)")
        } else {
            return nil
        }
    }
}
