import ParleyModel

/// Which meetings to list.
public struct MeetingFilter: Sendable, Hashable {
    public var actor: Int64?
    public var counterpart: Int64?
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var status: MeetingStatus?
    public var kind: MeetingKind?
    public var limit: Int?
    /// Rows of the order to skip before the first one returned: a page of a long list.
    public var offset = 0

    public init(
        actor: Int64? = nil, counterpart: Int64? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
        status: MeetingStatus? = nil, kind: MeetingKind? = nil, limit: Int? = nil
    ) {
        self.actor = actor
        self.counterpart = counterpart
        self.from = from
        self.to = to
        self.status = status
        self.kind = kind
        self.limit = limit
    }
}

/// Which statements to list.
public struct StatementFilter: Sendable, Hashable {
    public var speaker: Int64?
    public var target: Int64?
    public var act: StatementAct?
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var limit: Int?
    /// Rows of the order to skip before the first one returned: a page of a long list.
    public var offset = 0

    public init(
        speaker: Int64? = nil, target: Int64? = nil, act: StatementAct? = nil,
        from: CalendarDate? = nil, to: CalendarDate? = nil, limit: Int? = nil
    ) {
        self.speaker = speaker
        self.target = target
        self.act = act
        self.from = from
        self.to = to
        self.limit = limit
    }
}
