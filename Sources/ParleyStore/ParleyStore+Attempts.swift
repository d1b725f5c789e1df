import Foundation
import ParleyModel
import ParleySQLite

/// An article whose extraction was begun and not finished: in flight while a run works on it, failed once a
/// run found it left behind by one that died.
public struct IngestAttempt: Sendable, Hashable {
    public enum State: String, Sendable {
        case inFlight = "in_flight"
        case failed
    }

    public let contentHash: String
    public let state: State
    public let reason: String?
    /// The process that began it, and when that process started; while it lives, the article is its to finish.
    public let runPID: Int32
    public let runProcessStart: String?
    public let startedAt: String
    public let article: Article
}

extension ParleyStore {
    /// The attempt recorded for this content hash, if any.
    public func attempt(withHash hash: String) throws -> IngestAttempt? {
        try database.query(
            """
            SELECT content_hash, state, reason, run_pid, started_at, origin, title, published, text, metadata,
                   run_process_start
            FROM ingest_attempt WHERE content_hash = ?
            """, [.text(hash)], Self.attempt
        ).first
    }

    /// Every article a run left failed, oldest attempt first.
    public func failedAttempts() throws -> [IngestAttempt] {
        try database.query(
            """
            SELECT content_hash, state, reason, run_pid, started_at, origin, title, published, text, metadata,
                   run_process_start
            FROM ingest_attempt WHERE state = 'failed' ORDER BY started_at, content_hash
            """, [], Self.attempt)
    }

    /// Records that these articles are about to be extracted by process `pid` (started at `processStart`, which
    /// tells it from a later process given the same id), all in one transaction, committed before this returns:
    /// several extraction threads can then work on them at once, and a crash in any of them finds every one on
    /// record.
    public func beginAttempts(
        _ articles: [(article: Article, hash: String)], pid: Int32, processStart: String?
    ) throws {
        guard !database.isInTransaction else { throw StoreError.attemptInsideBatch }
        let startedAt = Timestamp.now()
        try database.transaction(.immediate) {
            for (article, hash) in articles {
                try database.run(
                    """
                    INSERT OR REPLACE INTO ingest_attempt
                        (content_hash, state, reason, run_pid, run_process_start, started_at, origin, title, published,
                         text, metadata)
                    VALUES (?, 'in_flight', NULL, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        .text(hash), .integer(Int64(pid)), SQLiteValue(processStart), .text(startedAt),
                        .text(article.origin),
                        SQLiteValue(article.title), SQLiteValue(article.published?.description), .text(article.text),
                        .text(try Self.json(article.metadata)),
                    ])
            }
        }
    }

    /// Marks an attempt failed, with the reason a person will read.
    public func markFailed(hash: String, reason: String) throws {
        try database.run(
            "UPDATE ingest_attempt SET state = 'failed', reason = ? WHERE content_hash = ?",
            [.text(reason), .text(hash)])
    }

    static func json(_ metadata: [String: String]) throws -> String {
        // What JSONSerialization writes for no keys, without it: most articles have none, and the writer thread
        // spent 3.5% of its time serializing them (twice an article: its attempt and its row).
        guard !metadata.isEmpty else { return "{}" }
        return String(
            decoding: try JSONSerialization.data(withJSONObject: metadata, options: [.sortedKeys]), as: UTF8.self)
    }

    private static func attempt(_ row: Row) -> IngestAttempt {
        let metadata =
            (try? JSONSerialization.jsonObject(with: Data((row.text(9) ?? "{}").utf8))) as? [String: String] ?? [:]
        let article = Article(
            origin: row.text(5) ?? "", title: row.text(6), published: row.text(7).flatMap { CalendarDate(iso: $0) },
            text: row.text(8) ?? "", metadata: metadata)
        return IngestAttempt(
            contentHash: row.text(0) ?? "", state: IngestAttempt.State(rawValue: row.text(1) ?? "") ?? .failed,
            reason: row.text(2), runPID: Int32(truncatingIfNeeded: row.int(3) ?? 0), runProcessStart: row.text(10),
            startedAt: row.text(4) ?? "",
            article: article)
    }
}
