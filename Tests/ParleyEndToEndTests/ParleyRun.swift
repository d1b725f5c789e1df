import Foundation

/// What one run of the binary did.
struct ParleyRun: CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let stdout: String
    let stderr: String

    /// The non-empty lines of standard error.
    var errorLines: [String] {
        stderr.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The non-empty lines of standard output.
    var outputLines: [String] {
        stdout.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// Standard output read as a JSON array of objects (the `--format json` of list commands).
    func jsonRows() throws -> [[String: Any]] {
        guard let rows = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]] else {
            throw NotJSON(text: stdout)
        }
        return rows
    }

    /// Standard output read as one JSON object.
    func jsonObject() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any] else {
            throw NotJSON(text: stdout)
        }
        return object
    }

    struct NotJSON: Error, CustomStringConvertible {
        let text: String
        var description: String { "not the JSON expected: \(text.prefix(300))" }
    }

    var description: String {
        "parley \(arguments.joined(separator: " ")) exited \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)"
    }
}
