/// What a speaker did with words.
public enum StatementAct: String, Sendable, Hashable, Codable, CaseIterable {
    case say, accuse, criticize, praise, promise, demand, deny, warn, threaten, agree, reject, propose
}
