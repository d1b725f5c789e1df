import Foundation
import ParleyReading
import Testing

/// `JSONLinesFile`: records streamed through a small buffer come out as the lines of the file.
@Suite struct JSONLinesFileTests {
    private func records(_ bytes: [UInt8], limit: Int = 1_000, chunk: Int) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-lines-\(UUID()).jsonl")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var seen: [String] = []
        JSONLinesFile.forEachRecord(path: url.path, maxRecordBytes: limit, chunkBytes: chunk) { line, record in
            switch record {
            case let .success(bytes): seen.append("\(line): \(String(decoding: bytes, as: UTF8.self))")
            case let .failure(.recordTooLarge(_, line, bytes, _)): seen.append("\(line): too large (\(bytes))")
            case let .failure(error): seen.append("\(line): \(error)")
            }
        }
        return seen
    }

    @Test(arguments: [16, 17, 23, 64, 1 << 20])
    func linesComeOutWholeWhateverTheBuffer(chunk: Int) throws {
        // Given a file with a byte-order mark, Windows line ends, a blank line, a long line and no final line end
        let text =
            "\u{FEFF}{\"id\":\"a\"}\r\n\n  \n{\"id\":\"b\",\"text\":\"\(String(repeating: "x", count: 40))\"}\n{\"id\":\"c\"}"

        // When it is read through a buffer of `chunk` bytes, with a limit the long line passes
        let seen = try records(Array(text.utf8), chunk: chunk)

        // Then each record comes with its line number, blank lines counted
        #expect(
            seen == [
                #"1: {"id":"a"}"#, #"4: {"id":"b","text":"\#(String(repeating: "x", count: 40))"}"#, #"5: {"id":"c"}"#,
            ])
    }

    @Test(arguments: [16, 20, 1 << 20])
    func aLineOverTheLimitFailsAloneAndTheNextOnesFollow(chunk: Int) throws {
        let text = "{\"id\":\"a\"}\n{\"id\":\"b\",\"text\":\"\(String(repeating: "x", count: 40))\"}\n{\"id\":\"c\"}\n"
        let seen = try records(Array(text.utf8), limit: 20, chunk: chunk)
        #expect(seen == [#"1: {"id":"a"}"#, "2: too large (60)", #"3: {"id":"c"}"#])
    }

    @Test func emptyAndBinaryFilesFailWhole() throws {
        #expect(try records(Array(" \n\n".utf8), chunk: 16).count == 1)
        #expect(try records(Array(" \n\n".utf8), chunk: 16).first?.contains("the file is empty") == true)
        #expect(try records([0x7B, 0, 0x7D, 0x0A], chunk: 16).first?.contains("binary") == true)
    }
}
