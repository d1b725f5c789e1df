/// What sort of political actor a name stands for.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person, country, organization, group
}
