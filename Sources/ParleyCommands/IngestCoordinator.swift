import Foundation
import ParleyExtraction
import ParleyReading

/// The queues between the thread that walks the sources, the threads that read and extract, and the writer
/// (the thread that calls `serve`, the only one to touch the store).
///
/// One window bounds them all: at most `window` pieces of work are between being cut from a source and being
/// stored, so memory stays flat whatever the input's size. Pieces carry their sequence number and the writer
/// finishes them in that order.
final class IngestCoordinator: @unchecked Sendable {
    // Every field below is guarded by `condition`.
    private let condition = NSCondition()
    private let window: Int
    private var queue: [(sequence: Int, work: IngestWork)] = []
    private var issued = 0
    /// The sequence number the writer finishes next.
    private var finished = 0
    private var closed = false
    private var requests: [(sequence: Int, items: [IngestItem])] = []
    private var decisions: [Int: [IngestItem]] = [:]
    private var outcomes: [Int: [IngestItem]] = [:]
    private let threads = DispatchGroup()

    init(window: Int) {
        self.window = max(window, 2)
    }

    /// Starts the walking thread, which calls `produce` with a function that queues each piece of work
    /// (blocking while the window is full), and `jobs` threads that read and extract.
    func start(
        jobs: Int, reader: ArticleFileReader, extractor: Extractor,
        produce: @escaping @Sendable (_ submit: (IngestWork) -> Void) -> Void
    ) {
        spawn {
            produce { self.submit($0) }
            self.close()
        }
        for _ in 0..<jobs {
            spawn {
                while let pieces = self.take(upTo: Self.piecesPerTake) {
                    let parsed = pieces.map {
                        (sequence: $0.sequence, items: IngestWorker.parse($0.work, reader: reader))
                    }
                    let decided = self.awaitDecisions(parsed.filter { $0.items.contains(where: Self.needsDecision) })
                    for piece in parsed {
                        // Each posted once extracted: what was extracted before a crash is stored, not lost.
                        self.post(
                            piece.sequence,
                            IngestWorker.extract(decided[piece.sequence] ?? piece.items, with: extractor))
                    }
                }
            }
        }
    }

    /// Pieces a worker takes at once: their attempts are committed together, so a worker rarely waits for the
    /// writer's decision, and pieces extracted while the writer stores pile up to be stored together in one
    /// transaction. More would put more articles in flight (recorded as failed) when extraction kills the process.
    static let piecesPerTake = 8

    /// The writer's loop: decides the articles the workers read (all waiting requests at once, so that their
    /// attempts are committed in one transaction) and finishes the pieces in order, all those ready at once,
    /// until every piece is done.
    func serve(decide: ([IngestItem]) -> [IngestItem], finish: ([[IngestItem]]) -> Void) {
        while true {
            condition.lock()
            while requests.isEmpty && outcomes[finished] == nil && !(closed && finished == issued) {
                condition.wait()
            }
            let waiting = requests
            requests = []
            var ready: [[IngestItem]] = []
            while ready.count < 32, let outcome = outcomes.removeValue(forKey: finished + ready.count) {
                ready.append(outcome)
            }
            condition.unlock()
            if waiting.isEmpty && ready.isEmpty { break }

            if !waiting.isEmpty {
                let decided = decide(waiting.flatMap(\.items))
                var answers: [Int: [IngestItem]] = [:]
                var start = 0
                for request in waiting {
                    answers[request.sequence] = Array(decided[start..<start + request.items.count])
                    start += request.items.count
                }
                condition.lock()
                decisions.merge(answers) { $1 }
                condition.broadcast()
                condition.unlock()
            }
            if !ready.isEmpty {
                finish(ready)
                condition.lock()
                finished += ready.count
                condition.broadcast()
                condition.unlock()
            }
        }
        threads.wait()
    }

    private static func needsDecision(_ item: IngestItem) -> Bool {
        if case .article = item { return true }
        return false
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
        queue.append((issued, work))
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

    /// The next pieces in sequence order, at most `count` of them and at least one; nil once the input is done.
    private func take(upTo count: Int) -> [(sequence: Int, work: IngestWork)]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let taken = Array(queue.prefix(count))
        queue.removeFirst(taken.count)
        return taken
    }

    /// Asks the writer to decide the articles of these pieces, all in one request round, and waits for the answers.
    private func awaitDecisions(_ pieces: [(sequence: Int, items: [IngestItem])]) -> [Int: [IngestItem]] {
        guard !pieces.isEmpty else { return [:] }
        condition.lock()
        defer { condition.unlock() }
        requests.append(contentsOf: pieces)
        condition.broadcast()
        while pieces.contains(where: { decisions[$0.sequence] == nil }) { condition.wait() }
        var answers: [Int: [IngestItem]] = [:]
        for piece in pieces { answers[piece.sequence] = decisions.removeValue(forKey: piece.sequence) }
        return answers
    }

    private func post(_ sequence: Int, _ items: [IngestItem]) {
        condition.lock()
        outcomes[sequence] = items
        condition.broadcast()
        condition.unlock()
    }
}
