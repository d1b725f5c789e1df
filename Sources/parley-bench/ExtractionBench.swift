import Foundation
import ParleyExtraction
import ParleyModel
import ParleyReading

/// `parley-bench extract PATH... [--rounds N]`: extraction alone, on one thread, over articles read once
/// beforehand. Reading and storing are left out so that a profiler (callgrind, which cannot run the
/// asynchronous `parley` binary) sees where extraction spends its time.
///
/// Prints one tab-separated line: articles, rounds, total ms, ms per article, and a checksum of what was
/// extracted (counts of actors, meetings and statements) that must not move when only speed changes.
func runExtractionBench(_ arguments: [String]) throws {
    var paths: [String] = []
    var rounds = 1
    var rest = arguments[...]
    while let argument = rest.popFirst() {
        if argument == "--rounds" {
            guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else {
                throw BenchError("--rounds needs a positive number")
            }
            rounds = value
        } else {
            paths.append(argument)
        }
    }
    let articles = try readArticles(paths)
    let extractor = Extractor()
    // Loads the knowledge tables before the clock starts: that is start-up, not extraction.
    _ = extractor.extract(articles[0])
    var checksum = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        for _ in 0..<rounds {
            for article in articles {
                let extraction = extractor.extract(article)
                checksum &+=
                    extraction.actors.count &* 10_000 &+ extraction.meetings.count &* 100
                    &+ extraction.statements.count
            }
        }
    }
    let milliseconds = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
    let perArticle = milliseconds / Double(articles.count * rounds)
    print(
        [
            String(articles.count), String(rounds), String(format: "%.1f", milliseconds),
            String(format: "%.3f", perArticle), String(checksum),
        ].joined(separator: "\t"))
}

/// Every article of the files and folders given, in the order `ingest` reads them.
private func readArticles(_ paths: [String]) throws -> [Article] {
    let (sources, errors) = ArticleSourceFinder.sources(for: paths)
    if let error = errors.first { throw BenchError("\(error)") }
    let reader = ArticleFileReader()
    var articles: [Article] = []
    for case let .file(path) in sources {
        for result in reader.read(path: path) {
            if case let .success(article) = result { articles.append(article) }
        }
    }
    guard !articles.isEmpty else { throw BenchError("no articles in \(paths.joined(separator: " "))") }
    return articles
}
