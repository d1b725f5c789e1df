/// The form an encounter takes.
public enum MeetingKind: String, Sendable, Hashable, Codable, CaseIterable {
    case meeting, talks, visit, summit, call
}

/// Whether an encounter happened, is to happen, or will not.
public enum MeetingStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case occurred, planned, cancelled, postponed
}
