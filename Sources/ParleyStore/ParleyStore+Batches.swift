import ParleyModel
import ParleySQLite

extension ParleyStore {
    /// Ids per round trip: each chunk is passed as one JSON array bound to `json_each(?)`.
    static let chunkSize = 500

    /// Meetings with their participants and mentions, in the order of `ids`; unknown ids are skipped.
    ///
    /// Three queries per chunk of ids rather than three per meeting: a list of thousands of
    /// meetings would otherwise cost tens of thousands of statement runs.
    func meetings(ids: [Int64]) throws -> [MeetingRecord] {
        var records: [MeetingRecord] = []
        records.reserveCapacity(ids.count)
        for chunk in Self.chunks(ids) {
            let list = Self.jsonList(chunk)
            var rows: [Int64: (kind: String, status: String, date: EventDate?, location: String?)] = [:]
            for row in try database.query(
                """
                SELECT id, kind, status, date, date_precision, location FROM meeting
                WHERE id IN (SELECT value FROM json_each(?))
                """, [list],
                { row in
                    (
                        Int64(row.int(0) ?? 0), row.text(1) ?? "", row.text(2) ?? "",
                        Self.eventDate(row.text(3), row.text(4)),
                        row.text(5)
                    )
                })
            {
                rows[row.0] = (row.1, row.2, row.3, row.4)
            }
            var participants: [Int64: [ActorSummary]] = [:]
            for (meeting, actor) in try database.query(
                """
                SELECT p.meeting_id, \(Self.actorColumns) FROM meeting_participant p JOIN actor a ON a.id = p.actor_id
                WHERE p.meeting_id IN (SELECT value FROM json_each(?))
                ORDER BY p.meeting_id, a.kind = 'person' DESC, a.name
                """, [list], { row in (Int64(row.int(0) ?? 0), Self.actorSummary(row, from: 1)) })
            {
                participants[meeting, default: []].append(actor)
            }
            let mentions = try mentionRecords(column: "meeting_id", list)
            for id in chunk {
                guard let row = rows[id] else { continue }
                records.append(
                    MeetingRecord(
                        id: id, kind: MeetingKind(rawValue: row.kind) ?? .meeting,
                        status: MeetingStatus(rawValue: row.status) ?? .occurred, date: row.date,
                        location: row.location, participants: participants[id] ?? [],
                        mentions: mentions[id] ?? []))
            }
        }
        return records
    }

    /// Statements with their speakers, targets and mentions, in the order of `ids`; unknown ids are skipped.
    func statements(ids: [Int64]) throws -> [StatementRecord] {
        var records: [StatementRecord] = []
        records.reserveCapacity(ids.count)
        for chunk in Self.chunks(ids) {
            let list = Self.jsonList(chunk)
            var rows: [Int64: StatementRecord] = [:]
            let mentions = try mentionRecords(column: "statement_id", list)
            for record in try database.query(
                """
                SELECT s.id, s.act, s.quote, s.date, s.date_precision,
                       a.id, a.name, a.kind, a.country, t.id, t.name, t.kind, t.country
                FROM statement s JOIN actor a ON a.id = s.speaker_id LEFT JOIN actor t ON t.id = s.target_id
                WHERE s.id IN (SELECT value FROM json_each(?))
                """, [list],
                { row in
                    let id = Int64(row.int(0) ?? 0)
                    return StatementRecord(
                        id: id, act: StatementAct(rawValue: row.text(1) ?? "say") ?? .say,
                        speaker: Self.actorSummary(row, from: 5),
                        target: row.isNull(9) ? nil : Self.actorSummary(row, from: 9),
                        quote: row.text(2), date: Self.eventDate(row.text(3), row.text(4)),
                        mentions: mentions[id] ?? [])
                })
            {
                rows[record.id] = record
            }
            records += chunk.compactMap { rows[$0] }
        }
        return records
    }

    /// Mentions of the meetings or statements in `list`, by id, each in mention order.
    private func mentionRecords(column: String, _ list: SQLiteValue) throws -> [Int64: [MentionRecord]] {
        var mentions: [Int64: [MentionRecord]] = [:]
        // `column IS NOT NULL` lets SQLite use the partial indexes on mention.
        for (owner, mention) in try database.query(
            """
            SELECT m.\(column), m.article_id, a.origin, m.sentence, m.start, m.end
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE m.\(column) IS NOT NULL AND m.\(column) IN (SELECT value FROM json_each(?)) ORDER BY m.id
            """, [list],
            { row in
                (
                    Int64(row.int(0) ?? 0),
                    MentionRecord(
                        articleID: Int64(row.int(1) ?? 0), origin: row.text(2) ?? "", sentence: row.text(3) ?? "",
                        start: row.int(4) ?? 0, end: row.int(5) ?? 0)
                )
            })
        {
            mentions[owner, default: []].append(mention)
        }
        return mentions
    }

    static func actorSummary(_ row: Row, from column: Int) -> ActorSummary {
        ActorSummary(
            id: Int64(row.int(column) ?? 0), name: row.text(column + 1) ?? "",
            kind: ActorKind(rawValue: row.text(column + 2) ?? "") ?? .organization, country: row.text(column + 3))
    }

    private static func chunks(_ ids: [Int64]) -> [ArraySlice<Int64>] {
        stride(from: 0, to: ids.count, by: chunkSize).map { ids[$0..<min(ids.count, $0 + chunkSize)] }
    }

    private static func jsonList(_ ids: ArraySlice<Int64>) -> SQLiteValue {
        .text("[" + ids.map(String.init).joined(separator: ",") + "]")
    }
}
