import ParleyModel
import ParleySQLite

extension ParleyStore {
    // MARK: Actors

    /// Resolves a name a user typed: any alias, ignoring case and accents.
    /// Several actors under that name give `.ambiguous`, never a guess.
    public func resolveActor(_ name: String) throws -> ActorResolution {
        let key = NameNormalizer.normalize(name)
        guard !key.isEmpty else { return .notFound(name) }
        // The kind list puts the lookup on the actor_by_name index (kind, normalized_name):
        // without it every lookup scans the whole actor table.
        let exact = try actorSummaries(
            """
            SELECT \(Self.actorColumns) FROM actor a
            WHERE a.kind IN ('person', 'country', 'organization', 'group') AND a.normalized_name = ?
            """, [.text(key)])
        if exact.count == 1 { return .found(exact[0]) }
        let byAlias = try actorSummaries(
            """
            SELECT \(Self.actorColumns) FROM actor a WHERE a.id IN (SELECT actor_id FROM actor_alias WHERE normalized = ?)
            ORDER BY a.name
            """, [.text(key)])
        switch byAlias.count {
        case 0: break
        case 1: return .found(byAlias[0])
        default: return .ambiguous(byAlias)
        }
        // "Li" for Li Wen, "Burns" for Nicholas Burns: one part of a person's name.
        guard !key.contains(" ") else { return .notFound(name) }
        let byPart = try actorSummaries(
            """
            SELECT \(Self.actorColumns) FROM actor a
            WHERE a.kind = 'person' AND (a.normalized_name LIKE ? ESCAPE '\\' OR a.normalized_name LIKE ? ESCAPE '\\')
            ORDER BY a.name LIMIT 11
            """, [.text(Self.escapeLike(key) + " %"), .text("% " + Self.escapeLike(key))])
        switch byPart.count {
        case 0: return .notFound(name)
        case 1: return .found(byPart[0])
        default: return .ambiguous(byPart)
        }
    }

    /// Actors whose name or alias contains `text` (all actors when nil), most mentioned first.
    public func actors(matching text: String? = nil, kind: ActorKind? = nil, limit: Int? = nil) throws -> [ActorSummary]
    {
        var conditions: [String] = []
        var values: [SQLiteValue] = []
        if let text, !NameNormalizer.normalize(text).isEmpty {
            conditions.append("a.id IN (SELECT actor_id FROM actor_alias WHERE normalized LIKE ? ESCAPE '\\')")
            values.append(.text("%" + Self.escapeLike(NameNormalizer.normalize(text)) + "%"))
        }
        if let kind {
            conditions.append("a.kind = ?")
            values.append(.text(kind.rawValue))
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        values.append(.integer(Int64(limit ?? -1)))
        return try actorSummaries(
            """
            SELECT \(Self.actorColumns) FROM actor a \(whereClause)
            ORDER BY (SELECT count(*) FROM article_actor aa WHERE aa.actor_id = a.id) DESC, a.name LIMIT ?
            """, values)
    }

    public func actorDetail(_ id: Int64) throws -> ActorDetail {
        guard let actor = try actorSummary(id) else { throw StoreError.unknownRecord(kind: "actor", id: id) }
        let aliases = try database.query(
            "SELECT alias FROM actor_alias WHERE actor_id = ? ORDER BY alias",
            [.integer(id)]
        ) { $0.text(0) ?? "" }
        let roles = try database.query(
            """
            SELECT title, country, first_seen, last_seen FROM actor_role WHERE actor_id = ? ORDER BY last_seen DESC, title
            """, [.integer(id)]
        ) { row in
            RoleRecord(
                title: row.text(0) ?? "", country: row.text(1).flatMap { $0.isEmpty ? nil : $0 },
                firstSeen: row.text(2).flatMap { CalendarDate(iso: $0) },
                lastSeen: row.text(3).flatMap { CalendarDate(iso: $0) })
        }
        let counterpartRows = try database.query(
            """
            SELECT other.actor_id, count(*) AS n FROM meeting_participant own
            JOIN meeting_participant other ON other.meeting_id = own.meeting_id AND other.actor_id <> own.actor_id
            WHERE own.actor_id = ? GROUP BY other.actor_id ORDER BY n DESC LIMIT 20
            """, [.integer(id)]
        ) { (Int64($0.int(0) ?? 0), $0.int(1) ?? 0) }
        var counterparts: [ActorDetail.Counterpart] = []
        for (other, count) in counterpartRows {
            if let summary = try actorSummary(other) { counterparts.append(.init(actor: summary, meetings: count)) }
        }
        let meetings = try count("SELECT count(*) FROM meeting_participant WHERE actor_id = ?", id)
        let statements = try count("SELECT count(*) FROM statement WHERE speaker_id = ?", id)
        let articles = try count("SELECT count(*) FROM article_actor WHERE actor_id = ?", id)
        var detail = ActorDetail(
            actor: actor, aliases: aliases, roles: roles, counterparts: counterparts,
            meetingCount: meetings, statementCount: statements, articleCount: articles)
        detail.merged = try mergedNames(of: id)
        return detail
    }

    /// The names an article gave its actors, by actor id (stores older than these names give none).
    public func writtenNames(inArticle id: Int64) throws -> [Int64: String] {
        var names: [Int64: String] = [:]
        for (actor, name) in try database.query(
            "SELECT actor_id, name FROM article_actor WHERE article_id = ? AND name IS NOT NULL", [.integer(id)],
            { (Int64($0.int(0) ?? 0), $0.text(1) ?? "") })
        {
            names[actor] = name
        }
        return names
    }

    public func actorSummary(_ id: Int64) throws -> ActorSummary? {
        try actorSummaries("SELECT \(Self.actorColumns) FROM actor a WHERE a.id = ?", [.integer(id)]).first
    }

    // MARK: Meetings

    /// Meetings matching the filter, newest first (undated ones last).
    public func meetings(_ filter: MeetingFilter) throws -> [MeetingRecord] {
        var conditions: [String] = []
        var values: [SQLiteValue] = []
        let source: String
        // With an actor and no status or kind, the participant index alone finds, orders and limits the ids (each
        // participant row has its meeting: a foreign key with ON DELETE CASCADE). Joining the meeting table there
        // cost a frequent actor's 7,000 meetings as many lookups in it before the limit applied.
        let joinsMeeting = filter.actor == nil || filter.status != nil || filter.kind != nil
        let meetingID = joinsMeeting ? "m.id" : "p.meeting_id"
        if let actor = filter.actor {
            // Walk the participant index of one actor: its date column keeps this a range scan.
            source = "meeting_participant p" + (joinsMeeting ? " JOIN meeting m ON m.id = p.meeting_id" : "")
            conditions.append("p.actor_id = ?")
            values.append(.integer(actor))
            if let from = filter.from { conditions.append("p.date >= ?"); values.append(.text(from.description)) }
            if let to = filter.to { conditions.append("p.date <= ?"); values.append(.text(to.description)) }
        } else {
            source = "meeting m"
            if let from = filter.from { conditions.append("m.date >= ?"); values.append(.text(from.description)) }
            if let to = filter.to { conditions.append("m.date <= ?"); values.append(.text(to.description)) }
        }
        if let counterpart = filter.counterpart {
            conditions.append(
                "EXISTS (SELECT 1 FROM meeting_participant q WHERE q.meeting_id = \(meetingID) AND q.actor_id = ?)")
            values.append(.integer(counterpart))
        }
        if let status = filter.status { conditions.append("m.status = ?"); values.append(.text(status.rawValue)) }
        if let kind = filter.kind { conditions.append("m.kind = ?"); values.append(.text(kind.rawValue)) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // Undated last. SQLite sorts NULL below every value, so without the join `p.date DESC` alone puts them last
        // and the index (actor_id, date, meeting_id), read backwards, is the order: only the rows up to the limit
        // are read, where the `IS NULL` term made SQLite sort all of the actor's rows first.
        let order =
            !joinsMeeting
            ? "p.date DESC, p.meeting_id DESC"
            : filter.actor != nil ? "p.date IS NULL, p.date DESC, m.id DESC" : "m.date IS NULL, m.date DESC, m.id DESC"
        values += [.integer(Int64(filter.limit ?? -1)), .integer(Int64(filter.offset))]
        let ids = try database.query(
            "SELECT \(meetingID) FROM \(source) \(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?", values
        ) {
            Int64($0.int(0) ?? 0)
        }
        return try meetings(ids: ids)
    }

    public func meeting(_ id: Int64) throws -> MeetingRecord {
        guard let record = try meetings(ids: [id]).first else {
            throw StoreError.unknownRecord(kind: "meeting", id: id)
        }
        return record
    }

    // MARK: Statements

    public func statements(_ filter: StatementFilter) throws -> [StatementRecord] {
        var conditions: [String] = []
        var values: [SQLiteValue] = []
        if let speaker = filter.speaker { conditions.append("speaker_id = ?"); values.append(.integer(speaker)) }
        if let target = filter.target { conditions.append("target_id = ?"); values.append(.integer(target)) }
        if let act = filter.act { conditions.append("act = ?"); values.append(.text(act.rawValue)) }
        if let from = filter.from { conditions.append("date >= ?"); values.append(.text(from.description)) }
        if let to = filter.to { conditions.append("date <= ?"); values.append(.text(to.description)) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        values += [.integer(Int64(filter.limit ?? -1)), .integer(Int64(filter.offset))]
        let ids = try database.query(
            """
            SELECT id FROM statement \(whereClause) ORDER BY date IS NULL, date DESC, id DESC LIMIT ? OFFSET ?
            """, values
        ) { Int64($0.int(0) ?? 0) }
        return try statements(ids: ids)
    }

    public func statement(_ id: Int64) throws -> StatementRecord {
        guard let record = try statements(ids: [id]).first else {
            throw StoreError.unknownRecord(kind: "statement", id: id)
        }
        return record
    }

    // MARK: Events

    /// Meetings and statements between two dates, oldest first (on one day, meetings first, then by id);
    /// `limit` keeps the first events of that order. Undated ones have no place on a time line.
    public func events(
        from: CalendarDate?, to: CalendarDate?, kind: MeetingKind? = nil, actor: Int64? = nil,
        includeStatements: Bool = true, limit: Int? = nil
    ) throws -> [EventRecord] {
        // One ordered, limited query over both tables: limiting each table apart and merging afterwards
        // kept neither the first nor the last events.
        var values: [SQLiteValue] = []
        func dated(_ alias: String) -> [String] {
            var conditions = ["\(alias).date IS NOT NULL"]
            if let from { conditions.append("\(alias).date >= ?"); values.append(.text(from.description)) }
            if let to { conditions.append("\(alias).date <= ?"); values.append(.text(to.description)) }
            return conditions
        }
        var meetingConditions = dated("m")
        if let kind { meetingConditions.append("m.kind = ?"); values.append(.text(kind.rawValue)) }
        if let actor {
            meetingConditions.append("m.id IN (SELECT meeting_id FROM meeting_participant WHERE actor_id = ?)")
            values.append(.integer(actor))
        }
        var sql = "SELECT 0, m.id, m.date FROM meeting m WHERE " + meetingConditions.joined(separator: " AND ")
        if includeStatements && kind == nil {
            var statementConditions = dated("s")
            if let actor { statementConditions.append("s.speaker_id = ?"); values.append(.integer(actor)) }
            sql +=
                " UNION ALL SELECT 1, s.id, s.date FROM statement s WHERE "
                + statementConditions.joined(separator: " AND ")
        }
        values.append(.integer(Int64(limit ?? -1)))
        let rows = try database.query(sql + " ORDER BY 3, 1, 2 LIMIT ?", values) {
            ($0.int(0) ?? 0, Int64($0.int(1) ?? 0))
        }
        let meetings = Dictionary(
            uniqueKeysWithValues: try self.meetings(ids: rows.filter { $0.0 == 0 }.map(\.1)).map { ($0.id, $0) })
        let statements = Dictionary(
            uniqueKeysWithValues: try self.statements(ids: rows.filter { $0.0 == 1 }.map(\.1)).map { ($0.id, $0) })
        return rows.compactMap { row in
            row.0 == 0 ? meetings[row.1].map(EventRecord.meeting) : statements[row.1].map(EventRecord.statement)
        }
    }

    // MARK: Articles

    public func articles(limit: Int? = nil) throws -> [ArticleRecord] {
        let ids = try database.query(
            "SELECT id FROM article ORDER BY published IS NULL, published DESC, id DESC LIMIT ?",
            [.integer(Int64(limit ?? -1))]
        ) { Int64($0.int(0) ?? 0) }
        return try ids.map(article)
    }

    public func article(_ id: Int64) throws -> ArticleRecord {
        let rows = try database.query(
            "SELECT origin, title, published, metadata FROM article WHERE id = ?",
            [.integer(id)]
        ) { ($0.text(0) ?? "", $0.text(1), $0.text(2), $0.text(3) ?? "{}") }
        guard let row = rows.first else { throw StoreError.unknownRecord(kind: "article", id: id) }
        let actorIDs = try database.query(
            "SELECT actor_id FROM article_actor WHERE article_id = ? ORDER BY actor_id",
            [.integer(id)]
        ) { Int64($0.int(0) ?? 0) }
        let meetings = try count(
            "SELECT count(DISTINCT meeting_id) FROM mention WHERE article_id = ? AND meeting_id IS NOT NULL", id)
        let statements = try count("SELECT count(*) FROM mention WHERE article_id = ? AND statement_id IS NOT NULL", id)
        return ArticleRecord(
            id: id, origin: row.0, title: row.1, published: row.2.flatMap { CalendarDate(iso: $0) },
            metadata: row.3, actorIDs: actorIDs, meetingCount: meetings, statementCount: statements)
    }

    /// The stored main text of an article.
    public func articleText(_ id: Int64) throws -> String {
        guard
            let text = try database.query("SELECT text FROM article WHERE id = ?", [.integer(id)], { $0.text(0) })
                .first,
            let text
        else { throw StoreError.unknownRecord(kind: "article", id: id) }
        return text
    }

    /// Full-text search over titles and texts; returns article ids with a snippet, best first.
    public func search(_ words: String, limit: Int = 20) throws -> [(article: ArticleRecord, snippet: String)] {
        // Each word is quoted so that FTS5 syntax in user text is taken literally.
        let query = words.split(whereSeparator: \.isWhitespace)
            .map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
        guard !query.isEmpty else { return [] }
        let rows = try database.query(
            """
            SELECT rowid, snippet(article_search, 1, '[', ']', '…', 12) FROM article_search
            WHERE article_search MATCH ? ORDER BY rank LIMIT ?
            """, [.text(query), .integer(Int64(limit))]
        ) { (Int64($0.int(0) ?? 0), $0.text(1) ?? "") }
        return try rows.map { (try article($0.0), $0.1) }
    }

    public func statistics() throws -> StoreStatistics {
        let dates = try database.query("SELECT min(date), max(date) FROM meeting") {
            ($0.text(0).flatMap { CalendarDate(iso: $0) }, $0.text(1).flatMap { CalendarDate(iso: $0) })
        }.first
        return StoreStatistics(
            articles: try count("SELECT count(*) FROM article"), actors: try count("SELECT count(*) FROM actor"),
            meetings: try count("SELECT count(*) FROM meeting"),
            statements: try count("SELECT count(*) FROM statement"),
            mentions: try count("SELECT count(*) FROM mention"), schemaVersion: try database.userVersion(),
            earliest: dates?.0, latest: dates?.1)
    }

    // MARK: Export

    /// Calls `body` with every id of a table, in order, without holding them all in memory at once.
    public func forEachID(of table: ExportTable, _ body: (Int64) throws -> Void) throws {
        var last: Int64 = 0
        while true {
            let ids = try database.query(
                "SELECT id FROM \(table.rawValue) WHERE id > ? ORDER BY id LIMIT 1000",
                [.integer(last)]
            ) { Int64($0.int(0) ?? 0) }
            for id in ids { try body(id) }
            guard let next = ids.last else { return }
            last = next
        }
    }

    public enum ExportTable: String, Sendable {
        case article, actor, meeting, statement
    }

    // MARK: Helpers

    static let actorColumns = "a.id, a.name, a.kind, a.country"

    func actorSummaries(_ sql: String, _ values: [SQLiteValue]) throws -> [ActorSummary] {
        try database.query(sql, values) { Self.actorSummary($0, from: 0) }
    }

    private func count(_ sql: String, _ id: Int64? = nil) throws -> Int {
        let values: [SQLiteValue] = id.map { [.integer($0)] } ?? []
        if case let .integer(n)? = try database.scalar(sql, values) { return Int(n) }
        return 0
    }

    static func eventDate(_ date: String?, _ precision: String?) -> EventDate? {
        guard let date = date.flatMap({ CalendarDate(iso: $0) }), let precision = precision.flatMap(DatePrecision.init)
        else { return nil }
        return EventDate(date: date, precision: precision)
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
