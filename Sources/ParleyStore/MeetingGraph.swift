import ParleyModel

/// Who met whom: actors as nodes, pairs of participants of the same meetings as edges.
public struct MeetingGraph: Sendable, Hashable {
    /// Every actor of at least one chosen meeting, most meetings first.
    public var nodes: [Node]
    /// One edge per pair of actors who took part in the same meetings, most meetings first.
    public var edges: [Edge]

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }

    public struct Node: Sendable, Hashable {
        public let actor: ActorSummary
        /// The chosen meetings this actor took part in.
        public let meetings: Int

        public init(actor: ActorSummary, meetings: Int) {
            self.actor = actor
            self.meetings = meetings
        }
    }

    /// An undirected edge; `source` has the smaller actor id.
    public struct Edge: Sendable, Hashable {
        public let source: Int64
        public let target: Int64
        public let meetings: Int
        /// The earliest and latest dated meeting of the pair (the first day of a month or year when
        /// that is all the text gave).
        public let first: CalendarDate?
        public let last: CalendarDate?

        public init(source: Int64, target: Int64, meetings: Int, first: CalendarDate?, last: CalendarDate?) {
            self.source = source
            self.target = target
            self.meetings = meetings
            self.first = first
            self.last = last
        }
    }
}
