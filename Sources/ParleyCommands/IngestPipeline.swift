import Foundation
import ParleyExtraction
import ParleyModel
import ParleyReading
import ParleyStore

/// What an ingest did, for the closing summary.
struct IngestSummary {
    var newArticles = 0
    var duplicates = 0
    var failed = 0
    var meetings = 0
    var statements = 0
    var newActors = 0
}

/// Reads files, extracts, and stores, one bad file never stopping the rest.
///
/// Each article is committed as soon as it is stored, and before it is extracted its hash is committed as in
/// flight: if extraction kills the process, nothing stored is lost, and the next run finds the article left
/// in flight, records it as failed and goes on instead of dying on it again.
struct IngestPipeline {
    let store: ParleyStore
    let extractor: Extractor
    let reader: ArticleFileReader
    /// Whether articles an earlier run left failed are extracted again.
    var retryFailed = false
    /// This process, recorded with each attempt so that another run can tell a live one from a dead one.
    var pid = ProcessInfo.processInfo.processIdentifier

    /// `report` receives one line per problem; `progress` the count done so far.
    func run(
        _ sources: [ArticleSourceFinder.Source], report: (String) -> Void,
        progress: (Int, Int) -> Void
    ) -> IngestSummary {
        var summary = IngestSummary()
        if retryFailed {
            do {
                for attempt in try store.failedAttempts() { ingest(attempt.article, into: &summary, report: report) }
            } catch {
                summary.failed += 1
                report("database: cannot read the failed articles to retry: \(error)")
            }
        }
        for (position, source) in sources.enumerated() {
            let results: [Result<Article, ReadError>]
            switch source {
            case let .file(path): results = reader.read(path: path)
            case .standardInput: results = readStandardInput()
            }
            for result in results {
                switch result {
                case let .failure(error):
                    summary.failed += 1
                    report(error.description)
                case let .success(article):
                    ingest(article, into: &summary, report: report)
                }
            }
            progress(position + 1, sources.count)
        }
        if summary.newArticles > 0 {
            do {
                try store.consolidateIdentities()
            } catch {
                summary.failed += 1
                report("database: cannot merge the actors that name one person: \(error)")
            }
        }
        return summary
    }

    private func ingest(_ article: Article, into summary: inout IngestSummary, report: (String) -> Void) {
        let hash = ContentHash.sha256(article.text)
        do {
            // The same content is stored once: a known article is not extracted again.
            if try store.article(withHash: hash) != nil {
                summary.duplicates += 1
                return
            }
            if let attempt = try store.attempt(withHash: hash), try !mayExtract(attempt, summary: &summary, report) {
                return
            }
            try store.beginAttempt(article, hash: hash, pid: pid)
            switch try store.save(article, extractor.extract(article), hash: hash) {
            case let .stored(_, meetings, statements, newActors):
                summary.newArticles += 1
                summary.meetings += meetings
                summary.statements += statements
                summary.newActors += newActors
            case .duplicate:
                summary.duplicates += 1
            }
        } catch {
            summary.failed += 1
            report("\(article.origin): cannot store the article: \(error)")
        }
    }

    /// Whether an article with an attempt on record is extracted now; if not, says why and counts it.
    private func mayExtract(
        _ attempt: IngestAttempt, summary: inout IngestSummary, _ report: (String) -> Void
    ) throws -> Bool {
        let origin = attempt.article.origin
        switch attempt.state {
        case .inFlight where attempt.runPID != pid && Self.isRunning(attempt.runPID):
            // Another ingest on the same database is extracting it right now; it will store it.
            summary.duplicates += 1
            return false
        case .inFlight:
            let reason =
                "the ingest that began extracting it at \(attempt.startedAt) stopped before storing it (a crash or a kill)"
            try store.markFailed(hash: attempt.contentHash, reason: reason)
            summary.failed += 1
            report(
                "\(origin): skipped: \(reason); it is recorded as failed, and 'ingest --retry-failed' tries it again")
            return false
        case .failed where !retryFailed:
            summary.failed += 1
            report(
                "\(origin): skipped: it failed in an earlier ingest (\(attempt.reason ?? "no reason recorded")); "
                    + "'ingest --retry-failed' tries it again")
            return false
        case .failed:
            return true
        }
    }

    /// Whether a process with this id is alive (signal 0 checks without sending anything).
    private static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// Standard input has no extension: its first character tells HTML and JSON from text, and a
    /// JSON text that parses whole is one document (a record or an array) rather than JSON Lines.
    private func readStandardInput() -> [Result<Article, ReadError>] {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let bytes = Array(data)
        let first = bytes.first {
            !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF)
        }
        let ext: String
        switch first {
        case UInt8(ascii: "<"): ext = "html"
        case UInt8(ascii: "["): ext = "json"
        case UInt8(ascii: "{"): ext = (try? JSONSerialization.jsonObject(with: data)) != nil ? "json" : "jsonl"
        default: ext = "txt"
        }
        return reader.read(bytes: bytes, path: "stdin", extension: ext)
    }
}
