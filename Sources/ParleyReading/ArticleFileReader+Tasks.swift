import Foundation
import ParleyModel

extension ArticleFileReader {
    /// A piece of reading that any thread can do: a whole file, or one record of a JSON Lines file.
    public enum ReadTask: Sendable {
        case file(String)
        case record(path: String, line: Int, bytes: [UInt8])
        case failure(ReadError)
    }

    /// Cuts the file at `path` into tasks, in order: a JSON Lines file record by record, streamed (`maxBytes`
    /// bounds each record, not the file), any other file as one task (`maxBytes` bounds the file).
    public func tasks(forFile path: String, _ body: (ReadTask) -> Void) {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard ext == "jsonl" || ext == "ndjson" else {
            body(.file(path))
            return
        }
        JSONLinesFile.forEachRecord(path: path, maxRecordBytes: maxBytes) { line, record in
            switch record {
            case let .success(bytes): body(.record(path: path, line: line, bytes: bytes))
            case let .failure(error): body(.failure(error))
            }
        }
    }

    /// Does one task: its articles, or why each could not be read.
    public func read(_ task: ReadTask) -> [Result<Article, ReadError>] {
        switch task {
        case let .file(path): read(path: path)
        case let .record(path, line, bytes):
            [JSONArticleReader.record(bytes, path: path, line: line, defaultPublished: defaultPublished)]
        case let .failure(error): [.failure(error)]
        }
    }
}
