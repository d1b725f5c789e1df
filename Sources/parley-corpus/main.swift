import Foundation

// parley-corpus: writes a deterministic corpus of generated news articles for benchmarks.
//
//   parley-corpus --count 10000 --seed 42 --out corpus/ --format txt
//   parley-corpus --count 100000 --seed 42 --out corpus/ --format jsonl --per-file 5000
//
// txt writes one file per article with front matter; jsonl writes records
// {"id","title","published","text"}, `--per-file` per file (parley refuses files over 50 MB by default).

struct Options {
    var count = 1_000
    var seed: UInt64 = 42
    var out = "corpus"
    var format = "txt"
    var perFile = 5_000

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw UsageError("\(flag) needs a value") }
            return next
        }
        while let flag = rest.popFirst() {
            switch flag {
            case "--count": count = try Self.number(try value(flag), flag)
            case "--seed": seed = UInt64(try Self.number(try value(flag), flag))
            case "--out": out = try value(flag)
            case "--format":
                format = try value(flag)
                guard format == "txt" || format == "jsonl" else { throw UsageError("--format is txt or jsonl") }
            case "--per-file": perFile = max(1, try Self.number(try value(flag), flag))
            case "-h", "--help": throw UsageError(nil)
            default: throw UsageError("unknown argument '\(flag)'")
            }
        }
    }

    private static func number(_ text: String, _ flag: String) throws -> Int {
        guard let number = Int(text), number >= 0 else {
            throw UsageError("\(flag) takes a whole number, not '\(text)'")
        }
        return number
    }
}

struct UsageError: Error {
    let message: String?
    init(_ message: String?) { self.message = message }
}

/// Appends to a file through a buffer; the corpus can be hundreds of megabytes.
final class BufferedFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw UsageError("cannot create \(path)")
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// One JSON Lines record; keys sorted so that the same seed writes the same bytes.
func jsonLine(_ article: GeneratedArticle) throws -> String {
    let record = [
        "id": article.id, "title": article.title, "published": article.published.description, "text": article.text,
    ]
    let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
}

func run(_ options: Options) throws {
    try FileManager.default.createDirectory(atPath: options.out, withIntermediateDirectories: true)
    var writer = ArticleWriter(seed: options.seed)
    let width = String(options.count).count
    func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    var bytes = 0
    if options.format == "txt" {
        for index in stride(from: 1, through: options.count, by: 1) {
            let article = writer.next()
            let content = "---\ntitle: \(article.title)\npublished: \(article.published)\n---\n\(article.text)\n"
            bytes += content.utf8.count
            try content.write(
                toFile: "\(options.out)/article-\(padded(index, width)).txt", atomically: false, encoding: .utf8)
        }
    } else {
        var file: BufferedFile?
        for index in 0..<options.count {
            if index % options.perFile == 0 {
                try file?.close()
                let shards = (options.count + options.perFile - 1) / options.perFile
                file = try BufferedFile(
                    path: "\(options.out)/corpus-\(padded(index / options.perFile + 1, String(shards).count)).jsonl")
            }
            let article = writer.next()
            let line = try jsonLine(article)
            bytes += line.utf8.count
            try file?.write(line)
        }
        try file?.close()
    }
    FileHandle.standardError.write(
        Data("parley-corpus: \(options.count) articles, \(bytes) bytes in \(options.out)\n".utf8))
}

do {
    try run(try Options(Array(CommandLine.arguments.dropFirst())))
} catch let error as UsageError {
    let usage = "usage: parley-corpus [--count N] [--seed S] [--out DIR] [--format txt|jsonl] [--per-file N]\n"
    FileHandle.standardError.write(Data(((error.message.map { "parley-corpus: \($0)\n" } ?? "") + usage).utf8))
    exit(error.message == nil ? 0 : 2)
} catch {
    FileHandle.standardError.write(Data("parley-corpus: \(error)\n".utf8))
    exit(1)
}
