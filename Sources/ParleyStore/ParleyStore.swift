import Foundation
import ParleyModel
import ParleySQLite

/// The repository: maps articles, actors, meetings and statements to tables and answers queries.
///
/// Not `Sendable`: it owns one connection.
///
/// ```swift
/// let store = try ParleyStore(.memory)
/// let outcome = try store.save(article, extraction)
/// let meetings = try store.meetings(MeetingFilter(actor: id))
/// ```
public final class ParleyStore {
    public let database: Database
    let displayPath: String
    /// When this connection was opened; every article it stores carries it (empty for a read-only store, which
    /// stores nothing: the clock and the time zone file are not read for a query).
    private let openedAt: String
    /// Transactions opened by `batch` and not yet ended.
    private var openBatches = 0
    /// The first article stored in the open batch: it and every later one are indexed for search when the batch
    /// commits (one statement, so FTS5 writes one segment per batch instead of one per article).
    private var unindexedFrom: Int64?
    /// Identity answers that only saves could change, kept for the life of the connection (see `upsert`);
    /// emptied when a transaction rolls back and when actors are merged or split.
    var identityCache = IdentityCache()

    /// Opens the store and brings its schema up to date. `readOnly` (for commands that only read) opens a file whose
    /// schema is current for reading only; any other file is opened as without it, so that an older schema is
    /// migrated and a file that cannot be opened fails with the same message.
    public init(_ location: DatabaseLocation, readOnly: Bool = false) throws(StoreError) {
        let path: String =
            switch location {
            case let .path(path): path
            case .memory: ":memory:"
            case .temporary: "(temporary database)"
            }
        displayPath = path
        if readOnly, case .path = location, let reader = Self.readerIfCurrent(location) {
            database = reader
            openedAt = ""
            return
        }
        openedAt = Timestamp.now()
        do {
            database = try Database(location)
        } catch {
            throw .cannotOpen(path: path, error)
        }
        do {
            try ParleySchema.migrator.migrate(database)
        } catch {
            throw .schema(path: path, error)
        }
    }

    /// A read-only connection to the file, if it opens and its schema is this program's current one.
    private static func readerIfCurrent(_ location: DatabaseLocation) -> Database? {
        guard let reader = try? Database(location, readOnly: true),
            (try? ParleySchema.migrator.needsMigration(reader)) == false
        else { return nil }
        return reader
    }

    /// The schema version this program writes.
    public static var schemaVersion: Int { ParleySchema.migrator.latestVersion }

    /// Runs `body` in one transaction; the articles it stored are indexed for search just before it commits.
    public func batch<T>(_ body: () throws -> T) throws -> T {
        openBatches += 1
        defer {
            openBatches -= 1
            unindexedFrom = nil
        }
        do {
            return try database.transaction(.immediate) {
                let result = try body()
                try indexStoredArticles()
                return result
            }
        } catch {
            identityCache = IdentityCache()
            throw error
        }
    }

    /// Tunes the connection for a long run of writes: a larger page cache (the indexes an ingest updates stay in
    /// memory), temporary tables in memory, and fewer, larger WAL checkpoints. Durability is unchanged: WAL with
    /// `synchronous = NORMAL` as always, each commit whole or absent after a crash.
    public func prepareForBulkWrites() throws {
        try database.execute("PRAGMA cache_size = -16384")
        try database.execute("PRAGMA temp_store = MEMORY")
        try database.execute("PRAGMA wal_autocheckpoint = 4096")
    }

    /// Adds the articles stored since `unindexedFrom` to the full-text index. Rowids only grow, so every article
    /// at or after the batch's first is one of the batch's (those rolled back to their savepoint are gone).
    private func indexStoredArticles() throws {
        guard let first = unindexedFrom else { return }
        unindexedFrom = nil
        try database.run(
            "INSERT INTO article_search (rowid, title, text) SELECT id, title, text FROM article WHERE id >= ? ORDER BY id",
            [.integer(first)])
    }

    /// The id of the stored article with this content hash, if any.
    public func article(withHash hash: String) throws -> Int64? {
        try database.query("SELECT id FROM article WHERE content_hash = ?", [.text(hash)]) { $0.int(0) }
            .first.flatMap { $0 }.map(Int64.init)
    }

    /// Stores an article and what was extracted from it, all or nothing, and ends its ingest attempt.
    ///
    /// The same content (by hash of the text, computed here unless the caller has it) is stored once.
    @discardableResult
    public func save(_ article: Article, _ extraction: Extraction, hash knownHash: String? = nil) throws -> SaveOutcome
    {
        let hash = knownHash ?? ContentHash.sha256(article.text)
        if let existing = try self.article(withHash: hash) { return .duplicate(existingID: existing) }
        return try inTransaction { try insert(article, extraction, hash: hash) }
    }

    /// Runs `body` all or nothing: in a transaction of its own, or in a savepoint of the one already open
    /// (a batch), so that a failed article rolls back alone.
    func inTransaction<T>(_ body: () throws -> T) throws -> T {
        guard database.isInTransaction else { return try batch(body) }
        // Cached statements: an ingest opens a savepoint for every article of a batch, and `execute` parsed it anew.
        try database.run("SAVEPOINT nested")
        do {
            let result = try body()
            try database.run("RELEASE nested")
            return result
        } catch {
            identityCache = IdentityCache()
            try? database.execute("ROLLBACK TO nested")
            try? database.execute("RELEASE nested")
            throw error
        }
    }

    private func insert(_ article: Article, _ extraction: Extraction, hash: String) throws -> SaveOutcome {
        let articleID = try insertArticleRow(article, hash: hash)
        try database.run("DELETE FROM ingest_attempt WHERE content_hash = ?", [.text(hash)])
        let seen = article.published?.description
        let (actorIDs, newActors) = try storeActors(of: extraction, articleID: articleID, seen: seen)
        try storeMeetings(of: extraction, actorIDs: actorIDs, articleID: articleID, seen: seen)
        try storeStatements(of: extraction, actorIDs: actorIDs, articleID: articleID)
        return .stored(
            articleID: articleID, meetings: extraction.meetings.count,
            statements: extraction.statements.count, newActors: newActors)
    }

    /// The article's own row, and its search entry when no batch of the store's will index it.
    private func insertArticleRow(_ article: Article, hash: String) throws -> Int64 {
        let metadata = try Self.json(article.metadata)
        try database.run(
            """
            INSERT INTO article (origin, title, published, content_hash, text, metadata, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(article.origin), SQLiteValue(article.title), SQLiteValue(article.published?.description),
                .text(hash), .text(article.text), .text(metadata), .text(openedAt),
            ])
        let articleID = database.lastInsertRowID
        if openBatches > 0 {
            unindexedFrom = unindexedFrom ?? articleID
        } else {
            // Inside a transaction the store did not open: indexed now, since no batch will do it.
            try database.run(
                "INSERT INTO article_search (rowid, title, text) VALUES (?, ?, ?)",
                [.integer(articleID), SQLiteValue(article.title), .text(article.text)])
        }
        return articleID
    }

    /// Each actor joined to its stored identity, in the extraction's order, and how many were new.
    private func storeActors(of extraction: Extraction, articleID: Int64, seen: String?) throws
        -> (ids: [Int64], new: Int)
    {
        var actorIDs: [Int64] = []
        var newActors = 0
        for actor in extraction.actors {
            let (id, isNew) = try upsert(actor, seen: seen)
            actorIDs.append(id)
            if isNew { newActors += 1 }
            try database.run(
                "INSERT OR IGNORE INTO article_actor (article_id, actor_id, name) VALUES (?, ?, ?)",
                [.integer(articleID), .integer(id), .text(actor.name)])
        }
        return (actorIDs, newActors)
    }

    /// Each meeting stored, or merged into the encounter another article already reported, with its mention.
    private func storeMeetings(of extraction: Extraction, actorIDs: [Int64], articleID: Int64, seen: String?) throws {
        for meeting in extraction.meetings {
            let participants = Array(Set(meeting.participants.map { actorIDs[$0] })).sorted()
            let meetingID: Int64
            if let reported = try storedEncounter(meeting, participants, besides: articleID) {
                try merge(meeting, participants, into: reported, published: seen)
                meetingID = reported
            } else {
                meetingID = try insertMeeting(meeting, participants)
            }
            try insertMention(articleID: articleID, meeting: meetingID, statement: nil, meeting.evidence)
        }
    }

    private func storeStatements(of extraction: Extraction, actorIDs: [Int64], articleID: Int64) throws {
        for statement in extraction.statements {
            try database.run(
                """
                INSERT INTO statement (act, speaker_id, target_id, quote, date, date_precision)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    .text(statement.act.rawValue), .integer(actorIDs[statement.speaker]),
                    SQLiteValue(statement.target.map { actorIDs[$0] }), SQLiteValue(statement.quote),
                    SQLiteValue(statement.date?.date.description), SQLiteValue(statement.date?.precision.rawValue),
                ])
            try insertMention(
                articleID: articleID, meeting: nil, statement: database.lastInsertRowID, statement.evidence)
        }
    }

    func insertMeeting(_ meeting: ExtractedMeeting, _ participants: [Int64]) throws -> Int64 {
        try database.run(
            "INSERT INTO meeting (kind, status, date, date_precision, location) VALUES (?, ?, ?, ?, ?)",
            [
                .text(meeting.kind.rawValue), .text(meeting.status.rawValue),
                SQLiteValue(meeting.date?.date.description), SQLiteValue(meeting.date?.precision.rawValue),
                SQLiteValue(meeting.location),
            ])
        let id = database.lastInsertRowID
        for actor in participants {
            try database.run(
                "INSERT OR IGNORE INTO meeting_participant (meeting_id, actor_id, date) VALUES (?, ?, ?)",
                [.integer(id), .integer(actor), SQLiteValue(meeting.date?.date.description)])
        }
        return id
    }

    private func insertMention(articleID: Int64, meeting: Int64?, statement: Int64?, _ evidence: Evidence) throws {
        try database.run(
            """
            INSERT INTO mention (article_id, meeting_id, statement_id, sentence, start, end) VALUES (?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(articleID), SQLiteValue(meeting), SQLiteValue(statement), .text(evidence.sentence),
                .integer(Int64(evidence.start)), .integer(Int64(evidence.end)),
            ])
    }
}
