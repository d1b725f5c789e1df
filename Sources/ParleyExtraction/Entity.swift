import Foundation
import ParleyModel

/// An actor of one article, built up as the article names it again and again.
struct Entity: Sendable {
    var name: String
    var kind: ActorKind
    var country: String?
    var aliases: [String] = []
    var roles: [Role] = []
    /// Set when the article names this actor as an actor, not only inside another name.
    var isActor = true

    mutating func addAlias(_ alias: String) {
        let trimmed = alias.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != name, !aliases.contains(trimmed) else { return }
        aliases.append(trimmed)
    }

    mutating func addRole(_ role: Role) {
        if !roles.contains(role) { roles.append(role) }
    }
}
