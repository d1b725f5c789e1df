import Foundation
import ParleyExtraction
import ParleyModel
import ParleyReading
import ParleyStore

/// What an ingest did, for the closing summary.
struct IngestSummary: Equatable {
    var newArticles = 0
    var duplicates = 0
    var failed = 0
    var meetings = 0
    var statements = 0
    var newActors = 0
}

/// Reads files, extracts, and stores, one bad file never stopping the rest.
///
/// Reading and extraction run on `jobs` threads; the store, one connection, is used by the calling thread
/// only, which decides what to extract and stores the results in the order of the input, so the store is the
/// same whatever `jobs` is. Queues between them are bounded: memory does not grow with the input.
///
/// Each article is committed as soon as it is stored, and before it is extracted its hash is committed as in
/// flight: if extraction kills the process, nothing stored is lost, and the next run finds the articles left
/// in flight, records them as failed and goes on instead of dying on them again.
struct IngestPipeline {
    let store: ParleyStore
    let extractor: Extractor
    let reader: ArticleFileReader
    /// Whether articles an earlier run left failed are extracted again.
    var retryFailed = false
    /// Threads that read and extract; 1 does everything on the calling thread.
    var jobs = 1
    /// This process, recorded with each attempt so that another run can tell a live one from a dead one.
    var pid = ProcessInfo.processInfo.processIdentifier
    /// When this process started: with the id, it tells this run from a later process given the same id.
    var processStart = ProcessStart.of(ProcessInfo.processInfo.processIdentifier)

    /// `report` receives one line per problem; `progress` the count of sources done so far.
    func run(
        _ sources: [ArticleSourceFinder.Source], report: @escaping (String) -> Void,
        progress: @escaping (Int, Int) -> Void
    ) -> IngestSummary {
        var writer = IngestWriter(pipeline: self, report: report)
        var retries: [IngestWork] = []
        if retryFailed {
            do {
                retries = try store.failedAttempts().map { .retry($0) }
            } catch {
                writer.summary.failed += 1
                report("database: cannot read the failed articles to retry: \(error)")
            }
        }
        let produce: (_ submit: (IngestWork) -> Void) -> Void = { submit in
            retries.forEach(submit)
            for (position, source) in sources.enumerated() {
                switch source {
                case let .file(path): reader.tasks(forFile: path) { submit(.read($0)) }
                case .standardInput: submit(.results(readStandardInput()))
                }
                submit(.sourceDone(position + 1))
            }
        }
        let finishSource: (Int) -> Void = { progress($0, sources.count) }
        if jobs <= 1 {
            // One thread: each article's attempt is committed, then it is extracted, then stored and committed.
            produce { work in
                let items = IngestWorker.parse(work, reader: reader)
                let decided = writer.decide(items)
                writer.finish([IngestWorker.extract(decided, with: extractor)], sourceDone: finishSource)
            }
        } else {
            let coordinator = IngestCoordinator(jobs: jobs)
            // The sources are walked on a thread of their own, which can block on the bounded queue.
            nonisolated(unsafe) let producer = produce
            coordinator.start(reader: reader, extractor: extractor) { submit in producer(submit) }
            coordinator.serve(
                decide: { writer.decide($0) }, finish: { writer.finish($0, sourceDone: finishSource) })
        }
        writer.consolidate()
        return writer.summary
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

/// One piece of work, in input order: a read, a failed article to retry, articles already read (standard
/// input), or the mark that a source is finished (for progress).
enum IngestWork: Sendable {
    case read(ArticleFileReader.ReadTask)
    case retry(IngestAttempt)
    case results([Result<Article, ReadError>])
    case sourceDone(Int)
}

/// What became of one article or read, in input order; the writer turns it into the summary and the store.
enum IngestItem: Sendable {
    case unreadable(ReadError)
    /// Read, hashed once, not yet decided.
    case article(Article, hash: String)
    /// To be extracted: its attempt is committed as in flight.
    case accepted(Article, hash: String)
    case extracted(Article, hash: String, Extraction)
    case duplicate
    /// Not extracted, and counted as failed, for the reason given.
    case skipped(String)
    case sourceDone(Int)
}

/// The work of the extraction threads: pure, no store.
enum IngestWorker {
    static func parse(_ work: IngestWork, reader: ArticleFileReader) -> [IngestItem] {
        switch work {
        case let .read(task): reader.read(task).map(item)
        case let .retry(attempt): [.article(attempt.article, hash: attempt.contentHash)]
        case let .results(results): results.map(item)
        case let .sourceDone(count): [.sourceDone(count)]
        }
    }

    static func extract(_ items: [IngestItem], with extractor: Extractor) -> [IngestItem] {
        items.map { item in
            guard case let .accepted(article, hash) = item else { return item }
            return .extracted(article, hash: hash, extractor.extract(article))
        }
    }

    private static func item(_ result: Result<Article, ReadError>) -> IngestItem {
        switch result {
        case let .success(article): .article(article, hash: ContentHash.sha256(article.text))
        case let .failure(error): .unreadable(error)
        }
    }
}

/// The single owner of the store: decides which articles are extracted (committing their attempts first),
/// and stores the extracted ones, in input order.
struct IngestWriter {
    let pipeline: IngestPipeline
    let report: (String) -> Void
    var summary = IngestSummary()
    /// Hashes this run committed as in flight: a second copy read meanwhile is extracted too, and stored as
    /// the duplicate it is, so that which copy is stored depends on the input order only.
    private var begun: Set<String> = []

    init(pipeline: IngestPipeline, report: @escaping (String) -> Void) {
        self.pipeline = pipeline
        self.report = report
    }

    private var store: ParleyStore { pipeline.store }

    /// Decides each article read: already stored, held by another run, failed before, or accepted; the
    /// accepted ones' attempts are committed together before any of them is extracted.
    mutating func decide(_ items: [IngestItem]) -> [IngestItem] {
        var decided = items
        var starting: [(article: Article, hash: String)] = []
        var startingAt: [Int] = []
        for (index, item) in items.enumerated() {
            guard case let .article(article, hash) = item else { continue }
            do {
                if try store.article(withHash: hash) != nil {
                    decided[index] = .duplicate
                } else if begun.contains(hash) || starting.contains(where: { $0.hash == hash }) {
                    decided[index] = .accepted(article, hash: hash)
                } else if let attempt = try store.attempt(withHash: hash), let refusal = try refusal(of: attempt) {
                    decided[index] = refusal
                } else {
                    starting.append((article, hash))
                    startingAt.append(index)
                }
            } catch {
                decided[index] = .skipped("\(article.origin): cannot store the article: \(error)")
            }
        }
        guard !starting.isEmpty else { return decided }
        do {
            try store.beginAttempts(starting, pid: pipeline.pid, processStart: pipeline.processStart)
            for (index, start) in zip(startingAt, starting) {
                begun.insert(start.hash)
                decided[index] = .accepted(start.article, hash: start.hash)
            }
        } catch {
            for (index, start) in zip(startingAt, starting) {
                decided[index] = .skipped("\(start.article.origin): cannot store the article: \(error)")
            }
        }
        return decided
    }

    /// Why an article with an attempt on record is not extracted now, if it is not.
    private func refusal(of attempt: IngestAttempt) throws -> IngestItem? {
        let origin = attempt.article.origin
        switch attempt.state {
        case .inFlight where attempt.runPID != pipeline.pid && Self.isRunning(attempt):
            // Another ingest on the same database is extracting it right now; it will store it.
            return .duplicate
        case .inFlight:
            let reason =
                "the ingest that began extracting it at \(attempt.startedAt) stopped before storing it (a crash or a kill)"
            try store.markFailed(hash: attempt.contentHash, reason: reason)
            return .skipped(
                "\(origin): skipped: \(reason); it is recorded as failed, and 'ingest --retry-failed' tries it again")
        case .failed where !pipeline.retryFailed:
            return .skipped(
                "\(origin): skipped: it failed in an earlier ingest (\(attempt.reason ?? "no reason recorded")); "
                    + "'ingest --retry-failed' tries it again")
        case .failed:
            return nil
        }
    }

    /// Stores what was extracted and counts the rest, in input order. Pieces finished together are committed
    /// in one transaction (each article in a savepoint of its own): they are all extracted already, so a crash
    /// meanwhile finds them in flight exactly as it would between single commits. What they count and report
    /// takes effect once the transaction commits; if it cannot (the database is busy, full, or failing), each
    /// piece is stored again on its own.
    mutating func finish(_ pieces: [[IngestItem]], sourceDone: (Int) -> Void) {
        let extracted = pieces.joined().filter { if case .extracted = $0 { true } else { false } }.count
        guard extracted > 1 else {
            for items in pieces { finish(items, sourceDone: sourceDone) }
            return
        }
        let before = summary
        var lines: [String] = []
        var done: [Int] = []
        do {
            try store.batch {
                for items in pieces { finish(items, lines: &lines, done: &done) }
            }
        } catch {
            summary = before
            for items in pieces { finish(items, sourceDone: sourceDone) }
            return
        }
        lines.forEach(report)
        done.forEach(sourceDone)
    }

    private mutating func finish(_ items: [IngestItem], sourceDone: (Int) -> Void) {
        var lines: [String] = []
        var done: [Int] = []
        finish(items, lines: &lines, done: &done)
        lines.forEach(report)
        done.forEach(sourceDone)
    }

    private mutating func finish(_ items: [IngestItem], lines: inout [String], done: inout [Int]) {
        for item in items {
            switch item {
            case let .unreadable(error):
                summary.failed += 1
                lines.append(error.description)
            case .duplicate:
                summary.duplicates += 1
            case let .skipped(line):
                summary.failed += 1
                lines.append(line)
            case let .extracted(article, hash, extraction):
                if let problem = store(article, hash: hash, extraction) { lines.append(problem) }
            case let .article(article, _), let .accepted(article, _):
                // Never reached: every article is decided and extracted before it is finished.
                summary.failed += 1
                lines.append("\(article.origin): not extracted")
            case let .sourceDone(count):
                done.append(count)
            }
        }
    }

    /// Stores one article; returns the line to report when it cannot be stored.
    private mutating func store(_ article: Article, hash: String, _ extraction: Extraction) -> String? {
        do {
            switch try store.save(article, extraction, hash: hash) {
            case let .stored(_, meetings, statements, newActors):
                summary.newArticles += 1
                summary.meetings += meetings
                summary.statements += statements
                summary.newActors += newActors
            case .duplicate:
                summary.duplicates += 1
            }
            return nil
        } catch {
            summary.failed += 1
            // The attempt stays on record with the real reason, not as a crash the next run would guess at.
            try? store.markFailed(hash: hash, reason: "cannot store the article: \(error)")
            return "\(article.origin): cannot store the article: \(error)"
        }
    }

    mutating func consolidate() {
        guard summary.newArticles > 0 else { return }
        do {
            try store.consolidateIdentities()
        } catch {
            summary.failed += 1
            report("database: cannot merge the actors that name one person: \(error)")
        }
    }

    /// Whether the process that began an attempt is alive: its id answers signal 0 (which sends nothing), and,
    /// where its start time was recorded, the process with that id now started then too.
    private static func isRunning(_ attempt: IngestAttempt) -> Bool {
        let pid = attempt.runPID
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        return attempt.runProcessStart.map { $0 == ProcessStart.of(pid) } ?? true
    }
}
