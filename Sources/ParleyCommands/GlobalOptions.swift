import ArgumentParser
import Foundation
import ParleySQLite
import ParleyStore

/// Options every subcommand shares.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    public var db: String?

    public init() {}

    /// The path in force: --db, else $PARLEY_DB, else parley.sqlite here.
    var databasePath: String {
        db ?? ProcessInfo.processInfo.environment["PARLEY_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "parley.sqlite"
    }

    /// What a command does with the store.
    enum Access {
        /// Only reads: the file is opened read-only (when its schema is current), like `sqlite3 -readonly`.
        case read
        /// Changes an existing store.
        case write
        /// Writes, creating the file if there is none (ingest).
        case create
    }

    /// Opens the store; only `.create` makes a database that does not exist.
    func openStore(_ access: Access = .read) throws -> ParleyStore {
        let path = databasePath
        if access != .create && !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("\(path): no such database; ingest articles first (parley --db \(path) ingest FILES)")
        }
        do {
            return try ParleyStore(.path(path), readOnly: access == .read)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// A failure to report on one line, with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
