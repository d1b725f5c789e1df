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

/// Reads files, extracts, and stores, committing in batches; one bad file never stops the rest.
struct IngestPipeline {
    let store: ParleyStore
    let extractor: Extractor
    let reader: ArticleFileReader
    /// Articles per transaction: few enough to lose little on a crash, many enough to be fast.
    var batchSize = 500

    /// `report` receives one line per problem; `progress` the count done so far.
    func run(_ sources: [ArticleSourceFinder.Source], report: (String) -> Void,
             progress: (Int, Int) -> Void) -> IngestSummary {
        var summary = IngestSummary()
        var pending = 0
        var inBatch = false

        func commit() {
            guard inBatch else { return }
            do {
                try store.database.execute("COMMIT")
            } catch {
                report("database: cannot commit the last batch: \(error)")
            }
            inBatch = false
            pending = 0
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
                    do {
                        if !inBatch {
                            try store.database.execute("BEGIN IMMEDIATE")
                            inBatch = true
                        }
                        switch try store.save(article, extractor.extract(article)) {
                        case let .stored(_, meetings, statements, newActors):
                            summary.newArticles += 1
                            summary.meetings += meetings
                            summary.statements += statements
                            summary.newActors += newActors
                        case .duplicate:
                            summary.duplicates += 1
                        }
                        pending += 1
                        if pending >= batchSize { commit() }
                    } catch {
                        summary.failed += 1
                        report("\(article.origin): cannot store the article: \(error)")
                    }
                }
            }
            progress(position + 1, sources.count)
        }
        commit()
        return summary
    }

    private func readStandardInput() -> [Result<Article, ReadError>] {
        let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        let first = bytes.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
        let ext = first == UInt8(ascii: "{") ? "jsonl" : first == UInt8(ascii: "<") ? "html" : "txt"
        return reader.read(bytes: bytes, path: "stdin", extension: ext)
    }
}
