/// A role a person holds: "Foreign Minister" of CHN.
public struct Role: Sendable, Hashable, Codable {
    public var title: String
    public var country: String?

    public init(title: String, country: String?) {
        self.title = title
        self.country = country
    }
}

/// An actor as one article names it.
public struct ExtractedActor: Sendable, Hashable {
    public var name: String
    public var kind: ActorKind
    /// ISO 3166-1 alpha-3 code of the actor's state, or nil.
    public var country: String?
    /// Every other form the article used for this actor.
    public var aliases: [String]
    public var roles: [Role]

    public init(name: String, kind: ActorKind, country: String?, aliases: [String] = [], roles: [Role] = []) {
        self.name = name
        self.kind = kind
        self.country = country
        self.aliases = aliases
        self.roles = roles
    }
}

/// An encounter between actors; participants index into `Extraction.actors`.
public struct ExtractedMeeting: Sendable, Hashable {
    public var kind: MeetingKind
    public var status: MeetingStatus
    public var date: EventDate?
    public var location: String?
    public var participants: [Int]
    public var evidence: Evidence

    public init(
        kind: MeetingKind, status: MeetingStatus, date: EventDate?, location: String?,
        participants: [Int], evidence: Evidence
    ) {
        self.kind = kind
        self.status = status
        self.date = date
        self.location = location
        self.participants = participants
        self.evidence = evidence
    }
}

/// Words an actor is reported to have said; speaker and target index into `Extraction.actors`.
public struct ExtractedStatement: Sendable, Hashable {
    public var act: StatementAct
    public var speaker: Int
    public var target: Int?
    public var quote: String?
    public var date: EventDate?
    public var evidence: Evidence

    public init(act: StatementAct, speaker: Int, target: Int?, quote: String?, date: EventDate?, evidence: Evidence) {
        self.act = act
        self.speaker = speaker
        self.target = target
        self.quote = quote
        self.date = date
        self.evidence = evidence
    }
}

/// Everything one article yields: a pure value, the same for the same text.
public struct Extraction: Sendable, Hashable {
    public var actors: [ExtractedActor]
    public var meetings: [ExtractedMeeting]
    public var statements: [ExtractedStatement]

    public init(actors: [ExtractedActor] = [], meetings: [ExtractedMeeting] = [], statements: [ExtractedStatement] = [])
    {
        self.actors = actors
        self.meetings = meetings
        self.statements = statements
    }
}
