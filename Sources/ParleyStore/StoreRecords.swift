import ParleyModel

/// An actor as the store knows it.
public struct ActorSummary: Sendable, Hashable {
    public let id: Int64
    public let name: String
    public let kind: ActorKind
    public let country: String?
}

/// Where a meeting or statement was read: the article and the sentence.
public struct MentionRecord: Sendable, Hashable {
    public let articleID: Int64
    public let origin: String
    public let sentence: String
    public let start: Int
    public let end: Int
}

/// A stored meeting with its participants and every sentence that reported it.
public struct MeetingRecord: Sendable, Hashable {
    public let id: Int64
    public let kind: MeetingKind
    public let status: MeetingStatus
    public let date: EventDate?
    public let location: String?
    public let participants: [ActorSummary]
    public let mentions: [MentionRecord]
}

/// A stored statement with its speaker, target and the sentences that reported it.
public struct StatementRecord: Sendable, Hashable {
    public let id: Int64
    public let act: StatementAct
    public let speaker: ActorSummary
    public let target: ActorSummary?
    public let quote: String?
    public let date: EventDate?
    public let mentions: [MentionRecord]
}

/// A stored article: where it came from, and how much was read from it.
public struct ArticleRecord: Sendable, Hashable {
    public let id: Int64
    public let origin: String
    public let title: String?
    public let published: CalendarDate?
    public let metadata: String
    public let actorIDs: [Int64]
    public let meetingCount: Int
    public let statementCount: Int
}

/// A role an actor was given, with the publication dates of the first and last article that gave it.
public struct RoleRecord: Sendable, Hashable {
    public let title: String
    public let country: String?
    public let firstSeen: CalendarDate?
    public let lastSeen: CalendarDate?
}

/// Everything `parley actor NAME` shows.
public struct ActorDetail: Sendable, Hashable {
    public let actor: ActorSummary
    public let aliases: [String]
    public let roles: [RoleRecord]
    public let counterparts: [Counterpart]
    public let meetingCount: Int
    public let statementCount: Int
    public let articleCount: Int
    /// The actors folded into this one, and why: what explains its names and roles.
    public var merged: [MergedName] = []

    public struct Counterpart: Sendable, Hashable {
        public let actor: ActorSummary
        public let meetings: Int
    }

    public struct MergedName: Sendable, Hashable {
        public let name: String
        public let country: String?
        public let reason: String
    }
}

/// One line of `parley events`: a meeting or a statement, in date order.
public enum EventRecord: Sendable, Hashable {
    case meeting(MeetingRecord)
    case statement(StatementRecord)

    public var date: EventDate? {
        switch self {
        case let .meeting(meeting): meeting.date
        case let .statement(statement): statement.date
        }
    }
}

/// Counts for `parley stats`.
public struct StoreStatistics: Sendable, Hashable {
    public let articles: Int
    public let actors: Int
    public let meetings: Int
    public let statements: Int
    public let mentions: Int
    public let schemaVersion: Int
    public let earliest: CalendarDate?
    public let latest: CalendarDate?
}

/// What saving one article did.
public enum SaveOutcome: Sendable, Hashable {
    case stored(articleID: Int64, meetings: Int, statements: Int, newActors: Int)
    case duplicate(existingID: Int64)
}

/// How a name given by a user resolves.
public enum ActorResolution: Sendable, Hashable {
    case found(ActorSummary)
    case ambiguous([ActorSummary])
    case notFound(String)
}
