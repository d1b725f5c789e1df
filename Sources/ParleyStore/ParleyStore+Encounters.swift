import ParleyModel
import ParleySQLite

/// One meeting per encounter, across articles and wire versions.
///
/// A report joins a meeting another article stored when
/// - the participants agree: each side's actors are the same, or one names a person or body and the other
///   the state they serve ("Rice met Olmert" and "Rice met Israel");
/// - the dates fit each report's precision: days at most three apart (versions of a story date a trip by its
///   arrival or by its talks), a day inside a month, the same month, the same year; an undated report joins
///   nothing;
/// - the kinds are compatible: talks, a meeting and a visit (the visit and the meeting with its host) are one
///   encounter; a summit only a summit, a call only a call.
/// The merged meeting keeps the most precise date and the first place given, takes the status of the latest
/// article (planned, then held), and every report stays a mention.
extension ParleyStore {
    private struct Participant: Hashable {
        let id: Int64
        let kind: ActorKind
        let country: String?

        /// Whether the two name the same side: one actor, or a state and someone who serves it.
        func agrees(with other: Participant) -> Bool {
            id == other.id || kind == .country && other.kind != .country && other.country == country
                || other.kind == .country && kind != .country && country == other.country
        }
    }

    static let compatibleKinds: [MeetingKind: Set<MeetingKind>] = [
        .meeting: [.meeting, .talks, .visit], .talks: [.meeting, .talks, .visit], .visit: [.meeting, .talks, .visit],
        .summit: [.summit], .call: [.call],
    ]

    /// The meeting stored from another article that this report tells again, if any.
    func storedEncounter(_ meeting: ExtractedMeeting, _ participants: [Int64], besides articleID: Int64) throws
        -> Int64?
    {
        guard let date = meeting.date, !participants.isEmpty else { return nil }
        let own = try self.participants(of: participants)
        let lower = date.date.adding(days: -31).description
        let upper = date.date.adding(days: date.precision == .year ? 366 : 31).description
        let candidates = try database.query(
            """
            SELECT DISTINCT m.id, m.kind, m.date, m.date_precision FROM meeting_participant p
            JOIN meeting m ON m.id = p.meeting_id
            WHERE p.actor_id IN (SELECT value FROM json_each(?)) AND p.date BETWEEN ? AND ?
              AND NOT EXISTS (SELECT 1 FROM mention n WHERE n.meeting_id = m.id AND n.article_id = ?)
            ORDER BY m.id
            """,
            [
                .text("[" + participants.map(String.init).joined(separator: ",") + "]"), .text(lower), .text(upper),
                .integer(articleID),
            ]
        ) { row in
            (
                id: Int64(row.int(0) ?? 0), kind: MeetingKind(rawValue: row.text(1) ?? "") ?? .meeting,
                date: Self.eventDate(row.text(2), row.text(3))
            )
        }
        for candidate in candidates {
            guard Self.compatibleKinds[meeting.kind]?.contains(candidate.kind) == true,
                let stored = candidate.date, Self.datesFit(date, stored)
            else { continue }
            let theirs = try self.participants(ofMeeting: candidate.id)
            if own.allSatisfy({ mine in theirs.contains { $0.agrees(with: mine) } })
                && theirs.allSatisfy({ their in own.contains { $0.agrees(with: their) } })
            {
                return candidate.id
            }
        }
        return nil
    }

    /// Whether two reported dates can name one day, each at its own precision.
    static func datesFit(_ a: EventDate, _ b: EventDate) -> Bool {
        switch (a.precision, b.precision) {
        case (.day, .day): abs(a.date.dayNumber - b.date.dayNumber) <= 3
        case (.day, .month), (.month, .day), (.month, .month):
            a.date.year == b.date.year && a.date.month == b.date.month
        case (.year, .year): a.date.year == b.date.year
        default: false
        }
    }

    /// Folds a new report into the stored meeting: date, place, status and participants.
    func merge(_ meeting: ExtractedMeeting, _ participants: [Int64], into id: Int64, published: String?) throws {
        let latest =
            try database.query(
                """
                SELECT max(a.published) FROM mention n JOIN article a ON a.id = n.article_id WHERE n.meeting_id = ?
                """, [.integer(id)]
            ) { $0.text(0) }.first ?? nil
        let newer = published.map { $0 >= (latest ?? "") } ?? false
        let rank: [DatePrecision: Int] = [.year: 0, .month: 1, .day: 2]
        try database.run(
            """
            UPDATE meeting SET
                status = CASE WHEN ? THEN ? ELSE status END,
                date = CASE WHEN ? > (CASE date_precision WHEN 'day' THEN 2 WHEN 'month' THEN 1 ELSE 0 END)
                       THEN ? ELSE date END,
                date_precision = CASE WHEN ? > (CASE date_precision WHEN 'day' THEN 2 WHEN 'month' THEN 1 ELSE 0 END)
                       THEN ? ELSE date_precision END,
                location = ifnull(location, ?)
            WHERE id = ?
            """,
            [
                .integer(newer ? 1 : 0), .text(meeting.status.rawValue),
                .integer(Int64(rank[meeting.date?.precision ?? .year] ?? 0)),
                SQLiteValue(meeting.date?.date.description),
                .integer(Int64(rank[meeting.date?.precision ?? .year] ?? 0)),
                SQLiteValue(meeting.date?.precision.rawValue), SQLiteValue(meeting.location), .integer(id),
            ])
        try database.run(
            """
            INSERT OR IGNORE INTO meeting_participant (meeting_id, actor_id, date)
            SELECT ?, value, (SELECT date FROM meeting WHERE id = ?) FROM json_each(?)
            """,
            [.integer(id), .integer(id), .text("[" + participants.map(String.init).joined(separator: ",") + "]")])
        // A state stands for no one once a person or body of it takes part; everyone carries the meeting's day.
        try database.run(
            """
            DELETE FROM meeting_participant WHERE meeting_id = ? AND actor_id IN (
                SELECT c.id FROM actor c JOIN meeting_participant p ON p.actor_id = c.id AND p.meeting_id = ?
                WHERE c.kind = 'country' AND EXISTS (
                    SELECT 1 FROM meeting_participant q JOIN actor o ON o.id = q.actor_id
                    WHERE q.meeting_id = ? AND o.kind <> 'country' AND o.country = c.country))
            """, [.integer(id), .integer(id), .integer(id)])
        try database.run(
            "UPDATE meeting_participant SET date = (SELECT date FROM meeting WHERE id = ?) WHERE meeting_id = ?",
            [.integer(id), .integer(id)])
    }

    private func participants(of ids: [Int64]) throws -> [Participant] {
        try database.query(
            "SELECT id, kind, country FROM actor WHERE id IN (SELECT value FROM json_each(?))",
            [.text("[" + ids.map(String.init).joined(separator: ",") + "]")], Self.participant)
    }

    private func participants(ofMeeting id: Int64) throws -> [Participant] {
        try database.query(
            """
            SELECT a.id, a.kind, a.country FROM meeting_participant p JOIN actor a ON a.id = p.actor_id
            WHERE p.meeting_id = ?
            """, [.integer(id)], Self.participant)
    }

    private static func participant(_ row: Row) -> Participant {
        Participant(
            id: Int64(row.int(0) ?? 0), kind: ActorKind(rawValue: row.text(1) ?? "") ?? .organization,
            country: row.text(2))
    }
}
