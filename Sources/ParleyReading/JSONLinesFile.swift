import Foundation

/// A JSON Lines file read record by record through a fixed buffer: memory follows the longest record
/// kept, never the file, so an archive of any size streams.
///
/// ```swift
/// JSONLinesFile.forEachRecord(path: "wire.jsonl", maxRecordBytes: 50_000_000) { line, record in ... }
/// ```
public enum JSONLinesFile {
    /// One line of the file: its bytes (line end, carriage return and a leading byte-order mark removed),
    /// or why it is refused.
    public typealias Record = Result<[UInt8], ReadError>

    /// Calls `body` with each non-blank line and its 1-based number, in order (blank lines are skipped but
    /// counted). A line longer than `maxRecordBytes` is refused alone and skipped without being held. A file
    /// that cannot be opened, is binary (a NUL in its first 8 KB) or holds no record gives one failure.
    public static func forEachRecord(
        path: String, maxRecordBytes: Int, chunkBytes: Int = 1 << 20, _ body: (_ line: Int, Record) -> Void
    ) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            body(0, .failure(.unreadable(path: path, reason: String(cString: strerror(errno)))))
            return
        }
        defer { close(descriptor) }
        withoutActuallyEscaping(body) { body in
            readRecords(descriptor, path: path, maxRecordBytes: maxRecordBytes, chunkBytes: chunkBytes, body)
        }
    }

    private static func readRecords(
        _ descriptor: Int32, path: String, maxRecordBytes: Int, chunkBytes: Int,
        _ body: @escaping (Int, Record) -> Void
    ) {
        var splitter = LineSplitter(path: path, maxRecordBytes: maxRecordBytes, body: body)
        var buffer = [UInt8](repeating: 0, count: max(chunkBytes, 16))
        var first = true
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                body(splitter.line, .failure(.unreadable(path: path, reason: String(cString: strerror(errno)))))
                return
            }
            if count == 0 { break }
            if first {
                first = false
                if buffer[0..<min(count, 8192)].contains(0) {
                    body(0, .failure(.binary(path: path)))
                    return
                }
            }
            splitter.feed(buffer[0..<count])
        }
        splitter.finish()
        if splitter.records == 0 { body(0, .failure(.empty(path: path))) }
    }

    /// Cuts bytes into lines across chunk boundaries, keeping at most one line's bytes.
    private struct LineSplitter {
        let path: String
        let maxRecordBytes: Int
        let body: (Int, Record) -> Void
        var line = 1
        /// Non-blank lines seen, refused ones included.
        var records = 0
        /// The start of a line whose end is in a later chunk.
        var pending: [UInt8] = []
        /// The length so far of a line over the limit, whose bytes are dropped; 0 otherwise.
        var overLimit = 0

        init(path: String, maxRecordBytes: Int, body: @escaping (Int, Record) -> Void) {
            self.path = path
            self.maxRecordBytes = maxRecordBytes
            self.body = body
        }

        mutating func feed(_ chunk: ArraySlice<UInt8>) {
            var start = chunk.startIndex
            while let end = chunk[start...].firstIndex(of: 0x0A) {
                if pending.isEmpty && overLimit == 0 {
                    emit(chunk[start..<end])
                } else {
                    keep(chunk[start..<end])
                    endLine()
                }
                start = end + 1
            }
            if start < chunk.endIndex { keep(chunk[start...]) }
        }

        mutating func finish() {
            if !pending.isEmpty || overLimit > 0 { endLine() }
        }

        private mutating func keep(_ part: ArraySlice<UInt8>) {
            if overLimit > 0 {
                overLimit += part.count
            } else if pending.count + part.count > maxRecordBytes {
                overLimit = pending.count + part.count
                pending = []
            } else {
                pending += part
            }
        }

        private mutating func endLine() {
            if overLimit > 0 {
                records += 1
                body(line, .failure(.recordTooLarge(path: path, line: line, bytes: overLimit, limit: maxRecordBytes)))
                line += 1
            } else {
                let bytes = pending
                emit(bytes[...])
            }
            pending.removeAll(keepingCapacity: true)
            overLimit = 0
        }

        private mutating func emit(_ raw: ArraySlice<UInt8>) {
            defer { line += 1 }
            var bytes = raw
            if bytes.last == 0x0D { bytes = bytes.dropLast() }
            if line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            records += 1
            if bytes.count > maxRecordBytes {
                body(line, .failure(.recordTooLarge(path: path, line: line, bytes: bytes.count, limit: maxRecordBytes)))
                return
            }
            body(line, .success(Array(bytes)))
        }
    }
}
