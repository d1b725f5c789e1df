import Foundation
import ParleyExtraction
import ParleyReading

/// The queues between the thread that walks the sources, the threads that read and extract, and the writer
/// (the thread that calls `serve`, the only one to touch the store).
///
/// A piece of work is cut from a source (the walking thread), read and hashed (any worker), decided by the writer
/// when it holds articles (their attempts committed), extracted (any worker), and stored by the writer in sequence
/// order. Workers read ahead of the writer's decisions and the writer decides before the workers run out of
/// decided pieces, so that no thread waits for another while there is work: a worker that waited for its own
/// pieces' decisions (the writer answers only between the batches it stores) left the cores idle half the time.
///
/// One window bounds the queues: at most `window` pieces are between being cut from a source and being stored,
/// so memory stays flat whatever the input's size. At most `decidedLimit` pieces are decided and not yet
/// extracted: the articles a crash during extraction leaves in flight, which the next run records as failed.
final class IngestCoordinator: @unchecked Sendable {
    typealias Piece = (sequence: Int, items: [IngestItem])

    // Every field below is guarded by `condition`.
    private let condition = NSCondition()
    private let jobs: Int
    private let window: Int
    private let decidedLimit: Int
    /// Cut from a source, not yet read.
    private var unread: [(sequence: Int, work: IngestWork)] = []
    private var issued = 0
    private var closed = false
    /// Read, holding articles the writer has to decide; the pieces workers are reading now.
    private var undecided: [Piece] = []
    private var reading = 0
    /// Being decided by the writer now.
    private var deciding = 0
    /// Decided, to be extracted, lowest sequence first; the pieces workers are extracting now.
    private var decided: [Piece] = []
    private var extracting = 0
    /// Ready to store, by sequence number; the sequence number the writer stores next.
    private var outcomes: [Int: [IngestItem]] = [:]
    private var finished = 0
    /// Workers waiting for work or gone: when all are, only the writer can make progress.
    private var idle = 0
    private let threads = DispatchGroup()

    init(jobs: Int) {
        self.jobs = max(jobs, 1)
        window = 32 * self.jobs + 32
        decidedLimit = 8 * self.jobs
    }

    /// Pieces stored in one transaction at most, and at least unless the workers wait for the writer: fewer commits
    /// and full-text segments, without holding the decisions the workers need for long.
    static let largestBatch = 24
    static let smallestBatch = 12

    /// Starts the walking thread, which calls `produce` with a function that queues each piece of work
    /// (blocking while the window is full), and `jobs` threads that read and extract.
    func start(
        reader: ArticleFileReader, extractor: Extractor,
        produce: @escaping @Sendable (_ submit: (IngestWork) -> Void) -> Void
    ) {
        spawn {
            produce { self.submit($0) }
            self.close()
        }
        for _ in 0..<jobs {
            spawn {
                while let task = self.nextTask() {
                    switch task {
                    case let .read(sequence, work): self.read(sequence, IngestWorker.parse(work, reader: reader))
                    case let .extract(piece):
                        // Each posted once extracted: what was extracted before a crash is stored, not lost.
                        self.post(piece.sequence, IngestWorker.extract(piece.items, with: extractor))
                    }
                }
            }
        }
    }

    /// The writer's loop: decides the articles read (many at once, their attempts committed in one transaction)
    /// and stores the pieces in order, several in one transaction, until every piece is done.
    func serve(decide: ([IngestItem]) -> [IngestItem], finish: ([[IngestItem]]) -> Void) {
        while let round = nextRound() {
            if !round.requests.isEmpty {
                let decisions = decide(round.requests.flatMap(\.items))
                var answers: [Piece] = []
                var start = 0
                for request in round.requests {
                    answers.append((request.sequence, Array(decisions[start..<start + request.items.count])))
                    start += request.items.count
                }
                condition.lock()
                decided.append(contentsOf: answers)
                deciding -= answers.count
                condition.broadcast()
                condition.unlock()
            }
            if !round.ready.isEmpty {
                finish(round.ready)
                condition.lock()
                finished += round.ready.count
                condition.broadcast()
                condition.unlock()
            }
        }
        threads.wait()
    }

    private enum Task {
        case read(Int, IngestWork)
        case extract(Piece)
    }

    /// A worker's next task: reading while too few pieces wait for the writer's decision (so that it decides many at
    /// once), else extracting the lowest decided piece, else reading further; nil once no work can come.
    private func nextTask() -> Task? {
        condition.lock()
        defer { condition.unlock() }
        var waited = false
        defer { if waited { idle -= 1 } }
        while true {
            if !unread.isEmpty && (decided.isEmpty || undecided.count + reading + deciding < decidedLimit) {
                reading += 1
                let next = unread.removeFirst()
                return .read(next.sequence, next.work)
            }
            if !decided.isEmpty {
                extracting += 1
                return .extract(decided.removeFirst())
            }
            if closed && unread.isEmpty && undecided.isEmpty && reading == 0 && deciding == 0 {
                // Gone for good: counted idle, so the writer does not wait for it.
                if !waited { idle += 1 }
                waited = false
                condition.broadcast()
                return nil
            }
            if !waited {
                waited = true
                idle += 1
                // The writer may be waiting for the workers to have nothing left to do.
                condition.broadcast()
            }
            condition.wait()
        }
    }

    /// What the writer does next: the pieces to decide (when the decided ones run low, or the workers wait for
    /// them) and the pieces to store (a batch, or what is ready when the workers wait or the window fills); nil
    /// once every piece is stored.
    private func nextRound() -> (requests: [Piece], ready: [[IngestItem]])? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if closed && finished == issued { return nil }
            let stalled = idle == jobs
            var requests: [Piece] = []
            let backlog = decided.count + extracting
            if !undecided.isEmpty && (backlog <= decidedLimit / 2 || stalled) {
                undecided.sort { $0.sequence < $1.sequence }
                requests = Array(undecided.prefix(max(decidedLimit - backlog, 1)))
                undecided.removeFirst(requests.count)
                deciding += requests.count
            }
            var readyCount = 0
            while readyCount < Self.largestBatch && outcomes[finished + readyCount] != nil { readyCount += 1 }
            let crowded = issued - finished >= window * 3 / 4
            var ready: [[IngestItem]] = []
            if readyCount >= Self.smallestBatch || (readyCount > 0 && (stalled || crowded || closed)) {
                ready = (finished..<finished + readyCount).map { outcomes.removeValue(forKey: $0)! }
            }
            if !requests.isEmpty || !ready.isEmpty { return (requests, ready) }
            condition.wait()
        }
    }

    private func spawn(_ body: @escaping @Sendable () -> Void) {
        threads.enter()
        let thread = Thread { [threads] in
            body()
            threads.leave()
        }
        // Extraction walks deep sentences: the main thread's stack size, not a secondary thread's default.
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func submit(_ work: IngestWork) {
        condition.lock()
        while issued - finished >= window { condition.wait() }
        unread.append((issued, work))
        issued += 1
        condition.broadcast()
        condition.unlock()
    }

    private func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// A piece read: to the writer for a decision when it holds articles, else ready to store as it is.
    private func read(_ sequence: Int, _ items: [IngestItem]) {
        condition.lock()
        reading -= 1
        if items.contains(where: Self.needsDecision) {
            undecided.append((sequence, items))
        } else {
            outcomes[sequence] = items
        }
        condition.broadcast()
        condition.unlock()
    }

    private func post(_ sequence: Int, _ items: [IngestItem]) {
        condition.lock()
        extracting -= 1
        outcomes[sequence] = items
        condition.broadcast()
        condition.unlock()
    }

    private static func needsDecision(_ item: IngestItem) -> Bool {
        if case .article = item { return true }
        return false
    }
}
