import Foundation
import ParleyModel

/// An actor of one article, built up as the article names it again and again.
struct Entity: Sendable {
    var name: String
    var kind: ActorKind
    var country: String?
    /// The country was only guessed from the dateline ("President Reagan" in a MOSCOW story), not read.
    var countryIsGuess = false
    var aliases: [String] = []
    var roles: [Role] = []
    /// Known from a given name, an honorific or a title; nil when nothing tells.
    var gender: Gender?
    /// Set when the article names this actor as an actor, not only inside another name.
    var isActor = true
    /// The forms the article writes for an organization named as written.
    var writtenForms: [String] = []

    /// The name to report: the fullest written form where the article gives one.
    var reportedName: String {
        guard let fullest = writtenForms.max(by: { $0.count < $1.count }) else { return name }
        return fullest
    }

    /// Aliases beside the reported name, the canonical name among them.
    var reportedAliases: [String] {
        let reported = reportedName
        return ([name] + aliases).filter { $0 != reported }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    mutating func addAlias(_ alias: String) {
        let trimmed = alias.trimmingEdges(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed != name, !aliases.contains(trimmed) else { return }
        aliases.append(trimmed)
    }

    mutating func addRole(_ role: Role) {
        if !roles.contains(role) { roles.append(role) }
    }
}
