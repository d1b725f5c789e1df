import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `parley serve --port 0` running on a workspace's database, stopped when released.
final class ServedParley {
    let process = Process()
    /// Where it listens, as it printed: `http://127.0.0.1:PORT`.
    let base: URL
    let firstLine: String

    init(_ workspace: Workspace, arguments: [String] = []) throws {
        let binary = try #require(ParleyBinary.url, "no parley binary found beside the tests; run `swift build` first")
        let output = Pipe()
        process.executableURL = binary
        process.arguments = ["--db", workspace.databasePath, "serve", "--port", "0"] + arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The server prints one line once it listens; up to ten seconds on a busy machine.
        var text = ""
        let deadline = Date().addingTimeInterval(10)
        while !text.contains("\n"), Date() < deadline, process.isRunning {
            text += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        firstLine = text.split(separator: "\n").first.map(String.init) ?? ""
        let address = firstLine.firstMatch(of: /http:\/\/[0-9.]+:[0-9]+/).map { String($0.output) }
        base = try #require(address.flatMap(URL.init(string:)), "serve printed no address: '\(text)'")
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
    }

    /// GETs a path (with its query); the status, the content type and the body.
    func get(_ path: String) async throws -> (status: Int, type: String, body: String) {
        let url = try #require(URL(string: base.absoluteString + path))
        let (data, response) = try await URLSession.shared.data(from: url)
        let http = try #require(response as? HTTPURLResponse)
        return (
            http.statusCode, http.value(forHTTPHeaderField: "Content-Type") ?? "", String(decoding: data, as: UTF8.self)
        )
    }
}
