import ParleyModel
import ParleySQLite

/// The queries behind browsing the record: the meeting network and the facts of one article.
extension ParleyStore {
    /// The network of the meetings that `filter` chooses (its limit and offset are ignored).
    public func meetingGraph(_ filter: MeetingFilter) throws -> MeetingGraph {
        var conditions: [String] = []
        var values: [SQLiteValue] = []
        if let from = filter.from { conditions.append("m.date >= ?"); values.append(.text(from.description)) }
        if let to = filter.to { conditions.append("m.date <= ?"); values.append(.text(to.description)) }
        if let status = filter.status { conditions.append("m.status = ?"); values.append(.text(status.rawValue)) }
        if let kind = filter.kind { conditions.append("m.kind = ?"); values.append(.text(kind.rawValue)) }
        for actor in [filter.actor, filter.counterpart].compactMap({ $0 }) {
            conditions.append("m.id IN (SELECT meeting_id FROM meeting_participant WHERE actor_id = ?)")
            values.append(.integer(actor))
        }
        let chosen =
            "SELECT m.id FROM meeting m" + (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "))
        let edges = try database.query(
            """
            SELECT a.actor_id, b.actor_id, count(*) AS n, min(m.date), max(m.date)
            FROM meeting_participant a
            JOIN meeting_participant b ON b.meeting_id = a.meeting_id AND b.actor_id > a.actor_id
            JOIN meeting m ON m.id = a.meeting_id
            WHERE a.meeting_id IN (\(chosen))
            GROUP BY a.actor_id, b.actor_id ORDER BY n DESC, a.actor_id, b.actor_id
            """, values
        ) { row in
            MeetingGraph.Edge(
                source: Int64(row.int(0) ?? 0), target: Int64(row.int(1) ?? 0), meetings: row.int(2) ?? 0,
                first: row.text(3).flatMap { CalendarDate(iso: $0) },
                last: row.text(4).flatMap { CalendarDate(iso: $0) })
        }
        let counts = try database.query(
            """
            SELECT p.actor_id, count(*) AS n FROM meeting_participant p WHERE p.meeting_id IN (\(chosen))
            GROUP BY p.actor_id
            """, values
        ) { (Int64($0.int(0) ?? 0), $0.int(1) ?? 0) }
        let meetingsOf = Dictionary(uniqueKeysWithValues: counts)
        let actors = try actorSummaries(
            "SELECT \(Self.actorColumns) FROM actor a WHERE a.id IN (SELECT value FROM json_each(?))",
            [.text("[" + counts.map { String($0.0) }.joined(separator: ",") + "]")])
        let nodes = actors.map { MeetingGraph.Node(actor: $0, meetings: meetingsOf[$0.id] ?? 0) }
            .sorted { ($0.meetings, $1.actor.name) > ($1.meetings, $0.actor.name) }
        return MeetingGraph(nodes: nodes, edges: edges)
    }

    /// The meetings and statements read from one article, in the order of the text.
    public func articleMentions(_ articleID: Int64) throws -> [ArticleMention] {
        try database.query(
            """
            SELECT start, end, meeting_id, statement_id FROM mention WHERE article_id = ? ORDER BY start, id
            """, [.integer(articleID)]
        ) { row in
            ArticleMention(
                start: row.int(0) ?? 0, end: row.int(1) ?? 0, meetingID: row.int(2).map(Int64.init),
                statementID: row.int(3).map(Int64.init))
        }
    }
}
