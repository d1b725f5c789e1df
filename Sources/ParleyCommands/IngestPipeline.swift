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

    mutating func add(_ other: IngestSummary) {
        newArticles += other.newArticles
        duplicates += other.duplicates
        failed += other.failed
        meetings += other.meetings
        statements += other.statements
        newActors += other.newActors
    }
}

/// Reads files, extracts, and stores, committing in batches; one bad file never stops the rest.
struct IngestPipeline {
    let store: ParleyStore
    let extractor: Extractor
    let reader: ArticleFileReader
    /// Articles per transaction: few enough to lose little on a crash, many enough to be fast.
    var batchSize = 500

    /// `report` receives one line per problem; `progress` the count done so far.
    func run(
        _ sources: [ArticleSourceFinder.Source], report: (String) -> Void,
        progress: (Int, Int) -> Void
    ) -> IngestSummary {
        var summary = IngestSummary()
        var batch = IngestSummary()

        // What a batch stored counts once it is committed; a batch lost to a failed commit counts as failed.
        func commit() {
            guard store.isInBatch else { return }
            do {
                try store.endBatch()
                summary.add(batch)
            } catch {
                report("database: cannot commit the last \(batch.newArticles) articles: \(error)")
                summary.failed += batch.newArticles
                summary.duplicates += batch.duplicates
            }
            batch = IngestSummary()
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
                        if !store.isInBatch { try store.beginBatch() }
                        // The same content is stored once: a known article is not extracted again.
                        if try store.article(withHash: ContentHash.sha256(article.text)) != nil {
                            batch.duplicates += 1
                            continue
                        }
                        switch try store.save(article, extractor.extract(article)) {
                        case let .stored(_, meetings, statements, newActors):
                            batch.newArticles += 1
                            batch.meetings += meetings
                            batch.statements += statements
                            batch.newActors += newActors
                        case .duplicate:
                            batch.duplicates += 1
                        }
                        if batch.newArticles + batch.duplicates >= batchSize { commit() }
                    } catch {
                        summary.failed += 1
                        report("\(article.origin): cannot store the article: \(error)")
                        if !store.isInBatch, batch.newArticles > 0 {
                            // SQLite rolled the whole batch back (disk full, I/O error): those articles are lost too.
                            report("database: the last \(batch.newArticles) articles were rolled back with it")
                            summary.failed += batch.newArticles
                            batch = IngestSummary()
                        }
                    }
                }
            }
            progress(position + 1, sources.count)
        }
        commit()
        return summary
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
